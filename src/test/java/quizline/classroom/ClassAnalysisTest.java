package quizline.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.classroom.ClassReport.QuestionReport;
import quizline.classroom.ClassReport.StudentFlag;
import quizline.classroom.ClassReport.StudentReport;
import quizline.classroom.ClassReport.WrongAnswer;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Rating;
import quizline.store.CardKey;
import quizline.store.ProgressStore.Flag;
import quizline.store.ReviewDigest;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;
import quizline.store.Stats;
import quizline.store.StudyDays;

/**
 * A class of five students (A to E) and a pack of four questions (q1 to q4), worked out by hand. The first scheduled
 * answers, the marks of the item analysis (1 accepted, 0 wrong):
 *
 * <pre>
 *        q1 q2 q3 q4   total
 *   A     1  1  1  1     4
 *   B     1  1  1  0     3      (q4: "Tashkent")
 *   C     1  0  1  0     2      (q2: "Bishkek", q4: "Tashkent")
 *   D     0  1  0  0     1      (q1: "Astana", q3: nothing typed, q4: "tashkent")
 *   E     1  0  0  0     1      (q2: "Almaty", q3: "Moscow", q4: "Dushanbe")
 * </pre>
 *
 * Every student answered every question, so the rest score (mean of the other three marks) is the total less the mark,
 * divided by 3; a constant factor, which neither the correlation nor the efficiency sees: the sums are used below.
 *
 * <p>q2: x = 1 1 0 1 0, mean 0.6, deviations .4 .4 -.6 .4 -.6, squares .16+.16+.36+.16+.36 = 1.2, variance 1.2/4 =
 * .3, SD √.3 = 0.5477. Rest y = 3 2 2 0 1, mean 1.6, deviations 1.4 .4 .4 -1.6 -.6, squares 1.96+.16+.16+2.56+.36 =
 * 5.2, variance 1.3. Products .56+.16-.24-.64+.36 = .2, covariance .05. Discrimination index 100 × .05 / √(.3 × 1.3)
 * = 5 / .6245 = 8.006. Sorted x 0 0 1 1 1 (deviations -.6 -.6 .4 .4 .4), sorted y 0 1 2 2 3 (-1.6 -.6 .4 .4 1.4):
 * products .96+.36+.16+.16+.56 = 2.2, cov_max .55; efficiency 100 × .05 / .55 = 9.091: below 15, dubious, and the
 * index below 30, very likely to need checking.
 *
 * <p>q1: x = 1 1 1 0 1, mean .8, squares 4 × .04 + .64 = .8, variance .2, SD .4472; y = 3 2 1 1 0, mean 1.4, variance
 * 5.2 / 4 = 1.3; products .32+.12-.08+.32-.28 = .4, covariance .1; index 10 / √.26 = 19.612; sorted pairs (0,0)
 * (1,1) (1,1) (1,2) (1,3): products 1.12-.08-.08+.12+.32 = 1.4, cov_max .35, efficiency 28.571. Very likely to need
 * checking (index below 30), not dubious.
 *
 * <p>q3: x = 1 1 1 0 0, mean .6, variance .3; y = 3 2 1 1 1, mean 1.6, squares 1.96+.16+.36+.36+.36 = 3.2, variance
 * .8; products .56+.16-.24+.36+.36 = 1.2, covariance .3; index 30 / √.24 = 61.237; sorted pairs already in the same
 * order as the data's ranks: cov_max .3, efficiency 100. Not flagged.
 *
 * <p>q4: x = 1 0 0 0 0, mean .2, deviations .8 -.2 -.2 -.2 -.2, variance .8/4 = .2, SD .4472; y = 3 3 2 1 1, mean 2,
 * deviations 1 1 0 -1 -1, variance 4/4 = 1; products .8-.2+0+.2+.2 = 1.0, covariance .25; index 25 / √.2 = 55.902;
 * cov_max .25 (the one 1 already beside a highest rest score), efficiency 100. Not flagged.
 */
class ClassAnalysisTest {
    private static final String PACK = "capitals";
    private static final List<String> QUESTIONS = List.of("q1", "q2", "q3", "q4");
    /** The questions as the pack keys them now: every review below was answered against these. */
    private static final Map<String, String> HASHES = hashes("hash");

    private static final StudyDays DAYS = new StudyDays(ZoneOffset.UTC, LocalTime.of(4, 0));
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final double EPS = 1e-3;

