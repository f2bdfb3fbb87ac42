package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.pack.ClozeText;
import quizline.pack.Pack;
import quizline.pack.Question;

/** Anki packages checked by tools written by others: the npm packages anki-reader and anki-apkg-export. */
class AnkiOracleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void ankiReaderReadsEveryQuestionOfAPackageWrittenHere() throws Exception {
        Pack pack = Fixtures.pack("every-type.json");
        Path file = dir.resolve("every-type.apkg");
        Files.write(file, ApkgWriter.write(pack, NOW).bytes());

        JsonNode read = JSON.readTree(
                AnkiOracle.run("read-package.js", file.toAbsolutePath().toString()));
        List<JsonNode> cards = new ArrayList<>();
        List<String> deckNames = new ArrayList<>();
        for (JsonNode deck : read.get("decks")) {
            if (deck.get("cards").size() > 0) {
                deckNames.add(deck.get("name").asText());
                deck.get("cards").forEach(cards::add);
            }
        }
        assertEquals(List.of("Every question type"), deckNames);
        assertEquals(pack.questions().size(), cards.size());

        List<String> guids = new ArrayList<>();
        read.get("notes").forEach(n -> guids.add(n.get("guid").asText()));
        assertEquals(pack.questions().stream().map(q -> "every-type/" + q.id()).toList(), guids);
        assertEquals(
                List.of("current_affairs", "a/b"),
                texts(read.get("notes").get(8).get("tags")));

        for (Question q : pack.questions()) {
            String front = cards.stream()
                    .map(c -> c.get("fields").get(0).asText())
                    .filter(f -> f.contains(firstWords(q)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no card asks " + q.id() + ": " + read));
            JsonNode card = cards.stream()
                    .filter(c -> c.get("fields").get(0).asText().equals(front))
                    .findFirst()
                    .orElseThrow();
            if (q instanceof Question.Cloze) {
                assertEquals("quizline Cloze", card.get("model").asText());
                assertTrue(front.contains("{{c1::"), front);
            } else {
                assertEquals("quizline Basic", card.get("model").asText());
                assertTrue(card.get("fields").get(1).asText().contains(answer(q)), card.toString());
            }
        }
    }

    @Test
    void aPackageWrittenByAnkiApkgExportImportsHere() throws Exception {
        Path file = dir.resolve("capitals.apkg");
        AnkiOracle.run("write-package.js", file.toAbsolutePath().toString());

        ApkgReader.Read read = ApkgReader.read(AnkiPackage.read(file));
        assertEquals(List.of(), read.imported().errors());
        assertEquals(
                List.of(
                        new Question.Short(
                                "capital-of-kazakhstan",
                                "Capital of Kazakhstan?",
                                "Astana",
                                List.of(),
                                List.of("Capitals", "asia", "capitals"),
                                null,
                                null,
                                null),
                        new Question.Short(
                                "capital-of-france",
                                "Capital of France?",
                                "Paris & nowhere else",
                                List.of(),
                                List.of("Capitals", "europe"),
                                null,
                                null,
                                null),
                        new Question.Short(
                                "largest-country-by-area",
                                "Largest country\nby area?",
                                "Russia",
                                List.of(),
                                List.of("Capitals"),
                                null,
                                null,
                                null)),
                read.imported().questionList());
        assertEquals(3, read.questionOfCard().size());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    /** Text the question's card shows as it is: the first blank's deletion, or the start of the prompt. */
    private static String firstWords(Question q) {
        if (q instanceof Question.Cloze) {
            return "{{c1::" + ClozeText.parse(q.prompt()).blanks().get(0).answer();
        }
        String text = q.prompt().split("\n")[0];
        return text.length() > 24 ? text.substring(0, 24) : text;
    }

    private static String answer(Question q) {
        if (q instanceof Question.Choice c) {
            return c.choices().get(c.answer());
        }
        if (q instanceof Question.Multi m) {
            return m.choices().get(m.answer().get(0));
        }
        if (q instanceof Question.Short s) {
            return s.answer();
        }
        if (q instanceof Question.TrueFalse t) {
            return t.answer() ? "True" : "False";
        }
        if (q instanceof Question.Numeric n) {
            return String.valueOf((long) n.answer());
        }
        throw new IllegalArgumentException(q.type());
    }
}
