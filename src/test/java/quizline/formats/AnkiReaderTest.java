package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static quizline.formats.Q.choice;
import static quizline.formats.Q.cloze;
import static quizline.formats.Q.multi;
import static quizline.formats.Q.numeric;
import static quizline.formats.Q.shortAnswer;
import static quizline.formats.Q.trueFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.pack.Question;

class AnkiReaderTest {
    private static final String HEADER =
            "#separator:tab\n#html:false\n#guid column:1\n#notetype column:2\n#deck column:3\n" + "#tags column:6\n";

    private static Question only(String text) {
        Imported imported = AnkiReader.read(text);
        assertEquals(List.of(), imported.errors());
        assertEquals(1, imported.questions().size(), imported.questionList().toString());
        return imported.questionList().get(0);
    }

    private static String row(String... fields) {
        return String.join("\t", fields) + "\n";
    }

    @Test
    void headersAreReadAsAnkiReadsThem() {
        AnkiHeader header = AnkiHeader.read("tags:a b\n#Separator:Pipe,,,,\n# HTML : TRUE|||\n#deck:My Deck\n"
                + "#notetype:Basic\n#tags column:3;;\n#a comment\n#guid column:x\nbody");
        assertEquals('|', header.separator());
        assertEquals(true, header.html());
        assertEquals(List.of("a", "b"), header.tags());
        assertEquals("My Deck", header.deck());
        assertEquals("Basic", header.notetype());
        assertEquals(3, header.tagsColumn());
        assertEquals(null, header.guidColumn());
        assertEquals(9, header.bodyLine());
        assertEquals(';', AnkiHeader.read("#separator:;\nx").separator());
        // An unknown separator is ignored and the delimiter guessed, tab first.
        assertEquals('\t', AnkiHeader.read("#separator:foo\na,b\tc").separator());
        assertEquals(',', AnkiHeader.read("a,b").separator());
        assertEquals(' ', AnkiHeader.read("a b").separator());
        // Headers stop at the first other line: a later "#tags:" is a comment.
        assertEquals(List.of(), AnkiHeader.read("x\ty\n#tags:late\n").tags());
    }

    @Test
    void basicNotesInQuizlinesLayoutBecomeTheirTypesAgain() {
        assertEquals(
                choice("c", "Which city?", List.of("Samarkand", "Astana"), 1, List.of("hosts"), "Because."),
                only(HEADER
                        + row(
                                "p/c",
                                "Basic",
                                "D",
                                "\"Which city?\n\na) Samarkand\nb) Astana\"",
                                "\"b) Astana\n\nBecause.\"",
                                "hosts")));
        assertEquals(
                multi("m", "Founders?", List.of("China", "India", "Russia"), List.of(2, 0), List.of(), null),
                only(HEADER
                        + row(
                                "p/m",
                                "Basic",
                                "D",
                                "\"Founders?\n\nChoose all that apply:\na) China\nb) India\nc) Russia\"",
                                "\"c) Russia\na) China\"",
                                "")));
        assertEquals(
                trueFalse("t", "A bloc?", false, List.of(), null),
                only(HEADER + row("p/t", "Basic", "D", "A bloc?", "False", "")));
        assertEquals(
                numeric("n", "Founded?", 2001, null, List.of(), null),
                only(HEADER + row("p/n", "Basic", "D", "Founded?", "2001", "")));
        assertEquals(
                numeric("n", "Share?", -12.5, 2.25, List.of(), null),
                only(HEADER + row("p/n", "Basic", "D", "Share?", "-12.5 ± 2.25", "")));
        assertEquals(
                shortAnswer("s", "Who?", "Sadyr Japarov", List.of("Japarov"), List.of(), "Since 2021."),
                only(HEADER
                        + row(
                                "p/s",
                                "Basic",
                                "D",
                                "Who?",
                                "\"Sadyr Japarov\nAlso accepted: Japarov\n\nSince 2021.\"",
                                "")));
    }

    @Test
    void otherBasicNotesAreShortAnswers() {
        // The back does not name a listed choice: the front is the prompt, choices and all.
        assertEquals(
                shortAnswer("c", "Which city?\n\na) Samarkand\nb) Astana", "Astana", List.of(), List.of(), null),
                only(HEADER + row("p/c", "Basic", "D", "\"Which city?\n\na) Samarkand\nb) Astana\"", "Astana", "")));
        Imported imported =
                AnkiReader.read(HEADER + row("p/s", "Basic", "D", "Capital?", "\"Astana\nsince 1997\"", ""));
        assertEquals(
                shortAnswer("s", "Capital?", "Astana", List.of(), List.of(), "since 1997"),
                imported.questionList().get(0));
        assertEquals(
                List.of("a.txt:7: question \"s\": the back has 2 lines: the first is the answer, the others go to"
                        + " the explanation"),
                Fixtures.formatted(imported.warnings(), "a.txt"));
    }

