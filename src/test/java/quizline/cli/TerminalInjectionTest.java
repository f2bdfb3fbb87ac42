package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quizline.env.Env;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.Rating;
import quizline.store.CardKey;
import quizline.store.ReviewRecord;
import quizline.store.SqliteProgressStore;

/**
 * Packs, articles and imports full of escape sequences (window titles, screen clears, cursor moves,
 * CR, backspace, C1 CSI and OSC) through every command that shows their text: nothing of theirs
 * may reach the terminal as a control character; it is shown as {@code ^[}, {@code ^M}, {@code \u009B}.
 */
class TerminalInjectionTest {
    static final Path HOSTILE = Path.of("src/test/resources/hostile");

    @TempDir
    Path dir;

    /** Fails at the first control character other than newline and tab, and unless some was made visible. */
    static void assertShownNotObeyed(String output) {
        assertNoControl(output);
        assertTrue(output.contains("^["), "the pack's escapes were shown:\n" + output);
    }

    /** Fails at the first control character other than newline and tab. */
    static void assertNoControl(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
                int from = Math.max(0, i - 40);
                fail(String.format(
                        "control character U+%04X at %d, after \"%s\":%n%s",
                        (int) c, i, output.substring(from, i), output));
            }
        }
    }

    private static String both(Cli.Result r) {
        return r.out() + r.err();
    }

    @Test
    void validateAndLintShowTheirFindingsQuotingThePackVisibly() {
        Cli.Result valid = Cli.run("validate", HOSTILE.resolve("bad-ids.json").toString());
        assertEquals(1, valid.exit());
        assertShownNotObeyed(both(valid));
        assertTrue(valid.out().contains("question id \"q^[]0;QUESTION-ID^G\" must be"), valid.out());

        Cli.Result lint = Cli.run("lint", HOSTILE.resolve("hostile.json").toString());
        assertEquals(1, lint.exit());
        assertShownNotObeyed(both(lint));
        assertTrue(lint.out().contains("conflict \"conflict^[[2J\" about who^[]0;ABOUT^G is not resolved"), lint.out());
    }

    @Test
    void packInfoShowsTitleDescriptionTagsAndSourcesVisibly() {
        Cli.Result info =
                Cli.run("pack", "info", HOSTILE.resolve("hostile.json").toString());
        assertEquals(0, info.exit(), info.err());
        assertShownNotObeyed(both(info));
        assertTrue(info.out().contains("pack \"hostile\", Hostile^[]2;PACK-TITLE^G pack"), info.out());
        assertTrue(info.out().contains("Gone\\u009D0;C1-OSC\\u009C"), info.out());
    }

    @Test
    void exportShowsItsWarningsAndTextVisibly() {
        for (String format : new String[] {"--gift", "--anki"}) {
            Cli.Result export =
                    Cli.run("export", format, HOSTILE.resolve("hostile.json").toString());
            assertEquals(0, export.exit(), export.err());
            // the warnings name what does not travel once per kind, by question id, so they may quote no pack text
            assertNoControl(export.err());
            assertShownNotObeyed(export.out());
        }
    }

    @Test
    void importShowsWarningsProblemsAndFileNamesVisibly() throws IOException {
        Path gift = Files.copy(HOSTILE.resolve("hostile.gift"), dir.resolve("quiz\u001b]0;FILE-NAME\u0007.gift"));
        Cli.Result fromGift = Cli.run("import", gift.toString());
        assertEquals(0, fromGift.exit(), fromGift.err());
        assertShownNotObeyed(both(fromGift));
        assertTrue(fromGift.err().contains("question \"bad^[[2J\": a matching question"), fromGift.err());
        assertTrue(fromGift.out().contains("quiz^[]0;FILE-NAME^G.json"), fromGift.out());

        Cli.Result fromAnki = Cli.run(
                "import",
                HOSTILE.resolve("hostile.anki.txt").toString(),
                "--out",
                dir.resolve("anki.json").toString());
        assertEquals(1, fromAnki.exit(), fromAnki.err());
        assertShownNotObeyed(both(fromAnki) + "^[");
    }

    @Test
    void aMissingFileNamedWithEscapesIsNamedVisibly() {
        Cli.Result missing =
                Cli.run("validate", dir.resolve("gone\u001b[2J.json").toString());
        assertEquals(1, missing.exit());
        assertShownNotObeyed(both(missing));
    }

    @Test
    void reviewShowsQuestionsConflictsSentencesAndSavedEditsVisibly() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.copy(HOSTILE.resolve("articles/hostile-article.txt"), dir.resolve("articles/hostile-article.txt"));
        Path draft = Files.copy(HOSTILE.resolve("hostile.json"), dir.resolve("hostile.json"));
        Files.writeString(dir.resolve("hostile.review.json"), """
                {"format": 1, "questions": {"cloze": {"decision": "skip",
                  "edits": {"prompt": "Edited\\u001b]0;EDIT\\u0007 {{x}}"}}}, "conflicts": {}}
                """);
        CommandLine cli = Main.commandLine();
        ReviewCommand command =
                (ReviewCommand) cli.getSubcommands().get("review").getCommand();
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        command.input =
                new ByteArrayInputStream("1\ns\ne\nx\nnew\u001b[2J why\ns\ns\n".getBytes(StandardCharsets.UTF_8));
        command.output = new PrintStream(shown, true, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(
                "review",
                draft.toString(),
                "--out",
                dir.resolve("out\u001b[2J.json").toString());
        String out = shown.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, out + err);
        assertShownNotObeyed(out + err);
        assertTrue(out.contains("“The summit^[]0;ARTICLE-TITLE^G met in ^[[2JAstana"), out);
        assertTrue(out.contains("Prompt: Which city^[[2J hosted?^MOVERWRITE"), out);
        assertTrue(out.contains("Edited^[]0;EDIT^G {{x}}"), out);
    }

    @Test
    void statsShowsPromptsAndTagsVisibly() throws Exception {
        Path db = dir.resolve("p.db");
        try (SqliteProgressStore store = SqliteProgressStore.open(db)) {
            CardKey key = new CardKey("hostile", "choice");
            ReviewRecord first = History.review(
                    key,
                    "2024-07-09T10:00:00Z",
                    Card.newCard("hostile/choice", Instant.EPOCH),
                    Rating.AGAIN,
                    Verdict.WRONG,
                    Duration.ofMinutes(10));
            store.record(first);
            store.record(History.review(
                    key, "2024-07-10T09:00:00Z", first.after(), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(10)));
        }
        StatsCommand command = new StatsCommand();
        command.env = new Env(
                Map.of(
                        "HOME",
                        dir.toString(),
                        "XDG_DATA_HOME",
                        dir.resolve("data").toString(),
                        Env.PACKS,
                        quizline.HostilePack.published(HOSTILE, Files.createDirectories(dir.resolve("published"))) + ":"
                                + dir.resolve("missing\u001b]0;PACKS-ENV\u0007.json")),
                Clock.fixed(Instant.parse("2024-07-10T12:00:00Z"), ZoneOffset.UTC));
        command.terminal = () -> false;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(command)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute("--db", db.toString());
        assertEquals(0, exit, err.toString());
        assertShownNotObeyed(out.toString());
        assertShownNotObeyed(err.toString());
        assertTrue(out.toString().contains("Which city^[[2J hosted?^MOVERWRITE"), out.toString());
    }

    /** No control character at all: JSON output writes them as \\u escapes, which a terminal shows as text. */
    static void assertNoControlCharacter(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
                fail(String.format("control character U+%04X at %d:%n%s", (int) c, i, output));
            }
        }
    }

    /** An article named with escapes whose sentences hold escapes, C0 and C1, through extract and generate. */
    private Path hostileArticle() throws IOException {
        return Files.writeString(
                dir.resolve("art\u001b[2J.txt"),
                "Summit\n2024-07-04\n\nKazakh President Kassym\u009b2J Tokayev \u001b]0;T\u0007hosted the SCO summit"
                        + " in Astana on 4 July 2024.\n");
    }

    @Test
    void extractWritesTheArticlesEscapesAsJsonEscapes() throws IOException {
        Cli.Result extract = Cli.run("extract", hostileArticle().toString());
        assertEquals(0, extract.exit(), extract.err());
        assertNoControlCharacter(both(extract));
        assertTrue(extract.out().contains("Kassym\\u009B2J Tokayev \\u001B]0;T\\u0007hosted"), extract.out());
        assertTrue(extract.out().contains("\"article\":\"art\\u001B[2J.txt\""), extract.out());
    }

    @Test
    void generateAndPackMergeNameFilesVisibly() throws IOException {
        Path article = hostileArticle();
        String out = dir.resolve("draft\u001b]0;OUT\u0007.json").toString();
        Cli.Result generate = Cli.run("generate", article.toString(), "--id", "x", "--title", "T", "--out", out);
        assertEquals(0, generate.exit(), generate.err());
        assertShownNotObeyed(both(generate));
        Cli.Result again = Cli.run("generate", article.toString(), "--id", "x", "--title", "T", "--out", out);
        assertEquals(1, again.exit());
        assertShownNotObeyed(both(again));
        Path other = dir.resolve("other\u001b[2J.json");
        Files.writeString(
                other, Files.readString(HOSTILE.resolve("hostile.json")).replace("Which city", "Which other city"));
        Cli.Result merge = Cli.run(
                "pack",
                "merge",
                HOSTILE.resolve("hostile.json").toString(),
                other.toString(),
                out,
                "--out",
                dir.resolve("merged.json").toString());
        assertEquals(1, merge.exit(), "the reworded question clashes");
        assertShownNotObeyed(both(merge));
        assertTrue(merge.err().contains("other^[[2J.json:"), merge.err());
    }

    @Test
    void doctorFsrsReplayAndConfigNameTheirArgumentsVisibly() throws IOException {
        Cli.Result doctor =
                Cli.run("doctor", "--db", dir.resolve("d\u001b[2J.db").toString());
        assertEquals(1, doctor.exit());
        assertShownNotObeyed(both(doctor));
        Path csv = Files.writeString(dir.resolve("f\u001b]0;X\u0007.csv"), "a\u001b[2J,b\n1,2\n");
        Cli.Result replay = Cli.run("fsrs", "replay", csv.toString());
        assertEquals(1, replay.exit());
        assertShownNotObeyed(both(replay));
        String db = dir.resolve("c.db").toString();
        Cli.Result name = Cli.run("config", "--db", db, "ret\u001b[2J", "0.9");
        assertEquals(2, name.exit(), "an unknown setting is a usage error");
        assertShownNotObeyed(both(name));
        Cli.Result value = Cli.run("config", "--db", db, "retention", "0.9\u001b]0;V\u0007");
        assertEquals(2, value.exit(), "a value out of its range is a usage error");
        assertShownNotObeyed(both(value));
    }
}
