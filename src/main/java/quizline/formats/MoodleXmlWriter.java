package quizline.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quizline.pack.Pack;
import quizline.pack.Question;

/**
 * Writes a pack in Moodle's XML question format, laid out as Moodle's own {@code qformat_xml} export writes it: a
 * {@code <!-- question: N  -->} comment before each question, the same elements in the same order and indentation,
 * text in CDATA only where it needs it. The pack goes in one category, named by its title, whose info holds the
 * pack's id, title, version and asOf ({@link GiftHeader}), so an import brings them back; tags are the questions'
 * Moodle tags. Texts are written as {@code plain_text}, so they come back exactly. A choice question is a
 * multichoice with one right answer, a multi one a multichoice whose right answers share 100% and whose wrong ones
 * take 100% away; a cloze question is a Moodle cloze whose blanks are short answers. What the format cannot carry
 * is reported, and the text is read back to report any question that would not return as it went out.
 */
public final class MoodleXmlWriter {
    private static final String FORMAT = "Moodle XML";
    private static final String PLAIN = "format=\"plain_text\"";
    private static final String HTML = "format=\"html\"";
    private static final String AUTO = "format=\"moodle_auto_format\"";

    private final StringBuilder out = new StringBuilder();
    private final List<ExportNotice> notices = new ArrayList<>();
    private int line = 1;

    private MoodleXmlWriter() {}

    public static Exported write(Pack pack) {
        return new MoodleXmlWriter().pack(pack);
    }

