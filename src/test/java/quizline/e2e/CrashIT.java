package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    /** A running quizline fed an endless stream of answers ("1", then Enter for the grade). */
    private static final class Answering {
        final Process process;
        final CompletableFuture<String> out;
        /** Done at the first answer saved, or when the output ends. */
        final CompletableFuture<Void> answering = new CompletableFuture<>();

        Answering(Map<String, String> env, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Program.javaBinary(), "-jar", Program.JAR.toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).directory(Program.ROOT.toFile());
            builder.environment().clear();
            builder.environment().putAll(env);
            process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
            out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream(), answering));
            Thread feeder = new Thread(() -> feed(process.getOutputStream()));
            feeder.setDaemon(true);
            feeder.start();
        }

        private static void feed(OutputStream in) {
            try {
                while (true) {
                    in.write("1\n\n".getBytes(StandardCharsets.UTF_8));
                    in.flush();
                    Thread.sleep(3);
                }
            } catch (IOException | InterruptedException e) {
                // The process is gone: nothing more to feed.
            }
        }

        private static String readAll(InputStream in, CompletableFuture<Void> answering) {
            StringBuilder text = new StringBuilder();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    text.append(line).append('\n');
                    if (line.startsWith("Saved: ")) {
                        answering.complete(null);
                    }
                }
            } catch (IOException e) {
                // The process is gone: its output ends here.
            }
            answering.complete(null);
            return text.toString();
        }

        int acknowledged() {
            return (int) out.join().lines().filter(line -> line.startsWith("Saved: ")).count();
        }
    }

    private static int reviewsIn(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM review")) {
            return r.getInt(1);
        }
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            return r.getString(1);
        }
    }

    @Test
    void everyAcknowledgedAnswerSurvivesSigkill() throws Exception {
        Map<String, String> env = Program.environment(home);
        Path db = home.resolve("data/quizline/crash.db");
        Random random = new Random(SEED);
        int acknowledgedTotal = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Answering run = new Answering(env, "study", "--pack", "mini", "--profile", "crash");
            // The kill falls while it answers, however long a loaded machine takes to start it.
            run.answering.get(60, TimeUnit.SECONDS);
            Thread.sleep(random.nextInt(900));
            run.process.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
            assertTrue(run.process.waitFor(20, TimeUnit.SECONDS));
            acknowledgedTotal += run.acknowledged();
            int stored = reviewsIn(db);
            assertTrue(stored >= acknowledgedTotal, "round " + round + ": " + acknowledgedTotal
                    + " answers acknowledged but only " + stored + " stored");
            assertEquals("ok", integrity(db), "round " + round);
            // The store may hold one answer more than acknowledged (killed between commit and print); never less.
            acknowledgedTotal = stored;
        }
        assertTrue(acknowledgedTotal > ROUNDS, "the rounds answered too little to test anything: " + acknowledgedTotal);

        Program.Result resumed = Program.run(env, "1\n\n", "study", "--pack", "mini", "--profile", "crash");
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().contains("Saved: "), resumed.out());
        assertEquals(acknowledgedTotal + 1, reviewsIn(db));
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
        first.process.getOutputStream().close();
        second.process.getOutputStream().close();
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
