package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizline.formats.Q.choice;
import static quizline.formats.Q.cloze;
import static quizline.formats.Q.shortAnswer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.pack.ClozeText;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;

class QtiWriterTest {
    private static List<String> notices(ExportedZip written) {
        return written.notices().stream()
                .map(n -> n.question() + " " + n.message())
                .toList();
    }

    /** What a question is after a trip through QTI: no tags, source or status, multi answers in order. */
    private static Question carried(Question q) {
        return Questions.canonical(Questions.carried(q, List.of()));
    }

    private static Pack bundled() throws IOException {
        return PackReader.read(Files.readString(Path.of("questions/sco-summits.json")))
                .pack()
                .orElseThrow();
    }

    @Test
    void qti21HoldsAnItemForEveryQuestionAndSaysOnceWhatDoesNotTravel() {
        ExportedZip written = Qti21Writer.write(Fixtures.pack("every-type.json"));
        assertEquals(14, written.questions());
        assertEquals(
                List.of(
                        "-1 QTI 2.1 has no place for the pack's description and 1 source",
                        "1 question \"host-city\": its source (a.txt, characters 0–40) does not travel in QTI 2.1",
                        "1 13 questions (\"host-city\", \"founders\", \"one-right-multi\", …) have tags, which do not"
                                + " travel in QTI 2.1",
                        "4 question \"kyrgyz-president\": its status \"draft\" does not travel in QTI 2.1"),
                notices(written));
        QtiXPath files = new QtiXPath(written.bytes());
        assertEquals(15, files.files.size());
        assertEquals("imsmanifest.xml", files.files.keySet().iterator().next());
    }

    @Test
    void qti21ValidatesAgainstTheImsSchemas() throws IOException {
        for (Pack pack : List.of(Fixtures.pack("every-type.json"), bundled())) {
            QtiXPath files = new QtiXPath(Qti21Writer.write(pack).bytes());
            assertEquals(List.of(), QtiSchemas.manifest(files.files.get("imsmanifest.xml")));
            for (String item : files.resources()) {
                assertEquals(List.of(), QtiSchemas.qti21(files.files.get(item)), item);
            }
        }
    }

    @Test
    void qti21ReadsBackTheSame() throws IOException {
        for (Pack pack : List.of(Fixtures.pack("every-type.json"), bundled())) {
            Imported back = QtiReader.read(Qti21Writer.write(pack).bytes());
            assertEquals(List.of(), back.errors());
            assertEquals(pack.questions().stream().map(QtiWriterTest::carried).toList(), back.questionList());
            assertEquals(Optional.of(pack.id()), back.packId());
            assertEquals(Optional.of(pack.title()), back.title());
            assertEquals(Optional.of(pack.version()), back.version());
            assertEquals(Optional.of(pack.asOf()), back.asOf());
        }
    }

    @Test
    void anIndependentReaderSeesEachQuestionInQti21() {
        Pack pack = Fixtures.pack("every-type.json");
        List<QtiXPath.Item> items = new QtiXPath(Qti21Writer.write(pack).bytes()).items21();
        assertEquals(pack.questions().stream().map(QtiWriterTest::as21).toList(), items);
    }

