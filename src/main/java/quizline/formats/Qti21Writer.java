package quizline.formats;

import static quizline.formats.QtiPackage.escape;
import static quizline.formats.QtiPackage.inline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import quizline.pack.ClozeText;
import quizline.pack.Pack;
import quizline.pack.Question;

/**
 * Writes a pack as an IMS QTI 2.1 content package, for the question banks of Canvas (New Quizzes), Blackboard and
 * other QTI 2.1 tools: a zip of {@code imsmanifest.xml} and one {@code assessmentItem} a question under
 * {@code items/}. A choice question is a single-choice {@code choiceInteraction}, a multi one a multiple-choice one,
 * a true/false question a choice between {@code true} and {@code false}; a short answer is a
 * {@code textEntryInteraction} whose mapping accepts the answer and its variants, case forgiven; a numeric question
 * a float text entry compared with {@code equal} (exactly, or within the tolerance); a cloze question its statement
 * with a text entry a gap. The item's title is the question's id, the explanation a modal feedback always shown.
 * The pack's id, title, version and asOf travel in the manifest's metadata, in an element of quizline's own.
 * Each item scores itself (1 when right) by response processing of its own. What QTI cannot carry is reported, and
 * the package is read back to report any question that would not return as it went out.
 */
public final class Qti21Writer {
    private static final String FORMAT = "QTI 2.1";
    static final String NAMESPACE = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String ITEM_TYPE = "imsqti_item_xmlv2p1";

    private Qti21Writer() {}

    public static ExportedZip write(Pack pack) {
        Map<String, String> items = new LinkedHashMap<>();
        for (int i = 0; i < pack.questions().size(); i++) {
            Question q = pack.questions().get(i);
            String identifier = QtiPackage.identifier(q.id(), i);
            items.put("items/" + identifier + ".xml", item(q, identifier));
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(QtiPackage.MANIFEST, manifest(pack, items.keySet()));
        files.putAll(items);
        return QtiPackage.written(pack, files, FORMAT);
    }

    private static String manifest(Pack pack, Iterable<String> items) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n");
        out.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        out.append("    xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1"
                + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd\"\n");
        out.append("    identifier=\"" + QtiPackage.identifier("MANIFEST-" + pack.id(), 0) + "\">\n");
        out.append("  <metadata>\n");
        out.append("    <schema>QTIv2.1 Package</schema>\n");
        out.append("    <schemaversion>1.0.0</schemaversion>\n");
        out.append("    <pack xmlns=\"" + QtiPackage.QUIZLINE + "\" id=\"" + escape(pack.id()) + "\" title=\""
                + escape(pack.title()) + "\" version=\"" + pack.version() + "\" asOf=\"" + pack.asOf() + "\"/>\n");
        out.append("  </metadata>\n");
        out.append("  <organizations/>\n");
        out.append("  <resources>\n");
        for (String href : items) {
            String name = href.substring("items/".length(), href.length() - ".xml".length());
            out.append("    <resource identifier=\"RES-" + escape(name) + "\" type=\"" + ITEM_TYPE + "\" href=\""
                    + escape(href) + "\">\n");
            out.append("      <file href=\"" + escape(href) + "\"/>\n");
            out.append("    </resource>\n");
        }
        out.append("  </resources>\n");
        out.append("</manifest>\n");
        return out.toString();
    }

