package quizline.formats;

import static quizline.formats.QtiPackage.escape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quizline.pack.ClozeText;
import quizline.pack.Pack;
import quizline.pack.Question;

/**
 * Writes a pack as the IMS QTI 1.2 package that Canvas's Classic Quizzes import (Settings › Import Course Content ›
 * QTI .zip file): {@code imsmanifest.xml} and one {@code questestinterop} file holding the pack as an assessment of
 * one section, each question an item of Canvas's question types, named in its {@code question_type} metadata as
 * Canvas's own export names them. A choice question is a {@code multiple_choice_question}, a multi one a
 * {@code multiple_answers_question} (right only with every right box ticked and no wrong one), a true/false one a
 * {@code true_false_question}, a short answer a {@code short_answer_question} accepting each variant, a numeric one a
 * {@code numerical_question} (the exact answer, or the range the tolerance allows), a cloze one a
 * {@code fill_in_multiple_blanks_question} whose blanks are {@code [blank1]}, {@code [blank2]}…; the explanation is
 * the general feedback. The pack's id, title, version and asOf travel in the file's {@code qticomment} (the
 * {@link GiftHeader} line), the id and title as the assessment's too. What QTI 1.2 cannot carry is reported, and the
 * package is read back to report any question that would not return as it went out.
 */
public final class Qti12Writer {
    private static final String FORMAT = "QTI 1.2";
    static final String NAMESPACE = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";

    private final StringBuilder out = new StringBuilder();

    private Qti12Writer() {}

    public static ExportedZip write(Pack pack) {
        return new Qti12Writer().pack(pack);
    }

