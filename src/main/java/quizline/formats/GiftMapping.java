package quizline.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import quizline.pack.Question;

/**
 * Turns a question as Moodle reads it into a quizline question. Fully right answers are kept exactly; what quizline
 * cannot grade the same way is reported: partial credit (those answers count as wrong, or are no longer accepted),
 * wildcards, and answer feedback (kept in the explanation). A question whose right answers have no quizline type
 * (several fully right choices in a single-choice question, several numbers) is skipped with a warning, as are
 * matching, essay and description questions.
 */
final class GiftMapping {
    /** How a blank shows in a choice, true/false or numerical question made from the missing-word form. */
    static final String BLANK_SHOWN = "_____";

    private static final int MIN_CHOICES = 2;
    private static final int MAX_CHOICES = 6;
    static final String ANY_OTHER = "Any other answer";
    private static final Set<String> LOWER_CASE_TRUE_FALSE = Set.of("t", "true", "f", "false");
    private static final Set<GiftQuestion.Kind> WITHOUT_TYPE =
            EnumSet.of(GiftQuestion.Kind.DESCRIPTION, GiftQuestion.Kind.ESSAY, GiftQuestion.Kind.MATCHING);

    private final QuestionIds ids;
    private final List<FileNotice> warnings;
    /** Warnings about the question being mapped: kept only if it is not refused with an error. */
    private List<FileNotice> pending;

    /** What the format calls a question's name, for messages: GIFT's "title", Moodle XML's "name". */
    private final String nameKind;

    GiftMapping(QuestionIds ids, List<FileNotice> warnings) {
        this(ids, warnings, "title");
    }

    GiftMapping(QuestionIds ids, List<FileNotice> warnings, String nameKind) {
        this.ids = ids;
        this.warnings = warnings;
        this.nameKind = nameKind;
    }

    /** @return the question, or null when it was skipped (with a warning) */
    Question map(GiftQuestion g, List<String> categoryTags) throws GiftParser.SyntaxError {
        pending = new ArrayList<>();
        Question question = mapped(g, categoryTags);
        warnings.addAll(pending);
        return question;
    }

    private Question mapped(GiftQuestion g, List<String> categoryTags) throws GiftParser.SyntaxError {
        if (WITHOUT_TYPE.contains(g.kind())) {
            return skip(g, g.kind().description + " has no quizline type");
        }
        Set<String> tagSet = new LinkedHashSet<>(categoryTags);
        tagSet.addAll(g.commentTags());
        List<String> tags = List.copyOf(tagSet);
        Explanation explanation = new Explanation(g.generalFeedback());
        Question question = switch (g.kind()) {
            case SINGLE_CHOICE -> singleChoice(g, tags, explanation);
            case MULTIPLE_RESPONSE -> multipleResponse(g, tags, explanation);
            case TRUE_FALSE -> trueFalse(g, tags, explanation);
            case SHORT_ANSWER -> shortAnswer(g, tags, explanation);
            default -> numerical(g, tags, explanation);
        };
        if (question == null) {
            return null;
        }
        if (explanation.mergedAnswerFeedback) {
            warn(g, "feedback on its answers is kept in the explanation");
        }
        if (!g.droppedMarkup().isEmpty()) {
            warn(g, markupRemoved(g.droppedMarkup()));
        }
        List<String> problems = QuestionCheck.problems(question);
        if (!problems.isEmpty()) {
            throw new GiftParser.SyntaxError(g.line(), problems.get(0));
        }
        return question;
    }

    private String id(GiftQuestion g, String prompt) {
        if (g.idNumber() != null && !g.idNumber().isEmpty()) {
            return ids.assign(g.idNumber(), "Moodle id", prompt, g.line(), pending);
        }
        String title = g.title() == null || g.title().isEmpty() ? null : g.title();
        return ids.assign(title, nameKind, prompt, g.line(), pending);
    }

    private static String promptWithBlank(GiftQuestion g) {
        return g.text().replace(String.valueOf(GiftQuestion.BLANK), BLANK_SHOWN);
    }

