package quizline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.ReviewChain;
import quizline.TestClock;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.Response;
import quizline.schedule.CardState;
import quizline.schedule.Rating;
import quizline.store.SqliteProgressStore;

/**
 * A card whose last review lies in the future (the clock stepped back across midnight, or a
 * review imported with a later date): answering it is saved and scheduled, not a crash.
 */
class ClockSteppedBackTest {
    @TempDir
    Path dir;

    @Test
    void aCardLastReviewedAfterNowIsAnsweredAndSaved() throws Exception {
        Path file = dir.resolve("profile.db");
        Pack pack = new Pack(
                null,
                1,
                "p",
                "P",
                1,
                LocalDate.of(2024, 7, 1),
                null,
                List.of(),
                List.of(new Question.TrueFalse("q0", "Statement", true, List.of(), null, null, null)),
                List.of());
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            StudySession after = ConcurrentSessionsTest.start(
                    store,
                    pack,
                    new TestClock(java.time.Instant.parse("2024-07-06T00:02:00Z"), Duration.ofSeconds(1)),
                    1);
            answer(after, Rating.AGAIN);
            // Four minutes earlier, on the previous UTC date: the learning card is due within the
            // learn-ahead window, so it is asked.
            StudySession before = ConcurrentSessionsTest.start(
                    store,
                    pack,
                    new TestClock(java.time.Instant.parse("2024-07-05T23:58:00Z"), Duration.ofSeconds(1)),
                    1);
            answer(before, Rating.GOOD);
            assertEquals(
                    CardState.LEARNING,
                    store.cards().values().iterator().next().card().state());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(2, ReviewChain.count(db, "SELECT COUNT(*) FROM review"));
            assertEquals(0, ReviewChain.staleReviews(db));
        }
    }

    private static void answer(StudySession session, Rating rating) {
        session.current().orElseThrow();
        session.shown();
        session.submit(new Response.Judgement(true));
        session.grade(rating);
    }
}
