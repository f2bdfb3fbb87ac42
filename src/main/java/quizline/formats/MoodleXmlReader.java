package quizline.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import quizline.pack.Question;

/**
 * Reads Moodle's XML question format ({@code <quiz>} of {@code <question type="…">}) as Moodle's
 * {@code qformat_xml} reads it: multichoice (single and multiple), truefalse, shortanswer and numerical become
 * quizline questions through {@link GiftMapping}, the same mapping GIFT has, since both describe Moodle's own
 * questions; cloze questions ({@link MoodleCloze}) become cloze questions. A category's path gives the tags of the
 * questions after it, and a question's own {@code <tags>} add to them; the general feedback is the explanation.
 * The category quizline writes for its pack, whose info holds the {@link GiftHeader} line, gives the pack's id,
 * title, version and asOf, and no tag.
 */
public final class MoodleXmlReader {
    private static final Pattern CONTEXT = Pattern.compile("^\\$[a-z]+\\$$");
    private static final Pattern SINGLE_SLASH = Pattern.compile("(?<!/)/(?!/)");

    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final List<FileNotice> errors = new ArrayList<>();
    private final List<FileNotice> warnings = new ArrayList<>();
    private final QuestionIds ids = new QuestionIds();
    private final GiftMapping mapping = new GiftMapping(ids, warnings, "name");
    private Optional<GiftHeader> header = Optional.empty();

    private MoodleXmlReader() {}

    public static Imported read(String text) {
        return new MoodleXmlReader().file(text);
    }

    /** Whether a file's text is Moodle XML: XML whose first element is {@code <quiz>}. */
    public static boolean looksLikeMoodleXml(String text) {
        return Pattern.compile("^(?:\\uFEFF)?\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<quiz[\\s>]", Pattern.DOTALL)
                .matcher(text)
                .lookingAt();
    }

    private Imported file(String text) {
        XmlTree.Element root;
        try {
            root = XmlTree.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (XmlTree.Malformed e) {
            errors.add(new FileNotice(e.line, e.column, e.getMessage()));
            return imported();
        }
        if (!root.name().equals("quiz")) {
            errors.add(new FileNotice(
                    root.line(), root.column(), "not Moodle XML: the document is <" + root.name() + ">, not <quiz>"));
            return imported();
        }
        List<String> categoryTags = List.of();
        for (XmlTree.Element element : root.children()) {
            if (!element.name().equals("question")) {
                warnings.add(new FileNotice(
                        element.line(), element.column(), "<" + element.name() + "> is not a question: ignored"));
                continue;
            }
            String type = element.attribute("type");
            if ("category".equals(type)) {
                categoryTags = category(element, categoryTags);
                continue;
            }
            try {
                Question question = question(element, type == null ? "" : type, categoryTags);
                if (question != null) {
                    questions.add(new ImportedQuestion(question, element.line()));
                }
            } catch (GiftParser.SyntaxError e) {
                errors.add(new FileNotice(element.line(), element.column(), e.getMessage()));
            }
        }
        warnings.sort(java.util.Comparator.comparingInt(FileNotice::line));
        return imported();
    }

    private Imported imported() {
        return GiftHeader.imported(questions, errors, warnings, header);
    }

    /**
     * The tags a category gives: the names of its path below the context and {@code top}. The one quizline writes
     * for its pack gives the pack's header, and no tags.
     */
    private List<String> category(XmlTree.Element element, List<String> before) {
        String path = element.textOf("category");
        String info = element.textOf("info");
        Optional<GiftHeader> quizline = info == null ? Optional.empty() : GiftHeader.read(info.strip());
        if (quizline.isPresent()) {
            if (header.isEmpty()) {
                header = quizline;
            }
            return List.of();
        }
        if (path == null) {
            warnings.add(new FileNotice(element.line(), element.column(), "a category without a path: ignored"));
            return before;
        }
        List<String> names = new ArrayList<>();
        for (String name : SINGLE_SLASH.split(path.strip(), -1)) {
            String unescaped = name.replace("//", "/").strip();
            if (!unescaped.isEmpty()) {
                names.add(unescaped);
            }
        }
        if (!names.isEmpty() && CONTEXT.matcher(names.get(0)).matches()) {
            names.remove(0);
        }
        if (!names.isEmpty() && names.get(0).equals("top")) {
            names.remove(0);
        }
        return List.copyOf(names);
    }

    private Question question(XmlTree.Element q, String type, List<String> categoryTags) throws GiftParser.SyntaxError {
        Set<String> dropped = new LinkedHashSet<>();
        String name = q.textOf("name");
        String idNumber = q.textOf("idnumber");
        String text = formatted(q.child("questiontext"), dropped);
        String general = formatted(q.child("generalfeedback"), dropped);
        List<String> tags = new ArrayList<>();
        q.child("tags")
                .ifPresent(t -> t.all("tag").forEach(tag -> {
                    String value = tag.child("text")
                            .map(XmlTree.Element::text)
                            .orElse(tag.text())
                            .strip();
                    if (!value.isEmpty()) {
                        tags.add(value);
                    }
                }));
        if (q.child("questiontext").isEmpty()) {
            throw new GiftParser.SyntaxError(q.line(), "question \"" + name + "\" has no <questiontext>");
        }
        GiftQuestion.Kind kind;
        List<GiftQuestion.Answer> answers = new ArrayList<>();
        List<GiftQuestion.NumericAnswer> numbers = new ArrayList<>();
        switch (type) {
            case "cloze", "multianswer" -> {
                return MoodleCloze.question(
                        new MoodleCloze.Source(q.line(), name, idNumber, text, general, categoryTags, tags, dropped),
                        ids,
                        warnings);
            }
            case "multichoice" -> {
                String single = q.textOf("single");
                kind = single != null && single.strip().equalsIgnoreCase("false")
                        ? GiftQuestion.Kind.MULTIPLE_RESPONSE
                        : GiftQuestion.Kind.SINGLE_CHOICE;
                for (XmlTree.Element a : q.all("answer")) {
                    answers.add(answer(a, formatted(Optional.of(a), dropped), dropped));
                }
            }
            case "truefalse" -> {
                kind = GiftQuestion.Kind.TRUE_FALSE;
                for (XmlTree.Element a : q.all("answer")) {
                    String value = answerText(a).strip().toLowerCase(Locale.ROOT);
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new GiftParser.SyntaxError(
                                a.line(), "a true/false answer is \"true\" or \"false\", not \"" + value + "\"");
                    }
                    answers.add(answer(a, value.equals("true") ? "True" : "False", dropped));
                }
            }
            case "shortanswer" -> {
                kind = GiftQuestion.Kind.SHORT_ANSWER;
                for (XmlTree.Element a : q.all("answer")) {
                    answers.add(answer(a, answerText(a).strip(), dropped));
                }
                if ("1".equals(strip(q.textOf("usecase")))) {
                    warnings.add(new FileNotice(
                            q.line(),
                            "question \"" + shown(name, text) + "\": Moodle matches its answers' case; quizline"
                                    + " forgives case"));
                }
            }
            case "numerical" -> {
                kind = GiftQuestion.Kind.NUMERICAL;
                for (XmlTree.Element a : q.all("answer")) {
                    numbers.add(number(a, dropped));
                }
                if (q.child("units").map(u -> !u.all("unit").isEmpty()).orElse(false)) {
                    warnings.add(new FileNotice(
                            q.line(),
                            "question \"" + shown(name, text) + "\": its units are dropped: quizline takes a bare"
                                    + " number"));
                }
            }
            case "essay" -> kind = GiftQuestion.Kind.ESSAY;
            case "description" -> kind = GiftQuestion.Kind.DESCRIPTION;
            case "matching", "match" -> kind = GiftQuestion.Kind.MATCHING;
            default -> {
                warnings.add(new FileNotice(
                        q.line(),
                        q.column(),
                        "question \"" + shown(name, text) + "\": Moodle type \"" + type
                                + "\" has no quizline type: skipped"));
                return null;
            }
        }
        GiftQuestion g =
                new GiftQuestion(q.line(), name, idNumber, tags, kind, text, general, answers, numbers, null, dropped);
        return mapping.map(g, categoryTags);
    }

