package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizline.formats.Q.choice;
import static quizline.formats.Q.cloze;
import static quizline.formats.Q.multi;
import static quizline.formats.Q.numeric;
import static quizline.formats.Q.shortAnswer;
import static quizline.formats.Q.trueFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Moodle XML as Moodle's exporter writes it (moodle-export.xml follows its layout), and files that are not. */
class MoodleXmlReaderTest {
    private static final List<String> SUMMITS = List.of("Default for SCO 101", "Summits");
    private static final List<String> LEADERS = List.of("Default for SCO 101", "People/Leaders");

    @Test
    void readsEveryTypeMoodleExportsThatQuizlineHas() {
        Imported imported = MoodleXmlReader.read(Fixtures.text("moodle-export.xml"));
        assertEquals(List.of(), imported.errors());
        assertEquals(
                List.of(
                        choice(
                                "host-2024",
                                "Which city hosted the 2024 summit?",
                                List.of("Astana", "Samarkand", "Bishkek"),
                                0,
                                List.of("Default for SCO 101", "Summits", "hosts"),
                                "Astana, the Kazakh capital.\nSamarkand: That was 2022."),
                        multi(
                                "founders",
                                "Which of these founded the SCO?",
                                List.of("China", "Russia", "India"),
                                List.of(0, 1),
                                SUMMITS,
                                null),
                        trueFalse("military-bloc", "The SCO is a military alliance.", false, SUMMITS, null),
                        shortAnswer(
                                "kyrgyz-leader",
                                "Who led Kyrgyzstan in 2024?",
                                "Sadyr Japarov",
                                List.of("Japarov"),
                                LEADERS,
                                null),
                        numeric("founded", "When was the SCO founded, give or take a year?", 2001, 1.0, LEADERS, null),
                        cloze(
                                "summit-cloze",
                                "The 2024 summit met in {{Astana|Nur-Sultan}}, founded in {{2001}}, chaired by"
                                        + " {{Tokayev}}.",
                                LEADERS,
                                "Nur-Sultan: Its old name\nAny other answer: No")),
                imported.questionList());
        assertEquals(
                List.of(
                        "m.xml:15: question \"Host 2024\": feedback on its answers is kept in the explanation",
                        "m.xml:15: question \"Host 2024\": HTML <img> removed: quizline shows text only",
                        "m.xml:69: name \"Founders\" is not a quizline id: the question's id is \"founders\"",
                        "m.xml:117: name \"Military bloc\" is not a quizline id: the question's id is"
                                + " \"military-bloc\"",
                        "m.xml:157: question \"Kyrgyz leader\": Moodle matches its answers' case; quizline forgives"
                                + " case",
                        "m.xml:157: question \"Kyrgyz leader\": answer \"Sadyr\" gives 50% credit; quizline accepts an"
                                + " answer fully or not at all: dropped",
                        "m.xml:157: name \"Kyrgyz leader\" is not a quizline id: the question's id is"
                                + " \"kyrgyz-leader\"",
                        "m.xml:193: name \"Founded\" is not a quizline id: the question's id is \"founded\"",
                        "m.xml:221: question \"Summit cloze\": blank 2 accepts 2001:1 (a number with a tolerance);"
                                + " quizline's blank takes 2001 exactly",
                        "m.xml:221: question \"Summit cloze\": blank 3 (MULTICHOICE) is a choice in Moodle; quizline"
                                + " asks for its right answer typed",
                        "m.xml:221: question \"Summit cloze\": feedback on its answers is kept in the explanation",
                        "m.xml:221: name \"Summit cloze\" is not a quizline id: the question's id is"
                                + " \"summit-cloze\"",
                        "m.xml:237: question \"Essay\": an essay question has no quizline type: skipped"),
                Fixtures.formatted(imported.warnings(), "m.xml"));
        assertEquals(Optional.empty(), imported.packId());
        assertEquals(Optional.empty(), imported.asOf());
    }

    @Test
    void aFileThatIsNotWellFormedIsOneErrorAtItsLineAndColumn() {
        Imported imported = MoodleXmlReader.read("<?xml version=\"1.0\"?>\n<quiz>\n  <question type=\"truefalse\">\n"
                + "    <name><text>a</name>\n</quiz>\n");
        assertEquals(List.of(), imported.questions());
        List<String> errors = Fixtures.formatted(imported.errors(), "m.xml");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("m.xml:4:"), errors.get(0));
        assertTrue(errors.get(0).contains("not well-formed XML"), errors.get(0));
    }

    @Test
    void anotherXmlDocumentIsNotMoodleXml() {
        assertEquals(
                List.of("m.xml:2:7: not Moodle XML: the document is <html>, not <quiz>"),
                Fixtures.formatted(
                        MoodleXmlReader.read("<?xml version=\"1.0\"?>\n<html></html>")
                                .errors(),
                        "m.xml"));
        assertFalse(MoodleXmlReader.looksLikeMoodleXml("<?xml version=\"1.0\"?>\n<html></html>"));
        assertTrue(MoodleXmlReader.looksLikeMoodleXml(Fixtures.text("moodle-export.xml")));
    }

    @Test
    void aQuestionQuizlineWouldRefuseIsAnErrorAtItsElement() {
        Imported imported = MoodleXmlReader.read("<quiz>\n<question type=\"multichoice\">\n"
                + "<name><text>q</text></name><questiontext format=\"plain_text\"><text>Which?</text></questiontext>\n"
                + "<single>true</single><answer fraction=\"100\"><text>A</text></answer>"
                + "<answer fraction=\"0\"><text>A</text></answer>\n</question>\n</quiz>");
        assertEquals(1, imported.errors().size(), imported.errors().toString());
        FileNotice error = imported.errors().get(0);
        assertEquals(2, error.line());
        assertTrue(error.column() > 0);
    }

    @Test
    void anExternalEntityIsNeverRead() {
        Imported imported = MoodleXmlReader.read("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]>\n<quiz><question type=\"truefalse\"><name><text>a</text></name>"
                + "<questiontext format=\"plain_text\"><text>&x;</text></questiontext>"
                + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text>"
                + "</answer></question></quiz>");
        assertTrue(
                imported.questions().isEmpty()
                        || !imported.questionList().get(0).prompt().contains("root"),
                imported.toString());
        assertFalse(imported.ok());
    }
}