    private Exported pack(Pack pack) {
        text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        notices.addAll(ExportNotice.packLosses(pack, List.of(), FORMAT, ""));
        category(pack);
        Map<String, Integer> indexById = new HashMap<>();
        Map<String, Question> expected = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < pack.questions().size(); i++) {
            Question q = pack.questions().get(i);
            notices.addAll(ExportNotice.questionLosses(i, q, FORMAT));
            text("<!-- question: " + (i + 1) + "  -->\n");
            lineOf.put(q.id(), line);
            question(q);
            text("\n");
            indexById.put(q.id(), i);
            expected.put(q.id(), Questions.canonical(Questions.carried(q, q.tags())));
        }
        text("</quiz>");
        String text = out.toString();
        Imported back = MoodleXmlReader.read(text);
        notices.addAll(ReadBack.compare(
                back,
                FORMAT,
                indexById,
                expected,
                id -> back.errors().stream()
                        .filter(e -> e.line() >= lineOf.get(id))
                        .findFirst()
                        .or(() -> back.warnings().stream()
                                .filter(w -> w.line() >= lineOf.get(id))
                                .findFirst())
                        .map(n -> ": " + n.message())
                        .orElse("")));
        return new Exported(text, expected.size(), ExportNotice.perKind(notices));
    }

    /** The pack's category: Moodle's path, {@code //} for a slash inside a name, and the header as its info. */
    private void category(Pack pack) {
        text("<!-- question: 0  -->\n");
        text("  <question type=\"category\">\n");
        text("    <category>\n");
        text("      "
                + textElement("$course$/top/" + GiftWriter.oneLine(pack.title()).replace("/", "//"), 0));
        text("    </category>\n");
        text("    <info " + PLAIN + ">\n");
        text("      " + textElement(GiftHeader.line(pack), 0));
        text("    </info>\n");
        text("    <idnumber></idnumber>\n");
        text("  </question>\n\n");
    }

    private void question(Question q) {
        String type = q.visit(new Question.Visitor<>() {
            @Override
            public String choice(Question.Choice c) {
                return "multichoice";
            }

            @Override
            public String multi(Question.Multi m) {
                return "multichoice";
            }

            @Override
            public String shortAnswer(Question.Short s) {
                return "shortanswer";
            }

            @Override
            public String trueFalse(Question.TrueFalse t) {
                return "truefalse";
            }

            @Override
            public String numeric(Question.Numeric n) {
                return "numerical";
            }

            @Override
            public String cloze(Question.Cloze z) {
                return "cloze";
            }
        });
        String prompt = q instanceof Question.Cloze z ? MoodleCloze.text(z) : q.prompt();
        text("  <question type=\"" + type + "\">\n");
        text("    <name>\n");
        text(textElement(q.id(), 3));
        text("    </name>\n");
        text("    <questiontext " + PLAIN + ">\n");
        text(textElement(prompt, 3));
        text("    </questiontext>\n");
        text("    <generalfeedback " + PLAIN + ">\n");
        text(textElement(q.explanation() == null ? "" : q.explanation(), 3));
        text("    </generalfeedback>\n");
        if (!(q instanceof Question.Cloze)) {
            text("    <defaultgrade>1.0000000</defaultgrade>\n");
        }
        text("    <penalty>" + (q instanceof Question.TrueFalse ? "1.0000000" : "0.3333333") + "</penalty>\n");
        text("    <hidden>0</hidden>\n");
        text("    <idnumber>" + escapeText(q.id()) + "</idnumber>\n");
        q.visit(new Question.Visitor<Void>() {
            @Override
            public Void choice(Question.Choice c) {
                List<String> fractions = new ArrayList<>();
                for (int k = 0; k < c.choices().size(); k++) {
                    fractions.add(k == c.answer() ? "100" : "0");
                }
                multichoice(true, c.choices(), fractions);
                return null;
            }

            @Override
            public Void multi(Question.Multi m) {
                String right = GiftWriter.rightShare(m.answer().size());
                List<String> fractions = new ArrayList<>();
                for (int k = 0; k < m.choices().size(); k++) {
                    // Wrong answers take away everything, so ticking every box earns nothing, as in quizline.
                    fractions.add(m.answer().contains(k) ? right : "-100");
                }
                multichoice(false, m.choices(), fractions);
                return null;
            }

            @Override
            public Void shortAnswer(Question.Short s) {
                text("    <usecase>0</usecase>\n");
                answer(s.answer(), "100", PLAIN, "");
                for (String alias : s.accept()) {
                    answer(alias, "100", PLAIN, "");
                }
                return null;
            }

            @Override
            public Void trueFalse(Question.TrueFalse t) {
                answer("true", t.answer() ? "100" : "0", AUTO, "");
                answer("false", t.answer() ? "0" : "100", AUTO, "");
                return null;
            }

            @Override
            public Void numeric(Question.Numeric n) {
                // No tolerance is no element (Moodle reads 0): quizline tells "none" from "0".
                String tolerance = n.tolerance() == null
                        ? ""
                        : "      <tolerance>" + GiftWriter.number(n.tolerance()) + "</tolerance>\n";
                answer(GiftWriter.number(n.answer()), "100", AUTO, tolerance);
                return null;
            }

            @Override
            public Void cloze(Question.Cloze z) {
                return null;
            }
        });
        if (!q.tags().isEmpty()) {
            text("    <tags>\n");
            for (String tag : q.tags()) {
                text("      <tag>" + textElement(tag, 0) + "</tag>\n");
            }
            text("    </tags>\n");
        }
        text("  </question>\n");
    }

    private void multichoice(boolean single, List<String> choices, List<String> fractions) {
        text("    <single>" + single + "</single>\n");
        // quizline shows choices in the pack's order ("all of the above" stays last): Moodle is asked to as well.
        text("    <shuffleanswers>false</shuffleanswers>\n");
        text("    <answernumbering>abc</answernumbering>\n");
        text("    <showstandardinstruction>0</showstandardinstruction>\n");
        for (String feedback : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
            text("    <" + feedback + " " + HTML + ">\n");
            text("      " + textElement("", 0));
            text("    </" + feedback + ">\n");
        }
        for (int k = 0; k < choices.size(); k++) {
            answer(choices.get(k), fractions.get(k), PLAIN, "");
        }
    }

    private void answer(String answer, String fraction, String format, String extra) {
        text("    <answer fraction=\"" + fraction + "\" " + format + ">\n");
        text(textElement(answer, 3));
        text("      <feedback " + HTML + ">\n");
        text(textElement("", 4));
        text("      </feedback>\n");
        text(extra);
        text("    </answer>\n");
    }

    /** Moodle's writetext: {@code <text>…</text>} on one line, the text in CDATA when it holds markup characters. */
    static String textElement(String raw, int indent) {
        return "  ".repeat(indent) + "<text>" + cdataIfNeeded(raw) + "</text>\n";
    }

    /** Moodle's xml_escape: CDATA when htmlspecialchars would change the text, a {@code ]]>} split in two. */
    static String cdataIfNeeded(String text) {
        if (text.chars().noneMatch(c -> "&<>\"'".indexOf(c) >= 0)) {
            return text;
        }
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static String escapeText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void text(String text) {
        out.append(text);
        line += (int) text.chars().filter(c -> c == '\n').count();
    }
}
