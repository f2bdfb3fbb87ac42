package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.PostgresServer;

/**
 * Progress is never lost: the real program is killed with SIGKILL at random moments while it
 * answers, and every answer it acknowledged ("Saved: …") must be in the database afterwards.
 */
class CrashIT {
    private static final int ROUNDS = 30;
    private static final long SEED = 20241125L;
    /**
     * A profile the SIGKILL test starts from instead of none, when {@code -Dquizline.crash.profile=FILE} names one
     * (a copy is used): to run it once by hand at scale, on a profile of a million reviews made by {@code ./bench scale}.
     */
    private static final String START_PROFILE = System.getProperty("quizline.crash.profile");

    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    /** Reviews stored; 0 when the program was killed before it made the database. */
    private static int reviewsIn(Path db) throws Exception {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM review")) {
            return r.getInt(1);
        }
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            return r.getString(1);
        }
    }

    @Test
    void everyAcknowledgedAnswerSurvivesSigkill() throws Exception {
        Map<String, String> env = Program.environment(home);
        Path db = home.resolve("data/quizline/crash.db");
        if (START_PROFILE != null) {
            Files.createDirectories(db.getParent());
            Files.copy(Path.of(START_PROFILE), db);
        }
        killedWhileAnswering(env, ROUNDS, () -> reviewsIn(db), () -> assertIntegrity(db), "--profile", "crash");
    }

    /** The same on a PostgreSQL server: a profile in a database, the client killed mid-answer. */
    @Test
    void everyAcknowledgedAnswerSurvivesSigkillOnAServer() throws Exception {
        String url = PostgresServer.inSchema(PostgresServer.freshSchema(null));
        killedWhileAnswering(
                Program.environment(home),
                ROUNDS / 3,
                () -> serverReviews(url, "crash"),
                () -> {},
                "--store",
                url,
                "--profile",
                "crash");
    }

    private interface Check {
        void run() throws Exception;
    }

    private interface Count {
        int get() throws Exception;
    }

    private static void assertIntegrity(Path db) throws Exception {
        if (Files.exists(db)) {
            assertEquals("ok", integrity(db));
        }
    }

    /** The reviews of {@code profile} on the server; 0 when the program was killed before it made the tables. */
    private static int serverReviews(String url, String profile) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                java.sql.PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM review WHERE profile = ?")) {
            p.setString(1, profile);
            ResultSet r = p.executeQuery();
            r.next();
            return r.getInt(1);
        } catch (java.sql.SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0;
            }
            throw e;
        }
    }

    /**
     * {@code rounds} times: a study session on the profile {@code where} names, killed with SIGKILL at a seeded moment
     * after its first saved answer; every answer it acknowledged must be stored. Then a session resumes and saves.
     */
    private static void killedWhileAnswering(
            Map<String, String> env, int rounds, Count reviews, Check check, String... where) throws Exception {
        String[] study = Stream.concat(Stream.of("study", "--pack", "mini"), Stream.of(where))
                .toArray(String[]::new);
        Random random = new Random(SEED);
        int acknowledgedTotal = reviews.get();
        for (int round = 0; round < rounds; round++) {
            Answering run = new Answering(env, study);
            // Killed while answering: some time after its first saved answer, however long start-up took.
            run.awaitFirstSave(30_000);
            Thread.sleep(random.nextInt(900));
            run.process.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
            assertTrue(run.process.waitFor(20, TimeUnit.SECONDS));
            acknowledgedTotal += run.acknowledged();
            int stored = reviews.get();
            assertTrue(
                    stored >= acknowledgedTotal,
                    "round " + round + ": " + acknowledgedTotal + " answers acknowledged but only " + stored
                            + " stored");
            check.run();
            // The store may hold one answer more than acknowledged (killed between commit and print); never less.
            acknowledgedTotal = stored;
        }
        assertTrue(acknowledgedTotal > rounds, "the rounds answered too little to test anything: " + acknowledgedTotal);

        Program.Result resumed = Program.run(env, "1\nt\n\n", study);
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().contains("Saved: "), resumed.out());
        assertEquals(acknowledgedTotal + 1, reviews.get());
    }

    /**
     * A new profile killed while it is being made, at seeded moments from its first file appearing
     * on: the next command studies in it (or makes it afresh) and the doctor finds it healthy.
     */
    @Test
    void aProfileKilledWhileBeingCreatedStillWorks() throws Exception {
        Map<String, String> env = Program.environment(home);
        Path folder = home.resolve("data/quizline");
        Random random = new Random(SEED);
        for (int round = 0; round < 6; round++) {
            String profile = "new" + round;
            Answering run = new Answering(env, "study", "--pack", "mini", "--profile", profile);
            long waitUntil = System.currentTimeMillis() + 60_000;
            while (!anyFileFor(folder, profile) && run.process.isAlive() && System.currentTimeMillis() < waitUntil) {
                Thread.sleep(1);
            }
            Thread.sleep(random.nextInt(60));
            run.process.destroyForcibly();
            assertTrue(run.process.waitFor(20, TimeUnit.SECONDS));

            Program.Result next = Program.run(env, "1\nt\n\n", "study", "--pack", "mini", "--profile", profile);
            assertEquals(0, next.exit(), "round " + round + ": " + next.err());
            assertTrue(next.out().contains("Saved: "), next.out());
            Program.Result doctor = Program.run(env, "", "doctor", "--profile", profile);
            assertEquals(0, doctor.exit(), "round " + round + ": " + doctor.out() + doctor.err());
            assertTrue(doctor.out().startsWith("ok: 0 differences"), doctor.out());
        }
    }

    private static boolean anyFileFor(Path folder, String profile) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().contains(profile + ".db"));
        }
    }

    @Test
    void twoSessionsOnOneProfileBothKeepEveryAnswer() throws Exception {
        Path db = home.resolve("data/quizline/shared.db");
        twoSessions(() -> reviewsIn(db), "--profile", "shared");
        assertEquals("ok", integrity(db));
    }

    @Test
    void twoSessionsOnOneProfileOnAServerBothKeepEveryAnswer() throws Exception {
        String url = PostgresServer.inSchema(PostgresServer.freshSchema(null));
        twoSessions(() -> serverReviews(url, "shared"), "--store", url, "--profile", "shared");
    }

    /** Two sessions of one profile answering at once: every answer of both stored. */
    private void twoSessions(Count reviews, String... where) throws Exception {
        Map<String, String> env = Program.environment(home);
        Program.Result init = Program.run(
                env, "", Stream.concat(Stream.of("config"), Stream.of(where)).toArray(String[]::new));
        assertEquals(0, init.exit(), init.err());
        String[] study = Stream.concat(Stream.of("study", "--pack", "mini"), Stream.of(where))
                .toArray(String[]::new);
        Answering first = new Answering(env, study);
        Answering second = new Answering(env, study);
        Thread.sleep(3000);
        first.endInput();
        second.endInput();
        assertTrue(first.process.waitFor(30, TimeUnit.SECONDS));
        assertTrue(second.process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, first.process.exitValue());
        assertEquals(0, second.process.exitValue());
        int acknowledged = first.acknowledged() + second.acknowledged();
        assertTrue(first.acknowledged() > 0 && second.acknowledged() > 0, "both sessions must have answered");
        assertEquals(acknowledged, reviews.get());
    }
}
