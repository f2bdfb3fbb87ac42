package quizline.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import quizline.pack.ClozeText;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.text.Numbers;

/**
 * Writes a pack as Moodle GIFT, laid out as Moodle's own export writes it: a {@code // question:} comment before
 * each question, {@code ::id::[plain]text{}, one answer a line, {@code ####} for the explanation, a blank line
 * after each question, and a {@code $CATEGORY:} switch whenever the tags change. Every weight written is one
 * Moodle accepts. What GIFT cannot carry is reported; finally the text is read back, and any question that would
 * not come back as it went out is reported too.
 */
public final class GiftWriter {
    /** Where questions without tags go once a category has been set: GIFT cannot switch back to none. */
    static final String UNTAGGED = "untagged";

    private static final String ROOT = "$course$/top";
    private static final Pattern WEIGHT = Pattern.compile("^%-*[0-9]{1,2}\\.?[0-9]*%");
    private static final Pattern FORMAT_TAG = Pattern.compile("^\\[(moodle|html|plain|markdown)]");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final StringBuilder out = new StringBuilder();
    private final List<ExportNotice> notices = new ArrayList<>();
    private int line = 1;

    private GiftWriter() {}

    public static Exported write(Pack pack) {
        return new GiftWriter().pack(pack);
    }

    private Exported pack(Pack pack) {
        comment(GiftHeader.line(pack));
        blankLine();
        packNotices(pack);
        Map<String, Integer> exportedIndex = new HashMap<>();
        Map<String, Question> expected = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<String> categoryTags = null;
        for (int i = 0; i < pack.questions().size(); i++) {
            Question q = pack.questions().get(i);
            if (q instanceof Question.Cloze cloze && cloze.blanks().size() != 1) {
                notices.add(ExportNotice.of(
                        i,
                        q,
                        "a cloze question with " + cloze.blanks().size()
                                + " blanks does not travel in GIFT (one blank a question): not exported",
                        "are cloze questions with two or more blanks, which do not travel in GIFT (one blank a"
                                + " question): not exported"));
                continue;
            }
            List<String> tags = q.tags().stream().map(GiftWriter::oneLine).toList();
            if (!tags.equals(q.tags())) {
                notices.add(ExportNotice.of(
                        i,
                        q,
                        "line breaks in its tags become spaces in GIFT categories",
                        "have line breaks in their tags, which become spaces in GIFT categories"));
            }
            if (tags.isEmpty() && categoryTags != null) {
                tags = List.of(UNTAGGED);
                notices.add(ExportNotice.of(
                        i,
                        q,
                        "it has no tags, but GIFT cannot switch back to no category after a $CATEGORY line:"
                                + " it is filed under \"" + UNTAGGED + "\" and comes back with that tag",
                        "have no tags, but GIFT cannot switch back to no category after a $CATEGORY line: they are"
                                + " filed under \"" + UNTAGGED + "\" and come back with that tag"));
            }
            if (!tags.equals(categoryTags == null ? List.of() : categoryTags)) {
                category(tags);
                categoryTags = tags;
            }
            notices.addAll(ExportNotice.questionLosses(i, q, "GIFT"));
            comment("question: " + (i + 1) + "  name: " + q.id());
            lineOf.put(q.id(), line);
            question(q);
            blankLine();
            exportedIndex.put(q.id(), i);
            expected.put(q.id(), Questions.canonical(Questions.carried(q, tags)));
        }
        String text = out.toString();
        readBack(text, exportedIndex, expected, lineOf);
        return new Exported(text, expected.size(), ExportNotice.perKind(notices));
    }

    private void packNotices(Pack pack) {
        notices.addAll(ExportNotice.packLosses(pack, List.of(), "GIFT", ""));
    }

    /** Moodle's category path: {@code //} is a slash inside a name; names are never escaped. */
    private void category(List<String> tags) {
        StringBuilder path = new StringBuilder(ROOT);
        for (String tag : tags) {
            path.append('/').append(tag.replace("/", "//"));
        }
        comment("question: 0  name: Switch category to " + path);
        text("$CATEGORY: " + path + "\n");
        blankLine();
    }

