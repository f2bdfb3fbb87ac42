package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;

class GenerateCommandTest {
    @TempDir
    Path dir;

    private Path article(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path twoArticles() throws IOException {
        article("a.txt", "Mongolian President Ana Soto met Ghana's Prime Minister Tomas Berg in Accra on Monday.\n");
        article("b.txt", "The African Union was founded in 2002. Ghana is a founding member of the African Union.\n");
        return dir;
    }

    private static Pack read(Path file) throws IOException {
        PackReader.Result r = PackReader.read(Files.readString(file));
        assertEquals(List.of(), r.problems());
        return r.pack().orElseThrow();
    }

    @Test
    void writesADraftCitingEveryArticle() throws IOException {
        twoArticles();
        Path out = dir.resolve("draft.json");
        Cli.Result r = Cli.run(
                "generate",
                dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString(),
                "--id",
                "demo",
                "--date",
                "2025-03-03",
                "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        Pack pack = read(out);
        assertEquals("demo", pack.id());
        assertEquals("demo", pack.title());
        assertEquals(
                List.of("a.txt", "b.txt"),
                pack.sources().stream().map(s -> s.article()).toList());
        assertTrue(pack.question("position-ana-soto-president-mongolia-short").isPresent());
        assertTrue(pack.questions().stream().allMatch(q -> "draft".equals(q.status())));
        assertTrue(
                r.err().startsWith(out + ": " + pack.questions().size() + " questions from 2 articles, 0 conflicts"),
                r.err());
        assertFalse(r.err().contains("\r"), "no progress bar when stderr is not a terminal");
    }

    @Test
    void theProgressBarIsDrawnWhenAsked() throws IOException {
        twoArticles();
        picocli.CommandLine cli = Main.commandLine();
        ((GenerateCommand) cli.getSubcommands().get("generate").getCommand()).progressBar = true;
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new java.io.PrintWriter(err, true));
        int exit = cli.execute(
                "generate",
                dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString(),
                "--id",
                "demo",
                "--date",
                "2025-03-03",
                "--out",
                dir.resolve("p.json").toString());
        assertEquals(0, exit, err.toString());
        assertTrue(err.toString().contains("] 2/2 articles"), err.toString());
    }

    @Test
    void aContradictedDateLineIsRefusedWithAWarningBeforeTheSummary() throws IOException {
        Path file = article(
                "crawled.txt",
                "Leaders meet\nMarch 2, 2024\n\nSamarkand | The leaders met at the SCO summit on Friday."
                        + " Kazakh President Amara Okonkwo opened the summit.\n");
        Path out = dir.resolve("draft.json");
        Cli.Result r = Cli.run("generate", file.toString(), "--id", "demo", "--out", out.toString());
        String warning = "quizline: warning: " + file
                + ":2: the date 2024-03-02 is not taken as the article's date: it reports as recent the SCO summit"
                + " in Samarkand, which met on 15 September 2022 (give its date with --date or --dates)\n";
        assertTrue(r.err().startsWith(warning), r.err());
        assertEquals(1, r.exit(), "no date is known for the draft: " + r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingArticleStopsWithNothingWritten() throws IOException {
        twoArticles();
        Path out = dir.resolve("draft.json");
        Path missing = dir.resolve("gone.txt");
        Cli.Result r = Cli.run(
                "generate",
                dir.resolve("a.txt").toString(),
                missing.toString(),
                "--id",
                "demo",
                "--date",
                "2025-03-03",
                "--out",
                out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(missing + ": no such file"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anExistingFileIsKeptWithoutForce() throws IOException {
        twoArticles();
        Path out = Files.writeString(dir.resolve("draft.json"), "keep");
        Cli.Result r = Cli.run(
                "generate",
                dir.resolve("a.txt").toString(),
                "--id",
                "demo",
                "--date",
                "2025-03-03",
                "--out",
                out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("already exists"), r.err());
        assertEquals("keep", Files.readString(out));
    }

    @Test
    void withoutAnyDateTheAuthorIsAskedForOne() throws IOException {
        twoArticles();
        Cli.Result r = Cli.run(
                "generate",
                dir.resolve("a.txt").toString(),
                "--id",
                "demo",
                "--out",
                dir.resolve("d.json").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no article date is known"), r.err());
    }

    @Test
    void decisionsAndAddedQuestionsMakeThePublishedPack() throws IOException {
        twoArticles();
        Path review = Files.writeString(dir.resolve("review.json"), """
                {"format": 1,
                 "questions": {
                   "position-ana-soto-president-mongolia-short": {"decision": "accept"},
                   "position-ana-soto-president-mongolia-cloze": {"decision": "reject"}},
                 "conflicts": {}}
                """);
        Path added = Files.writeString(dir.resolve("hand.json"), """
                {"format": 1, "id": "demo", "title": "Demo by hand", "version": 3, "asOf": "2025-03-03",
                 "description": "Written by hand.",
                 "sources": [{"article": "a.txt", "outlet": "Daily"}],
                 "questions": [{"id": "capital", "type": "short", "prompt": "Capital of Ghana?", "answer": "Accra"}]}
                """);
        Path out = dir.resolve("pack.json");
        Cli.Result r = Cli.run(
                "generate",
                dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString(),
                "--id",
                "demo",
                "--date",
                "2025-03-03",
                "--decisions",
                review.toString(),
                "--add",
                added.toString(),
                "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        Pack pack = read(out);
        assertEquals(
                List.of("capital", "position-ana-soto-president-mongolia-short"),
                pack.questions().stream().map(Question::id).toList());
        assertTrue(pack.questions().stream().allMatch(q -> q.status() == null));
        assertEquals("Demo by hand", pack.title());
        assertEquals("Written by hand.", pack.description());
        assertEquals(3, pack.version());
        assertEquals("Daily", pack.sources().get(0).outlet());
        assertTrue(
                r.err().contains("note: position-tomas-berg-prime-minister-ghana-short: not reviewed yet, left out"),
                r.err());
    }

    @Test
    void aPackTheRulesRefuseIsNotWritten() throws IOException {
        twoArticles();
        Path review = Files.writeString(dir.resolve("review.json"), """
                {"format": 1,
                 "questions": {
                   "position-ana-soto-president-mongolia-short": {"decision": "accept", "edits": {"prompt": " "}}},
                 "conflicts": {}}
                """);
        Path out = dir.resolve("pack.json");
        Cli.Result r = Cli.run(
                "generate",
                dir.resolve("a.txt").toString(),
                "--id",
                "demo",
                "--date",
                "2025-03-03",
                "--decisions",
                review.toString(),
                "--out",
                out.toString());
        assertEquals(1, r.exit());
        assertTrue(
                r.err()
                        .endsWith("quizline: " + out + ": the pack would not be valid: empty prompt in question"
                                + " \"position-ana-soto-president-mongolia-short\"\n"),
                r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void addedQuestionIdsMustNotClashWithGeneratedOnes() throws IOException {
        twoArticles();
        Path added = Files.writeString(dir.resolve("hand.json"), """
                {"format": 1, "id": "demo", "title": "Demo", "version": 1, "asOf": "2025-03-03", "sources": [],
                 "questions": [{"id": "position-ana-soto-president-mongolia-short", "type": "short", "prompt": "Who?", "answer": "X"}]}
                """);
        Path out = dir.resolve("pack.json");
        Cli.Result r = Cli.run(
                "generate",
                dir.resolve("a.txt").toString(),
                "--id",
                "demo",
                "--date",
                "2025-03-03",
                "--add",
                added.toString(),
                "--out",
                out.toString());
        assertEquals(1, r.exit());
        assertTrue(
                r.err()
                        .contains(
                                "question ids in both the generated and the added pack: position-ana-soto-president-mongolia-short"),
                r.err());
        assertFalse(Files.exists(out));
    }
}
