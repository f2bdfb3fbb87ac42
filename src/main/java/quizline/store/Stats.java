package quizline.store;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Rating;

/**
 * Figures over a profile's history, as of {@code now}, counted in study days.
 *
 * <ul>
 *   <li>Reviews: every logged answer, scheduled or cram.
 *   <li>Streak: consecutive study days with at least one answer, up to today (or up to yesterday
 *       while today has none yet).
 *   <li>True retention over N days: of the scheduled reviews in today and the N-1 study days
 *       before it whose card was in Review state, the share not rated Again. Learning steps and
 *       cram answers do not count: they measure short-term memory, not the schedule.
 *   <li>Accuracy: the share of answers judged right or right with a typo.
 * </ul>
 */
public final class Stats {
    public static final int FORECAST_DAYS = 30;
    public static final int CALENDAR_WEEKS = 12;
    public static final int HARDEST = 5;

    /** What the caller knows of a question from its pack. */
    public record QuestionInfo(String prompt, List<String> tags) {
        public QuestionInfo {
            tags = List.copyOf(tags);
        }
    }

    /** Reviews of cards in Review state, and how many of them were not rated Again. */
    public record Retention(int passed, int total) {
        /** False when there was nothing to measure: no review of a card in Review state in the span. */
        public boolean measured() {
            return total > 0;
        }
    }

    /** The dashboard's line. {@code anyHistory} is false before the first answer ever. */
    public record Brief(int reviewsToday, int streakDays, Retention retention30, boolean anyHistory) {}

    public record TagAccuracy(String tag, int answers, int correct) {}

    /** A question that keeps being missed; {@code prompt} is null when its pack is not loaded. */
    public record HardQuestion(CardKey key, String prompt, int lapses, int answers, int correct) {}

    /** Cards due per study day from today; {@code overdue} of those counted today were due on earlier days. */
    public record Forecast(List<Integer> perDay, int overdue) {
        public Forecast {
            perDay = List.copyOf(perDay);
        }

