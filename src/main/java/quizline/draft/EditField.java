package quizline.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import quizline.pack.Answers;
import quizline.pack.Question;

/**
 * A field an author can edit, the key that picks it, the text the line editor starts from and
 * how the typed text becomes an {@link Edits} value.
 */
public enum EditField {
    PROMPT('p', "prompt"),
    ANSWER('n', "answer"),
    ALIASES('l', "aliases"),
    CHOICES('c', "choices"),
    EXPLANATION('x', "explanation");

    /** Separates choices typed on one line. */
    public static final String CHOICE_SEPARATOR = " | ";
    /** Typed as the aliases, it means none. */
    public static final String NONE = "-";

    private final char key;
    private final String label;

    EditField(char key, String label) {
        this.key = key;
        this.label = label;
    }

    public char key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<EditField> ofKey(char key) {
        return Arrays.stream(values())
                .filter(f -> f.key == Character.toLowerCase(key))
                .findFirst();
    }

    /**
     * The current value as the author would type it.
     *
     * @throws IllegalArgumentException when this type of question has no such field
     */
    public String currentText(Question q) {
        switch (this) {
            case PROMPT:
                return q.prompt();
            case EXPLANATION:
                return q.explanation() == null ? "" : q.explanation();
            case ALIASES:
                if (q instanceof Question.Short s) {
                    return String.join(", ", s.accept());
                }
                throw new IllegalArgumentException("only short answers have aliases");
            case CHOICES:
                return choicesText(q);
            default:
                return answerText(q);
        }
    }

    private static String choicesText(Question q) {
        return q.visit(new Question.Visitor<>() {
            @Override
            public String choice(Question.Choice c) {
                return String.join(CHOICE_SEPARATOR, c.choices());
            }

            @Override
            public String multi(Question.Multi m) {
                return String.join(CHOICE_SEPARATOR, m.choices());
            }

            @Override
            public String shortAnswer(Question.Short s) {
                throw noChoices(s);
            }

            @Override
            public String trueFalse(Question.TrueFalse t) {
                throw noChoices(t);
            }

            @Override
            public String numeric(Question.Numeric n) {
                throw noChoices(n);
            }

            @Override
            public String cloze(Question.Cloze c) {
                throw noChoices(c);
            }
        });
    }

    private static IllegalArgumentException noChoices(Question q) {
        return new IllegalArgumentException("a " + q.type() + " question has no choices");
    }

    /** The keyed answer, but a multi question's as the letters of its right choices. */
    private static String answerText(Question q) {
        return q.visit(new Question.Visitor<>() {
            @Override
            public String choice(Question.Choice c) {
                return Answers.keyed(c);
            }

            @Override
            public String multi(Question.Multi m) {
                StringBuilder letters = new StringBuilder();
                m.answer().forEach(i -> letters.append(Answers.choiceKey(i)));
                return letters.toString();
            }

            @Override
            public String shortAnswer(Question.Short s) {
                return Answers.keyed(s);
            }

            @Override
            public String trueFalse(Question.TrueFalse t) {
                return Answers.keyed(t);
            }

            @Override
            public String numeric(Question.Numeric n) {
                return Answers.keyed(n);
            }

            @Override
            public String cloze(Question.Cloze c) {
                throw new IllegalArgumentException("a cloze's answers are its {{…}} blanks: edit the prompt");
            }
        });
    }

    /**
     * The edits with this field set to the typed text.
     *
     * @throws IllegalArgumentException when the text cannot be the field's value
     */
    public Edits apply(Edits edits, String typed) {
        String text = typed.strip();
        switch (this) {
            case ALIASES:
                return edits.withAccept(aliases(text));
            case CHOICES:
                return edits.withChoices(choices(text));
            default:
                break;
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the " + label + " cannot be empty");
        }
        switch (this) {
            case PROMPT:
                return edits.withPrompt(text);
            case ANSWER:
                return edits.withAnswer(text);
            default:
                return edits.withExplanation(text);
        }
    }

    private static List<String> aliases(String text) {
        List<String> aliases = new ArrayList<>();
        if (text.equals(NONE)) {
            return aliases;
        }
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                aliases.add(part.strip());
            }
        }
        return aliases;
    }

    /** One choice a line, or several on one line between {@code " | "}. */
    private static List<String> choices(String text) {
        List<String> choices = new ArrayList<>();
        for (String part : text.split(" \\| |\\R")) {
            if (!part.isBlank()) {
                choices.add(part.strip());
            }
        }
        if (choices.size() < 2) {
            throw new IllegalArgumentException("a question needs at least two choices (separate them with \" | \")");
        }
        return choices;
    }
}
