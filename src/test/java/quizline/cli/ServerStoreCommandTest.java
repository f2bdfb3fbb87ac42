package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quizline.PostgresServer;
import quizline.env.Env;

/** The commands on a profile kept on a PostgreSQL server (--store or QUIZLINE_STORE): export and import, stats and doctor, and
 * what is refused. */
class ServerStoreCommandTest {
    private static final Instant NOW = Instant.parse("2024-07-10T12:00:00Z");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put(
                Env.PACKS,
                Path.of("src/test/resources/packs/mini.json").toAbsolutePath().toString());
        env.putAll(extraEnv);
        CommandLine cli = Main.commandLine(new Env(env, Clock.fixed(NOW, ZoneOffset.UTC)), args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = cli.setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * A file's progress exported and imported into a student's profile on the server (twice: the second adds
     * nothing): stats says the same of both, and doctor finds the server's profile sound.
     */
    @Test
    void statsOfAProfileOnTheServerReadAsTheSameProfileInAFile() throws Exception {
        String url = PostgresServer.inSchema(PostgresServer.freshSchema(null));
        Path file = History.write(dir.resolve("p.db"));
        Path progress = dir.resolve("p.json");
        assertEquals(
                0,
                run(Map.of(), "export", "--progress", progress.toString(), "--db", file.toString())
                        .exit());
        Run imported = run(Map.of(), "import", "--progress", progress.toString(), "--store", url, "--profile", "ann");
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().startsWith("imported 4 reviews, "), imported.out());
        Run again = run(Map.of(), "import", "--progress", progress.toString(), "--store", url, "--profile", "ann");
        assertTrue(again.out().startsWith("imported 0 reviews (4 already there)"), again.out());
        Run fromFile = run(Map.of(), "stats", "--db", file.toString(), "--pack", "mini");
        Run fromServer = run(Map.of("QUIZLINE_STORE", url), "stats", "--profile", "ann", "--pack", "mini");
        assertEquals(0, fromServer.exit(), fromServer.err());
        assertTrue(fromFile.out().contains("Reviews today 3"), fromFile.out());
        assertEquals(fromFile.out(), fromServer.out());

        Run doctor = run(Map.of("QUIZLINE_STORE", url), "doctor", "--profile", "ann");
        assertEquals(0, doctor.exit(), doctor.out() + doctor.err());
        assertTrue(doctor.out().startsWith("ok: 0 differences"), doctor.out());

        Run another = run(Map.of(), "stats", "--store", url, "--profile", "bea", "--pack", "mini");
        assertEquals(0, another.exit(), another.err());
        assertTrue(another.out().contains("0 answers on 0 cards"), "another profile of the database: " + another.out());
    }

    @Test
    void aServerThatCannotBeReachedIsOneLineWithoutThePassword() {
        Run run = run(Map.of(), "stats", "--store", "jdbc:postgresql://127.0.0.1:1/class?user=ann&password=hunter2");
        assertEquals(1, run.exit());
        assertEquals(
                "quizline: jdbc:postgresql://127.0.0.1:1/class?user=ann: cannot open the progress database: cannot"
                        + " reach the server",
                run.err().substring(0, run.err().indexOf(" (")));
        assertFalse(run.err().contains("hunter2"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    /**
     * A login and password before the host, as psql takes them, are refused before anything connects, by every command
     * that takes --store, in one line that says where the login goes and shows no password.
     */
    @Test
    void aLoginBeforeTheHostIsRefusedWithoutShowingItsPassword() {
        String url = "jdbc:postgresql://ann:hunter2@127.0.0.1:1/class";
        for (String[] args : new String[][] {
            {"stats", "--store", url},
            {"packs", "--store", url},
            {"class", "report", "--pack", "mini", "--store", url},
            {"class", "publish", "src/test/resources/packs/mini.json", "--store", url}
        }) {
            Run run = run(Map.of(), args);
            assertEquals(2, run.exit(), args[0] + ": " + run.err());
            assertEquals(
                    "quizline: --store jdbc:postgresql://ann@127.0.0.1:1/class: the login goes in the URL as ?user=NAME"
                            + " (the password as &password=, in PGPASSWORD or in ~/.pgpass), not before the host\n",
                    run.err());
        }
        Run libpq = run(Map.of("QUIZLINE_STORE", "postgresql://ann:hunter2@db/class"), "stats");
        assertEquals(2, libpq.exit());
        assertEquals(
                "quizline: --store postgresql://ann@db/class: not a PostgreSQL address"
                        + " (jdbc:postgresql://HOST:PORT/DATABASE?user=NAME)\n",
                libpq.err());
    }

    @Test
    void whatIsNoServerOrTwoPlacesIsRefusedAsAUsageMistake() {
        Run notServer = run(Map.of("QUIZLINE_STORE", "mysql://h/db?password=hunter2"), "stats");
        assertEquals(2, notServer.exit());
        assertTrue(
                notServer.err().startsWith("quizline: --store mysql://h/db: not a PostgreSQL address"),
                notServer.err());

        Run both = run(Map.of(), "stats", "--db", "p.db", "--store", "jdbc:postgresql://127.0.0.1:1/class");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("--db and --store name two places for the progress"), both.err());
    }
}
