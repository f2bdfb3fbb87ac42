package quizline.pack;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
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

    /** One right answer among 2–6 choices; {@code answer} is its 0-based index. */
    record Choice(String id, String prompt, List<String> choices, int answer, @OptionalField List<String> tags,
            @OptionalField String explanation, @OptionalField SourceRef source, @OptionalField String status) implements Question {
        public Choice {
            choices = Lists.copy(choices);
            tags = Lists.copy(tags);
        }

        @Override
        public String type() {
            return "choice";
        }
    }

    /** Several right answers among 2–6 choices; {@code answer} lists their 0-based indices. */
    record Multi(String id, String prompt, List<String> choices, List<Integer> answer, @OptionalField List<String> tags,
            @OptionalField String explanation, @OptionalField SourceRef source, @OptionalField String status) implements Question {
        public Multi {
            choices = Lists.copy(choices);
            answer = Lists.copy(answer);
            tags = Lists.copy(tags);
        }

        @Override
        public String type() {
            return "multi";
        }
    }

    /** A typed answer; {@code accept} lists other spellings that count as right. */
    record Short(String id, String prompt, String answer, @OptionalField List<String> accept, @OptionalField List<String> tags,
            @OptionalField String explanation, @OptionalField SourceRef source, @OptionalField String status) implements Question {
        public Short {
            accept = Lists.copy(accept);
            tags = Lists.copy(tags);
        }

        @Override
        public String type() {
            return "short";
        }
    }

    /** A statement to judge. */
    record TrueFalse(String id, String prompt, boolean answer, @OptionalField List<String> tags,
            @OptionalField String explanation, @OptionalField SourceRef source, @OptionalField String status) implements Question {
        public TrueFalse {
            tags = Lists.copy(tags);
        }

        @Override
        public String type() {
            return "truefalse";
        }
    }

    /** A number (often a year); an answer within {@code tolerance} counts as right. */
    record Numeric(String id, String prompt, double answer, @OptionalField Double tolerance, @OptionalField List<String> tags,
            @OptionalField String explanation, @OptionalField SourceRef source, @OptionalField String status) implements Question {
        public Numeric {
            tags = Lists.copy(tags);
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
    record Cloze(String id, String prompt, @OptionalField List<String> tags,
            @OptionalField String explanation, @OptionalField SourceRef source, @OptionalField String status) implements Question {
        public Cloze {
            tags = Lists.copy(tags);
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