    @Test
    void qti12ValidatesAgainstTheDtdAndKeepsThePacksHeader() throws IOException {
        Pack pack = Fixtures.pack("every-type.json");
        ExportedZip written = Qti12Writer.write(pack);
        assertEquals(
                List.of(
                        "-1 QTI 1.2 has no place for the pack's description and 1 source",
                        "1 question \"host-city\": its source (a.txt, characters 0–40) does not travel in QTI 1.2",
                        "1 13 questions (\"host-city\", \"founders\", \"one-right-multi\", …) have tags, which do not"
                                + " travel in QTI 1.2",
                        "4 question \"kyrgyz-president\": its status \"draft\" does not travel in QTI 1.2"),
                notices(written));
        for (Pack p : List.of(pack, bundled())) {
            QtiXPath files = new QtiXPath(Qti12Writer.write(p).bytes());
            assertEquals(List.of(), QtiSchemas.manifest(files.files.get("imsmanifest.xml")));
            assertEquals(List.of(p.id() + ".xml"), files.resources());
            assertEquals(List.of(), QtiSchemas.qti12(files.files.get(p.id() + ".xml")));
        }
        Imported back = QtiReader.read(written.bytes());
        assertEquals(List.of(), back.errors());
        assertEquals(pack.questions().stream().map(QtiWriterTest::carried).toList(), back.questionList());
        assertEquals(Optional.of(pack.id()), back.packId());
        assertEquals(Optional.of(pack.title()), back.title());
        assertEquals(Optional.of(pack.version()), back.version());
        assertEquals(Optional.of(pack.asOf()), back.asOf());
    }

    @Test
    void anIndependentReaderSeesEachQuestionAsCanvasTypesIt() {
        Pack pack = Fixtures.pack("every-type.json");
        List<QtiXPath.Item> items = new QtiXPath(Qti12Writer.write(pack).bytes()).items12();
        assertEquals(pack.questions().stream().map(QtiWriterTest::as12).toList(), items);
    }

    @Test
    void theBundledPackComesBackWholeFromBoth() throws IOException {
        Pack pack = bundled();
        for (ExportedZip written : List.of(Qti21Writer.write(pack), Qti12Writer.write(pack))) {
            assertEquals(pack.questions().size(), written.questions());
            assertTrue(
                    written.notices().stream().noneMatch(n -> n.message().contains("comes back")),
                    notices(written).toString());
        }
    }

    @Test
    void idsThatAreNoXmlNamesStillComeBack() {
        List<Question> questions = List.of(
                shortAnswer("1st", "Who?", "Xi", List.of(), List.of(), null),
                choice("a b", "Which?", List.of("x", "y"), 1, List.of(), null));
        ExportedZip written = Qti21Writer.write(GiftWriterTest.pack(questions));
        assertEquals(List.of(), notices(written));
        QtiXPath files = new QtiXPath(written.bytes());
        assertEquals(List.of("items/q1-1st.xml", "items/q2-a_b.xml"), files.resources());
        assertEquals(questions, QtiReader.read(written.bytes()).questionList());
    }

    @Test
    void aLossNoOneForesawIsReportedByReadingBack() {
        // Canvas marks blanks [name] in the text: a statement that has one of its own cannot come back the same.
        Question z = cloze("z", "Type [blank1] here: {{x}}", List.of(), null);
        ExportedZip written = Qti12Writer.write(GiftWriterTest.pack(List.of(z)));
        assertEquals(List.of("0 question \"z\": comes back from QTI 1.2 with a different prompt"), notices(written));
    }

