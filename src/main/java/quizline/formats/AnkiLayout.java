package quizline.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizline.pack.ClozeText;
import quizline.pack.Question;
import quizline.text.Numbers;

/**
 * How quizline questions look as Anki notes, both ways, in one place so export and import cannot drift apart.
 * Anki cannot ask multiple-choice questions, so a choice question is a Basic note that lists its choices on the
 * front and names the right one on the back:
 * <pre>
 * front: Which city hosted the 2024 summit?      back: b) Astana
 *
 *        a) Samarkand                                  The 2024 summit met in the Kazakh capital.
 *        b) Astana
 * </pre>
 * A multi question adds the line "Choose all that apply:" above its choices and names each right one on its own
 * line. The back of the other Basic notes holds True or False, a number (with "± tolerance"), or a short answer
 * followed by "Also accepted: …" lines. A blank line on the back separates the answer from the explanation. Cloze
 * questions are Cloze notes with {@code {{c1::…}}} deletions and the explanation as Back Extra.
 */
final class AnkiLayout {
    static final String MULTI_MARKER = "Choose all that apply:";
    static final String ALSO_ACCEPTED = "Also accepted: ";
    static final String TRUE = "True";
    static final String FALSE = "False";
    private static final String PLUS_MINUS = " ± ";
    private static final Pattern CHOICE_LINE = Pattern.compile("([a-f])\\) (.*)");
    private static final String NUMBER = "-?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?";
    private static final Pattern NUMERIC = Pattern.compile("(" + NUMBER + ")(?:" + PLUS_MINUS + "(" + NUMBER + "))?");
    private static final Pattern DELETION = Pattern.compile("\\{\\{c(\\d+)::(.*?)}}", Pattern.DOTALL);

    /** A note: its type (Basic or Cloze) and its two fields. */
    record Fields(String noteType, String first, String second) {}

    private AnkiLayout() {}

    static Fields fields(Question q) {
        return fields(q, false);
    }

    /**
     * The note as an Anki package holds it: as {@link #fields(Question)}, but a cloze question's blanks all share
     * deletion number 1, so that Anki makes one card that asks them together, as quizline does.
     */
    static Fields packageFields(Question q) {
        return fields(q, true);
    }

    private static Fields fields(Question q, boolean oneCard) {
        return q.visit(new Question.Visitor<>() {
            @Override
            public Fields choice(Question.Choice c) {
                return basic(c, c.prompt() + "\n\n" + choiceLines(c.choices()), choiceLine(c.choices(), c.answer()));
            }

            @Override
            public Fields multi(Question.Multi m) {
                return basic(
                        m,
                        m.prompt() + "\n\n" + MULTI_MARKER + "\n" + choiceLines(m.choices()),
                        String.join(
                                "\n",
                                m.answer().stream()
                                        .map(k -> choiceLine(m.choices(), k))
                                        .toList()));
            }

            @Override
            public Fields shortAnswer(Question.Short s) {
                StringBuilder b = new StringBuilder(s.answer());
                s.accept().forEach(alias -> b.append('\n').append(ALSO_ACCEPTED).append(alias));
                return basic(s, s.prompt(), b.toString());
            }

            @Override
            public Fields trueFalse(Question.TrueFalse t) {
                return basic(t, t.prompt(), t.answer() ? TRUE : FALSE);
            }

            @Override
            public Fields numeric(Question.Numeric n) {
                return basic(
                        n,
                        n.prompt(),
                        number(n.answer()) + (n.tolerance() == null ? "" : PLUS_MINUS + number(n.tolerance())));
            }

            @Override
            public Fields cloze(Question.Cloze c) {
                return AnkiLayout.cloze(c, oneCard);
            }
        });
    }

    /** A Basic note: the front, and the back with the explanation below the answer. */
    private static Fields basic(Question q, String front, String back) {
        return new Fields("Basic", front, q.explanation() == null ? back : back + "\n\n" + q.explanation());
    }