    private void question(Question q) {
        text("::" + q.id() + "::[plain]");
        q.visit(new Question.Visitor<Void>() {
            @Override
            public Void choice(Question.Choice c) {
                text(escape(c.prompt()) + "{\n");
                for (int k = 0; k < c.choices().size(); k++) {
                    String choice = c.choices().get(k);
                    boolean right = k == c.answer();
                    // A wrong answer that starts like a weight would be read as one: an explicit 0% keeps it text.
                    String marker = right ? "=" : WEIGHT.matcher(choice).find() ? "~%0%" : "~";
                    text("\t" + marker + answer(choice) + "\n");
                }
                explanationLine(q);
                text("}\n");
                return null;
            }

            @Override
            public Void multi(Question.Multi m) {
                text(escape(m.prompt()) + "{\n");
                String rightWeight = rightShare(m.answer().size());
                for (int k = 0; k < m.choices().size(); k++) {
                    // Wrong answers take away everything, so ticking every box earns nothing, as in quizline.
                    String weight = m.answer().contains(k) ? rightWeight : "-100";
                    text("\t~%" + weight + "%" + answer(m.choices().get(k)) + "\n");
                }
                explanationLine(q);
                text("}\n");
                return null;
            }

            @Override
            public Void shortAnswer(Question.Short s) {
                text(escape(s.prompt()) + "{\n");
                shortAnswers(s.answer(), s.accept());
                explanationLine(q);
                text("}\n");
                return null;
            }

            @Override
            public Void trueFalse(Question.TrueFalse t) {
                text(escape(t.prompt()) + "{" + (t.answer() ? "TRUE" : "FALSE"));
                if (t.explanation() != null) {
                    text("####" + answer(t.explanation()));
                }
                text("}\n");
                return null;
            }

            @Override
            public Void numeric(Question.Numeric n) {
                text(escape(n.prompt()) + "{#\n");
                String tolerance = n.tolerance() == null ? "" : ":" + number(n.tolerance());
                text("\t=%100%" + number(n.answer()) + tolerance + "#\n");
                explanationLine(q);
                text("}\n");
                return null;
            }

            @Override
            public Void cloze(Question.Cloze z) {
                // One blank: written as Moodle stores a missing-word question, "_____" in the text.
                ClozeText cloze = ClozeText.parse(z.prompt());
                ClozeText.Blank blank = cloze.blanks().get(0);
                text(escape(cloze.withGap(0, GiftMapping.BLANK_SHOWN)) + "{\n");
                shortAnswers(blank.answer(), blank.aliases());
                explanationLine(q);
                text("}\n");
                return null;
            }
        });
    }

    private void shortAnswers(String answer, List<String> aliases) {
        text("\t=%100%" + escape(answer) + "#\n");
        for (String alias : aliases) {
            text("\t=%100%" + escape(alias) + "#\n");
        }
    }

    private void explanationLine(Question q) {
        if (q.explanation() != null) {
            text("\t####" + answer(q.explanation()) + "\n");
        }
    }

    /** Reads the text back and reports each question that would not return as it was written. */
    private void readBack(
            String text, Map<String, Integer> indexById, Map<String, Question> expected, Map<String, Integer> lineOf) {
        Imported back = GiftReader.read(text);
        notices.addAll(ReadBack.compare(back, "GIFT", indexById, expected, id -> reason(back, lineOf.get(id))));
    }

    private static String reason(Imported back, int questionLine) {
        return back.errors().stream()
                .filter(e -> e.line() >= questionLine)
                .findFirst()
                .or(() -> back.warnings().stream()
                        .filter(w -> w.line() == questionLine)
                        .findFirst())
                .map(n -> ": " + n.message())
                .orElse("");
    }

    /**
     * The percentage each of {@code right} right answers of a multiple-answer question earns, as Moodle writes it:
     * shares of 100 to five decimals ("33.33333"), each one in Moodle's list of grades.
     */
    static String rightShare(int right) {
        return HUNDRED.divide(BigDecimal.valueOf(right), 5, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Moodle's repchar: the control characters and the backslash escaped, line breaks written {@code \n}. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '#', '=', '~', '{', '}', ':' -> escaped.append('\\').append(c);
                case '\n' -> escaped.append("\\n");
                case '\r' -> {}
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** An answer or feedback text: one that starts like a format tag gets a real one, so the tag stays text. */
    private static String answer(String text) {
        return (FORMAT_TAG.matcher(text).find() ? "[plain]" : "") + escape(text);
    }

    /** Plain decimals ({@link Numbers#plain}): Anki and Moodle read no exponent. */
    static String number(double value) {
        return Numbers.plain(value);
    }

    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    private void comment(String text) {
        text("// " + text + "\n");
    }

    private void blankLine() {
        text("\n");
    }

    private void text(String text) {
        out.append(text);
        line += (int) text.chars().filter(c -> c == '\n').count();
    }
}