    private final Map<String, List<ReviewDigest>> reviews = new HashMap<>();
    private final Map<String, List<Flag>> flags = new HashMap<>();

    private ClassReport report() {
        // A: all right on 5 Dec, due 6 Dec; on 7 Dec reviews q1 (in Review, Good).
        first("A", "q1", "10:00", Verdict.RIGHT, "Paris", due("2026-12-06T10:00:00Z"));
        first("A", "q2", "10:01", Verdict.RIGHT, "Astana", due("2026-12-06T10:00:00Z"));
        first("A", "q3", "10:02", Verdict.TYPO, "Tashkant", due("2026-12-06T10:00:00Z"));
        first("A", "q4", "10:03", Verdict.RIGHT, "Dushanbe", due("2026-12-06T10:00:00Z"));
        later("A", "q1", "2026-12-07T09:00:00Z", ReviewKind.REVIEW, Verdict.RIGHT, "Paris", Rating.GOOD);
        // B: q4 wrong, then passed the next day from learning; nothing due before 8 Dec.
        first("B", "q1", "10:00", Verdict.RIGHT, "Paris", due("2026-12-09T10:00:00Z"));
        first("B", "q2", "10:01", Verdict.RIGHT, "Astana", due("2026-12-09T10:00:00Z"));
        first("B", "q3", "10:02", Verdict.RIGHT, "Tashkent", due("2026-12-09T10:00:00Z"));
        first("B", "q4", "10:03", Verdict.WRONG, "Tashkent", learning("2026-12-05T10:13:00Z"));
        add(
                "B",
                "q4",
                "2026-12-06T10:00:00Z",
                ReviewKind.REVIEW,
                Verdict.RIGHT,
                "Dushanbe",
                Rating.GOOD,
                CardState.LEARNING,
                due("2026-12-08T10:00:00Z"));
        // C: q2 and q4 wrong; q1 forgotten on 6 Dec (in Review, Again); a cram answer today, wrong again.
        first("C", "q1", "10:00", Verdict.RIGHT, "Paris", due("2026-12-06T09:00:00Z"));
        first("C", "q2", "10:01", Verdict.WRONG, "Bishkek", learning("2026-12-05T10:11:00Z"));
        first("C", "q3", "10:02", Verdict.RIGHT, "Tashkent", due("2026-12-20T10:00:00Z"));
        first("C", "q4", "10:03", Verdict.WRONG, "Tashkent", learning("2026-12-05T10:13:00Z"));
        add(
                "C",
                "q1",
                "2026-12-06T10:00:00Z",
                ReviewKind.REVIEW,
                Verdict.WRONG,
                "Astana",
                Rating.AGAIN,
                CardState.REVIEW,
                relearning("2026-12-06T10:10:00Z"));
        later("C", "q2", "2026-12-07T08:00:00Z", ReviewKind.CRAM, Verdict.WRONG, " bishkek", Rating.AGAIN);
        // D: a cram answer on 4 Dec, right, before the first scheduled one (wrong): the mark is the scheduled one's.
        later("D", "q1", "2026-12-04T10:00:00Z", ReviewKind.CRAM, Verdict.RIGHT, "Paris", Rating.GOOD);
        first("D", "q1", "10:00", Verdict.WRONG, "Astana", learning("2026-12-05T10:10:00Z"));
        first("D", "q2", "10:01", Verdict.RIGHT, "Astana", due("2026-12-08T10:00:00Z"));
        first("D", "q3", "10:02", Verdict.WRONG, "", learning("2026-12-05T10:12:00Z"));
        first("D", "q4", "10:03", Verdict.WRONG, "tashkent", learning("2026-12-05T10:13:00Z"));
        // E: only q1 right, due exactly now.
        first("E", "q1", "10:00", Verdict.RIGHT, "Paris", due("2026-12-07T12:00:00Z"));
        first("E", "q2", "10:01", Verdict.WRONG, "Almaty", learning("2026-12-05T10:11:00Z"));
        first("E", "q3", "10:02", Verdict.WRONG, "Moscow", learning("2026-12-05T10:12:00Z"));
        first("E", "q4", "10:03", Verdict.WRONG, "Dushanbe?", learning("2026-12-05T10:13:00Z"));
        // F has not started; another pack's flags are no part of this one (a class's reviews are read by pack).
        reviews.put("F", new ArrayList<>());
        flag("C", "q2", "Bishkek is a capital too?", "2026-12-05T11:00:00Z");
        flag("A", "q2", "", "2026-12-06T11:00:00Z");
        flag("F", "other", "q3", "wrong pack", "2026-12-06T11:00:00Z");
        return ClassAnalysis.analyse(PACK, HASHES, new ClassRecords(reviews, flags), DAYS, NOW);
    }

