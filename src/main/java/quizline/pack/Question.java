package quizline.pack;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * One question of a pack. Every type shares an id (stable across pack versions: progress is
 * keyed by it), a prompt, tags, an optional explanation and the sentence that supports it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Question.Choice.class, name = "choice"),
    @JsonSubTypes.Type(value = Question.Multi.class, name = "multi"),
    @JsonSubTypes.Type(value = Question.Short.class, name = "short"),
    @JsonSubTypes.Type(value = Question.TrueFalse.class, name = "truefalse"),
    @JsonSubTypes.Type(value = Question.Numeric.class, name = "numeric"),
    @JsonSubTypes.Type(value = Question.Cloze.class, name = "cloze"),
})
public sealed interface Question {
    String id();

    /** The name the pack format uses for this type, e.g. {@code "choice"}. */
    String type();

    String prompt();

    List<String> tags();

    String explanation();

    SourceRef source();

    /** Null for a published question; {@code "draft"} or {@code "draft-conflict"} in generated drafts. */
    String status();

    /**
     * The date the question's own fact was true on, when it can go stale (an office, a changeable status); null when
     * the pack's {@code asOf} is all a reader needs. A fact of 2023 in a pack of 2024 keeps 2023.
     */
    LocalDate asOf();

    /** The key shared by the questions written from one fact, so a session keeps them apart; null in hand-written packs. */
    String fact();

    /**
     * Something done differently to each type of question. A visitor names every type, so a new type does not
     * compile until each place that tells the types apart says what to do with it (Java 17 has no {@code switch} over
     * the subtypes of a sealed interface).
     */
    interface Visitor<R> {
        R choice(Choice q);

        R multi(Multi q);

        R shortAnswer(Short q);

        R trueFalse(TrueFalse q);

        R numeric(Numeric q);

        R cloze(Cloze q);
    }

    /** What the visitor does with this question's type. */
    <R> R visit(Visitor<R> visitor);

    /*
     * Copies with one field replaced. Every type declares them, so a new type does not compile until it can be
     * copied; the date and key of a question's fact travel with every copy but withFact's.
     */

    /** The same question with another prompt. */
    Question withPrompt(String prompt);

    /** The same question with other tags. */
    Question withTags(List<String> tags);

    /** The same question with another explanation. */
    Question withExplanation(String explanation);

    /** The same question citing another sentence (null: none). */
    Question withSource(SourceRef source);

    /** The same question with another status (null: published). */
    Question withStatus(String status);

    /** The same question with its fact's date and key (generated questions carry them; hand-written ones need not). */
    Question withFact(LocalDate asOf, String fact);