        public int total() {
            return perDay.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Answers per study day from {@code firstDay} (a Monday) through {@code today}. */
    public record Calendar(LocalDate firstDay, LocalDate today, List<Integer> perDay) {
        public Calendar {
            perDay = List.copyOf(perDay);
        }

        /** Answers on {@code day}, 0 outside the calendar. */
        public int count(LocalDate day) {
            long i = ChronoUnit.DAYS.between(firstDay, day);
            return i < 0 || i >= perDay.size() ? 0 : perDay.get((int) i);
        }

        public int max() {
            return perDay.stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        public int total() {
            return perDay.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Everything {@code quizline stats} shows; {@code packId} is null for all packs. */
    public record Report(
            LocalDate today,
            String packId,
            int answers,
            int cards,
            int reviewsToday,
            int streakDays,
            Retention retention7,
            Retention retention30,
            List<TagAccuracy> tags,
            List<HardQuestion> hardest,
            Forecast forecast,
            Calendar calendar) {
        public Report {
            tags = List.copyOf(tags);
            hardest = List.copyOf(hardest);
        }
    }

    private final SqlProgressStore store;
    private final StudyDays days;
    private final Instant now;
    private final LocalDate today;

    public Stats(SqlProgressStore store, StudyDays days, Instant now) {
        this.store = Objects.requireNonNull(store, "store");
        this.days = Objects.requireNonNull(days, "days");
        this.now = Objects.requireNonNull(now, "now");
        this.today = days.dayOf(now);
    }

    /**
     * Counts the last 30 days in the database and walks back a day at a time just as far as the streak goes: cheap
     * enough for every start.
     */
    public Brief brief() {
        ReviewLog.Recent recent = ReviewLog.recent(
                store, days.start(today.minusDays(29)), days.start(today), days.start(today.plusDays(1)));
        Streak streak = new Streak(today);
        boolean[] any = {false};
        ReviewLog.daysNewestFirst(store, days, null, day -> {
            any[0] = true;
            return streak.add(day);
        });
        return new Brief(recent.answersToday(), streak.days(), recent.retention(), any[0]);
    }

    /**
     * The full report, for one pack ({@code packId}) or all (null). {@code questions} gives tags
     * and prompts of the questions in the loaded packs.
     */
    public Report report(String packId, Map<CardKey, QuestionInfo> questions) {
        // One pass over the log, keeping per card what the hardest questions and the tags add up, and the answers
        // themselves only for the days the calendar and the retention show.
        LocalDate calendarStart = calendarStart();
        LocalDate recentStart = calendarStart.isBefore(today.minusDays(29)) ? calendarStart : today.minusDays(29);
        Instant recentFrom = days.start(recentStart);
        List<LoggedAnswer> recent = new ArrayList<>();
        Map<CardKey, int[]> byCard = new HashMap<>();
        int[] answers = {0};
        ReviewLog.eachAnswerSince(store, Instant.ofEpochMilli(Long.MIN_VALUE), packId, a -> {
            answers[0]++;
            add(byCard, a);
            if (!a.at().isBefore(recentFrom)) {
                recent.add(a);
            }
        });
        Map<CardKey, Card> cards = new LinkedHashMap<>();
        store.cards().forEach((key, progress) -> {
            if (packId == null || key.packId().equals(packId)) {
                cards.put(key, progress.card());
            }
        });
        Streak streak = new Streak(today);
        ReviewLog.daysNewestFirst(store, days, packId, streak::add);
        return new Report(
                today,
                packId,
                answers[0],
                cards.size(),
                countOn(recent, today),
                streak.days(),
                retention(recent, 7),
                retention(recent, 30),
                tagAccuracy(byCard, questions),
                hardest(byCard, questions),
                forecast(cards),
                calendar(recent, calendarStart));
    }

    /** Adds an answer to its card's counts: answers, correct ones, lapses. */
    private static void add(Map<CardKey, int[]> byCard, LoggedAnswer a) {
        int[] counts = byCard.computeIfAbsent(a.key(), k -> new int[3]);
        counts[0]++;
        counts[1] += a.correct() ? 1 : 0;
        boolean lapse =
                a.kind() == ReviewKind.REVIEW && a.stateBefore() == CardState.REVIEW && a.rating() == Rating.AGAIN;
        counts[2] += lapse ? 1 : 0;
    }

    private int countOn(List<LoggedAnswer> answers, LocalDate day) {
        return (int)
                answers.stream().filter(a -> days.dayOf(a.at()).equals(day)).count();
    }

    /** True retention over today and the {@code span - 1} study days before it. */
    private Retention retention(List<LoggedAnswer> answers, int span) {
        LocalDate from = today.minusDays(span - 1L);
        int passed = 0;
        int total = 0;
        for (LoggedAnswer a : answers) {
            LocalDate day = days.dayOf(a.at());
            if (a.kind() == ReviewKind.REVIEW
                    && a.stateBefore() == CardState.REVIEW
                    && !day.isBefore(from)
                    && !day.isAfter(today)) {
                total++;
                if (a.rating() != Rating.AGAIN) {
                    passed++;
                }
            }
        }
        return new Retention(passed, total);
    }

    /** Weakest tag first; only questions of loaded packs have tags. */
    private static List<TagAccuracy> tagAccuracy(Map<CardKey, int[]> byCard, Map<CardKey, QuestionInfo> questions) {
        Map<String, int[]> byTag = new TreeMap<>();
        byCard.forEach((key, card) -> {
            QuestionInfo info = questions.get(key);
            if (info != null) {
                for (String tag : info.tags()) {
                    int[] counts = byTag.computeIfAbsent(tag, t -> new int[2]);
                    counts[0] += card[0];
                    counts[1] += card[1];
                }
            }
        });
        List<TagAccuracy> tags = new ArrayList<>();
        byTag.forEach((tag, counts) -> tags.add(new TagAccuracy(tag, counts[0], counts[1])));
        tags.sort(Comparator.<TagAccuracy>comparingDouble(t -> (double) t.correct() / t.answers())
                .thenComparing(TagAccuracy::tag));
        return tags;
    }

    /** Most lapses first, then lowest accuracy, then most answers; only questions ever lapsed or missed. */
    private static List<HardQuestion> hardest(Map<CardKey, int[]> byCard, Map<CardKey, QuestionInfo> questions) {
        List<HardQuestion> hard = new ArrayList<>();
        byCard.forEach((key, counts) -> {
            if (counts[2] > 0 || counts[1] < counts[0]) {
                QuestionInfo info = questions.get(key);
                hard.add(new HardQuestion(key, info == null ? null : info.prompt(), counts[2], counts[0], counts[1]));
            }
        });
        hard.sort(Comparator.comparingInt(HardQuestion::lapses)
                .reversed()
                .thenComparingDouble(h -> (double) h.correct() / h.answers())
                .thenComparing(Comparator.comparingInt(HardQuestion::answers).reversed())
                .thenComparing(h -> h.key().toString()));
        return List.copyOf(hard.subList(0, Math.min(HARDEST, hard.size())));
    }

    /**
     * Cards by the study day they fall due; overdue ones are due today. As a session sees them: a suspended card is
     * not due at all, and a buried one not before its burial ends (the next study day).
     */
    private Forecast forecast(Map<CardKey, Card> cards) {
        int[] perDay = new int[FORECAST_DAYS];
        int overdue = 0;
        Set<CardKey> suspended = store.suspended().keySet();
        Map<CardKey, Instant> buried = store.burials(now);
        for (Map.Entry<CardKey, Card> e : cards.entrySet()) {
            Card card = e.getValue();
            if (card.state() == CardState.NEW || suspended.contains(e.getKey())) {
                continue;
            }
            Instant due = card.due();
            Instant burialEnds = buried.get(e.getKey());
            if (burialEnds != null && burialEnds.isAfter(due)) {
                due = burialEnds;
            }
            long offset = ChronoUnit.DAYS.between(today, days.dayOf(due));
            if (offset < 0) {
                overdue++;
                offset = 0;
            }
            if (offset < FORECAST_DAYS) {
                perDay[(int) offset]++;
            }
        }
        List<Integer> counts = new ArrayList<>();
        for (int n : perDay) {
            counts.add(n);
        }
        return new Forecast(counts, overdue);
    }

    /** The calendar's first day: whole weeks, Monday first, the last one holding today. */
    private LocalDate calendarStart() {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(CALENDAR_WEEKS - 1L);
    }

    /** Answers per day from {@code first} to today. */
    private Calendar calendar(List<LoggedAnswer> answers, LocalDate first) {
        int[] perDay = new int[(int) ChronoUnit.DAYS.between(first, today) + 1];
        for (LoggedAnswer a : answers) {
            long i = ChronoUnit.DAYS.between(first, days.dayOf(a.at()));
            if (i >= 0 && i < perDay.length) {
                perDay[(int) i]++;
            }
        }
        List<Integer> counts = new ArrayList<>();
        for (int n : perDay) {
            counts.add(n);
        }
        return new Calendar(first, today, counts);
    }
}
