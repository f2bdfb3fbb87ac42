package quizline.formats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One GIFT question as Moodle reads it, before quizline decides what to make of it. Texts are plain: escapes read,
 * the text format ({@code [html]} …) applied.
 *
 * @param text           the question text; in the missing-word form it holds {@link #BLANK} where the answers were
 * @param answers        choices and short answers; for true/false, the two answers True and False
 * @param numbers        numerical answers
 * @param otherFeedback  feedback for any other numerical answer ({@code ~#…}), or null
 * @param droppedMarkup  HTML elements removed from the texts (images, sound …)
 */
record GiftQuestion(
        int line,
        String title,
        String idNumber,
        List<String> commentTags,
        Kind kind,
        String text,
        String generalFeedback,
        List<Answer> answers,
        List<NumericAnswer> numbers,
        String otherFeedback,
        Set<String> droppedMarkup) {

    /** Marks the blank of a missing-word question in {@link #text}; a noncharacter, so never in real text. */
    static final char BLANK = '\uFFFF';

    enum Kind {
        DESCRIPTION("a description"),
        ESSAY("an essay question"),
        MATCHING("a matching question"),
        SINGLE_CHOICE("a multiple-choice question"),
        MULTIPLE_RESPONSE("a multiple-answer question"),
        TRUE_FALSE("a true/false question"),
        SHORT_ANSWER("a short-answer question"),
        NUMERICAL("a numerical question");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /** An answer with its weight (1 is full credit) and the feedback shown to whoever gives it. */
    record Answer(String text, BigDecimal fraction, String feedback, int line) {
        boolean fullCredit() {
            return fraction.compareTo(BigDecimal.ONE) == 0;
        }

        boolean partialCredit() {
            return fraction.signum() > 0 && fraction.compareTo(BigDecimal.ONE) < 0;
        }
    }

    /** A numerical answer; {@code tolerance} is null when the file gives none. */
    record NumericAnswer(BigDecimal value, BigDecimal tolerance, BigDecimal fraction, String feedback, int line) {}

    GiftQuestion {
        commentTags = List.copyOf(commentTags);
        answers = List.copyOf(answers);
        numbers = List.copyOf(numbers);
        droppedMarkup = Set.copyOf(droppedMarkup);
    }

    boolean missingWord() {
        return text.indexOf(BLANK) >= 0;
    }

    /** How messages name the question: its title, or the start of its text. */
    String name() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String shown = text.replace(String.valueOf(BLANK), "_____")
                .replaceAll("\\s+", " ")
                .strip();
        return shown.length() <= 40 ? shown : shown.substring(0, 39) + "…";
    }
}