    @Test
    void clozeNotesBecomeClozeQuestionsAndHintsAreReported() {
        Imported imported = AnkiReader.read(HEADER
                + row(
                        "p/z",
                        "Cloze",
                        "D",
                        "{{c1::Astana::city}} is the capital of {{c2::Kazakhstan}}; {{c1::Astana}} again.",
                        "Extra",
                        "hosts"));
        assertEquals(
                List.of(cloze(
                        "z",
                        "{{Astana}} is the capital of {{Kazakhstan}}; {{Astana}} again.",
                        List.of("hosts"),
                        "Extra")),
                imported.questionList());
        assertEquals(
                List.of("a.txt:7: question \"z\": cloze hints (city) have no place in quizline: dropped"),
                Fixtures.formatted(imported.warnings(), "a.txt"));
    }

    @Test
    void withoutNoteTypeColumnAClozeIsRecognisedByItsDeletions() {
        Imported imported = AnkiReader.read("#separator:tab\n" + row("It met in {{c1::Astana}}.", "", "hosts")
                + row("Capital?", "Astana", "capitals extra"));
        assertEquals(
                List.of(
                        cloze("it-met-in-astana", "It met in {{Astana}}.", List.of("hosts"), null),
                        shortAnswer("capital", "Capital?", "Astana", List.of(), List.of("capitals", "extra"), null)),
                imported.questionList());
    }

    @Test
    void idsComeFromQuizlineGuidsAndTheTextOtherwise() {
        Imported imported = AnkiReader.read(HEADER
                + row("sco/a", "Basic", "D", "Q one?", "A", "")
                + row("sco/a", "Basic", "D", "Q two?", "B", "")
                + row("xY#z1", "Basic", "D", "Q three?", "C", ""));
        assertEquals(
                List.of("a", "a-2", "q-three"),
                imported.questionList().stream().map(Question::id).toList());
        assertEquals(Optional.of("sco"), imported.packId());
        assertEquals(Optional.of("D"), imported.title());
        assertEquals(
                List.of(
                        "a.txt:8: id \"a\" is taken by the question on line 7: this one is \"a-2\"",
                        "a.txt:9: no quizline id in the guid: the question's id is made from its text: \"q-three\""),
                Fixtures.formatted(imported.warnings(), "a.txt"));
    }

    @Test
    void htmlFieldsBecomeText() {
        assertEquals(
                shortAnswer("h", "Bold & <tags>", "Astana", List.of(), List.of(), "Line\nbreak"),
                only("#separator:tab\n#html:true\n#guid column:1\n"
                        + row("p/h", "<b>Bold</b> &amp; &lt;tags&gt;", "Astana<br><br>Line<br>break")));
        // Without #html, a tag in the first records makes the file HTML, as in Anki.
        assertEquals(
                shortAnswer("x", "Capital?", "Astana", List.of(), List.of(), null),
                only("#guid column:1\n" + row("p/x", "<i>Capital?</i>", "Astana")));
        assertEquals(
                shortAnswer("x", "<i>Capital?</i>", "Astana", List.of(), List.of(), null),
                only("#html:false\n#guid column:1\n" + row("p/x", "<i>Capital?</i>", "Astana")));
    }

    @Test
    void cardsExportedWithTheQuestionAboveTheAnswerKeepOnlyTheAnswer() {
        assertEquals(
                shortAnswer("capital", "Capital?", "Astana", List.of(), List.of(), null),
                only("#separator:tab\n#html:true\n"
                        + row("Capital?", "\"Capital?\n\n<hr id=\"\"answer\"\">\n\nAstana\"")));
    }

    @Test
    void globalTagsAndHeaderDeckAndNoteTypeApply() {
        Imported imported = AnkiReader.read("tags:old\n#separator:comma\n#tags:global\n#deck:Deck A\n#notetype:Basic\n"
                + "\"Capital, please?\",Astana,own\n");
        assertEquals(
                List.of(shortAnswer(
                        "capital-please",
                        "Capital, please?",
                        "Astana",
                        List.of(),
                        List.of("own", "old", "global"),
                        null)),
                imported.questionList());
        assertEquals(Optional.of("Deck A"), imported.title());
    }

    @Test
    void errorsNameTheirLine() {
        Imported imported =
                AnkiReader.read(HEADER + row("p/a", "Basic", "D", "", "x", "") + row("p/b", "Basic", "D", "Q?", "", "")
                        + row("p/c", "Cloze", "D", "No deletion.", "", "") + "\"unclosed\tBasic\n");
        assertEquals(
                List.of("a.txt:10: a quoted field opened here is never closed"),
                Fixtures.formatted(imported.errors(), "a.txt"));
        imported = AnkiReader.read(HEADER
                + row("p/a", "Basic", "D", "", "x", "")
                + row("p/b", "Basic", "D", "Q?", "", "")
                + row("p/c", "Cloze", "D", "No deletion.", "", "")
                + row("p/d", "Basic", "D", "Good?", "Yes", ""));
        assertEquals(
                List.of("d"), imported.questionList().stream().map(Question::id).toList());
        assertEquals(
                List.of(
                        "a.txt:7: the note's first field is empty (Anki skips such notes too)",
                        "a.txt:8: the note has no answer: its second field is empty",
                        "a.txt:9: a Cloze note without a {{c1::…}} deletion"),
                Fixtures.formatted(imported.errors(), "a.txt"));
    }
}
