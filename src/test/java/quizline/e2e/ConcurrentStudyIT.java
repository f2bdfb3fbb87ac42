package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quizline.ReviewChain;

/**
 * Several real plain-mode sessions study one profile at once, each started again whenever it
 * finishes, for a few seconds. Every answer is kept, every review is scheduled from the state the
 * card's previous review left (whichever session saved it), no card is introduced as new twice,
 * and the doctor agrees.
 */
class ConcurrentStudyIT {
    private static final long RUN_MILLIS = 6_000;

    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    /** Runs sessions one after another until the deadline; returns the answers they acknowledged. */
    private static int studyUntil(Map<String, String> env, long deadline) {
        int acknowledged = 0;
        try {
            while (System.currentTimeMillis() < deadline) {
                Answering session = new Answering(env, "study", "--profile", "shared");
                while (session.process.isAlive() && System.currentTimeMillis() < deadline) {
                    session.process.waitFor(50, TimeUnit.MILLISECONDS);
                }
                session.endInput();
                assertTrue(session.process.waitFor(60, TimeUnit.SECONDS), "a session did not end");
                assertEquals(0, session.process.exitValue());
                acknowledged += session.acknowledged();
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return acknowledged;
    }

    @ParameterizedTest(name = "{0} sessions")
    @ValueSource(ints = {2, 4})
    void sessionsOnOneProfileKeepOneChainPerCard(int sessions) throws Exception {
        Map<String, String> env = Program.environment(home);
        Path db = home.resolve("data/quizline/shared.db");
        // Many new cards a day, so the sessions keep introducing cards the others are also about to.
        Program.Result config = Program.run(env, "", "config", "--profile", "shared", "new-per-day", "500");
        assertEquals(0, config.exit(), config.err());

        long deadline = System.currentTimeMillis() + RUN_MILLIS;
        ExecutorService threads = Executors.newFixedThreadPool(sessions);
        List<CompletableFuture<Integer>> workers = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            workers.add(CompletableFuture.supplyAsync(() -> studyUntil(env, deadline), threads));
        }
        List<Integer> acknowledged =
                workers.stream().map(CompletableFuture::join).toList();
        threads.shutdown();

        int reviews;
        int stale;
        int doublyNew;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            reviews = ReviewChain.count(c, "SELECT COUNT(*) FROM review");
            stale = ReviewChain.staleReviews(c);
            doublyNew = ReviewChain.doublyNew(c);
        }
        System.out.printf(
                "%d sessions, %d s: %d reviews (%s acknowledged), %d from a stale state, %d cards new twice%n",
                sessions, RUN_MILLIS / 1000, reviews, acknowledged, stale, doublyNew);
        assertTrue(acknowledged.stream().allMatch(n -> n > 0), "every session must have answered: " + acknowledged);
        assertEquals(acknowledged.stream().mapToInt(Integer::intValue).sum(), reviews);
        assertEquals(0, stale, "reviews scheduled from a state other than the card's previous review left");
        assertEquals(0, doublyNew, "cards introduced as new twice");

        Program.Result doctor = Program.run(env, "", "doctor", "--profile", "shared");
        assertEquals(0, doctor.exit(), doctor.err());
        assertTrue(doctor.out().startsWith("ok: 0 differences in "), doctor.out());
        assertFalse(doctor.out().contains("break"), doctor.out());
    }
}