    @Test
    void itemAnalysisIsMoodlesOnTheFirstScheduledAnswers() {
        ClassReport report = report();
        assertEquals(
                QUESTIONS,
                report.questions().stream().map(QuestionReport::questionId).toList());
        check(report.questions().get(0).analysis(), 0.8, 0.4472, 19.612, 28.571);
        check(report.questions().get(1).analysis(), 0.6, 0.5477, 8.006, 9.091);
        check(report.questions().get(2).analysis(), 0.6, 0.5477, 61.237, 100);
        check(report.questions().get(3).analysis(), 0.2, 0.4472, 55.902, 100);
        report.questions().forEach(q -> assertEquals(5, q.analysis().attempts(), q.questionId()));
    }

    @Test
    void flagsQuestionsBelowMoodlesThresholds() {
        List<QuestionReport> q = report().questions();
        assertEquals(ItemAnalysis.NeedsChecking.VERY_LIKELY, q.get(0).analysis().needsChecking());
        assertFalse(q.get(0).analysis().dubious());
        assertTrue(q.get(0).analysis().flagged());
        assertTrue(q.get(1).analysis().dubious());
        assertTrue(q.get(1).analysis().flagged());
        assertEquals(ItemAnalysis.NeedsChecking.UNLIKELY, q.get(2).analysis().needsChecking());
        assertFalse(q.get(2).analysis().flagged());
        assertFalse(q.get(3).analysis().flagged());
    }

    @Test
    void mostCommonWrongAnswersAreCountedAfterFolding() {
        List<QuestionReport> q = report().questions();
        assertEquals(List.of(new WrongAnswer("Astana", 2)), q.get(0).wrongAnswers());
        // C's cram answer " bishkek" is the same misconception as "Bishkek"; the first spelling shows.
        assertEquals(
                List.of(new WrongAnswer("Bishkek", 2), new WrongAnswer("Almaty", 1)),
                q.get(1).wrongAnswers());
        // D typed nothing ("I don't know"): a mark of 0, but no wrong answer to list.
        assertEquals(List.of(new WrongAnswer("Moscow", 1)), q.get(2).wrongAnswers());
        assertEquals(
                List.of(new WrongAnswer("Tashkent", 3), new WrongAnswer("Dushanbe?", 1)),
                q.get(3).wrongAnswers());
        assertEquals(6, q.get(1).answers()); // five first answers and C's cram one
    }

    @Test
    void studentsFlagsComeWithTheirNotesOldestFirst() {
        List<QuestionReport> q = report().questions();
        assertEquals(
                List.of(
                        new StudentFlag("C", "Bishkek is a capital too?", Instant.parse("2026-12-05T11:00:00Z")),
                        new StudentFlag("A", "", Instant.parse("2026-12-06T11:00:00Z"))),
                q.get(1).flags());
        assertEquals(List.of(), q.get(0).flags());
    }

    @Test
    void perStudentReviewsRetentionBacklogLastActiveAndStreak() {
        List<StudentReport> students = report().students();
        assertEquals(
                List.of("A", "B", "C", "D", "E", "F"),
                students.stream().map(StudentReport::student).toList());
        // A: 5 reviews; the one of a card in Review passed; q2-q4 due since 6 Dec; studied today, not yesterday.
        assertEquals(student("A", 5, 1, 1, 3, "2026-12-07T09:00:00Z", 1), students.get(0));
        // B: nothing in Review yet; nothing due before 8 Dec; yesterday and the day before, today not yet: 2.
        assertEquals(student("B", 5, 0, 0, 0, "2026-12-06T10:00:00Z", 2), students.get(1));
        // C: q1 forgotten from Review (0 of 1); q1, q2, q4 due; 5, 6 and 7 Dec (the cram answer counts as study): 3.
        assertEquals(student("C", 6, 0, 1, 3, "2026-12-07T08:00:00Z", 3), students.get(2));
        // D: three in learning, due; q2 due 8 Dec; last answered 5 Dec: no streak today.
        assertEquals(student("D", 5, 0, 0, 3, "2026-12-05T10:03:00Z", 0), students.get(3));
        // E: q1 due exactly now counts; three in learning.
        assertEquals(student("E", 4, 0, 0, 4, "2026-12-05T10:03:00Z", 0), students.get(4));
        assertEquals(new StudentReport("F", 0, new Stats.Retention(0, 0), 0, Optional.empty(), 0), students.get(5));
    }

