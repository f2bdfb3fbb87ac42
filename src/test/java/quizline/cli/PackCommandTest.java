package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;

class PackCommandTest {
    private static final String MINI = "src/test/resources/packs/mini.json";

    @TempDir
    Path dir;

    private Path pack(String name, String asOf, String... questions) throws IOException {
        return Files.writeString(
                dir.resolve(name), """
                {"format": 1, "id": "%s", "title": "Pack %s", "version": 2, "asOf": "%s",
                 "sources": [{"article": "a.txt", "outlet": "Wire"}],
                 "questions": [
                %s
                 ]}
                """.formatted(name.replace(".json", ""), name, asOf, String.join(",\n", questions)));
    }

    private static String tf(String id, String prompt) {
        return "  {\"id\": \"" + id + "\", \"type\": \"truefalse\", \"prompt\": \"" + prompt + "\", \"answer\": true}";
    }

    @Test
    void infoCountsTypesTagsAndSources() {
        Cli.Result r = Cli.run("pack", "info", MINI);
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                String.join(
                        "\n",
                        MINI + ": pack \"mini\", Mini pack for tests",
                        "  version 1, as of 2024-07-05",
                        "  6 questions: 1 choice, 1 multi, 1 short, 1 truefalse, 1 numeric, 1 cloze",
                        "  tags: hosts 2, members 2, dates 1, people 1",
                        "  sources: 1",
                        "    mini-article.txt  Test Wire, 2024-07-04, 2 questions",
                        "  questions without a source: 4",
                        "  conflicts: 0",
                        ""),
                r.out());
    }

    @Test
    void mergeKeepsIdenticalQuestionsOnceAndTheEarliestAsOf() throws IOException {
        Path a = pack("a.json", "2025-03-01", tf("one", "First."), tf("two", "Second."));
        Path b = pack("b.json", "2024-12-31", tf("two", "Second."), tf("three", "Third."));
        Path out = dir.resolve("c.json");
        Cli.Result r = Cli.run("pack", "merge", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                "wrote " + out + ": 3 questions from " + a + " (2), " + b + " (2); 1 found twice, alike, kept once;"
                        + " as of 2024-12-31\n",
                r.out());
        Pack merged = PackReader.read(Files.readString(out)).pack().orElseThrow();
        assertEquals("a", merged.id());
        assertEquals(
                List.of("one", "two", "three"),
                merged.questions().stream().map(Question::id).toList());
        assertEquals(1, merged.sources().size());
    }

    @Test
    void mergeReportsEveryClashAndWritesNothing() throws IOException {
        Path a = pack("a.json", "2025-03-01", tf("one", "First."), tf("two", "Second."));
        Path b = pack("b.json", "2025-03-01", tf("one", "First, changed."), tf("two", "Second, changed."));
        Path out = dir.resolve("c.json");
        Cli.Result r = Cli.run("pack", "merge", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(1, r.exit());
        assertEquals(
                String.join(
                        "\n",
                        b + ":4:4: question id \"one\" is also at " + a + ":4:4, and the two differ",
                        b + ":5:4: question id \"two\" is also at " + a + ":5:4, and the two differ",
                        "quizline: nothing written: 2 clashes between the packs",
                        ""),
                r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMergedPackTheRulesRefuseIsNotWritten() throws IOException {
        // The merged pack takes the earliest asOf, before the day one question's fact is dated
        Path a = pack(
                "a.json",
                "2025-03-01",
                "  {\"id\": \"one\", \"type\": \"truefalse\", \"prompt\": \"First.\", \"answer\": true,"
                        + " \"asOf\": \"2025-02-01\"}");
        Path b = pack("b.json", "2024-12-31", tf("two", "Second."));
        Path out = dir.resolve("c.json");
        Cli.Result r = Cli.run("pack", "merge", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(1, r.exit());
        assertEquals(
                "quizline: the merged pack would not be valid: question \"one\" is dated 2025-02-01, after the pack's"
                        + " asOf 2024-12-31\n",
                r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void mergeNeverOverwritesWithoutForceAndPackAloneAsksWhatToDo() throws IOException {
        Path a = pack("a.json", "2025-03-01", tf("one", "First."));
        Path out = Files.writeString(dir.resolve("c.json"), "keep me");
        Cli.Result r = Cli.run("pack", "merge", a.toString(), MINI, "--out", out.toString());
        assertEquals(1, r.exit());
        assertEquals("quizline: " + out + ": already exists (--force overwrites it)\n", r.err());
        assertEquals("keep me", Files.readString(out));

        Cli.Result bare = Cli.run("pack");
        assertEquals(2, bare.exit());
        assertEquals(
                "quizline: say what to do: 'pack info' or 'pack merge'\nTry 'quizline pack --help' for more"
                        + " information.\n",
                bare.err());
        assertEquals(2, Cli.run("pack", "merge", a.toString()).exit());
    }
}