    /** One right answer among 2–6 choices; {@code answer} is its 0-based index. */
    record Choice(
            String id,
            String prompt,
            List<String> choices,
            int answer,
            @OptionalField List<String> tags,
            @OptionalField String explanation,
            @OptionalField SourceRef source,
            @OptionalField String status,
            @OptionalField LocalDate asOf,
            @OptionalField String fact)
            implements Question {
        public Choice {
            choices = Lists.copy(choices);
            tags = Lists.copy(tags);
        }

        /** A question with no fact date or key, as hand-written packs and exports have them. */
        public Choice(
                String id,
                String prompt,
                List<String> choices,
                int answer,
                List<String> tags,
                String explanation,
                SourceRef source,
                String status) {
            this(id, prompt, choices, answer, tags, explanation, source, status, null, null);
        }

        @Override
        public String type() {
            return "choice";
        }

        @Override
        public <R> R visit(Visitor<R> visitor) {
            return visitor.choice(this);
        }

        @Override
        public Choice withPrompt(String prompt) {
            return new Choice(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Choice withTags(List<String> tags) {
            return new Choice(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Choice withExplanation(String explanation) {
            return new Choice(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Choice withSource(SourceRef source) {
            return new Choice(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Choice withStatus(String status) {
            return new Choice(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Choice withFact(LocalDate asOf, String fact) {
            return new Choice(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        /** The same question with other choices and the index of the right one among them. */
        public Choice withChoices(List<String> choices, int answer) {
            return new Choice(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }
    }

    /** Several right answers among 2–6 choices; {@code answer} lists their 0-based indices. */
    record Multi(
            String id,
            String prompt,
            List<String> choices,
            List<Integer> answer,
            @OptionalField List<String> tags,
            @OptionalField String explanation,
            @OptionalField SourceRef source,
            @OptionalField String status,
            @OptionalField LocalDate asOf,
            @OptionalField String fact)
            implements Question {
        public Multi {
            choices = Lists.copy(choices);
            answer = Lists.copy(answer);
            tags = Lists.copy(tags);
        }

        /** A question with no fact date or key, as hand-written packs and exports have them. */
        public Multi(
                String id,
                String prompt,
                List<String> choices,
                List<Integer> answer,
                List<String> tags,
                String explanation,
                SourceRef source,
                String status) {
            this(id, prompt, choices, answer, tags, explanation, source, status, null, null);
        }

        @Override
        public String type() {
            return "multi";
        }

        @Override
        public <R> R visit(Visitor<R> visitor) {
            return visitor.multi(this);
        }

        @Override
        public Multi withPrompt(String prompt) {
            return new Multi(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Multi withTags(List<String> tags) {
            return new Multi(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Multi withExplanation(String explanation) {
            return new Multi(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Multi withSource(SourceRef source) {
            return new Multi(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Multi withStatus(String status) {
            return new Multi(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Multi withFact(LocalDate asOf, String fact) {
            return new Multi(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        /** The same question with other choices and the indices of the right ones among them. */
        public Multi withChoices(List<String> choices, List<Integer> answer) {
            return new Multi(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }

        /** The same question with other right choices. */
        public Multi withAnswer(List<Integer> answer) {
            return new Multi(id, prompt, choices, answer, tags, explanation, source, status, asOf, fact);
        }
    }

    /** A typed answer; {@code accept} lists other spellings that count as right. */
    record Short(
            String id,
            String prompt,
            String answer,
            @OptionalField List<String> accept,
            @OptionalField List<String> tags,
            @OptionalField String explanation,
            @OptionalField SourceRef source,
            @OptionalField String status,
            @OptionalField LocalDate asOf,
            @OptionalField String fact)
            implements Question {
        public Short {
            accept = Lists.copy(accept);
            tags = Lists.copy(tags);
        }

        /** A question with no fact date or key, as hand-written packs and exports have them. */
        public Short(
                String id,
                String prompt,
                String answer,
                List<String> accept,
                List<String> tags,
                String explanation,
                SourceRef source,
                String status) {
            this(id, prompt, answer, accept, tags, explanation, source, status, null, null);
        }

        @Override
        public String type() {
            return "short";
        }

        @Override
        public <R> R visit(Visitor<R> visitor) {
            return visitor.shortAnswer(this);
        }

        @Override
        public Short withPrompt(String prompt) {
            return new Short(id, prompt, answer, accept, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Short withTags(List<String> tags) {
            return new Short(id, prompt, answer, accept, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Short withExplanation(String explanation) {
            return new Short(id, prompt, answer, accept, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Short withSource(SourceRef source) {
            return new Short(id, prompt, answer, accept, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Short withStatus(String status) {
            return new Short(id, prompt, answer, accept, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Short withFact(LocalDate asOf, String fact) {
            return new Short(id, prompt, answer, accept, tags, explanation, source, status, asOf, fact);
        }

        /** The same question with another answer and other spellings accepted. */
        public Short withAnswer(String answer, List<String> accept) {
            return new Short(id, prompt, answer, accept, tags, explanation, source, status, asOf, fact);
        }
    }

    /** A statement to judge. */
    record TrueFalse(
            String id,
            String prompt,
            boolean answer,
            @OptionalField List<String> tags,
            @OptionalField String explanation,
            @OptionalField SourceRef source,
            @OptionalField String status,
            @OptionalField LocalDate asOf,
            @OptionalField String fact)
            implements Question {
        public TrueFalse {
            tags = Lists.copy(tags);
        }

        /** A question with no fact date or key, as hand-written packs and exports have them. */
        public TrueFalse(
                String id,
                String prompt,
                boolean answer,
                List<String> tags,
                String explanation,
                SourceRef source,
                String status) {
            this(id, prompt, answer, tags, explanation, source, status, null, null);
        }

        @Override
        public String type() {
            return "truefalse";
        }

        @Override
        public <R> R visit(Visitor<R> visitor) {
            return visitor.trueFalse(this);
        }

        @Override
        public TrueFalse withPrompt(String prompt) {
            return new TrueFalse(id, prompt, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public TrueFalse withTags(List<String> tags) {
            return new TrueFalse(id, prompt, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public TrueFalse withExplanation(String explanation) {
            return new TrueFalse(id, prompt, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public TrueFalse withSource(SourceRef source) {
            return new TrueFalse(id, prompt, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public TrueFalse withStatus(String status) {
            return new TrueFalse(id, prompt, answer, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public TrueFalse withFact(LocalDate asOf, String fact) {
            return new TrueFalse(id, prompt, answer, tags, explanation, source, status, asOf, fact);
        }

        /** The same statement with another truth value. */
        public TrueFalse withAnswer(boolean answer) {
            return new TrueFalse(id, prompt, answer, tags, explanation, source, status, asOf, fact);
        }
    }

    /** A number (often a year); an answer within {@code tolerance} counts as right. */
    record Numeric(
            String id,
            String prompt,
            double answer,
            @OptionalField Double tolerance,
            @OptionalField List<String> tags,
            @OptionalField String explanation,
            @OptionalField SourceRef source,
            @OptionalField String status,
            @OptionalField LocalDate asOf,
            @OptionalField String fact)
            implements Question {
        public Numeric {
            tags = Lists.copy(tags);
        }

        /** A question with no fact date or key, as hand-written packs and exports have them. */
        public Numeric(
                String id,
                String prompt,
                double answer,
                Double tolerance,
                List<String> tags,
                String explanation,
                SourceRef source,
                String status) {
            this(id, prompt, answer, tolerance, tags, explanation, source, status, null, null);
        }

        @Override
        public String type() {
            return "numeric";
        }

        @Override
        public <R> R visit(Visitor<R> visitor) {
            return visitor.numeric(this);
        }

        @Override
        public Numeric withPrompt(String prompt) {
            return new Numeric(id, prompt, answer, tolerance, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Numeric withTags(List<String> tags) {
            return new Numeric(id, prompt, answer, tolerance, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Numeric withExplanation(String explanation) {
            return new Numeric(id, prompt, answer, tolerance, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Numeric withSource(SourceRef source) {
            return new Numeric(id, prompt, answer, tolerance, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Numeric withStatus(String status) {
            return new Numeric(id, prompt, answer, tolerance, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Numeric withFact(LocalDate asOf, String fact) {
            return new Numeric(id, prompt, answer, tolerance, tags, explanation, source, status, asOf, fact);
        }

        /** The same question with another right number. */
        public Numeric withAnswer(double answer) {
            return new Numeric(id, prompt, answer, tolerance, tags, explanation, source, status, asOf, fact);
        }

        public double toleranceOrZero() {
            return tolerance == null ? 0 : tolerance;
        }
    }

    /** A statement with {@code {{answer|alias}}} blanks, each answered in turn. */
    record Cloze(
            String id,
            String prompt,
            @OptionalField List<String> tags,
            @OptionalField String explanation,
            @OptionalField SourceRef source,
            @OptionalField String status,
            @OptionalField LocalDate asOf,
            @OptionalField String fact)
            implements Question {
        public Cloze {
            tags = Lists.copy(tags);
        }

        /** A question with no fact date or key, as hand-written packs and exports have them. */
        public Cloze(String id, String prompt, List<String> tags, String explanation, SourceRef source, String status) {
            this(id, prompt, tags, explanation, source, status, null, null);
        }

        @Override
        public String type() {
            return "cloze";
        }

        @Override
        public <R> R visit(Visitor<R> visitor) {
            return visitor.cloze(this);
        }

        @Override
        public Cloze withPrompt(String prompt) {
            return new Cloze(id, prompt, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Cloze withTags(List<String> tags) {
            return new Cloze(id, prompt, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Cloze withExplanation(String explanation) {
            return new Cloze(id, prompt, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Cloze withSource(SourceRef source) {
            return new Cloze(id, prompt, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Cloze withStatus(String status) {
            return new Cloze(id, prompt, tags, explanation, source, status, asOf, fact);
        }

        @Override
        public Cloze withFact(LocalDate asOf, String fact) {
            return new Cloze(id, prompt, tags, explanation, source, status, asOf, fact);
        }

        public List<ClozeText.Blank> blanks() {
            return ClozeText.parse(prompt).blanks();
        }
    }
}