    private static String plain(String text) {
        return text == null ? "" : text.replace("\n", "");
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A question as a QTI 2.1 player shows it, worked out from the pack, not from the writer. */
    private static QtiXPath.Item as21(Question q) {
        String feedback = plain(q.explanation());
        if (q instanceof Question.Choice c) {
            return new QtiXPath.Item(
                    q.id(),
                    "single choice",
                    plain(q.prompt()),
                    c.choices().stream().map(QtiWriterTest::plain).toList(),
                    List.of(plain(c.choices().get(c.answer()))),
                    List.of(),
                    feedback);
        }
        if (q instanceof Question.Multi m) {
            return new QtiXPath.Item(
                    q.id(),
                    "multiple response",
                    plain(q.prompt()),
                    m.choices(),
                    m.answer().stream().sorted().map(m.choices()::get).toList(),
                    List.of(),
                    feedback);
        }
        if (q instanceof Question.TrueFalse t) {
            return new QtiXPath.Item(
                    q.id(),
                    "single choice",
                    plain(q.prompt()),
                    List.of("True", "False"),
                    List.of(t.answer() ? "True" : "False"),
                    List.of(),
                    feedback);
        }
        if (q instanceof Question.Short s) {
            List<String> accepted = new ArrayList<>(List.of(s.answer()));
            accepted.addAll(s.accept());
            return new QtiXPath.Item(
                    q.id(), "text entry", plain(q.prompt()), List.of(), List.of(s.answer()), accepted, feedback);
        }
        if (q instanceof Question.Numeric n) {
            return new QtiXPath.Item(
                    q.id(),
                    n.tolerance() == null
                            ? "numeric exact"
                            : "numeric absolute " + number(n.tolerance()) + " " + number(n.tolerance()),
                    plain(q.prompt()),
                    List.of(),
                    List.of(number(n.answer())),
                    List.of(),
                    feedback);
        }
        if (q instanceof Question.Cloze z) {
            ClozeText text = ClozeText.parse(z.prompt());
            List<String> accepted = new ArrayList<>();
            text.blanks().forEach(b -> {
                accepted.add(b.answer());
                accepted.addAll(b.aliases());
            });
            return new QtiXPath.Item(
                    q.id(),
                    "gaps " + text.blanks().size(),
                    plain(text.render(b -> "")),
                    List.of(),
                    text.blanks().stream().map(ClozeText.Blank::answer).toList(),
                    accepted,
                    feedback);
        }
        throw new IllegalArgumentException(q.type());
    }

    /** A question as Canvas's QTI 1.2 importer types it, worked out from the pack, not from the writer. */
    private static QtiXPath.Item as12(Question q) {
        String feedback = q.explanation() == null ? "" : q.explanation();
        if (q instanceof Question.Choice c) {
            return new QtiXPath.Item(
                    q.id(),
                    "multiple_choice_question",
                    q.prompt(),
                    c.choices(),
                    List.of(c.choices().get(c.answer())),
                    List.of(),
                    feedback);
        }
        if (q instanceof Question.Multi m) {
            return new QtiXPath.Item(
                    q.id(),
                    "multiple_answers_question",
                    q.prompt(),
                    m.choices(),
                    m.answer().stream().sorted().map(m.choices()::get).toList(),
                    List.of(),
                    feedback);
        }
        if (q instanceof Question.TrueFalse t) {
            return new QtiXPath.Item(
                    q.id(),
                    "true_false_question",
                    q.prompt(),
                    List.of("True", "False"),
                    List.of(t.answer() ? "True" : "False"),
                    List.of(),
                    feedback);
        }
        if (q instanceof Question.Short s) {
            List<String> accepted = new ArrayList<>(List.of(s.answer()));
            accepted.addAll(s.accept());
            return new QtiXPath.Item(
                    q.id(), "short_answer_question", q.prompt(), List.of(), accepted, List.of(), feedback);
        }
        if (q instanceof Question.Numeric n) {
            List<String> right = new ArrayList<>(List.of(number(n.answer())));
            if (n.tolerance() != null) {
                BigDecimal a = new BigDecimal(number(n.answer()));
                BigDecimal t = new BigDecimal(number(n.tolerance()));
                right.add(a.subtract(t).toPlainString());
                right.add(a.add(t).toPlainString());
            }
            return new QtiXPath.Item(q.id(), "numerical_question", q.prompt(), List.of(), right, List.of(), feedback);
        }
        if (q instanceof Question.Cloze z) {
            ClozeText text = ClozeText.parse(z.prompt());
            List<String> accepted = new ArrayList<>();
            text.blanks().forEach(b -> {
                accepted.add(b.answer());
                accepted.addAll(b.aliases());
            });
            return new QtiXPath.Item(
                    q.id(),
                    "fill_in_multiple_blanks_question",
                    text.render(b -> "[blank" + (b + 1) + "]"),
                    accepted,
                    accepted,
                    List.of(),
                    feedback);
        }
        throw new IllegalArgumentException(q.type());
    }
}