    private static String item(Question q, String identifier) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<assessmentItem xmlns=\"" + NAMESPACE + "\"\n");
        out.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        out.append("    xsi:schemaLocation=\"" + NAMESPACE
                + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd\"\n");
        out.append("    identifier=\"" + identifier + "\" title=\"" + escape(q.id())
                + "\" adaptive=\"false\" timeDependent=\"false\">\n");
        out.append(q.visit(new Question.Visitor<String>() {
            @Override
            public String choice(Question.Choice c) {
                return declaration("RESPONSE", "single", "identifier", List.of("C" + c.answer()), List.of())
                        + outcomes(q)
                        + "  <itemBody>\n"
                        + choices("RESPONSE", 1, q.prompt(), c.choices(), k -> "C" + k)
                        + "  </itemBody>\n"
                        + processing(matchCorrect("RESPONSE"), q);
            }

            @Override
            public String multi(Question.Multi m) {
                List<String> right =
                        m.answer().stream().sorted().map(k -> "C" + k).toList();
                return declaration("RESPONSE", "multiple", "identifier", right, List.of())
                        + outcomes(q)
                        + "  <itemBody>\n"
                        + choices("RESPONSE", 0, q.prompt(), m.choices(), k -> "C" + k)
                        + "  </itemBody>\n"
                        + processing(matchCorrect("RESPONSE"), q);
            }

            @Override
            public String trueFalse(Question.TrueFalse t) {
                return declaration("RESPONSE", "single", "identifier", List.of(String.valueOf(t.answer())), List.of())
                        + outcomes(q)
                        + "  <itemBody>\n"
                        + choices("RESPONSE", 1, q.prompt(), List.of("True", "False"), k -> k == 0 ? "true" : "false")
                        + "  </itemBody>\n"
                        + processing(matchCorrect("RESPONSE"), q);
            }

            @Override
            public String shortAnswer(Question.Short s) {
                List<String> accepted = new ArrayList<>();
                accepted.add(s.answer());
                accepted.addAll(s.accept());
                return declaration("RESPONSE", "single", "string", List.of(s.answer()), accepted)
                        + outcomes(q)
                        + "  <itemBody>\n"
                        + "    <p>" + inline(q.prompt()) + "</p>\n"
                        + "    <p><textEntryInteraction responseIdentifier=\"RESPONSE\" expectedLength=\""
                        + expectedLength(accepted) + "\"/></p>\n"
                        + "  </itemBody>\n"
                        + processing(score("<mapResponse identifier=\"RESPONSE\"/>"), q);
            }

            @Override
            public String numeric(Question.Numeric n) {
                String answer = GiftWriter.number(n.answer());
                // No tolerance is an exact comparison; a tolerance of 0 is one too, but said as one, so it comes back.
                String compare = n.tolerance() == null
                        ? "<equal toleranceMode=\"exact\">"
                        : "<equal toleranceMode=\"absolute\" tolerance=\"" + GiftWriter.number(n.tolerance()) + " "
                                + GiftWriter.number(n.tolerance()) + "\">";
                String condition = "    <responseCondition>\n"
                        + "      <responseIf>\n"
                        + "        " + compare + "<variable identifier=\"RESPONSE\"/><correct identifier=\"RESPONSE\"/>"
                        + "</equal>\n"
                        + "        " + setScore("1") + "\n"
                        + "      </responseIf>\n"
                        + "    </responseCondition>\n";
                return declaration("RESPONSE", "single", "float", List.of(answer), List.of())
                        + outcomes(q)
                        + "  <itemBody>\n"
                        + "    <p>" + inline(q.prompt()) + "</p>\n"
                        + "    <p><textEntryInteraction responseIdentifier=\"RESPONSE\" expectedLength=\""
                        + Math.max(4, answer.length()) + "\"/></p>\n"
                        + "  </itemBody>\n"
                        + processing(condition, q);
            }

            @Override
            public String cloze(Question.Cloze z) {
                ClozeText text = ClozeText.parse(z.prompt());
                StringBuilder declarations = new StringBuilder();
                StringBuilder sum = new StringBuilder();
                for (int b = 0; b < text.blanks().size(); b++) {
                    declarations.append(declaration(
                            gap(b),
                            "single",
                            "string",
                            List.of(text.blanks().get(b).answer()),
                            accepted(text.blanks().get(b))));
                    sum.append("<mapResponse identifier=\"" + gap(b) + "\"/>");
                }
                // Each gap is a text entry where its blank was; the text between them is written as the prompt is.
                String body = inline(text.render(b -> "\u0000" + b + "\u0000"));
                StringBuilder withGaps = new StringBuilder();
                String[] parts = body.split("\u0000", -1);
                for (int p = 0; p < parts.length; p++) {
                    if (p % 2 == 0) {
                        withGaps.append(parts[p]);
                    } else {
                        int b = Integer.parseInt(parts[p]);
                        withGaps.append("<textEntryInteraction responseIdentifier=\"" + gap(b) + "\" expectedLength=\""
                                + expectedLength(accepted(text.blanks().get(b))) + "\"/>");
                    }
                }
                // The score is the share of gaps right, so a fully right answer scores 1 as other items do.
                String score = text.blanks().size() == 1
                        ? sum.toString()
                        : "<divide><sum>" + sum + "</sum><baseValue baseType=\"float\">"
                                + text.blanks().size() + "</baseValue></divide>";
                return declarations
                        + outcomes(q)
                        + "  <itemBody>\n"
                        + "    <p>" + withGaps + "</p>\n"
                        + "  </itemBody>\n"
                        + processing(score(score), q);
            }
        }));
        if (q.explanation() != null) {
            out.append("  <modalFeedback outcomeIdentifier=\"FEEDBACK\" identifier=\"EXPLANATION\" showHide=\"show\">"
                    + inline(q.explanation()) + "</modalFeedback>\n");
        }
        out.append("</assessmentItem>\n");
        return out.toString();
    }

    private static String gap(int blank) {
        return "GAP" + (blank + 1);
    }

    /** The texts a blank accepts: its answer, then its variants. */
    private static List<String> accepted(ClozeText.Blank blank) {
        List<String> accepted = new ArrayList<>();
        accepted.add(blank.answer());
        accepted.addAll(blank.aliases());
        return accepted;
    }

    private static int expectedLength(List<String> accepted) {
        return Math.max(4, accepted.stream().mapToInt(String::length).max().orElse(0));
    }

    /** A response's declaration: its correct values and, for text, a mapping that gives 1 to each accepted text. */
    private static String declaration(
            String identifier, String cardinality, String baseType, List<String> correct, List<String> mapped) {
        StringBuilder out = new StringBuilder();
        out.append("  <responseDeclaration identifier=\"" + identifier + "\" cardinality=\"" + cardinality
                + "\" baseType=\"" + baseType + "\">\n");
        out.append("    <correctResponse>\n");
        for (String value : correct) {
            out.append("      <value>" + escape(value) + "</value>\n");
        }
        out.append("    </correctResponse>\n");
        if (!mapped.isEmpty()) {
            out.append("    <mapping defaultValue=\"0\" upperBound=\"1\">\n");
            for (String key : mapped.stream().distinct().toList()) {
                out.append(
                        "      <mapEntry mapKey=\"" + escape(key) + "\" mappedValue=\"1\" caseSensitive=\"false\"/>\n");
            }
            out.append("    </mapping>\n");
        }
        out.append("  </responseDeclaration>\n");
        return out.toString();
    }

    private static String outcomes(Question q) {
        String score = "  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\">\n"
                + "    <defaultValue><value>0</value></defaultValue>\n"
                + "  </outcomeDeclaration>\n"
                + "  <outcomeDeclaration identifier=\"MAXSCORE\" cardinality=\"single\" baseType=\"float\">\n"
                + "    <defaultValue><value>1</value></defaultValue>\n"
                + "  </outcomeDeclaration>\n";
        return q.explanation() == null
                ? score
                : score + "  <outcomeDeclaration identifier=\"FEEDBACK\" cardinality=\"single\""
                        + " baseType=\"identifier\"/>\n";
    }

    private static String choices(
            String response, int maxChoices, String prompt, List<String> choices, IntFunction<String> id) {
        StringBuilder out = new StringBuilder();
        out.append("    <choiceInteraction responseIdentifier=\"" + response + "\" shuffle=\"false\" maxChoices=\""
                + maxChoices + "\">\n");
        out.append("      <prompt>" + inline(prompt) + "</prompt>\n");
        for (int k = 0; k < choices.size(); k++) {
            out.append("      <simpleChoice identifier=\"" + id.apply(k) + "\">" + inline(choices.get(k))
                    + "</simpleChoice>\n");
        }
        out.append("    </choiceInteraction>\n");
        return out.toString();
    }

    private static String matchCorrect(String response) {
        return "    <responseCondition>\n"
                + "      <responseIf>\n"
                + "        <match><variable identifier=\"" + response + "\"/><correct identifier=\"" + response
                + "\"/></match>\n"
                + "        " + setScore("1") + "\n"
                + "      </responseIf>\n"
                + "    </responseCondition>\n";
    }

    private static String score(String expression) {
        return "    <setOutcomeValue identifier=\"SCORE\">" + expression + "</setOutcomeValue>\n";
    }

    private static String setScore(String value) {
        return "<setOutcomeValue identifier=\"SCORE\"><baseValue baseType=\"float\">" + value
                + "</baseValue></setOutcomeValue>";
    }

    /** The item's response processing: its score, then the explanation's feedback, shown whatever the answer. */
    private static String processing(String rules, Question q) {
        String feedback = q.explanation() == null
                ? ""
                : "    <setOutcomeValue identifier=\"FEEDBACK\"><baseValue baseType=\"identifier\">EXPLANATION"
                        + "</baseValue></setOutcomeValue>\n";
        return "  <responseProcessing>\n" + rules + feedback + "  </responseProcessing>\n";
    }
}