    private Question singleChoice(GiftQuestion g, List<String> tags, Explanation explanation) {
        List<GiftQuestion.Answer> answers = g.answers();
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).fullCredit()) {
                right.add(i);
            }
        }
        if (right.size() > 1) {
            return skip(g, right.size() + " answers are fully right, and a quizline choice question has one");
        }
        if (!choiceCount(g)) {
            return null;
        }
        partialCreditCountsAsWrong(g);
        answers.forEach(a -> explanation.answer(a.text(), a.feedback()));
        String prompt = promptWithBlank(g);
        return new Question.Choice(
                id(g, prompt), prompt, texts(answers), right.get(0), tags, explanation.text(), null, null);
    }

    private Question multipleResponse(GiftQuestion g, List<String> tags, Explanation explanation)
            throws GiftParser.SyntaxError {
        List<GiftQuestion.Answer> answers = g.answers();
        List<Integer> right = new ArrayList<>();
        Set<BigDecimal> weights = new LinkedHashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).fraction().signum() > 0) {
                right.add(i);
                weights.add(answers.get(i).fraction().stripTrailingZeros());
            }
        }
        if (right.isEmpty()) {
            throw new GiftParser.SyntaxError(
                    g.line(),
                    "no answer has a positive weight, so none is right"
                            + " (mark the right answer with \"=\" or a weight such as ~%50%)");
        }
        if (!choiceCount(g)) {
            return null;
        }
        if (weights.size() > 1) {
            List<String> shown = weights.stream().map(GiftMapping::percent).toList();
            warn(
                    g,
                    "the weights of its right answers (" + String.join(", ", shown)
                            + ") are not kept: quizline wants every right answer picked");
        }
        answers.forEach(a -> explanation.answer(a.text(), a.feedback()));
        String prompt = promptWithBlank(g);
        return new Question.Multi(id(g, prompt), prompt, texts(answers), right, tags, explanation.text(), null, null);
    }

    private Question trueFalse(GiftQuestion g, List<String> tags, Explanation explanation) {
        boolean truth = false;
        for (GiftQuestion.Answer a : g.answers()) {
            truth |= a.fullCredit() && a.text().equals("True");
            explanation.answer(a.text(), a.feedback());
        }
        String prompt = promptWithBlank(g);
        return new Question.TrueFalse(id(g, prompt), prompt, truth, tags, explanation.text(), null, null);
    }

    private Question shortAnswer(GiftQuestion g, List<String> tags, Explanation explanation) {
        List<String> accepted = new ArrayList<>();
        for (GiftQuestion.Answer a : g.answers()) {
            boolean catchAll = a.text().equals("*");
            explanation.answer(catchAll ? ANY_OTHER : a.text(), a.feedback());
            if (catchAll && a.fraction().signum() <= 0) {
                continue;
            }
            if (a.text().contains("*")) {
                warn(g, "answer \"" + a.text() + "\" uses Moodle's wildcard *, which quizline does not have: dropped");
            } else if (a.fullCredit()) {
                accepted.add(a.text());
            } else {
                warn(
                        g,
                        "answer \"" + a.text() + "\" gives " + percent(a.fraction())
                                + " credit; quizline accepts an answer fully or not at all: dropped");
            }
        }
        if (accepted.isEmpty()) {
            return skip(g, "no answer gets full credit");
        }
        if (accepted.size() == 1 && LOWER_CASE_TRUE_FALSE.contains(accepted.get(0))) {
            warn(
                    g,
                    "{" + accepted.get(0) + "} is a short answer in Moodle; a true/false answer is written T, TRUE, F"
                            + " or FALSE");
        }
        String blanked = blankedText(g);
        if (blanked == null) {
            String prompt = g.text();
            return new Question.Short(
                    id(g, prompt),
                    prompt,
                    accepted.get(0),
                    accepted.subList(1, accepted.size()),
                    tags,
                    explanation.text(),
                    null,
                    null);
        }
        // A missing word with only right answers is a cloze: the answers become the blank and its aliases.
        for (String answer : accepted) {
            if (answer.contains("|") || answer.contains("{{") || answer.contains("}}")) {
                return skip(g, "answer \"" + answer + "\" cannot go in a cloze blank ({{ }} and | mark blanks)");
            }
        }
        String prompt = blanked.replace(String.valueOf(GiftQuestion.BLANK), "{{" + String.join("|", accepted) + "}}");
        String plain = blanked.replace(String.valueOf(GiftQuestion.BLANK), accepted.get(0));
        return new Question.Cloze(id(g, plain), prompt, tags, explanation.text(), null, null);
    }

    /**
     * The text with its blank marked, when the question is a missing word: written as one (text after the answer
     * block), or as Moodle stores and exports one, with "_____" in the text. Null when it is not.
     */
    private static String blankedText(GiftQuestion g) {
        if (g.missingWord()) {
            return g.text();
        }
        int at = g.text().indexOf(BLANK_SHOWN);
        boolean once = at >= 0
                && g.text().indexOf(BLANK_SHOWN, at + 1) < 0
                && (at + BLANK_SHOWN.length() == g.text().length() || g.text().charAt(at + BLANK_SHOWN.length()) != '_')
                && (at == 0 || g.text().charAt(at - 1) != '_');
        return once
                ? g.text().substring(0, at) + GiftQuestion.BLANK + g.text().substring(at + BLANK_SHOWN.length())
                : null;
    }

    private Question numerical(GiftQuestion g, List<String> tags, Explanation explanation) {
        List<GiftQuestion.NumericAnswer> right = new ArrayList<>();
        for (GiftQuestion.NumericAnswer n : g.numbers()) {
            String label = n.value() == null
                    ? ANY_OTHER
                    : n.value().stripTrailingZeros().toPlainString();
            explanation.answer(label, n.feedback());
            if (n.value() == null) {
                continue;
            }
            if (n.fraction().compareTo(BigDecimal.ONE) == 0) {
                right.add(n);
            } else if (n.fraction().signum() > 0) {
                warn(
                        g,
                        "answer " + label + " gives " + percent(n.fraction())
                                + " credit; quizline accepts an answer fully or not at all: dropped");
            }
        }
        if (g.otherFeedback() != null) {
            explanation.answer(ANY_OTHER, g.otherFeedback());
        }
        if (right.isEmpty()) {
            return skip(g, "no answer gets full credit");
        }
        if (right.size() > 1) {
            return skip(
                    g,
                    right.size() + " answers get full credit, and a quizline numeric question has one"
                            + " (with a tolerance)");
        }
        GiftQuestion.NumericAnswer answer = right.get(0);
        String prompt = promptWithBlank(g);
        return new Question.Numeric(
                id(g, prompt),
                prompt,
                answer.value().doubleValue(),
                answer.tolerance() == null ? null : answer.tolerance().doubleValue(),
                tags,
                explanation.text(),
                null,
                null);
    }

    private boolean choiceCount(GiftQuestion g) {
        int count = g.answers().size();
        if (count < MIN_CHOICES || count > MAX_CHOICES) {
            skip(g, count + " answers, and quizline takes " + MIN_CHOICES + " to " + MAX_CHOICES);
            return false;
        }
        return true;
    }

    private void partialCreditCountsAsWrong(GiftQuestion g) {
        for (GiftQuestion.Answer a : g.answers()) {
            if (a.partialCredit()) {
                warn(
                        g,
                        "answer \"" + a.text() + "\" gives " + percent(a.fraction())
                                + " credit; in quizline it counts as wrong");
            }
        }
    }

    private static List<String> texts(List<GiftQuestion.Answer> answers) {
        return answers.stream().map(GiftQuestion.Answer::text).toList();
    }

    /** "HTML <img>, <audio> removed: quizline shows text only", for markup dropped from a question's texts. */
    static String markupRemoved(java.util.Collection<String> elements) {
        return "HTML "
                + String.join(", ", elements.stream().map(n -> "<" + n + ">").toList())
                + " removed: quizline shows text only";
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private Question skip(GiftQuestion g, String why) {
        warn(g, why + ": skipped");
        return null;
    }

    private void warn(GiftQuestion g, String message) {
        pending.add(new FileNotice(g.line(), "question \"" + g.name() + "\": " + message));
    }

    /** The general feedback, then the feedback of each answer that has one, labelled with the answer. */
    static final class Explanation {
        private final StringBuilder text;
        private boolean mergedAnswerFeedback;

        Explanation(String generalFeedback) {
            text = new StringBuilder(generalFeedback);
        }

        void answer(String label, String feedback) {
            if (feedback.isEmpty()) {
                return;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(label).append(": ").append(feedback);
            mergedAnswerFeedback = true;
        }

        String text() {
            return text.length() == 0 ? null : text.toString();
        }

        boolean mergedAnswerFeedback() {
            return mergedAnswerFeedback;
        }
    }
}
