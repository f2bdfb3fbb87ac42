package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizline.store.Reviews.at;
import static quizline.store.Reviews.first;
import static quizline.store.Reviews.key;
import static quizline.store.Reviews.then;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.pack.Verdict;
import quizline.schedule.Rating;

class StatsTest {
    private static final StudyDays UTC_4AM = new StudyDays(ZoneOffset.UTC, LocalTime.of(4, 0));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Four cards over three weeks; the comments give each answer's study day (the day starts at 04:00 UTC). */
    private static List<ReviewRecord> history() {
        List<ReviewRecord> log = new ArrayList<>();
        ReviewRecord a1 =
                first(key("a"), at("2024-07-08T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(2)); // 07-08
        ReviewRecord a2 =
                then(a1, at("2024-07-10T09:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(5)); // 07-10, pass
        ReviewRecord b1 =
                first(key("b"), at("2024-07-09T10:00:00Z"), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(10));
        ReviewRecord b2 = then(b1, at("2024-07-09T10:10:00Z"), Rating.GOOD, Verdict.TYPO, Duration.ofDays(1));
        // 03:30 is before the day starts: this lapse belongs to 07-09, and leaves the card due on 07-09 (overdue).
        ReviewRecord b3 = then(b2, at("2024-07-10T03:30:00Z"), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(10));
        ReviewRecord c1 = first(key("c"), at("2024-07-10T08:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(3));
        ReviewRecord c2 = Reviews.cram(key("c"), at("2024-07-10T08:30:00Z"), c1.after(), Rating.AGAIN, Verdict.WRONG);
        ReviewRecord d1 = first(
                new CardKey("other", "d"), at("2024-06-01T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(60));
        Collections.addAll(log, d1, a1, b1, b2, b3, c1, c2, a2);
        return log;
    }

    private static final Map<CardKey, Stats.QuestionInfo> QUESTIONS = Map.of(
            key("a"), new Stats.QuestionInfo("Which city hosted?", List.of("hosts")),
            key("b"), new Stats.QuestionInfo("Who was president?", List.of("people")),
            key("c"), new Stats.QuestionInfo("When was it founded?", List.of("hosts", "dates")));

    private static SqliteProgressStore memory(List<ReviewRecord> log) {
        SqliteProgressStore store = SqliteProgressStore.inMemory();
        log.forEach(store::record);
        return store;
    }

    private static List<Integer> days(int... pairs) {
        List<Integer> perDay = new ArrayList<>(Collections.nCopies(Stats.FORECAST_DAYS, 0));
        for (int i = 0; i < pairs.length; i += 2) {
            perDay.set(pairs[i], pairs[i + 1]);
        }
        return perDay;
    }

    @Test
    void reportHasTheExactFigures() {
        Stats.Report r = new Stats(memory(history()), UTC_4AM, at("2024-07-10T12:00:00Z")).report(null, QUESTIONS);
        assertEquals(LocalDate.parse("2024-07-10"), r.today());
        assertEquals(8, r.answers());
        assertEquals(4, r.cards());
        assertEquals(3, r.reviewsToday());
        assertEquals(3, r.streakDays());
        assertEquals(new Stats.Retention(1, 2), r.retention7());
        assertEquals(new Stats.Retention(1, 2), r.retention30());
        assertEquals(
                List.of(
                        new Stats.TagAccuracy("people", 3, 1),
                        new Stats.TagAccuracy("dates", 2, 1),
                        new Stats.TagAccuracy("hosts", 4, 3)),
                r.tags());
        assertEquals(
                List.of(
                        new Stats.HardQuestion(key("b"), "Who was president?", 1, 3, 1),
                        new Stats.HardQuestion(key("c"), "When was it founded?", 0, 2, 1)),
                r.hardest());
        assertEquals(new Stats.Forecast(days(0, 1, 3, 1, 5, 1, 21, 1), 1), r.forecast());

        Stats.Calendar calendar = r.calendar();
        assertEquals(LocalDate.parse("2024-04-22"), calendar.firstDay());
        assertEquals(80, calendar.perDay().size());
        assertEquals(1, calendar.count(LocalDate.parse("2024-06-01")));
        assertEquals(1, calendar.count(LocalDate.parse("2024-07-08")));
        assertEquals(3, calendar.count(LocalDate.parse("2024-07-09")));
        assertEquals(3, calendar.count(LocalDate.parse("2024-07-10")));
        assertEquals(8, calendar.total());
    }

    @Test
    void onePackLeavesTheOthersOut() {
        Stats.Report r = new Stats(memory(history()), UTC_4AM, at("2024-07-10T12:00:00Z")).report("mini", QUESTIONS);
        assertEquals(7, r.answers());
        assertEquals(3, r.cards());
        assertEquals(new Stats.Forecast(days(0, 1, 3, 1, 5, 1), 1), r.forecast());
        assertEquals(0, r.calendar().count(LocalDate.parse("2024-06-01")));
        assertEquals(3, r.streakDays());
    }

    /** As a session sees them: a suspended card is never due, a buried one not before the next study day. */
    @Test
    void theForecastLeavesSuspendedCardsOutAndCountsABuriedOneWhenItsBurialEnds() {
        SqliteProgressStore store = memory(history());
        store.suspend(new ProgressStore.Suspension(key("c"), at("2024-07-10T08:00:00Z"), false));
        store.bury(key("b"), at("2024-07-11T04:00:00Z"));
        Stats.Report today = new Stats(store, UTC_4AM, at("2024-07-10T12:00:00Z")).report("mini", QUESTIONS);
        // b, overdue, was today's one card; buried, it is tomorrow's. c (day 3) is gone; a stays on day 5.
        assertEquals(new Stats.Forecast(days(1, 1, 5, 1), 0), today.forecast());
        Stats.Report tomorrow = new Stats(store, UTC_4AM, at("2024-07-11T12:00:00Z")).report("mini", QUESTIONS);
        assertEquals(new Stats.Forecast(days(0, 1, 4, 1), 1), tomorrow.forecast());
    }

    /**
     * Each card in the forecast on the study day of its due time, by the study days' own rule, where the days are not
     * 24 hours: across a change of the clocks with the day starting in the hour skipped, and across the day Samoa
     * skipped (2011-12-30), on either side of each day's start and exactly on it.
     */
    @Test
    void theForecastPutsEachCardOnItsStudyDayWhereTheClocksChangeAndWhereADayIsSkipped() {
        record Zone(StudyDays days, java.time.Instant now) {}
        for (Zone zone : List.of(
                new Zone(new StudyDays(BERLIN, LocalTime.of(2, 30)), at("2024-03-20T12:00:00Z")),
                new Zone(new StudyDays(ZoneId.of("Pacific/Apia"), LocalTime.of(4, 0)), at("2011-12-20T12:00:00Z")),
                new Zone(
                        new StudyDays(ZoneId.of("America/St_Johns"), LocalTime.of(23, 0)),
                        at("2024-10-25T12:00:00Z")))) {
            SqliteProgressStore store = SqliteProgressStore.inMemory();
            LocalDate today = zone.days().dayOf(zone.now());
            List<java.time.Instant> dues = new ArrayList<>();
            for (int d = -2; d < Stats.FORECAST_DAYS + 2; d++) {
                java.time.Instant start = zone.days().start(today.plusDays(d));
                for (Duration shift : List.of(Duration.ofMinutes(-90), Duration.ZERO, Duration.ofMinutes(1))) {
                    dues.add(start.plus(shift));
                }
            }
            int[] expected = new int[Stats.FORECAST_DAYS];
            int overdue = 0;
            for (int i = 0; i < dues.size(); i++) {
                java.time.Instant due = dues.get(i);
                java.time.Instant answered = zone.now().minus(Duration.ofDays(40));
                store.record(
                        first(key("q" + i), answered, Rating.GOOD, Verdict.RIGHT, Duration.between(answered, due)));
                long offset = java.time.temporal.ChronoUnit.DAYS.between(
                        today, zone.days().dayOf(due));
                if (offset < 0) {
                    overdue++;
                    offset = 0;
                }
                if (offset < Stats.FORECAST_DAYS) {
                    expected[(int) offset]++;
                }
            }
            List<Integer> perDay = new ArrayList<>();
            for (int n : expected) {
                perDay.add(n);
            }
            assertEquals(
                    new Stats.Forecast(perDay, overdue),
                    new Stats(store, zone.days(), zone.now())
                            .report(null, QUESTIONS)
                            .forecast(),
                    zone.days().toString());
        }
    }

    @Test
    void theSqliteStoreGivesTheSameReportAsTheLogInMemory(@TempDir Path dir) throws StoreException {
        Stats.Report fromMemory =
                new Stats(memory(history()), UTC_4AM, at("2024-07-10T12:00:00Z")).report(null, QUESTIONS);
        try (SqliteProgressStore sqlite = SqliteProgressStore.open(dir.resolve("p.db"))) {
            history().forEach(sqlite::record);
            Stats stats = new Stats(sqlite, UTC_4AM, at("2024-07-10T12:00:00Z"));
            assertEquals(fromMemory, stats.report(null, QUESTIONS));
            assertEquals(new Stats.Brief(3, 3, new Stats.Retention(1, 2), true), stats.brief());
        }
    }

    @Test
    void briefOfAnEmptyProfile() {
        assertEquals(
                new Stats.Brief(0, 0, new Stats.Retention(0, 0), false),
                new Stats(SqliteProgressStore.inMemory(), UTC_4AM, at("2024-07-10T12:00:00Z")).brief());
    }

    @Test
    void theStreakRunsToYesterdayUntilTodayIsStudiedAndStopsAtAGap() {
        SqliteProgressStore store = memory(history());
        // 07-11 before anything is answered: the streak that ended on 07-10 still stands.
        assertEquals(
                3, new Stats(store, UTC_4AM, at("2024-07-11T12:00:00Z")).brief().streakDays());
        assertEquals(
                0, new Stats(store, UTC_4AM, at("2024-07-11T12:00:00Z")).brief().reviewsToday());
        // 07-12: 07-11 was missed.
        assertEquals(
                0, new Stats(store, UTC_4AM, at("2024-07-12T12:00:00Z")).brief().streakDays());
        // A clock set back to 07-09: the answers of 07-10 neither count nor break the streak of 07-08 and 07-09.
        assertEquals(
                2, new Stats(store, UTC_4AM, at("2024-07-09T12:00:00Z")).brief().streakDays());
        // 03:59 on 07-11 is still 07-10.
        assertEquals(
                3, new Stats(store, UTC_4AM, at("2024-07-11T03:59:00Z")).brief().reviewsToday());
        assertEquals(
                0, new Stats(store, UTC_4AM, at("2024-07-11T04:00:00Z")).brief().reviewsToday());
    }

    @Test
    void retentionWindowsStartAtTheDayStartNDaysBack() {
        // Today 07-20: the 7-day window begins at 07-14 04:00, the 30-day one at 06-21 04:00.
        ReviewRecord a1 = first(key("a"), at("2024-06-01T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
        ReviewRecord inside30 =
                then(a1, at("2024-06-21T04:00:00Z"), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(10));
        ReviewRecord relearned =
                then(inside30, at("2024-06-21T04:10:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
        ReviewRecord outside7 =
                then(relearned, at("2024-07-14T03:59:59.999Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
        ReviewRecord inside7 =
                then(outside7, at("2024-07-14T04:00:00Z"), Rating.HARD, Verdict.RIGHT, Duration.ofDays(1));
        ReviewRecord before30 =
                first(key("b"), at("2024-06-01T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
        ReviewRecord outside30 =
                then(before30, at("2024-06-21T03:59:00Z"), Rating.AGAIN, Verdict.WRONG, Duration.ofDays(1));
        Stats.Report r = new Stats(
                        memory(List.of(a1, before30, outside30, inside30, relearned, outside7, inside7)),
                        UTC_4AM,
                        at("2024-07-20T12:00:00Z"))
                .report(null, Map.of());
        assertEquals(new Stats.Retention(1, 1), r.retention7());
        // inside30 (Again), outside7 and inside7 (passed); the relearning step is not a Review-state review.
        assertEquals(new Stats.Retention(2, 3), r.retention30());
    }

    @Test
    void daysFollowTheLocalDayStartAcrossTheSpringForward() {
        StudyDays berlin = new StudyDays(BERLIN, LocalTime.of(4, 0));
        // 2024-03-31: clocks go from 02:00 CET to 03:00 CEST; the day starts at 04:00 CEST = 02:00 UTC.
        assertEquals(at("2024-03-31T02:00:00Z"), berlin.start(LocalDate.parse("2024-03-31")));
        assertEquals(LocalDate.parse("2024-03-30"), berlin.dayOf(at("2024-03-31T01:59:59.999Z")));
        assertEquals(LocalDate.parse("2024-03-31"), berlin.dayOf(at("2024-03-31T02:00:00Z")));

        ReviewRecord r1 = first(
                key("a"),
                at("2024-03-30T02:30:00Z"),
                Rating.GOOD,
                Verdict.RIGHT,
                Duration.ofDays(1)); // 03:30 CET: 03-29
        ReviewRecord r2 = then(
                r1, at("2024-03-31T01:30:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1)); // 03:30 CEST: 03-30
        ReviewRecord r3 = then(
                r2, at("2024-03-31T02:30:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1)); // 04:30 CEST: 03-31
        Stats stats = new Stats(memory(List.of(r1, r2, r3)), berlin, at("2024-03-31T10:00:00Z"));
        assertEquals(new Stats.Brief(1, 3, new Stats.Retention(2, 2), true), stats.brief());
        Stats.Calendar calendar = stats.report(null, Map.of()).calendar();
        assertEquals(1, calendar.count(LocalDate.parse("2024-03-29")));
        assertEquals(1, calendar.count(LocalDate.parse("2024-03-30")));
        assertEquals(1, calendar.count(LocalDate.parse("2024-03-31")));
    }

    @Test
    void aDayStartTheClocksSkipOrRepeatStaysConsistent() {
        StudyDays early = new StudyDays(BERLIN, LocalTime.of(2, 30));
        // 02:30 does not exist on 2024-03-31: the day starts at 03:30 CEST (01:30 UTC), and 03:15 CEST is still 03-30.
        assertEquals(at("2024-03-31T01:30:00Z"), early.start(LocalDate.parse("2024-03-31")));
        assertEquals(LocalDate.parse("2024-03-30"), early.dayOf(at("2024-03-31T01:15:00Z")));
        assertEquals(LocalDate.parse("2024-03-31"), early.dayOf(at("2024-03-31T01:30:00Z")));
        // 02:30 happens twice on 2024-10-27: the day starts at the first (CEST); both 02:45s belong to it.
        assertEquals(at("2024-10-27T00:30:00Z"), early.start(LocalDate.parse("2024-10-27")));
        assertEquals(LocalDate.parse("2024-10-26"), early.dayOf(at("2024-10-27T00:15:00Z")));
        assertEquals(LocalDate.parse("2024-10-27"), early.dayOf(at("2024-10-27T00:45:00Z")));
        assertEquals(LocalDate.parse("2024-10-27"), early.dayOf(at("2024-10-27T01:45:00Z")));
    }

    @Test
    void retentionIsUnmeasuredWithoutReviewStateReviews() {
        Stats.Retention none = new Stats(
                        memory(List.of(first(
                                key("a"), at("2024-07-10T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1)))),
                        UTC_4AM,
                        at("2024-07-10T12:00:00Z"))
                .brief()
                .retention30();
        assertFalse(none.measured());
        assertTrue(new Stats.Retention(0, 1).measured());
    }
}