    @Test
    void aStudentWithOneQuestionCountsInTheFacilityNotInTheDiscrimination() {
        first("A", "q1", "10:00", Verdict.RIGHT, "Paris", due("2026-12-06T10:00:00Z"));
        first("A", "q2", "10:01", Verdict.WRONG, "Rome", learning("2026-12-05T10:11:00Z"));
        first("B", "q1", "10:00", Verdict.WRONG, "Rome", learning("2026-12-05T10:11:00Z"));
        first("B", "q2", "10:01", Verdict.RIGHT, "Astana", due("2026-12-06T10:00:00Z"));
        first("C", "q1", "10:00", Verdict.RIGHT, "Paris", due("2026-12-06T10:00:00Z"));
        ClassReport report = ClassAnalysis.analyse(PACK, HASHES, new ClassRecords(reviews, flags), DAYS, NOW);
        ItemAnalysis q1 = report.questions().get(0).analysis();
        assertEquals(3, q1.attempts());
        assertEquals(2.0 / 3, q1.facility().getAsDouble(), EPS);
        // A (1, rest 0) and B (0, rest 1): perfectly opposed, -100.
        assertEquals(-100, q1.discriminationIndex().getAsDouble(), EPS);
        assertTrue(q1.flagged());
        assertTrue(report.questions().get(2).analysis().facility().isEmpty());
    }

    @Test
    void answersGivenWhileTheQuestionKeyedAnotherAnswerAreNoPartOfIt() {
        report();
        // q4's keyed answer has changed since: the class's answers to it were to another question
        Map<String, String> now = new java.util.LinkedHashMap<>(HASHES);
        now.put("q4", "another");
        ClassReport report = ClassAnalysis.analyse(PACK, now, new ClassRecords(reviews, flags), DAYS, NOW);
        QuestionReport q4 = report.questions().get(3);
        assertEquals(0, q4.analysis().attempts());
        assertEquals(List.of(), q4.wrongAnswers());
        assertEquals(0, q4.answers());
        // q4 leaves the rest scores too: q1's (x = 1 1 1 0 1) is now the mean of q2 and q3, y = 1 1 .5 .5 0, mean .6,
        // variance (.16+.16+.01+.01+.36)/4 = .175; products .2×.4 + .2×.4 - .2×.1 + .8×.1 - .2×.6 = .1, covariance
        // .025; index 2.5 / √(.2 × .175) = 13.363; sorted pairs give .6, cov_max .15, efficiency 16.667
        ItemAnalysis q1 = report.questions().get(0).analysis();
        assertEquals(13.363, q1.discriminationIndex().getAsDouble(), EPS);
        assertEquals(16.667, q1.discriminativeEfficiency().getAsDouble(), EPS);
        assertEquals(5, report.students().get(0).reviews(), "still among the student's reviews");
    }

    @Test
    void answersToOtherQuestionsAtTheSameInstantMayComeInAnyOrder() {
        // A class on a server is read by question, each in the order logged, not in the order logged across questions
        ClassReport withoutG = report();
        Instant at = Instant.parse("2026-12-07T11:00:00Z");
        add(
                "G",
                new CardKey(PACK, "q2"),
                at,
                ReviewKind.REVIEW,
                Verdict.WRONG,
                "Tokyo",
                Rating.AGAIN,
                CardState.NEW,
                learning("2026-12-07T11:10:00Z"));
        add(
                "G",
                new CardKey(PACK, "q1"),
                at,
                ReviewKind.REVIEW,
                Verdict.RIGHT,
                "Paris",
                Rating.GOOD,
                CardState.NEW,
                due("2026-12-08T11:00:00Z"));
        add(
                "G",
                new CardKey(PACK, "q2"),
                at,
                ReviewKind.REVIEW,
                Verdict.WRONG,
                "tokyo ",
                Rating.AGAIN,
                CardState.LEARNING,
                learning("2026-12-07T11:10:00Z"));
        add(
                "G",
                new CardKey(PACK, "q1"),
                at,
                ReviewKind.CRAM,
                Verdict.WRONG,
                "Rome",
                Rating.AGAIN,
                CardState.REVIEW,
                due("2026-12-08T11:00:00Z"));
        ClassReport logged = ClassAnalysis.analyse(PACK, HASHES, new ClassRecords(reviews, flags), DAYS, NOW);
        Map<String, List<ReviewDigest>> byQuestion = new HashMap<>();
        reviews.forEach((student, list) -> byQuestion.put(
                student,
                list.stream()
                        .sorted(java.util.Comparator.comparing(ReviewDigest::questionId))
                        .toList()));
        assertNotEquals(reviews.get("G"), byQuestion.get("G"));
        ClassReport read = ClassAnalysis.analyse(PACK, HASHES, new ClassRecords(byQuestion, flags), DAYS, NOW);
        assertEquals(logged, read);
        assertNotEquals(withoutG, logged, "G is counted");
        assertEquals(
                List.of(new WrongAnswer("Tokyo", 2)),
                read.questions().get(1).wrongAnswers().stream()
                        .filter(w -> w.text().equalsIgnoreCase("tokyo"))
                        .toList(),
                "the first given shown, of the same answer folded");
    }

