package quizline.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizline.pack.ClozeText;
import quizline.pack.Question;

/**
 * Moodle's embedded answers (cloze) syntax, {@code {1:SHORTANSWER:=Astana~=Nur-Sultan#feedback}}, both ways: a
 * quizline blank is written as a short answer accepting its answer and aliases alike, and a Moodle cloze question
 * is read into quizline blanks. Short-answer blanks read as they are; a numerical blank keeps its number (a
 * tolerance is dropped, warned); a multiple-choice blank keeps its right answer, typed (its choices dropped,
 * warned). As in Moodle, {@code \} escapes a character inside an answer.
 */
final class MoodleCloze {
    private static final Pattern BLANK = Pattern.compile("\\{([0-9]*):([A-Za-z_]+):((?:\\\\.|[^\\\\}])*)}");
    private static final Pattern ALTERNATIVE =
            Pattern.compile("(?s)^(=|%(-?[0-9]+(?:[.,][0-9]*)?)%)?((?:\\\\.|[^\\\\#])*)(?:#(.*))?$");
    private static final Set<String> SHORT = Set.of("SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC");
    private static final Set<String> NUMERIC = Set.of("NUMERICAL", "NM");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MoodleCloze() {}

    /** What the XML says of a cloze question, its texts already plain. */
    record Source(
            int line,
            String name,
            String idNumber,
            String text,
            String generalFeedback,
            List<String> categoryTags,
            List<String> ownTags,
            Set<String> droppedMarkup) {}

    /** One blank as Moodle writes it: a short answer taking every one of {@code answers} for full marks. */
    static String blank(List<String> answers) {
        List<String> alternatives = new ArrayList<>();
        for (String answer : answers) {
            alternatives.add("=" + escape(answer));
        }
        return "{1:SHORTANSWER:" + String.join("~", alternatives) + "}";
    }

    /** The text of a quizline cloze question with each blank written Moodle's way. */
    static String text(Question.Cloze cloze) {
        ClozeText text = ClozeText.parse(cloze.prompt());
        return text.render(i -> {
            ClozeText.Blank b = text.blanks().get(i);
            List<String> answers = new ArrayList<>();
            answers.add(b.answer());
            answers.addAll(b.aliases());
            return blank(answers);
        });
    }

    static Question question(Source s, QuestionIds ids, List<FileNotice> warnings) throws GiftParser.SyntaxError {
        List<FileNotice> pending = new ArrayList<>();
        String shown = s.name() != null && !s.name().isBlank() ? s.name() : s.text();
        GiftMapping.Explanation explanation = new GiftMapping.Explanation(s.generalFeedback());
        StringBuilder prompt = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        Matcher m = BLANK.matcher(s.text());
        int at = 0;
        int number = 0;
        while (m.find()) {
            number++;
            String type = m.group(2).toUpperCase(Locale.ROOT);
            List<String> right = new ArrayList<>();
            for (String alternative : alternatives(m.group(3))) {
                Matcher a = ALTERNATIVE.matcher(alternative);
                if (!a.matches()) {
                    continue;
                }
                String answer = unescape(a.group(3)).strip();
                String feedback = a.group(4) == null ? "" : unescape(a.group(4)).strip();
                explanation.answer(answer.equals("*") ? GiftMapping.ANY_OTHER : answer, feedback);
                boolean full = "=".equals(a.group(1))
                        || (a.group(2) != null && new BigDecimal(a.group(2).replace(',', '.')).compareTo(HUNDRED) == 0);
                if (!full) {
                    continue;
                }
                if (NUMERIC.contains(type)) {
                    int colon = answer.indexOf(':');
                    if (colon >= 0) {
                        pending.add(notice(
                                s,
                                shown,
                                "blank " + number + " accepts " + answer + " (a number with a tolerance); quizline's"
                                        + " blank takes " + answer.substring(0, colon) + " exactly"));
                        answer = answer.substring(0, colon);
                    }
                }
                right.add(answer);
            }
            if (!SHORT.contains(type) && !NUMERIC.contains(type)) {
                if (right.size() > 1 && (type.startsWith("MR") || type.startsWith("MULTIRESPONSE"))) {
                    return skip(s, shown, warnings, "blank " + number + " takes several choices at once");
                }
                pending.add(notice(
                        s,
                        shown,
                        "blank " + number + " (" + type + ") is a choice in Moodle; quizline asks for its right"
                                + " answer typed"));
            }
            if (right.isEmpty()) {
                return skip(s, shown, warnings, "blank " + number + " has no answer with full credit");
            }
            for (String answer : right) {
                if (answer.contains("|") || answer.contains("{{") || answer.contains("}}") || answer.isEmpty()) {
                    return skip(
                            s,
                            shown,
                            warnings,
                            "answer \"" + answer + "\" cannot go in a cloze blank ({{ }} and | mark blanks)");
                }
            }
            prompt.append(s.text(), at, m.start())
                    .append("{{")
                    .append(String.join("|", right))
                    .append("}}");
            plain.append(s.text(), at, m.start()).append(right.get(0));
            at = m.end();
        }
        prompt.append(s.text().substring(at));
        plain.append(s.text().substring(at));
        if (number == 0) {
            return skip(s, shown, warnings, "a cloze question without blanks");
        }
        if (explanation.mergedAnswerFeedback()) {
            pending.add(notice(s, shown, "feedback on its answers is kept in the explanation"));
        }
        if (!s.droppedMarkup().isEmpty()) {
            pending.add(notice(s, shown, GiftMapping.markupRemoved(s.droppedMarkup())));
        }
        Set<String> tags = new LinkedHashSet<>(s.categoryTags());
        tags.addAll(s.ownTags());
        boolean byIdNumber = s.idNumber() != null && !s.idNumber().isBlank();
        String id = ids.assign(
                byIdNumber ? s.idNumber() : s.name() == null || s.name().isBlank() ? null : s.name(),
                byIdNumber ? "Moodle id" : "name",
                plain.toString(),
                s.line(),
                pending);
        Question question =
                new Question.Cloze(id, prompt.toString(), List.copyOf(tags), explanation.text(), null, null);
        List<String> problems = QuestionCheck.problems(question);
        if (!problems.isEmpty()) {
            throw new GiftParser.SyntaxError(s.line(), problems.get(0));
        }
        warnings.addAll(pending);
        return question;
    }

    /** The alternatives of a blank, split at each {@code ~} that is not escaped. */
    private static List<String> alternatives(String body) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                part.append(c).append(body.charAt(++i));
            } else if (c == '~') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String escape(String answer) {
        StringBuilder out = new StringBuilder();
        for (char c : answer.toCharArray()) {
            if ("\\}~#{".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String unescape(String text) {
        return text.replaceAll("\\\\(.)", "$1");
    }

    private static Question skip(Source s, String shown, List<FileNotice> warnings, String why) {
        warnings.add(notice(s, shown, why + ": skipped"));
        return null;
    }

    private static FileNotice notice(Source s, String shown, String message) {
        return new FileNotice(s.line(), "question \"" + shown + "\": " + message);
    }
}
