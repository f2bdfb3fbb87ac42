package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quizline.env.Env;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.SqliteProgressStore;

/** {@code quizline flagged} and {@code quizline suspended} in-process, with the test pack loaded. */
class MarkedQuestionsCommandTest {
    private static final Instant AT = Instant.parse("2024-07-05T09:00:00Z");
    private static final CardKey HOST_CITY = new CardKey("mini", "host-city");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String name, String... args) {
        Map<String, String> env = Map.of(
                "HOME",
                dir.toString(),
                "XDG_DATA_HOME",
                dir.resolve("data").toString(),
                Env.PACKS,
                Path.of("src/test/resources/packs/mini.json").toAbsolutePath().toString());
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
        MarkedQuestions command = name.equals("flagged") ? new FlaggedCommand() : new SuspendedCommand();
        command.env = new Env(env, clock);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine().getSubcommands().get(name);
        int exit = new CommandLine(command)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(cli.getExecutionExceptionHandler())
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path profile() throws Exception {
        Path db = dir.resolve("p.db");
        try (SqliteProgressStore store = SqliteProgressStore.open(db)) {
            store.flag(new ProgressStore.Flag(HOST_CITY, "two cities could be meant", AT));
            store.flag(new ProgressStore.Flag(new CardKey("gone", "q9"), "", AT.plusSeconds(3600)));
            store.suspend(new ProgressStore.Suspension(HOST_CITY, AT, true));
        }
        return db;
    }

    @Test
    void flaggedListsPackIdPromptNoteAndWhenForThePacksAuthor() throws Exception {
        Path db = profile();
        Run all = run("flagged", "--db", db.toString());
        assertEquals(0, all.exit(), all.err());
        assertEquals("""
                2 flags:
                mini  host-city  2024-07-05 09:00
                  Which city hosted the 2024 summit?
                  Note: two cities could be meant
                gone  q9  2024-07-05 10:00
                  (not in the packs loaded)
                  Note: (none)
                """, all.out());
        Run mini = run("flagged", "--db", db.toString(), "--pack", "mini");
        assertTrue(mini.out().startsWith("1 flag in pack mini:\nmini  host-city"), mini.out());
        assertFalse(mini.out().contains("gone"), mini.out());
    }

    @Test
    void noFlagsIsSaidClearlyWithoutCreatingAProfile() {
        Run none = run("flagged", "--db", dir.resolve("none.db").toString());
        assertEquals(0, none.exit(), none.err());
        assertEquals("No flagged questions: ! at the grade prompt flags one while studying.\n", none.out());
        assertFalse(Files.exists(dir.resolve("none.db")));
        Run unknown = run("flagged", "--db", dir.resolve("none.db").toString(), "--pack", "minni");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("no pack with id \"minni\" (loaded: "), unknown.err());
    }

    @Test
    void suspendedListsLeechesAndUnsuspendBringsOneBack() throws Exception {
        Path db = profile();
        Run list = run("suspended", "--db", db.toString());
        assertEquals(0, list.exit(), list.err());
        assertEquals("""
                1 suspended question:
                mini/host-city  since 2024-07-05 09:00  leech
                  Which city hosted the 2024 summit?
                quizline suspended --unsuspend PACK/ID brings one back.
                """, list.out());
        Run lifted = run("suspended", "--db", db.toString(), "--unsuspend", "mini/host-city");
        assertEquals(0, lifted.exit(), lifted.err());
        assertEquals("Unsuspended mini/host-city: it is asked again when it is due.\n", lifted.out());
        assertEquals(
                "No suspended questions.\n",
                run("suspended", "--db", db.toString()).out());
        Run again = run("suspended", "--db", db.toString(), "--unsuspend", "mini/host-city");
        assertEquals(1, again.exit());
        assertEquals(
                "quizline: mini/host-city is not suspended (quizline suspended lists those that are)\n", again.err());
        Run bad = run("suspended", "--db", db.toString(), "--unsuspend", "host-city");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("PACK/ID"), bad.err());
    }

    @Test
    void unflagRemovesEveryFlagOfAQuestionWithTheSameIdRulesAsUnsuspend() throws Exception {
        Path db = profile();
        try (SqliteProgressStore store = SqliteProgressStore.open(db)) {
            store.flag(new ProgressStore.Flag(HOST_CITY, "", AT.plusSeconds(60)));
        }
        Run removed = run("flagged", "--db", db.toString(), "--unflag", "mini/host-city");
        assertEquals(0, removed.exit(), removed.err());
        assertEquals("Unflagged mini/host-city: its 2 flags are removed.\n", removed.out());
        Run left = run("flagged", "--db", db.toString());
        assertTrue(left.out().startsWith("1 flag:\ngone  q9  "), left.out());
        assertEquals(
                "Unflagged gone/q9: its flag is removed.\n",
                run("flagged", "--db", db.toString(), "--unflag", "gone/q9").out());

        Run again = run("flagged", "--db", db.toString(), "--unflag", "mini/host-city");
        assertEquals(1, again.exit());
        assertEquals("quizline: mini/host-city is not flagged (quizline flagged lists those that are)\n", again.err());
        Run bad = run("flagged", "--db", db.toString(), "--unflag", "mini/");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--unflag takes a pack and a question id, as listed: PACK/ID"), bad.err());
        Run none = run("flagged", "--db", dir.resolve("none.db").toString(), "--unflag", "mini/host-city");
        assertEquals(1, none.exit());
        assertFalse(Files.exists(dir.resolve("none.db")), "no profile is created to unflag nothing");
    }
}
