package quizline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.Response;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Fsrs6;
import quizline.schedule.Rating;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.SqliteProgressStore;

/** The keys of the grade prompt as the session carries them out, on a clock the test sets. */
class StudySessionTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final StudyRules RULES = StudyRules.DEFAULTS.withOrder(true, false);

    private static Pack pack() {
        return new Pack(
                null,
                1,
                "p",
                "P",
                1,
                LocalDate.of(2024, 7, 1),
                null,
                List.of(),
                List.of(
                        new Question.TrueFalse("q0", "Statement 0", true, List.of(), null, null, null),
                        new Question.TrueFalse("q1", "Statement 1", true, List.of(), null, null, null)),
                List.of());
    }

    private static StudySession session(ProgressStore store, Clock clock) {
        Instant now = clock.instant();
        ProgressStore.Today today = new ProgressStore.Today(RULES.dayStart(now, PARIS), Set.of("p"));
        StudyQueue queue = new StudyQueue(
                StudyQueue.select(List.of(pack()), null, null),
                Map.of(),
                RULES,
                store.counts(today),
                today,
                RULES.dayEnd(now, PARIS),
                100);
        return new StudySession(queue, new Fsrs6(), store, clock, RULES);
    }

    private static void answer(StudySession session) {
        session.current().orElseThrow();
        session.submit(new Response.Judgement(true));
    }

    /** What waits for the first question (the open's check) starts once it is on screen, and only once. */
    @Test
    void workPutOffForTheFirstQuestionRunsOnceItIsShownAndNeverAgain() {
        StudySession session =
                session(SqliteProgressStore.inMemory(), Clock.fixed(Instant.parse("2024-07-05T09:00:00Z"), PARIS));
        List<String> ran = new java.util.ArrayList<>();
        session.onFirstShown(
                () -> ran.add(session.current().orElseThrow().question().id()));
        session.current().orElseThrow();
        assertEquals(List.of(), ran, "not before the question is on screen");
        session.shown();
        answer(session);
        session.grade(Rating.GOOD);
        session.current().orElseThrow();
        session.shown();
        assertEquals(List.of("q0"), ran);
    }

    @Test
    void buryLastsUntilTheNextStudyDayStartsAndTheQuestionLeavesTheSession() {
        // 01:30 in Paris on 6 July still belongs to the study day of 5 July, which ends at 04:00 on the 6th.
        Clock clock = Clock.fixed(Instant.parse("2024-07-05T23:30:00Z"), PARIS);
        SqliteProgressStore store = SqliteProgressStore.inMemory();
        StudySession session = session(store, clock);
        answer(session);
        StudySession.Buried buried = session.bury();
        assertEquals(Optional.of(Instant.parse("2024-07-06T02:00:00Z")), buried.until());
        assertEquals(Rating.GOOD, buried.answer().rating(), "saved with the suggested grade");
        assertEquals("q1", session.current().orElseThrow().question().id());
        // The buried card is in learning steps, yet neither asked again nor counted.
        assertEquals(new Queue.Left(1, 0), session.left());
        assertEquals(Set.of(new CardKey("p", "q0")), store.buried(Instant.parse("2024-07-06T01:59:00Z")));
    }

    @Test
    void suspendingAndUndoingPutsTheQuestionBack() {
        SqliteProgressStore store = SqliteProgressStore.inMemory();
        StudySession session = session(store, Clock.fixed(Instant.parse("2024-07-05T09:00:00Z"), PARIS));
        answer(session);
        session.suspend();
        assertEquals(StudySession.Aside.SUSPENDED, session.lastAside());
        assertEquals(Set.of(new CardKey("p", "q0")), store.suspended().keySet());
        assertEquals(new Queue.Left(1, 0), session.left());
        answer(session);
        StudySession.Undone undone = session.undo().orElseThrow();
        assertEquals("q0", undone.item().question().id());
        assertTrue(undone.keptWaiting());
        assertEquals(StudySession.Aside.SUSPENDED, undone.aside());
        assertEquals(Map.of(), store.suspended());
        assertTrue(session.judged().isEmpty(), "the question taken back is asked afresh");
        // Leaving now keeps the answer that waited, with its suggestion; the one taken back was never answered again.
        assertEquals(
                List.of("q1"),
                session.gradePendingWithSuggestion().stream()
                        .map(r -> r.key().questionId())
                        .toList());
        assertEquals(1, store.reviews().size());
    }

    @Test
    void anAnswerKeptThroughAnUndoComesBackJudgedAfterTheQuestionTakenBack() {
        SqliteProgressStore store = SqliteProgressStore.inMemory();
        StudySession session = session(store, Clock.fixed(Instant.parse("2024-07-05T09:00:00Z"), PARIS));
        answer(session);
        session.grade(Rating.HARD);
        answer(session);
        session.undo();
        answer(session);
        session.grade(Rating.GOOD);
        assertEquals("q1", session.current().orElseThrow().question().id());
        assertEquals(Rating.GOOD, session.judged().orElseThrow().suggested());
        session.grade(Rating.EASY);
        assertEquals(
                List.of("q0 GOOD", "q1 EASY"),
                store.reviews().stream()
                        .map(r -> r.key().questionId() + " " + r.rating())
                        .toList());
    }

    @Test
    void aLeechAtTheLimitThenEveryHalfLimitOfLapsesAfter() {
        assertTrue(StudySession.becomesLeech(lapsed(7), lapsed(8), 8));
        assertFalse(StudySession.becomesLeech(lapsed(8), lapsed(9), 8));
        assertTrue(StudySession.becomesLeech(lapsed(11), lapsed(12), 8));
        assertFalse(StudySession.becomesLeech(lapsed(8), lapsed(8), 8), "a review that is no lapse");
        assertTrue(StudySession.becomesLeech(lapsed(1), lapsed(2), 1), "a limit of 1: every lapse");
    }

    private static Card lapsed(int lapses) {
        Instant at = Instant.parse("2024-07-05T09:00:00Z");
        return new Card(CardState.RELEARNING, 0, 1, 5, 0, at, at.plus(Duration.ofMinutes(10)), 10, lapses, 0, 1);
    }
}