    private static GiftQuestion.Answer answer(XmlTree.Element a, String text, Set<String> dropped)
            throws GiftParser.SyntaxError {
        return new GiftQuestion.Answer(text, fraction(a), formatted(a.child("feedback"), dropped), a.line());
    }

    private static GiftQuestion.NumericAnswer number(XmlTree.Element a, Set<String> dropped)
            throws GiftParser.SyntaxError {
        String value = answerText(a).strip();
        String tolerance = strip(a.textOf("tolerance"));
        String feedback = formatted(a.child("feedback"), dropped);
        BigDecimal fraction = fraction(a);
        if (value.equals("*")) {
            return new GiftQuestion.NumericAnswer(null, null, fraction, feedback, a.line());
        }
        return new GiftQuestion.NumericAnswer(
                decimal(value, a, "answer"),
                tolerance == null || tolerance.isEmpty() ? null : decimal(tolerance, a, "tolerance"),
                fraction,
                feedback,
                a.line());
    }

    private static BigDecimal decimal(String text, XmlTree.Element at, String what) throws GiftParser.SyntaxError {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new GiftParser.SyntaxError(at.line(), "the " + what + " \"" + text + "\" is not a number");
        }
    }

    /** The answer's weight: Moodle writes a percentage ({@code fraction="33.33333"}). */
    private static BigDecimal fraction(XmlTree.Element a) throws GiftParser.SyntaxError {
        String percent = a.attribute("fraction");
        if (percent == null) {
            return BigDecimal.ZERO;
        }
        return decimal(percent.strip(), a, "fraction").movePointLeft(2);
    }

    /** An answer's own text: in {@code <text>}, or (files older than Moodle 1.9) directly inside. */
    private static String answerText(XmlTree.Element a) {
        return a.child("text").map(XmlTree.Element::text).orElse(a.text());
    }

    /** A text element in its format: HTML and Moodle's auto format become plain text, the others stay as written. */
    private static String formatted(Optional<XmlTree.Element> element, Set<String> dropped) {
        if (element.isEmpty()) {
            return "";
        }
        String raw = answerText(element.get());
        String format = element.get().attribute("format");
        boolean html = format == null || format.equals("html") || format.equals("moodle_auto_format");
        if (html && HtmlText.looksLikeHtml(raw)) {
            HtmlText.Plain plain = HtmlText.toPlain(raw);
            dropped.addAll(plain.dropped());
            return plain.text();
        }
        return html ? HtmlText.decode(raw).strip() : raw.strip();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String shown(String name, String text) {
        return name != null && !name.isBlank() ? name : text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
