package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizline.formats.Q.shortAnswer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;

class AnkiWriterTest {
    private static List<String> notices(Exported exported) {
        return exported.notices().stream()
                .map(n -> n.question() + " " + n.message())
                .toList();
    }

    /** What Anki carries of a question: everything but source and status, cloze aliases and spaces in tags. */
    private static Question carried(Question q) {
        List<String> tags = q.tags().stream().map(t -> t.replace(' ', '_')).toList();
        Question plain = Questions.carried(q, tags);
        if (plain instanceof Question.Cloze c) {
            return c.withPrompt(c.prompt().replaceAll("\\|[^}]*}}", "}}"));
        }
        return plain;
    }

    @Test
    void writesTheColumnsAnkisOwnExportWrites() {
        Exported exported = AnkiWriter.write(Fixtures.pack("every-type.json"));
        assertEquals(Fixtures.text("every-type.anki.txt"), exported.text());
        assertEquals(
                List.of(
                        "-1 Anki text has no place for the pack's version, asOf, description and 1 source (its id travels in each"
                                + " note's guid, its title as the deck)",
                        "1 question \"host-city\": its source (a.txt, characters 0–40) does not travel in Anki text",
                        "4 question \"kyrgyz-president\": its status \"draft\" does not travel in Anki text",
                        "8 question \"tf-false\": Anki tags cannot hold spaces: tag \"current affairs\" becomes \"current_affairs\"",
                        "9 2 questions (\"capital\", \"two-blanks\") are cloze questions with accepted alternatives, which Anki"
                                + " cloze deletions cannot hold: dropped"),
                notices(exported));
    }

    @Test
    void everyTypeComesBackTheSame() {
        Pack pack = Fixtures.pack("every-type.json");
        Imported back = AnkiReader.read(AnkiWriter.write(pack).text());
        assertEquals(List.of(), back.errors());
        assertEquals(List.of(), back.warnings());
        assertEquals(pack.questions().stream().map(AnkiWriterTest::carried).toList(), back.questionList());
        assertEquals("every-type", back.packId().orElseThrow());
        assertEquals("Every question type", back.title().orElseThrow());
    }

    @Test
    void theBundledPackComesBackTheSameButForClozeAliases() throws IOException {
        Pack pack = PackReader.read(Files.readString(Path.of("questions/sco-summits.json")))
                .pack()
                .orElseThrow();
        Exported exported = AnkiWriter.write(pack);
        assertEquals(
                pack.questions().stream().map(AnkiWriterTest::carried).toList(),
                AnkiReader.read(exported.text()).questionList());
        assertTrue(
                exported.notices().stream().noneMatch(n -> n.message().contains("comes back")),
                notices(exported).toString());
    }

    @Test
    void anAnkiFileReadTwiceThroughQuizlineIsStable() {
        for (String file : List.of("anki-export.txt", "anki-padded.txt", "anki-no-header.txt")) {
            List<Question> first = AnkiReader.read(Fixtures.text(file)).questionList();
            Exported exported = AnkiWriter.write(GiftWriterTest.pack(first));
            assertEquals(
                    first.stream().map(AnkiWriterTest::carried).toList(),
                    AnkiReader.read(exported.text()).questionList(),
                    file);
        }
    }

    @Test
    void aQuestionThatWouldComeBackDifferentlyIsReported() {
        Exported exported = AnkiWriter.write(GiftWriterTest.pack(List.of(
                shortAnswer("year", "Which year?", "2001", List.of(), List.of(), null),
                shortAnswer("word", "Which word?", "True", List.of(), List.of(), null),
                shortAnswer("lines", "Which lines?", "one\ntwo", List.of(), List.of(), null))));
        assertEquals(
                List.of(
                        "0 question \"year\": comes back from Anki text as a numeric question",
                        "1 question \"word\": comes back from Anki text as a truefalse question",
                        "2 question \"lines\": comes back from Anki text with a different answer, explanation"),
                notices(exported).subList(1, 4));
    }
}
