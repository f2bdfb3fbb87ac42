package quizline.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one GIFT block (the lines between blank lines) the way Moodle's {@code qformat_gift::readquestion} does:
 * a category switch, or a question with its title, text, answer block and feedback. Where Moodle quietly turns a
 * mistake into something else (an unclosed title, a decimal comma in a number), this reports it instead.
 */
final class GiftParser {
    /** One line of a block, trimmed as Moodle trims it. */
    record Line(int number, String text, boolean comment) {}

    /** What a block is. */
    sealed interface Block permits CategorySwitch, Parsed {}

    /** {@code $CATEGORY:} — the questions after it take these tags. */
    record CategorySwitch(int line, List<String> tags) implements Block {}

    record Parsed(GiftQuestion question) implements Block {}

    /** A block Moodle would refuse or misread. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        final int line;

        SyntaxError(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private static final String CATEGORY = "$CATEGORY:";
    private static final Pattern WEIGHT = Pattern.compile("^%-*[0-9]{1,2}\\.?[0-9]*%");
    private static final Pattern CONTEXT = Pattern.compile("^\\$[a-z]+\\$$");
    private static final Pattern SINGLE_SLASH = Pattern.compile("(?<!/)/(?!/)");
    private static final Pattern ID_TOKEN = Pattern.compile("\\[id:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    private static final Pattern TAG_TOKEN = Pattern.compile("\\[tag:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Set<String> FORMATS = Set.of("moodle", "html", "plain", "markdown");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    private final Set<String> droppedMarkup = new LinkedHashSet<>();

    private GiftParser() {}

    /** @return null for a block of comments only */
    static Block parse(List<Line> lines) throws SyntaxError {
        return new GiftParser().block(lines);
    }

    private Block block(List<Line> lines) throws SyntaxError {
        StringBuilder raw = new StringBuilder();
        List<Integer> lineOf = new ArrayList<>();
        StringBuilder comments = new StringBuilder();
        for (Line line : lines) {
            if (raw.length() > 0) {
                raw.append('\n');
                lineOf.add(lineOf.get(lineOf.size() - 1));
            }
            // Moodle turns a comment line into a single space: it neither ends the block nor adds text.
            String text = line.comment() ? " " : line.text();
            if (line.comment()) {
                comments.append(line.text()).append('\n');
            }
            raw.append(text);
            for (int i = 0; i < text.length(); i++) {
                lineOf.add(line.number());
            }
        }
        GiftText text = GiftText.read(
                        raw.toString(),
                        lineOf.stream().mapToInt(Integer::intValue).toArray())
                .trim();
        if (text.isEmpty()) {
            return null;
        }
        String rawText = GiftText.phpTrim(raw.toString());
        if (rawText.startsWith(CATEGORY)) {
            return category(rawText.substring(CATEGORY.length()), text.firstLine());
        }
        return new Parsed(question(text, comments.toString()));
    }

    /**
     * Category names are taken as written, escapes and all: Moodle never reads escapes in them. Segments after the
     * context ({@code $course$}) and Moodle's root category {@code top} become tags; {@code //} is a slash in a name.
     */
    private static CategorySwitch category(String rest, int line) throws SyntaxError {
        String path = GiftText.phpTrim(rest);
        if (path.indexOf('\n') >= 0) {
            throw new SyntaxError(
                    line,
                    "a $CATEGORY line must be followed by a blank line"
                            + " (Moodle would read the next lines as part of the category name)");
        }
        List<String> segments = new ArrayList<>();
        for (String part : SINGLE_SLASH.split(path, -1)) {
            segments.add(part.replace("//", "/").strip());
        }
        if (!segments.isEmpty() && CONTEXT.matcher(segments.get(0)).matches()) {
            segments.remove(0);
        }
        if (!segments.isEmpty() && segments.get(0).equals("top")) {
            segments.remove(0);
        }
        segments.removeIf(String::isEmpty);
        return new CategorySwitch(line, segments);
    }

