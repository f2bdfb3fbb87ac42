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
        Random random = new Random(SEED);
        int acknowledgedTotal = reviewsIn(db);
        for (int round = 0; round < ROUNDS; round++) {
            Answering run = new Answering(env, "study", "--pack", "mini", "--profile", "crash");
            // Killed while answering: some time after its first saved answer, however long start-up took.
            run.awaitFirstSave(30_000);
            Thread.sleep(random.nextInt(900));
            run.process.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
            assertTrue(run.process.waitFor(20, TimeUnit.SECONDS));
            acknowledgedTotal += run.acknowledged();
            int stored = reviewsIn(db);
            assertTrue(
                    stored >= acknowledgedTotal,
                    "round " + round + ": " + acknowledgedTotal + " answers acknowledged but only " + stored
                            + " stored");
            if (Files.exists(db)) {
                assertEquals("ok", integrity(db), "round " + round);
            }
            // The store may hold one answer more than acknowledged (killed between commit and print); never less.
            acknowledgedTotal = stored;
        }
        assertTrue(acknowledgedTotal > ROUNDS, "the rounds answered too little to test anything: " + acknowledgedTotal);

        Program.Result resumed = Program.run(env, "1\nt\n\n", "study", "--pack", "mini", "--profile", "crash");
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().contains("Saved: "), resumed.out());
        assertEquals(acknowledgedTotal + 1, reviewsIn(db));
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
        Map<String, String> env = Program.environment(home);
        Path db = home.resolve("data/quizline/shared.db");
        Program.Result init = Program.run(env, "", "config", "--profile", "shared");
        assertEquals(0, init.exit(), init.err());
        Answering first = new Answering(env, "study", "--pack", "mini", "--profile", "shared");
        Answering second = new Answering(env, "study", "--pack", "mini", "--profile", "shared");
        Thread.sleep(3000);
        first.endInput();
        second.endInput();
        assertTrue(first.process.waitFor(30, TimeUnit.SECONDS));
        assertTrue(second.process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, first.process.exitValue());
        assertEquals(0, second.process.exitValue());
        int acknowledged = first.acknowledged() + second.acknowledged();
        assertTrue(first.acknowledged() > 0 && second.acknowledged() > 0, "both sessions must have answered");
        assertEquals(acknowledged, reviewsIn(db));
        assertEquals("ok", integrity(db));
    }
}
