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

    /** The same question with its fact's date and key (generated questions carry them; hand-written ones need not). */
    static Question ofFact(Question q, LocalDate asOf, String fact) {
        if (q instanceof Choice c) {
            return new Choice(
                    c.id, c.prompt, c.choices, c.answer, c.tags, c.explanation, c.source, c.status, asOf, fact);
        } else if (q instanceof Multi m) {
            return new Multi(
                    m.id, m.prompt, m.choices, m.answer, m.tags, m.explanation, m.source, m.status, asOf, fact);
        } else if (q instanceof Short s) {
            return new Short(s.id, s.prompt, s.answer, s.accept, s.tags, s.explanation, s.source, s.status, asOf, fact);
        } else if (q instanceof TrueFalse t) {
            return new TrueFalse(t.id, t.prompt, t.answer, t.tags, t.explanation, t.source, t.status, asOf, fact);
        } else if (q instanceof Numeric n) {
            return new Numeric(
                    n.id, n.prompt, n.answer, n.tolerance, n.tags, n.explanation, n.source, n.status, asOf, fact);
        }
        Cloze z = (Cloze) q;
        return new Cloze(z.id, z.prompt, z.tags, z.explanation, z.source, z.status, asOf, fact);
    }

    /** The same question with another explanation. */
    static Question explained(Question q, String explanation) {
        if (q instanceof Choice c) {
            return new Choice(
                    c.id, c.prompt, c.choices, c.answer, c.tags, explanation, c.source, c.status, c.asOf, c.fact);
        } else if (q instanceof Multi m) {
            return new Multi(
                    m.id, m.prompt, m.choices, m.answer, m.tags, explanation, m.source, m.status, m.asOf, m.fact);
        } else if (q instanceof Short s) {
            return new Short(
                    s.id, s.prompt, s.answer, s.accept, s.tags, explanation, s.source, s.status, s.asOf, s.fact);
        } else if (q instanceof TrueFalse t) {
            return new TrueFalse(t.id, t.prompt, t.answer, t.tags, explanation, t.source, t.status, t.asOf, t.fact);
        } else if (q instanceof Numeric n) {
            return new Numeric(
                    n.id, n.prompt, n.answer, n.tolerance, n.tags, explanation, n.source, n.status, n.asOf, n.fact);
        }
        Cloze z = (Cloze) q;
        return new Cloze(z.id, z.prompt, z.tags, explanation, z.source, z.status, z.asOf, z.fact);
    }

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

        public List<ClozeText.Blank> blanks() {
            return ClozeText.parse(prompt).blanks();
        }
    }
}