    private ExportedZip pack(Pack pack) {
        String file = QtiPackage.identifier(pack.id(), 0) + ".xml";
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<questestinterop xmlns=\"" + NAMESPACE + "\"\n");
        out.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        out.append("    xsi:schemaLocation=\"" + NAMESPACE + " http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd\">\n");
        out.append("  <qticomment>" + escape(GiftHeader.line(pack)) + "</qticomment>\n");
        out.append("  <assessment ident=\"" + escape(pack.id()) + "\" title=\"" + escape(pack.title()) + "\">\n");
        out.append("    <section ident=\"root_section\">\n");
        pack.questions().forEach(this::item);
        out.append("    </section>\n");
        out.append("  </assessment>\n");
        out.append("</questestinterop>\n");
        Map<String, String> files = new LinkedHashMap<>();
        files.put(QtiPackage.MANIFEST, manifest(pack, file));
        files.put(file, out.toString());
        return QtiPackage.written(pack, files, FORMAT);
    }

    private static String manifest(Pack pack, String file) {
        String id = QtiPackage.identifier(pack.id(), 0);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n"
                + "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "    xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1"
                + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd\"\n"
                + "    identifier=\"MANIFEST-" + id + "\">\n"
                + "  <metadata>\n"
                + "    <schema>IMS Content</schema>\n"
                + "    <schemaversion>1.1.3</schemaversion>\n"
                + "  </metadata>\n"
                + "  <organizations/>\n"
                + "  <resources>\n"
                + "    <resource identifier=\"RES-" + id + "\" type=\"imsqti_xmlv1p2\" href=\"" + escape(file) + "\">\n"
                + "      <file href=\"" + escape(file) + "\"/>\n"
                + "    </resource>\n"
                + "  </resources>\n"
                + "</manifest>\n";
    }

    private void item(Question q) {
        String type = q.visit(new Question.Visitor<>() {
            @Override
            public String choice(Question.Choice c) {
                return "multiple_choice_question";
            }

            @Override
            public String multi(Question.Multi m) {
                return "multiple_answers_question";
            }

            @Override
            public String shortAnswer(Question.Short s) {
                return "short_answer_question";
            }

            @Override
            public String trueFalse(Question.TrueFalse t) {
                return "true_false_question";
            }

            @Override
            public String numeric(Question.Numeric n) {
                return "numerical_question";
            }

            @Override
            public String cloze(Question.Cloze z) {
                return "fill_in_multiple_blanks_question";
            }
        });
        out.append("      <item ident=\"" + escape(q.id()) + "\" title=\"" + escape(q.id()) + "\">\n");
        out.append("        <itemmetadata>\n");
        out.append("          <qtimetadata>\n");
        field("question_type", type);
        field("points_possible", "1.0");
        out.append("          </qtimetadata>\n");
        out.append("        </itemmetadata>\n");
        out.append("        <presentation>\n");
        String prompt = q instanceof Question.Cloze z
                ? ClozeText.parse(z.prompt()).render(b -> "[" + blank(b) + "]")
                : q.prompt();
        out.append("          " + material(prompt) + "\n");
        List<String> conditions = q.visit(new Question.Visitor<List<String>>() {
            @Override
            public List<String> choice(Question.Choice c) {
                choices("Single", c.choices());
                return List.of(varequal("response1", "c" + c.answer()));
            }

            @Override
            public List<String> multi(Question.Multi m) {
                choices("Multiple", m.choices());
                StringBuilder all = new StringBuilder("<and>");
                for (int k = 0; k < m.choices().size(); k++) {
                    String one = varequal("response1", "c" + k);
                    all.append(m.answer().contains(k) ? one : "<not>" + one + "</not>");
                }
                return List.of(all.append("</and>").toString());
            }

            @Override
            public List<String> trueFalse(Question.TrueFalse t) {
                choices("Single", List.of("True", "False"));
                return List.of(varequal("response1", t.answer() ? "c0" : "c1"));
            }

            @Override
            public List<String> shortAnswer(Question.Short s) {
                blankBox("response1", "String");
                List<String> accepted = new ArrayList<>();
                accepted.add(varequal("response1", s.answer()));
                s.accept().forEach(a -> accepted.add(varequal("response1", a)));
                return List.of(String.join("", accepted));
            }

            @Override
            public List<String> numeric(Question.Numeric n) {
                blankBox("response1", "Decimal");
                String exact = varequal("response1", GiftWriter.number(n.answer()));
                if (n.tolerance() == null) {
                    return List.of(exact);
                }
                BigDecimal answer = new BigDecimal(GiftWriter.number(n.answer()));
                BigDecimal tolerance = new BigDecimal(GiftWriter.number(n.tolerance()));
                return List.of("<or>" + exact + "<and><vargte respident=\"response1\">"
                        + answer.subtract(tolerance).toPlainString() + "</vargte><varlte respident=\"response1\">"
                        + answer.add(tolerance).toPlainString() + "</varlte></and></or>");
            }

            @Override
            public List<String> cloze(Question.Cloze z) {
                List<ClozeText.Blank> blanks = ClozeText.parse(z.prompt()).blanks();
                List<String> conditions = new ArrayList<>();
                for (int b = 0; b < blanks.size(); b++) {
                    List<String> accepted = new ArrayList<>();
                    accepted.add(blanks.get(b).answer());
                    accepted.addAll(blanks.get(b).aliases());
                    String lid = "response_" + blank(b);
                    out.append("          <response_lid ident=\"" + lid + "\">\n");
                    out.append("            " + material(blank(b)) + "\n");
                    out.append("            <render_choice>\n");
                    StringBuilder any = new StringBuilder();
                    for (int k = 0; k < accepted.size(); k++) {
                        String label = blank(b) + "_" + (k + 1);
                        out.append("              <response_label ident=\"" + label + "\">" + material(accepted.get(k))
                                + "</response_label>\n");
                        any.append(varequal(lid, label));
                    }
                    out.append("            </render_choice>\n");
                    out.append("          </response_lid>\n");
                    conditions.add(any.toString());
                }
                return conditions;
            }
        });
        out.append("        </presentation>\n");
        out.append("        <resprocessing>\n");
        out.append("          <outcomes>\n");
        out.append("            <decvar maxvalue=\"100\" minvalue=\"0\" varname=\"SCORE\" vartype=\"Decimal\"/>\n");
        out.append("          </outcomes>\n");
        if (q.explanation() != null) {
            out.append("          <respcondition continue=\"Yes\">\n");
            out.append("            <conditionvar><other/></conditionvar>\n");
            out.append("            <displayfeedback feedbacktype=\"Response\" linkrefid=\"general_fb\"/>\n");
            out.append("          </respcondition>\n");
        }
        // Canvas's blanks each earn their share: 100 over the blanks, added up; other types earn 100 when right.
        String share = conditions.size() == 1
                ? "100"
                : new BigDecimal(100)
                        .divide(new BigDecimal(conditions.size()), 2, java.math.RoundingMode.HALF_EVEN)
                        .stripTrailingZeros()
                        .toPlainString();
        for (String condition : conditions) {
            out.append("          <respcondition continue=\"" + (conditions.size() == 1 ? "No" : "Yes") + "\">\n");
            out.append("            <conditionvar>" + condition + "</conditionvar>\n");
            out.append("            <setvar action=\"" + (conditions.size() == 1 ? "Set" : "Add")
                    + "\" varname=\"SCORE\">" + (conditions.size() == 1 ? "100" : share) + "</setvar>\n");
            out.append("          </respcondition>\n");
        }
        out.append("        </resprocessing>\n");
        if (q.explanation() != null) {
            out.append("        <itemfeedback ident=\"general_fb\">\n");
            out.append("          <flow_mat>\n");
            out.append("            " + material(q.explanation()) + "\n");
            out.append("          </flow_mat>\n");
            out.append("        </itemfeedback>\n");
        }
        out.append("      </item>\n");
    }

    private void field(String label, String entry) {
        out.append("            <qtimetadatafield>\n");
        out.append("              <fieldlabel>" + label + "</fieldlabel>\n");
        out.append("              <fieldentry>" + escape(entry) + "</fieldentry>\n");
        out.append("            </qtimetadatafield>\n");
    }

    private void choices(String cardinality, List<String> choices) {
        out.append("          <response_lid ident=\"response1\" rcardinality=\"" + cardinality + "\">\n");
        out.append("            <render_choice>\n");
        for (int k = 0; k < choices.size(); k++) {
            out.append("              <response_label ident=\"c" + k + "\">" + material(choices.get(k))
                    + "</response_label>\n");
        }
        out.append("            </render_choice>\n");
        out.append("          </response_lid>\n");
    }

    private void blankBox(String ident, String fibtype) {
        out.append("          <response_str ident=\"" + ident + "\" rcardinality=\"Single\">\n");
        out.append("            <render_fib fibtype=\"" + fibtype + "\">\n");
        out.append("              <response_label ident=\"answer1\" rshuffle=\"No\"/>\n");
        out.append("            </render_fib>\n");
        out.append("          </response_str>\n");
    }

    private static String blank(int index) {
        return "blank" + (index + 1);
    }

    private static String varequal(String respident, String value) {
        return "<varequal respident=\"" + respident + "\">" + escape(value) + "</varequal>";
    }

    private static String material(String text) {
        return "<material><mattext texttype=\"text/plain\">" + escape(text) + "</mattext></material>";
    }
}
