package quizline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.SourceRef;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.store.CardKey;
import quizline.store.ProgressStore;

class StudyQueueTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2024-07-05T09:00:00Z");

    private static Pack pack(int questions) {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            qs.add(new Question.TrueFalse(
                    "q" + i, "Statement " + i, true, List.of(i % 2 == 0 ? "even" : "odd"), null, null, null));
        }
        return new Pack(null, 1, "p", "P", 1, java.time.LocalDate.of(2024, 7, 1), null, List.of(), qs, List.of());
    }

    private static CardKey key(int i) {
        return new CardKey("p", "q" + i);
    }

    private static Card review(Instant due) {
        return new Card(CardState.REVIEW, 0, 5, 5, 0, due.minus(Duration.ofDays(5)), due, 3, 0, 5, 1);
    }

    private static Card learning(Instant due) {
        return new Card(CardState.LEARNING, 1, 1, 5, 0, due.minus(Duration.ofMinutes(10)), due, 1, 0, 0, 1);
    }

    private static StudyQueue queue(
            Pack pack, Map<CardKey, Card> states, StudyRules rules, ProgressStore.DayCounts used, int cap) {
        return queue(pack, states, null, rules, used, cap);
    }

    /** The queue of the pack's questions today; {@code started} null: told by {@code states} alone. */
    private static StudyQueue queue(
            Pack pack,
            Map<CardKey, Card> states,
            java.util.Set<CardKey> started,
            StudyRules rules,
            ProgressStore.DayCounts used,
            int cap) {
        List<StudyItem> items = StudyQueue.select(List.of(pack), null, null);
        ProgressStore.Today today = new ProgressStore.Today(rules.dayStart(NOW, PARIS), java.util.Set.of(pack.id()));
        Instant dayEnd = rules.dayEnd(NOW, PARIS);
        return started == null
                ? new StudyQueue(items, states, rules, used, today, dayEnd, cap)
                : new StudyQueue(items, states, started, rules, used, today, dayEnd, cap);
    }

    private static List<String> drain(StudyQueue q, Instant now, int max) {
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            Optional<StudyItem> next = q.next(now);
            if (next.isEmpty()) {
                break;
            }
            asked.add(next.get().question().id());
            // Graduate each card so it leaves the queue.
            q.answered(next.get().key(), q.card(next.get().key()), review(now.plus(Duration.ofDays(3))), Verdict.RIGHT);
        }
        return asked;
    }

    /** Two reviews due, one overdue by days, a learning card due and a review due in four days. */
    private static Map<CardKey, Card> mixed() {
        Map<CardKey, Card> states = new HashMap<>();
        states.put(key(3), review(NOW.minus(Duration.ofDays(1))));
        states.put(key(5), review(NOW.minus(Duration.ofDays(9))));
        states.put(key(7), learning(NOW.minus(Duration.ofMinutes(2))));
        states.put(key(8), review(NOW.plus(Duration.ofDays(4))));
        return states;
    }

    @Test
    void learningFirstThenMostOverdueReviewsThenNewInPackOrder() {
        StudyQueue q = queue(pack(10), mixed(), PACK_ORDER, new ProgressStore.DayCounts(0, 0), 100);
        assertEquals(List.of("q7", "q5", "q3", "q0", "q1", "q2", "q4", "q6", "q9"), drain(q, NOW, 20));
    }

    /**
     * Made from the states of the cards in play alone, as a study starts: a card started but not in play (its state not
     * read) is neither asked nor taken for new, and the queue asks what it asks from every state.
     */
    @Test
    void theCardsInPlayAndTheKeysOfTheStartedOnesMakeTheSameQueueAsEveryState() {
        Map<CardKey, Card> every = mixed();
        Map<CardKey, Card> inPlay = new HashMap<>(every);
        inPlay.remove(key(8));
        StudyQueue q = queue(pack(10), inPlay, every.keySet(), PACK_ORDER, new ProgressStore.DayCounts(0, 0), 100);
        assertEquals(3, q.dueToday());
        assertEquals(List.of("q7", "q5", "q3", "q0", "q1", "q2", "q4", "q6", "q9"), drain(q, NOW, 20));
    }

    @Test
    void dailyLimitsCountWhatWasDoneEarlierToday() {
        StudyRules rules = new StudyRules(3, 1, LocalTime.of(4, 0), Duration.ofMinutes(20), 8, true, false);
        Map<CardKey, Card> states = new HashMap<>();
        states.put(key(0), review(NOW.minus(Duration.ofDays(2))));
        states.put(key(1), review(NOW.minus(Duration.ofDays(1))));
        StudyQueue q = queue(pack(8), states, rules, new ProgressStore.DayCounts(1, 0), 100);
        // One review allowed (the more overdue), and two of the three new cards (one was seen today).
        assertEquals(List.of("q0", "q2", "q3"), drain(q, NOW, 20));
    }

    @Test
    void sessionCapLimitsDifferentCards() {
        StudyQueue q = queue(pack(10), Map.of(), StudyRules.DEFAULTS, new ProgressStore.DayCounts(0, 0), 4);
        assertEquals(4, q.remaining(NOW));
        assertEquals(4, drain(q, NOW, 20).size());
    }

    @Test
    void aReviewDueLaterTodayIsDueButTomorrowIsNot() {
        // The day runs 04:00–04:00 Paris time: 02:30 Paris on the 6th (00:30 UTC) is still the 5th's day.
        Map<CardKey, Card> states = new HashMap<>();
        states.put(key(0), review(Instant.parse("2024-07-06T00:30:00Z")));
        states.put(key(1), review(Instant.parse("2024-07-06T02:30:00Z")));
        StudyQueue q = queue(pack(2), states, StudyRules.DEFAULTS, new ProgressStore.DayCounts(0, 0), 100);
        assertEquals(1, q.dueToday());
        assertEquals(List.of("q0"), drain(q, NOW, 20));
    }

    @Test
    void dayStartsAtFourLocalTime() {
        StudyRules rules = StudyRules.DEFAULTS;
        assertEquals(
                Instant.parse("2024-07-04T02:00:00Z"), rules.dayStart(Instant.parse("2024-07-05T01:59:00Z"), PARIS));
        assertEquals(
                Instant.parse("2024-07-05T02:00:00Z"), rules.dayStart(Instant.parse("2024-07-05T02:00:00Z"), PARIS));
        assertEquals(Instant.parse("2024-07-06T02:00:00Z"), rules.dayEnd(NOW, PARIS));
        // Across the autumn clock change the day is 25 hours long and still ends at 04:00.
        assertEquals(Instant.parse("2024-10-28T03:00:00Z"), rules.dayEnd(Instant.parse("2024-10-27T12:00:00Z"), PARIS));
    }

    /**
     * A day that starts at 02:30 in Paris, on the spring-forward night when 02:30 does not exist:
     * at 03:10 the day that began at 02:30 yesterday is still on (today's begins at 03:30), so the
     * daily limits keep counting instead of starting afresh from a start still to come.
     */
    @Test
    void aDayStartInTheSpringForwardGapNeverLiesAfterNow() {
        StudyRules rules = new StudyRules(20, 200, LocalTime.of(2, 30), Duration.ofMinutes(20), 8);
        Instant tenPastThree = Instant.parse("2024-03-31T01:10:00Z"); // 03:10 CEST
        assertEquals(Instant.parse("2024-03-30T01:30:00Z"), rules.dayStart(tenPastThree, PARIS));
        assertEquals(Instant.parse("2024-03-31T01:30:00Z"), rules.dayEnd(tenPastThree, PARIS));
        Instant twentyToFour = Instant.parse("2024-03-31T01:40:00Z"); // 03:40 CEST
        assertEquals(Instant.parse("2024-03-31T01:30:00Z"), rules.dayStart(twentyToFour, PARIS));
    }

    @Test
    void learningCardsComeBackWhenDueOrWithinTheLearnAheadWindow() {
        StudyQueue q = queue(pack(1), Map.of(), StudyRules.DEFAULTS, new ProgressStore.DayCounts(0, 0), 100);
        StudyItem first = q.next(NOW).orElseThrow();
        q.answered(first.key(), q.card(first.key()), learning(NOW.plus(Duration.ofMinutes(30))), Verdict.WRONG);
        assertTrue(q.next(NOW).isEmpty(), "30 minutes away is beyond the 20-minute window");
        assertEquals(
                "q0",
                q.next(NOW.plus(Duration.ofMinutes(11)))
                        .orElseThrow()
                        .question()
                        .id());
        assertEquals(1, q.remaining(NOW));
    }

    @Test
    void undoRestoresStateLimitsAndAsksTheSameQuestion() {
        StudyRules rules = new StudyRules(1, 200, LocalTime.of(4, 0), Duration.ofMinutes(20), 8);
        StudyQueue q = queue(pack(3), Map.of(), rules, new ProgressStore.DayCounts(0, 0), 100);
        StudyItem first = q.next(NOW).orElseThrow();
        q.answered(first.key(), q.card(first.key()), review(NOW.plus(Duration.ofDays(2))), Verdict.RIGHT);
        assertTrue(q.next(NOW).isEmpty(), "the one new card of the day is used");
        q.undo();
        assertEquals(first, q.next(NOW).orElseThrow());
        assertEquals(CardState.NEW, q.card(first.key()).state());
    }

    @Test
    void cramAsksEverythingAndRepeatsMissedQuestions() {
        Map<CardKey, Card> states = Map.of(key(0), review(NOW.plus(Duration.ofDays(30))));
        CramQueue q = new CramQueue(StudyQueue.select(List.of(pack(3)), null, "even"), states, 10);
        List<String> asked = new ArrayList<>();
        Verdict[] verdicts = {Verdict.WRONG, Verdict.RIGHT, Verdict.RIGHT};
        for (Verdict v : verdicts) {
            StudyItem item = q.next(NOW).orElseThrow();
            asked.add(item.question().id());
            q.answered(item.key(), q.card(item.key()), q.card(item.key()), v);
        }
        assertEquals(List.of("q0", "q2", "q0"), asked);
        assertTrue(q.next(NOW).isEmpty());
        assertEquals(states.get(key(0)), q.card(key(0)));
    }

    @Test
    void aCardGradedAgainDoesNotComeStraightBackWhileOthersWait() {
        StudyQueue q = queue(pack(3), Map.of(), StudyRules.DEFAULTS, new ProgressStore.DayCounts(0, 0), 100);
        StudyItem first = q.next(NOW).orElseThrow();
        q.answered(first.key(), q.card(first.key()), learning(NOW.plus(Duration.ofMinutes(1))), Verdict.WRONG);
        // Reading the feedback took two minutes: the card is due again, but two others wait.
        StudyItem second = q.next(NOW.plus(Duration.ofMinutes(2))).orElseThrow();
        assertTrue(!second.equals(first), "the card just failed came straight back");
    }

    @Test
    void aLearningCardShownBeforeItIsDueSaysWhy() {
        StudyQueue q = queue(pack(2), Map.of(), StudyRules.DEFAULTS, new ProgressStore.DayCounts(0, 0), 100);
        StudyItem first = q.next(NOW).orElseThrow();
        assertTrue(q.early().isEmpty());
        q.answered(first.key(), q.card(first.key()), learning(NOW.plus(Duration.ofMinutes(10))), Verdict.RIGHT);
        StudyItem second = q.next(NOW).orElseThrow();
        assertTrue(q.early().isEmpty(), "a new card is not early");
        q.answered(second.key(), q.card(second.key()), learning(NOW.plus(Duration.ofMinutes(5))), Verdict.RIGHT);
        // Nothing else is due: the first card comes 10 minutes early and the queue says so.
        assertEquals(first, q.next(NOW).orElseThrow());
        assertEquals(Optional.of("nothing else is due"), q.early());
    }

    @Test
    void whatIsLeftNeverGrowsWithLearningSteps() {
        StudyQueue q = queue(pack(3), Map.of(), StudyRules.DEFAULTS, new ProgressStore.DayCounts(0, 0), 100);
        assertEquals(new Queue.Left(3, 0), q.left(NOW));
        StudyItem first = q.next(NOW).orElseThrow();
        q.answered(first.key(), q.card(first.key()), learning(NOW.plus(Duration.ofMinutes(10))), Verdict.RIGHT);
        assertEquals(new Queue.Left(3, 1), q.left(NOW));
    }

    /** q0–q2 cite one sentence, q3 and q4 another, q5 none. */
    private static Pack siblings() {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            SourceRef source = i < 3 ? new SourceRef("a.txt", 0, 40) : i < 5 ? new SourceRef("a.txt", 41, 90) : null;
            qs.add(new Question.TrueFalse("q" + i, "Statement " + i, true, List.of(), null, source, null));
        }
        return new Pack(null, 1, "p", "P", 1, java.time.LocalDate.of(2024, 7, 1), null, List.of(), qs, List.of());
    }

    private static final StudyRules PACK_ORDER = StudyRules.DEFAULTS.withOrder(true, false);

    @Test
    void questionsCitingTheSameSentenceAreNotAskedTheSameDay() {
        StudyQueue q = queue(siblings(), Map.of(), PACK_ORDER, new ProgressStore.DayCounts(0, 0), 100);
        assertEquals(new Queue.Left(3, 0), q.left(NOW));
        assertEquals(List.of("q0", "q3", "q5"), drain(q, NOW, 20));
        StudyQueue off = queue(
                siblings(),
                Map.of(),
                StudyRules.DEFAULTS.withOrder(false, false),
                new ProgressStore.DayCounts(0, 0),
                100);
        assertEquals(List.of("q0", "q1", "q2", "q3", "q4", "q5"), drain(off, NOW, 20));
    }

    /**
     * Questions written from one fact share its key whatever sentence they cite: q0 and q1 are on one fact but cite
     * two sentences; q2 cites q0's sentence but is on another fact; q3 has no key and cites q0's sentence.
     */
    @Test
    void questionsOnOneFactAreNotAskedTheSameDayWhateverSentenceTheyCite() {
        SourceRef first = new SourceRef("a.txt", 0, 40);
        List<Question> qs = List.of(
                new Question.TrueFalse("q0", "Statement 0", true, List.of(), null, first, null, null, "fact-a"),
                new Question.TrueFalse(
                        "q1",
                        "Statement 1",
                        true,
                        List.of(),
                        null,
                        new SourceRef("b.txt", 0, 40),
                        null,
                        null,
                        "fact-a"),
                new Question.TrueFalse("q2", "Statement 2", true, List.of(), null, first, null, null, "fact-b"),
                new Question.TrueFalse("q3", "Statement 3", true, List.of(), null, first, null));
        Pack pack = new Pack(null, 1, "p", "P", 1, java.time.LocalDate.of(2024, 7, 1), null, List.of(), qs, List.of());
        assertEquals(
                List.of("q0", "q2", "q3"),
                drain(queue(pack, Map.of(), PACK_ORDER, new ProgressStore.DayCounts(0, 0), 100), NOW, 20));
    }

    /**
     * Two reviews are due but the day's limit allows one more: q0 (most overdue) counts; q1 is held back by the limit,
     * and its new sibling q2 counts with it, once, so not at all; q3 is new and counts.
     */
    @Test
    void aNewSiblingOfADueReviewIsNotCountedEvenWhenTheLimitHoldsTheReviewBack() {
        List<Question> qs = new ArrayList<>();
        String[] facts = {"fact-a", "fact-b", "fact-b", "fact-c"};
        for (int i = 0; i < facts.length; i++) {
            qs.add(new Question.TrueFalse(
                    "q" + i, "Statement " + i, true, List.of(), null, null, null, null, facts[i]));
        }
        Pack pack = new Pack(null, 1, "p", "P", 1, java.time.LocalDate.of(2024, 7, 1), null, List.of(), qs, List.of());
        Map<CardKey, Card> states =
                Map.of(key(0), review(NOW.minus(Duration.ofDays(2))), key(1), review(NOW.minus(Duration.ofDays(1))));
        StudyRules rules = PACK_ORDER;
        StudyQueue q = queue(pack, states, rules, new ProgressStore.DayCounts(0, rules.reviewsPerDay() - 1), 100);
        assertEquals(new Queue.Left(2, 0), q.left(NOW));
        assertEquals(2, q.dueToday());
    }

    @Test
    void aSiblingAnsweredEarlierTodayBuriesTheOthersButNotItself() {
        Map<CardKey, Card> states = new HashMap<>();
        // q1 was reviewed this morning and is due again today; q4 was reviewed yesterday.
        Card reviewedToday = new Card(
                CardState.REVIEW,
                0,
                5,
                5,
                0,
                NOW.minus(Duration.ofHours(2)),
                NOW.plus(Duration.ofHours(1)),
                3,
                0,
                0,
                1);
        states.put(key(1), reviewedToday);
        states.put(key(4), review(NOW.minus(Duration.ofHours(1))));
        StudyQueue q = queue(siblings(), states, PACK_ORDER, new ProgressStore.DayCounts(0, 0), 100);
        assertEquals(List.of("q4", "q1", "q5"), drain(q, NOW.plus(Duration.ofHours(2)), 20));
    }

    /**
     * A large bank whose first 30 new questions are siblings of one answered this morning: the queue passes over all of
     * them and introduces the day's 20 from the questions after, counted as 20 before the first is asked.
     */
    @Test
    void theNewQuestionsAfterABuriedRunAreFoundAndCountedInALargeBank() {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            qs.add(new Question.TrueFalse(
                    "q" + i, "Statement " + i, true, List.of(), null, null, null, null, i <= 30 ? "fact-a" : "f" + i));
        }
        Pack pack = new Pack(null, 1, "p", "P", 1, java.time.LocalDate.of(2024, 7, 1), null, List.of(), qs, List.of());
        Card answeredThisMorning = new Card(
                CardState.REVIEW, 0, 5, 5, 0, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(4)), 3, 0, 5, 1);
        StudyQueue q =
                queue(pack, Map.of(key(0), answeredThisMorning), PACK_ORDER, new ProgressStore.DayCounts(0, 0), 100);
        assertEquals(new Queue.Left(20, 0), q.left(NOW));
        assertEquals(20, q.newAvailable());
        List<String> expected = new ArrayList<>();
        for (int i = 31; i < 51; i++) {
            expected.add("q" + i);
        }
        assertEquals(expected, drain(q, NOW, 100));
    }

    @Test
    void undoUnburiesTheSiblings() {
        StudyQueue q = queue(siblings(), Map.of(), PACK_ORDER, new ProgressStore.DayCounts(0, 0), 100);
        StudyItem first = q.next(NOW).orElseThrow();
        q.answered(first.key(), q.card(first.key()), review(NOW.plus(Duration.ofDays(3))), Verdict.RIGHT);
        q.undo();
        q.next(NOW);
        q.answered(first.key(), q.card(first.key()), review(NOW.plus(Duration.ofDays(3))), Verdict.RIGHT);
        q.undo();
        StudyQueue other = queue(siblings(), Map.of(), PACK_ORDER, new ProgressStore.DayCounts(0, 0), 100);
        assertEquals(drain(other, NOW, 20), drain(q, NOW, 20));
    }

    @Test
    void newQuestionsComeInAnOrderSeededByTheDay() {
        StudyRules random = StudyRules.DEFAULTS.withOrder(false, true);
        List<String> today = drain(queue(pack(12), Map.of(), random, new ProgressStore.DayCounts(0, 0), 100), NOW, 20);
        List<String> again = drain(queue(pack(12), Map.of(), random, new ProgressStore.DayCounts(0, 0), 100), NOW, 20);
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        StudyQueue next = new StudyQueue(
                StudyQueue.select(List.of(pack(12)), null, null),
                Map.of(),
                random,
                new ProgressStore.DayCounts(0, 0),
                new ProgressStore.Today(random.dayStart(tomorrow, PARIS), java.util.Set.of("p")),
                random.dayEnd(tomorrow, PARIS),
                100);
        List<String> packOrder =
                drain(queue(pack(12), Map.of(), PACK_ORDER, new ProgressStore.DayCounts(0, 0), 100), NOW, 20);
        assertEquals(12, today.size());
        assertEquals(today, again, "the same day gives the same order");
        assertEquals(new java.util.HashSet<>(packOrder), new java.util.HashSet<>(today));
        assertTrue(!today.equals(packOrder), "random order is pack order: " + today);
        assertTrue(!today.equals(drain(next, tomorrow, 20)), "the next day gives another order");
        assertTrue(StudyRules.DEFAULTS.burySiblings() && StudyRules.DEFAULTS.randomNewOrder(), "Anki's defaults");
    }

    @Test
    void theOrderIsAProfileSetting() {
        StudyRules defaults = ProfileSettings.of(Map.of()).rules();
        assertTrue(defaults.burySiblings() && defaults.randomNewOrder());
        StudyRules set = ProfileSettings.of(Map.of("bury-siblings", "off", "new-order", "pack"))
                .rules();
        assertTrue(!set.burySiblings() && !set.randomNewOrder());
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> ProfileSettings.check("new-order", "shuffled"));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> ProfileSettings.check("bury-siblings", "yes"));
    }

    /** Anki's leech threshold, 8 lapses, unless the profile sets another (issue 14, item 4). */
    @Test
    void theLeechLimitIsAProfileSetting() {
        assertEquals(8, ProfileSettings.of(Map.of()).rules().leechLapses());
        assertEquals(3, ProfileSettings.of(Map.of("leech-lapses", "3")).rules().leechLapses());
        assertEquals(
                "leech-lapses must be 1 or more, not 0",
                org.junit.jupiter.api.Assertions.assertThrows(
                                IllegalArgumentException.class, () -> ProfileSettings.check("leech-lapses", "0"))
                        .getMessage());
    }
}