    /** The cloze text with each blank as its own deletion, c1, c2, … Aliases have no place in Anki. */
    private static Fields cloze(Question.Cloze q, boolean oneCard) {
        ClozeText text = ClozeText.parse(q.prompt());
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < text.blanks().size(); i++) {
            ClozeText.Blank blank = text.blanks().get(i);
            out.append(q.prompt(), at, blank.start())
                    .append("{{c")
                    .append(oneCard ? 1 : i + 1)
                    .append("::")
                    .append(blank.answer())
                    .append("}}");
            at = blank.end();
        }
        out.append(q.prompt().substring(at));
        return new Fields("Cloze", out.toString(), q.explanation() == null ? "" : q.explanation());
    }

    private static String choiceLines(List<String> choices) {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < choices.size(); k++) {
            lines.add(choiceLine(choices, k));
        }
        return String.join("\n", lines);
    }

    private static String choiceLine(List<String> choices, int k) {
        return (char) ('a' + k) + ") " + choices.get(k);
    }

    /** Plain decimals ({@link Numbers#plain}): Anki and Moodle read no exponent. */
    static String number(double value) {
        return Numbers.plain(value);
    }

    /** A Basic note read back; {@code extraLines} are back lines after the answer that were moved to the explanation. */
    record ReadBasic(Question question, int extraLines) {}

    static ReadBasic readBasic(String id, String front, String back, List<String> tags) {
        int gap = back.indexOf("\n\n");
        String answer = (gap < 0 ? back : back.substring(0, gap)).strip();
        String explanation = gap < 0 ? null : back.substring(gap + 2).strip();
        if (explanation != null && explanation.isEmpty()) {
            explanation = null;
        }
        Question choice = choiceQuestion(id, front, answer, tags, explanation);
        if (choice != null) {
            return new ReadBasic(choice, 0);
        }
        if (answer.equals(TRUE) || answer.equals(FALSE)) {
            return new ReadBasic(
                    new Question.TrueFalse(id, front, answer.equals(TRUE), tags, explanation, null, null), 0);
        }
        Matcher number = NUMERIC.matcher(answer);
        if (number.matches()) {
            Double tolerance = number.group(2) == null ? null : new BigDecimal(number.group(2)).doubleValue();
            return new ReadBasic(
                    new Question.Numeric(
                            id,
                            front,
                            new BigDecimal(number.group(1)).doubleValue(),
                            tolerance,
                            tags,
                            explanation,
                            null,
                            null),
                    0);
        }
        String[] lines = answer.split("\n");
        List<String> accept = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (int k = 1; k < lines.length; k++) {
            if (lines[k].startsWith(ALSO_ACCEPTED) && extra.isEmpty()) {
                accept.add(lines[k].substring(ALSO_ACCEPTED.length()).strip());
            } else {
                extra.add(lines[k].strip());
            }
        }
        if (!extra.isEmpty()) {
            String moved = String.join("\n", extra);
            explanation = explanation == null ? moved : moved + "\n\n" + explanation;
        }
        return new ReadBasic(
                new Question.Short(id, front, lines[0].strip(), accept, tags, explanation, null, null), extra.size());
    }

    /** A choice or multi question when the front lists choices as {@link #basic} writes them and the back names them. */
    private static Question choiceQuestion(
            String id, String front, String answer, List<String> tags, String explanation) {
        int gap = front.lastIndexOf("\n\n");
        if (gap <= 0) {
            return null;
        }
        String prompt = front.substring(0, gap).strip();
        List<String> lines = new ArrayList<>(List.of(front.substring(gap + 2).split("\n", -1)));
        boolean multi = lines.get(0).equals(MULTI_MARKER);
        if (multi) {
            lines.remove(0);
        }
        List<String> choices = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            Matcher m = CHOICE_LINE.matcher(lines.get(k));
            if (!m.matches() || m.group(1).charAt(0) != 'a' + k) {
                return null;
            }
            choices.add(m.group(2));
        }
        if (prompt.isEmpty() || choices.size() < 2) {
            return null;
        }
        List<Integer> right = new ArrayList<>();
        for (String line : answer.split("\n")) {
            Matcher m = CHOICE_LINE.matcher(line.strip());
            int k = m.matches() ? m.group(1).charAt(0) - 'a' : -1;
            if (k < 0 || k >= choices.size() || !choices.get(k).equals(m.group(2)) || right.contains(k)) {
                return null;
            }
            right.add(k);
        }
        if (multi) {
            return new Question.Multi(id, prompt, choices, right, tags, explanation, null, null);
        }
        return right.size() == 1
                ? new Question.Choice(id, prompt, choices, right.get(0), tags, explanation, null, null)
                : null;
    }

    /** A cloze text read back: the quizline prompt, and the hints that had to be dropped. */
    record ReadCloze(String prompt, List<String> hints) {}

    /** @throws IllegalArgumentException with the reason when the text has no usable deletions */
    static ReadCloze readCloze(String text) {
        Matcher m = DELETION.matcher(text);
        StringBuilder prompt = new StringBuilder();
        List<String> hints = new ArrayList<>();
        int at = 0;
        int count = 0;
        while (m.find()) {
            String inside = m.group(2);
            if (inside.contains("{{")) {
                throw new IllegalArgumentException("nested cloze deletions are not supported");
            }
            int hint = inside.indexOf("::");
            String answer = (hint < 0 ? inside : inside.substring(0, hint)).strip();
            if (hint >= 0) {
                hints.add(inside.substring(hint + 2));
            }
            if (answer.contains("|")) {
                throw new IllegalArgumentException("the deletion \"" + answer + "\" holds \"|\", which quizline reads"
                        + " as a separator between accepted answers");
            }
            prompt.append(text, at, m.start()).append("{{").append(answer).append("}}");
            at = m.end();
            count++;
        }
        if (count == 0) {
            throw new IllegalArgumentException("a Cloze note without a {{c1::…}} deletion");
        }
        prompt.append(text.substring(at));
        return new ReadCloze(prompt.toString(), hints);
    }
}