    private GiftQuestion question(GiftText text, String comments) throws SyntaxError {
        int line = text.firstLine();
        String title = null;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                throw new SyntaxError(line, "the title opened with \"::\" is not closed with \"::\"");
            }
            title = HtmlText.decode(text.sub(2, end).text().replaceAll("<[^>]*>", ""))
                    .strip();
            text = text.sub(end + 2).trim();
        }
        int open = text.indexOf("{");
        int close = text.indexOf("}");
        if (open < 0 && close < 0) {
            String questionText = formatted(text.text(), "moodle").text();
            return build(
                    line, title, comments, GiftQuestion.Kind.DESCRIPTION, questionText, "", List.of(), List.of(), null);
        }
        if (close < 0) {
            throw new SyntaxError(text.lineAt(open), "\"{\" is not closed with \"}\" (write \\{ for a literal brace)");
        }
        if (open < 0 || close < open) {
            throw new SyntaxError(text.lineAt(close), "\"}\" without an opening \"{\" (write \\} for a literal brace)");
        }
        GiftText after = text.sub(close + 1);
        int stray = firstOf(after.indexOf("{"), after.indexOf("}"));
        if (stray >= 0) {
            throw new SyntaxError(
                    after.lineAt(stray),
                    "a second answer block: a GIFT question has one" + " (write \\{ and \\} for literal braces)");
        }
        // Text after the answer block makes it a missing word: Moodle puts a blank where the answers were.
        String withBlank = text.sub(0, open).text() + (after.isEmpty() ? "" : GiftQuestion.BLANK + after.text());
        FormattedText questionText = formatted(withBlank, "moodle");
        if (questionText.text().isEmpty() || questionText.text().equals(String.valueOf(GiftQuestion.BLANK))) {
            throw new SyntaxError(line, "the question has no text");
        }
        GiftText answerText = text.sub(open + 1, close).trim();
        String generalFeedback = "";
        int feedbackAt = answerText.lastIndexOf("####");
        if (feedbackAt >= 0) {
            generalFeedback = formatted(answerText.sub(feedbackAt + 4).text(), questionText.format())
                    .text();
            answerText = answerText.sub(0, feedbackAt).trim();
        }
        String format = questionText.format();
        GiftQuestion.Kind kind = kind(answerText);
        List<GiftQuestion.Answer> answers = List.of();
        List<GiftQuestion.NumericAnswer> numbers = List.of();
        String otherFeedback = null;
        switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> answers = choices(answerText, format);
            case TRUE_FALSE -> answers = trueFalse(answerText, format);
            case SHORT_ANSWER -> answers = shortAnswers(answerText, format);
            case NUMERICAL -> {
                GiftText body = answerText.sub(1);
                int tilde = body.indexOf("~");
                if (tilde >= 0) {
                    otherFeedback = feedbackOf(body.sub(tilde + 1), format);
                    body = body.sub(0, tilde);
                }
                numbers = numbers(body, format, answerText.firstLine());
            }
            default -> {}
        }
        return build(
                line, title, comments, kind, questionText.text(), generalFeedback, answers, numbers, otherFeedback);
    }

    /** The smaller of two positions that are not -1, else -1. */
    private static int firstOf(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private GiftQuestion build(
            int line,
            String title,
            String comments,
            GiftQuestion.Kind kind,
            String text,
            String generalFeedback,
            List<GiftQuestion.Answer> answers,
            List<GiftQuestion.NumericAnswer> numbers,
            String otherFeedback) {
        Matcher id = ID_TOKEN.matcher(comments);
        String idNumber = id.find() ? id.group(1).replace("\\]", "]").strip() : null;
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG_TOKEN.matcher(comments);
        while (tag.find()) {
            tags.add(tag.group(1).replace("\\]", "]").strip());
        }
        return new GiftQuestion(
                line,
                title,
                idNumber,
                tags,
                kind,
                text,
                generalFeedback,
                answers,
                numbers,
                otherFeedback,
                droppedMarkup);
    }

    /** The type, decided in Moodle's order on the answer text. */
    private static GiftQuestion.Kind kind(GiftText answers) {
        if (answers.isEmpty()) {
            return GiftQuestion.Kind.ESSAY;
        }
        if (answers.startsWith("#")) {
            return GiftQuestion.Kind.NUMERICAL;
        }
        if (answers.indexOf("~") >= 0) {
            // Without any "=", no answer is marked right on its own: Moodle makes it a multiple-answer question.
            return answers.indexOf("=") >= 0 ? GiftQuestion.Kind.SINGLE_CHOICE : GiftQuestion.Kind.MULTIPLE_RESPONSE;
        }
        if (answers.indexOf("=") >= 0 && answers.indexOf("->") >= 0) {
            return GiftQuestion.Kind.MATCHING;
        }
        int hash = answers.indexOf("#");
        String check = hash > 0 ? answers.sub(0, hash).trim().text() : answers.text();
        // Case matters: {t} and {true} are short answers in Moodle.
        return TRUE_FALSE.contains(check) ? GiftQuestion.Kind.TRUE_FALSE : GiftQuestion.Kind.SHORT_ANSWER;
    }

    /** Moodle turns each "=" into "~=" and splits on "~": "=" means full credit, "%w%" a weight, nothing none. */
    private List<GiftQuestion.Answer> choices(GiftText body, String format) throws SyntaxError {
        List<GiftText> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.isAt("~", i)) {
                parts.add(body.sub(start, i));
                start = i + 1;
            } else if (body.isAt("=", i)) {
                parts.add(body.sub(start, i));
                start = i;
            }
        }
        parts.add(body.sub(start));
        if (parts.get(0).trim().isEmpty()) {
            parts.remove(0);
        }
        if (parts.size() < 2) {
            throw new SyntaxError(body.firstLine(), "a multiple-choice question needs at least 2 answers");
        }
        List<GiftQuestion.Answer> answers = new ArrayList<>();
        for (GiftText part : parts) {
            GiftText answer = part.trim();
            BigDecimal fraction = BigDecimal.ZERO;
            if (answer.startsWith("=")) {
                fraction = BigDecimal.ONE;
                answer = answer.sub(1);
            } else if (WEIGHT.matcher(answer.text()).find()) {
                int end = answer.text().indexOf('%', 1);
                fraction = weight(answer.text().substring(1, end));
                answer = answer.sub(end + 1);
            }
            answers.add(answerWithFeedback(answer, fraction, format, part));
        }
        return answers;
    }

    /** {@code T#fbA#fbB}: fbA is shown to whoever answers wrong, fbB to whoever answers right. */
    private List<GiftQuestion.Answer> trueFalse(GiftText body, String format) {
        List<GiftText> parts = body.split('#');
        boolean truth = parts.get(0).trim().text().startsWith("T");
        String wrongFeedback =
                parts.size() > 1 ? formatted(parts.get(1).text(), format).text() : "";
        String rightFeedback =
                parts.size() > 2 ? formatted(joinRest(parts, 2), format).text() : "";
        int line = body.firstLine();
        GiftQuestion.Answer right =
                new GiftQuestion.Answer(truth ? "True" : "False", BigDecimal.ONE, rightFeedback, line);
        GiftQuestion.Answer wrong =
                new GiftQuestion.Answer(truth ? "False" : "True", BigDecimal.ZERO, wrongFeedback, line);
        return truth ? List.of(right, wrong) : List.of(wrong, right);
    }

    /** Moodle splits true/false answers on "#" into at most three parts: the last keeps any further "#". */
    private static String joinRest(List<GiftText> parts, int from) {
        StringBuilder rest = new StringBuilder(parts.get(from).text());
        for (int i = from + 1; i < parts.size(); i++) {
            rest.append('#').append(parts.get(i).text());
        }
        return rest.toString();
    }

    private List<GiftQuestion.Answer> shortAnswers(GiftText body, String format) throws SyntaxError {
        List<GiftText> parts = new ArrayList<>(body.split('='));
        if (parts.get(0).trim().isEmpty()) {
            parts.remove(0);
        }
        if (parts.isEmpty()) {
            throw new SyntaxError(body.firstLine(), "a short-answer question needs at least 1 answer");
        }
        List<GiftQuestion.Answer> answers = new ArrayList<>();
        for (GiftText part : parts) {
            GiftText answer = part.trim();
            BigDecimal fraction = BigDecimal.ONE;
            if (WEIGHT.matcher(answer.text()).find()) {
                int end = answer.text().indexOf('%', 1);
                fraction = weight(answer.text().substring(1, end));
                answer = answer.sub(end + 1);
            }
            answers.add(answerWithFeedback(answer, fraction, format, part));
        }
        return answers;
    }

    private List<GiftQuestion.NumericAnswer> numbers(GiftText body, String format, int line) throws SyntaxError {
        List<GiftText> parts = new ArrayList<>(body.split('='));
        if (parts.get(0).trim().isEmpty()) {
            parts.remove(0);
        }
        if (parts.isEmpty()) {
            throw new SyntaxError(line, "a numerical question needs at least 1 answer");
        }
        List<GiftQuestion.NumericAnswer> numbers = new ArrayList<>();
        for (GiftText part : parts) {
            GiftText answer = part.trim();
            BigDecimal fraction = BigDecimal.ONE;
            if (WEIGHT.matcher(answer.text()).find()) {
                int end = answer.text().indexOf('%', 1);
                fraction = weight(answer.text().substring(1, end));
                answer = answer.sub(end + 1);
            }
            int hash = answer.indexOf("#");
            String feedback = hash < 0
                    ? ""
                    : formatted(answer.sub(hash + 1).text(), format).text();
            String value = GiftText.phpTrim(
                    hash < 0 ? answer.text() : answer.sub(0, hash).text());
            numbers.add(numericAnswer(value, fraction, feedback, part.trim().firstLine()));
        }
        return numbers;
    }

    /** {@code value}, {@code value:tolerance} or {@code min..max}; {@code *} is Moodle's any-other-answer. */
    private static GiftQuestion.NumericAnswer numericAnswer(
            String value, BigDecimal fraction, String feedback, int line) throws SyntaxError {
        if (value.equals("*")) {
            return new GiftQuestion.NumericAnswer(null, null, fraction, feedback, line);
        }
        int range = value.indexOf("..");
        if (range > 0) {
            BigDecimal min = number(value.substring(0, range), line);
            BigDecimal max = number(value.substring(range + 2), line);
            if (max.compareTo(min) < 0) {
                throw new SyntaxError(line, "the range " + value + " ends below its start");
            }
            BigDecimal middle = min.add(max).divide(BigDecimal.valueOf(2));
            return new GiftQuestion.NumericAnswer(middle, max.subtract(middle), fraction, feedback, line);
        }
        int colon = value.indexOf(':');
        if (colon > 0) {
            BigDecimal tolerance = number(value.substring(colon + 1), line);
            if (tolerance.signum() < 0) {
                throw new SyntaxError(line, "the tolerance in " + value + " is negative");
            }
            BigDecimal answer = number(value.substring(0, colon), line);
            return new GiftQuestion.NumericAnswer(answer, tolerance, fraction, feedback, line);
        }
        return new GiftQuestion.NumericAnswer(number(value, line), null, fraction, feedback, line);
    }

    private static BigDecimal number(String text, int line) throws SyntaxError {
        String trimmed = GiftText.phpTrim(text);
        if (!NUMBER.matcher(trimmed).matches()) {
            String hint = trimmed.matches("[+-]?[0-9]+,[0-9]+") ? " (write decimals with a full stop)" : "";
            throw new SyntaxError(line, "\"" + trimmed + "\" is not a number" + hint);
        }
        return new BigDecimal(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
    }

    /** The text between the percent signs of {@code %-33.3%}, as a fraction of 1. */
    private static BigDecimal weight(String percent) {
        boolean negative = percent.startsWith("-");
        BigDecimal value =
                new BigDecimal(percent.replace("-", "")).movePointLeft(2).stripTrailingZeros();
        return negative ? value.negate() : value;
    }

    /** An answer's text up to the first "#", the rest its feedback; each may open with its own format tag. */
    private GiftQuestion.Answer answerWithFeedback(GiftText answer, BigDecimal fraction, String format, GiftText whole)
            throws SyntaxError {
        int hash = answer.indexOf("#");
        String text = formatted((hash < 0 ? answer : answer.sub(0, hash)).text(), format)
                .text();
        String feedback =
                hash < 0 ? "" : formatted(answer.sub(hash + 1).text(), format).text();
        int line = whole.trim().firstLine();
        if (text.isEmpty()) {
            throw new SyntaxError(line, "an empty answer");
        }
        return new GiftQuestion.Answer(text, fraction, feedback, line);
    }

    private String feedbackOf(GiftText catchAll, String format) {
        int hash = catchAll.indexOf("#");
        return hash < 0 ? "" : formatted(catchAll.sub(hash + 1).text(), format).text();
    }

    /** Text and the format it was written in. */
    private record FormattedText(String format, String text) {}

    /**
     * Applies a leading {@code [html]}, {@code [moodle]}, {@code [plain]} or {@code [markdown]} (else {@code
     * defaultFormat}): HTML becomes plain text; the others are plain text already, markdown included.
     */
    private FormattedText formatted(String text, String defaultFormat) {
        String format = defaultFormat;
        text = GiftText.phpTrim(text);
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end > 0 && FORMATS.contains(text.substring(1, end))) {
                format = text.substring(1, end);
                text = text.substring(end + 1);
            }
        }
        if (format.equals("html")) {
            HtmlText.Plain plain = HtmlText.toPlain(text);
            droppedMarkup.addAll(plain.dropped());
            text = plain.text();
        }
        return new FormattedText(format, GiftText.phpTrim(text));
    }
}
