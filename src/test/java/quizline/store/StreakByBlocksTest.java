package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static quizline.store.Reviews.first;
import static quizline.store.Reviews.then;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import quizline.pack.Verdict;
import quizline.schedule.Rating;

/**
 * The dashboard's history line and the report's streak, counted by the database (the streak a block of days at a time,
 * the day's answers and the 30-day retention over indexes alone), give what the walk they replaced gave: the days of
 * the answers fed newest first to {@link Streak}, and the rows of the spans counted one by one. Long streaks (past the
 * largest block), gaps, answers after the clock, another pack, cram answers, and zones whose days are not all 24
 * hours long (clocks changed by an hour or by half an hour, a day a zone skipped, a day starting in a clock's gap).
 */
class StreakByBlocksTest {
    private static final LocalDate FIRST = LocalDate.parse("2009-01-01");
    private static final int DAYS = 1300;

    /** Reviews on every day from FIRST for DAYS days but a few gaps, at seeded local times, in {@code days}' zone. */
    private static List<ReviewRecord> history(StudyDays days, Random random) {
        List<ReviewRecord> log = new ArrayList<>();
        ReviewRecord[] last = new ReviewRecord[3];
        CardKey[] keys = {Reviews.key("a"), Reviews.key("b"), new CardKey("other", "c")};
        java.util.Set<Integer> gaps = java.util.Set.of(40, 100, 101, 1290);
        for (int d = 0; d < DAYS; d++) {
            if (gaps.contains(d)) {
                continue;
            }
            LocalDate date = FIRST.plusDays(d);
            int answers = 1 + random.nextInt(3);
            for (int i = 0; i < answers; i++) {
                // From the day's start to just before the next one's
                long span = days.start(date.plusDays(1)).toEpochMilli()
                        - days.start(date).toEpochMilli();
                if (span <= 0) {
                    continue; // a day the zone skipped has no time in it
                }
                Instant at = days.start(date).plusMillis((long) (random.nextDouble() * span));
                int card = d % 50 == 7 ? 2 : random.nextInt(2); // now and then a day of the other pack alone
                Rating rating = random.nextInt(5) == 0 ? Rating.AGAIN : Rating.GOOD;
                Verdict verdict = rating == Rating.AGAIN ? Verdict.WRONG : Verdict.RIGHT;
                ReviewRecord review = random.nextInt(10) == 0 && last[card] != null
                        ? Reviews.cram(keys[card], at, last[card].after(), rating, verdict)
                        : last[card] == null
                                ? first(keys[card], at, rating, verdict, Duration.ofDays(1))
                                : then(last[card], at, rating, verdict, Duration.ofDays(1));
                if (review.kind() == ReviewKind.REVIEW) {
                    last[card] = review;
                }
                log.add(review);
            }
        }
        return log;
    }

    /** The streak as the walk counted it: each answer's day, newest first, handed to {@link Streak}. */
    private static int walked(List<ReviewRecord> log, StudyDays days, LocalDate today, String packId) {
        TreeSet<LocalDate> answered = new TreeSet<>();
        log.stream()
                .filter(r -> packId == null || r.key().packId().equals(packId))
                .forEach(r -> answered.add(days.dayOf(r.at())));
        Streak streak = new Streak(today);
        for (LocalDate day : answered.descendingSet()) {
            if (!streak.add(day)) {
                break;
            }
        }
        return streak.days();
    }

    private static Stats.Brief counted(List<ReviewRecord> log, StudyDays days, LocalDate today) {
        Instant start = days.start(today);
        Instant end = days.start(today.plusDays(1));
        Instant spanStart = days.start(today.minusDays(29));
        int answersToday = 0;
        int passed = 0;
        int total = 0;
        for (ReviewRecord r : log) {
            Instant at = r.at();
            if (!at.isBefore(start) && at.isBefore(end)) {
                answersToday++;
            }
            if (!at.isBefore(spanStart)
                    && at.isBefore(end)
                    && r.kind() == ReviewKind.REVIEW
                    && r.before().state() == quizline.schedule.CardState.REVIEW) {
                total++;
                passed += r.rating() == Rating.AGAIN ? 0 : 1;
            }
        }
        return new Stats.Brief(
                answersToday, walked(log, days, today, null), new Stats.Retention(passed, total), !log.isEmpty());
    }

    @Test
    void theDatabaseCountsWhatTheWalkCounted() {
        List<StudyDays> calendars = List.of(
                new StudyDays(ZoneId.of("UTC"), LocalTime.of(4, 0)),
                new StudyDays(ZoneId.of("Europe/Berlin"), LocalTime.of(2, 30)),
                new StudyDays(ZoneId.of("Australia/Lord_Howe"), LocalTime.of(0, 0)),
                new StudyDays(ZoneId.of("Pacific/Apia"), LocalTime.of(4, 0)),
                new StudyDays(ZoneId.of("America/St_Johns"), LocalTime.of(23, 0)));
        Random random = new Random(20261207L);
        for (StudyDays days : calendars) {
            List<ReviewRecord> log = history(days, random);
            SqliteProgressStore store = SqliteProgressStore.inMemory();
            log.forEach(store::record);
            LocalDate end = FIRST.plusDays(DAYS - 1);
            // Ends of the log, the day after, the gaps' neighbours, a clock set back into the log, the skipped day
            List<LocalDate> todays = new ArrayList<>(List.of(
                    end, end.plusDays(1), end.plusDays(2), end.minusDays(9), end.minusDays(10), end.minusDays(11)));
            for (int d : new int[] {0, 39, 41, 99, 102, 700, 1095, 1200}) {
                todays.add(FIRST.plusDays(d));
            }
            todays.add(LocalDate.parse("2011-12-29"));
            todays.add(LocalDate.parse("2011-12-31"));
            todays.add(LocalDate.parse("2012-01-01"));
            // The report's streak is the same count
            assertEquals(
                    walked(log, days, end, "other"),
                    new Stats(store, days, days.start(end))
                            .report("other", Map.of())
                            .streakDays());
            for (LocalDate today : todays) {
                for (Instant now :
                        List.of(days.start(today), days.start(today.plusDays(1)).minusMillis(1))) {
                    if (!days.dayOf(now).equals(today)) {
                        continue; // a day with no time in it is no one's today
                    }
                    String where = days + ", today " + today;
                    Stats stats = new Stats(store, days, now);
                    assertEquals(counted(log, days, today), stats.brief(), where);
                    for (String pack : new String[] {null, "other"}) {
                        assertEquals(
                                walked(log, days, today, pack),
                                ReviewLog.streak(store, days, pack, today),
                                where + ", pack " + pack);
                    }
                }
            }
        }
    }
}
