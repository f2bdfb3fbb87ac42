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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quizline.env.Env;
import quizline.store.SqliteProgressStore;

/** {@code quizline stats} in-process, with "today" pinned and the test pack loaded. */
class StatsCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run stats(Map<String, String> extraEnv, String... args) {
        StatsCommand command = new StatsCommand();
        Map<String, String> env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put(
                Env.PACKS,
                Path.of("src/test/resources/packs/mini.json").toAbsolutePath().toString());
        env.putAll(extraEnv);
        command.env = new Env(env, Clock.fixed(Instant.parse("2024-07-10T12:00:00Z"), ZoneOffset.UTC));
        command.terminal = () -> false;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine().getSubcommands().get("stats");
        int exit = new CommandLine(command)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(cli.getExecutionExceptionHandler())
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void showsThePacksFiguresWithPromptsAndBothCharts() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        Run run = stats(Map.of(), "--db", db.toString(), "--pack", "mini");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.startsWith("""
                quizline stats · pack mini · 2024-07-10
                Reviews today 3 · streak 2 days · 4 answers on 2 cards
                True retention 7d 0% (0/1) · 30d 0% (0/1)
                """), out);
        assertTrue(out.contains("""
                Due in the next 30 days: 2 cards
                1 |#       #
                """), out);
        assertTrue(out.contains("0 +------------------------------------------------------------\n"), out);
        assertTrue(out.contains("""
                Reviews in the last 12 weeks: 4 answers · busiest day 3
                    Apr   May         Jun         Jul
                Mon .. .. .. .. .. .. .. .. .. .. .. ..
                    .. .. .. .. .. .. .. .. .. .. .. ++
                Wed .. .. .. .. .. .. .. .. .. .. .. ##
                """), out);
        assertTrue(out.contains("""
                Accuracy by tag, weakest first
                  hosts  50%  1 of 2
                  dates 100%  2 of 2
                """), out);
        assertTrue(out.contains("  mini/host-city · 1 lapse · 1/2 right · Which city hosted the 2024 summit?\n"), out);
        for (String line : out.split("\n")) {
            assertTrue(line.length() <= 80, line);
        }
    }

    @Test
    void columnsSetsThePlainWidth() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        Run run = stats(Map.of("COLUMNS", "40"), "--db", db.toString());
        assertEquals(0, run.exit(), run.err());
        for (String line : run.out().split("\n")) {
            assertTrue(line.length() <= 40, line);
        }
        assertTrue(run.out().contains("0 +------------------------------\n"), run.out());
    }

    @Test
    void noDatabaseYetShowsAnEmptyHistoryAndCreatesNothing() {
        Path db = dir.resolve("none.db");
        Run run = stats(Map.of(), "--db", db.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Reviews today 0 · streak 0 days · 0 answers on 0 cards"), run.out());
        assertTrue(run.out().contains("Due in the next 30 days: nothing"), run.out());
        assertFalse(Files.exists(db));
    }

    @Test
    void anUnknownPackWithoutHistoryIsAnError() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        Run run = stats(Map.of(), "--db", db.toString(), "--pack", "nope");
        assertEquals(1, run.exit());
        assertEquals(
                "quizline: no pack with id \"nope\" and no progress for one (loaded: sco-summits, mini)\n", run.err());
    }

    @Test
    void showsTheWeightsInUseWhenTheyWereFittedAndHowTheirPredictionsCameOut() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        Run defaults = stats(Map.of(), "--db", db.toString());
        assertTrue(defaults.out().contains("Scheduler: FSRS-6 with the published default weights"), defaults.out());
        // The one review on a later day: Again a day after Good, which the defaults predicted at 94.7 %.
        assertTrue(
                defaults.out().contains("Calibration of the weights in use, on 1 review on a later day"),
                defaults.out());
        assertTrue(defaults.out().contains("  90-95%        1     94.7%     0.0%"), defaults.out());

        String weights = "0.5,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,"
                + "0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542";
        try (SqliteProgressStore store = SqliteProgressStore.open(db)) {
            store.putSetting("fsrs-params", weights);
            store.putSetting("fsrs-fitted", "2024-07-10 11:00Z, 812 reviews");
        }
        Run fitted = stats(Map.of(), "--db", db.toString());
        assertTrue(
                fitted.out().contains("Scheduler: FSRS-6 with weights fitted 2024-07-10 11:00Z, 812 reviews:"),
                fitted.out());
        assertTrue(fitted.out().contains("0.5, 1.2931, 2.3065"), fitted.out());
    }
}