    private static Map<String, String> hashes(String hash) {
        Map<String, String> hashes = new java.util.LinkedHashMap<>();
        QUESTIONS.forEach(q -> hashes.put(q, hash));
        return hashes;
    }

    private static void check(ItemAnalysis a, double facility, double sd, double index, double efficiency) {
        assertEquals(facility, a.facility().getAsDouble(), EPS);
        assertEquals(sd, a.standardDeviation().getAsDouble(), EPS);
        assertEquals(index, a.discriminationIndex().getAsDouble(), EPS);
        assertEquals(efficiency, a.discriminativeEfficiency().getAsDouble(), EPS);
    }

    private static StudentReport student(
            String name, int reviews, int passed, int total, int due, String last, int streak) {
        return new StudentReport(
                name, reviews, new Stats.Retention(passed, total), due, Optional.of(Instant.parse(last)), streak);
    }

    /** A student's first scheduled answer, on 5 December, from a new card. */
    private void first(String student, String q, String time, Verdict verdict, String given, Card after) {
        Rating rating = verdict == Verdict.WRONG ? Rating.AGAIN : verdict == Verdict.TYPO ? Rating.HARD : Rating.GOOD;
        add(student, q, "2026-12-05T" + time + ":00Z", ReviewKind.REVIEW, verdict, given, rating, CardState.NEW, after);
    }

    /** A later answer from a card in Review (a cram answer leaves it as it was). */
    private void later(String student, String q, String at, ReviewKind kind, Verdict verdict, String given, Rating r) {
        add(student, q, at, kind, verdict, given, r, CardState.REVIEW, due("2026-12-10T10:00:00Z"));
    }

    private void add(
            String student,
            String q,
            String at,
            ReviewKind kind,
            Verdict verdict,
            String given,
            Rating rating,
            CardState before,
            Card after) {
        add(student, new CardKey(PACK, q), Instant.parse(at), kind, verdict, given, rating, before, after);
    }

    private void add(
            String student,
            CardKey key,
            Instant at,
            ReviewKind kind,
            Verdict verdict,
            String given,
            Rating rating,
            CardState before,
            Card after) {
        Card from = new Card(before, 0, 1, 5, 0, before == CardState.NEW ? null : at, at, 1, 0, 0, 1);
        Card to = kind == ReviewKind.CRAM ? from : after;
        reviews.computeIfAbsent(student, s -> new ArrayList<>())
                .add(ReviewDigest.of(new ReviewRecord(key, at, rating, given, verdict, 1000, from, to, kind, "hash")));
    }

    private void flag(String student, String q, String note, String at) {
        flag(student, PACK, q, note, at);
    }

    private void flag(String student, String pack, String q, String note, String at) {
        flags.computeIfAbsent(student, s -> new ArrayList<>())
                .add(new Flag(new CardKey(pack, q), note, Instant.parse(at)));
    }

    private static Card due(String at) {
        return card(CardState.REVIEW, at);
    }

    private static Card learning(String at) {
        return card(CardState.LEARNING, at);
    }

    private static Card relearning(String at) {
        return card(CardState.RELEARNING, at);
    }

    private static Card card(CardState state, String due) {
        Instant at = Instant.parse(due);
        return new Card(state, 0, 2, 5, 0, at.minusSeconds(600), at, 1, 0, 2, 1);
    }
}
