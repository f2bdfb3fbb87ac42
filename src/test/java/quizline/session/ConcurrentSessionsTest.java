package quizline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import quizline.ReviewChain;
import quizline.TestClock;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.Response;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Fsrs6;
import quizline.schedule.Rating;
import quizline.store.Backend;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.UndoRefused;

/**
 * Two sessions on one profile, each with its own connection (to a SQLite file, or to a PostgreSQL server), answering in turn: every review
 * must be scheduled from the state the other session left, and no card is new twice.
 */
class ConcurrentSessionsTest {
    private static final Instant START = Instant.parse("2024-07-05T09:00:00Z");

    @TempDir
    Path dir;

    private static Pack pack(int questions) {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            qs.add(new Question.TrueFalse("q" + i, "Statement " + i, true, List.of(), null, null, null));
        }
        return new Pack(null, 1, "p", "P", 1, LocalDate.of(2024, 7, 1), null, List.of(), qs, List.of());
    }

    /** A session started the way {@code study} starts one: the card states read once, at the start. */
    static StudySession start(ProgressStore store, Pack pack, TestClock clock) {
        return start(store, pack, clock, StudyRules.DEFAULTS.newPerDay());
    }

    static StudySession start(ProgressStore store, Pack pack, TestClock clock, int newPerDay) {
        Map<CardKey, Card> states = new HashMap<>();
        store.cards().forEach((key, progress) -> states.put(key, progress.card()));
        StudyRules d = StudyRules.DEFAULTS;
        StudyRules rules =
                new StudyRules(newPerDay, d.reviewsPerDay(), d.dayStartsAt(), d.learnAhead(), d.leechLapses());
        Instant now = clock.instant();
        StudyQueue queue = new StudyQueue(
                StudyQueue.select(List.of(pack), null, null),
                states,
                rules,
                store.counts(new ProgressStore.Today(rules.dayStart(now, ZoneOffset.UTC), java.util.Set.of(pack.id()))),
                new ProgressStore.Today(rules.dayStart(now, ZoneOffset.UTC), java.util.Set.of(pack.id())),
                rules.dayEnd(now, ZoneOffset.UTC),
                100);
        return new StudySession(queue, new Fsrs6(), store, clock, rules);
    }

    /** Answers the current question right (true) and grades it. */
    private static void answer(StudySession session, Rating rating) {
        session.current().orElseThrow();
        session.shown();
        session.submit(new Response.Judgement(true));
        session.grade(rating);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void interleavedSessionsScheduleFromEachOthersStates(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        Pack pack = pack(4);
        TestClock clock = new TestClock(START, Duration.ofSeconds(3));
        try (ProgressStore a = profile.open();
                ProgressStore b = profile.open()) {
            StudySession first = start(a, pack, clock);
            StudySession second = start(b, pack, clock);
            Rating[] ratings = {Rating.GOOD, Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY, Rating.GOOD};
            for (int i = 0; i < 12; i++) {
                answer(i % 2 == 0 ? first : second, ratings[i % ratings.length]);
            }
        }
        try (Connection db = profile.connect()) {
            assertEquals(12, ReviewChain.count(db, "SELECT COUNT(*) FROM review"));
            assertEquals(
                    0,
                    ReviewChain.staleReviews(db),
                    "reviews scheduled from a state other than the previous review left");
            assertEquals(0, ReviewChain.doublyNew(db), "cards introduced as new twice");
            assertEquals(4, ReviewChain.count(db, "SELECT COUNT(*) FROM card"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theDailyNewCardLimitCountsBothSessions(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        Pack pack = pack(6);
        TestClock clock = new TestClock(START, Duration.ofSeconds(3));
        try (ProgressStore a = profile.open();
                ProgressStore b = profile.open()) {
            StudySession first = start(a, pack, clock, 2);
            StudySession second = start(b, pack, clock, 2);
            answer(first, Rating.EASY);
            answer(first, Rating.EASY);
            // The second session still believes q0 is new; it was introduced by the first, so it is not new again.
            answer(second, Rating.EASY);
            assertTrue(second.current().isEmpty(), "the day's two new cards are used up by the first session");
        }
        try (Connection db = profile.connect()) {
            assertEquals(
                    2,
                    ReviewChain.count(db, "SELECT COUNT(DISTINCT question_id) FROM review WHERE state_before = 'new'"));
            assertEquals(0, ReviewChain.staleReviews(db));
            assertEquals(0, ReviewChain.doublyNew(db));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void undoIsRefusedOnceAnotherSessionAnsweredTheQuestion(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        Pack pack = pack(1);
        TestClock clock = new TestClock(START, Duration.ofSeconds(3));
        try (ProgressStore a = profile.open();
                ProgressStore b = profile.open()) {
            StudySession first = start(a, pack, clock);
            StudySession second = start(b, pack, clock);
            answer(first, Rating.AGAIN);
            answer(second, Rating.GOOD);
            Map<CardKey, ProgressStore.CardProgress> before = a.cards();
            UndoRefused refused = assertThrows(UndoRefused.class, first::undo);
            assertEquals(
                    "Cannot undo: another session has answered p/q0 since; both answers stay.", refused.getMessage());
            assertEquals(before, a.cards());
            assertEquals(1, first.answered());
            // The session that answered last can still take its answer back: the card returns to what the first left.
            second.undo();
            assertEquals(
                    CardState.LEARNING,
                    a.cards().get(new CardKey("p", "q0")).card().state());
        }
        try (Connection db = profile.connect()) {
            assertEquals(1, ReviewChain.count(db, "SELECT COUNT(*) FROM review"));
        }
    }
}
