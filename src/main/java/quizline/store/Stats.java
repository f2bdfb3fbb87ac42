package quizline.store;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /**
     * What the caller knows of the questions of the loaded packs, asked pack by pack: so that a caller holding the
     * packs need not make an entry per question of every pack first.
     */
    public interface Questions {
        /** The ids of the packs loaded. */
        java.util.Collection<String> packs();

        /** The questions of the loaded pack {@code packId}, by id (empty when it is not loaded). */
        Map<String, QuestionInfo> of(String packId);

        /** The same, from a map by card. */
        static Questions of(Map<CardKey, QuestionInfo> byCard) {
            Map<String, Map<String, QuestionInfo>> byPack = new TreeMap<>();
            byCard.forEach((key, info) -> byPack.computeIfAbsent(key.packId(), p -> new java.util.HashMap<>())
                    .put(key.questionId(), info));
            return new Questions() {
                @Override
                public java.util.Collection<String> packs() {
                    return byPack.keySet();
                }

                @Override
                public Map<String, QuestionInfo> of(String packId) {
                    return byPack.getOrDefault(packId, Map.of());
                }
            };
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
     * Counts the last 30 days in the database, over indexes that hold what it reads, and asks the database for the
     * streak a block of days at a time: cheap enough for every start.
     */
    public Brief brief() {
        ReviewLog.Recent recent = ReviewLog.recent(
                store, days.start(today.minusDays(29)), days.start(today), days.start(today.plusDays(1)));
        int streak = ReviewLog.streak(store, days, null, today);
        return new Brief(recent.answersToday(), streak, recent.retention(), streak > 0 || ReviewLog.any(store, null));
    }

    /**
     * The full report, for one pack ({@code packId}) or all (null). {@code questions} gives tags
     * and prompts of the questions in the loaded packs.
     */
    public Report report(String packId, Map<CardKey, QuestionInfo> questions) {
        return report(packId, Questions.of(questions));
    }

    /** The full report, as above, the questions asked of {@code questions} pack by pack. */
    public Report report(String packId, Questions questions) {
        // Each part one query that the database answers from an index or from the tallies the store keeps per card:
        // the log's rows themselves are never read
        List<TagAccuracy> tags;
        List<HardQuestion> hardest;
        try {
            tags = tagAccuracy(packId, questions);
            hardest = hardest(CardTallyTable.hardest(store.scope(), packId, HARDEST), questions);
        } catch (SQLException e) {
            throw ReviewLog.failure(store, e);
        }
        // The study days of the calendar and of the 30-day retention, today last
        LocalDate calendarStart = calendarStart();
        LocalDate first = calendarStart.isBefore(today.minusDays(29)) ? calendarStart : today.minusDays(29);
        List<Instant> starts = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today.plusDays(1)); day = day.plusDays(1)) {
            starts.add(days.start(day));
        }
        List<ReviewLog.Counts> perDay = ReviewLog.perSpan(store, packId, starts);
        int cards;
        List<Long> dues;
        try {
            cards = CardTable.count(store.scope(), packId);
            dues = CardTable.dues(
                    store.scope(),
                    packId,
                    now.toEpochMilli(),
                    days.start(today.plusDays(FORECAST_DAYS)).toEpochMilli());
        } catch (SQLException e) {
            throw store.failure("read the cards", e);
        }
        int streak = ReviewLog.streak(store, days, packId, today);
        return new Report(
                today,
                packId,
                ReviewLog.answers(store, packId),
                cards,
                perDay.get(perDay.size() - 1).answers(),
                streak,
                retention(perDay, 7),
                retention(perDay, 30),
                tags,
                hardest,
                forecast(dues),
                calendar(
                        perDay.subList((int) ChronoUnit.DAYS.between(first, calendarStart), perDay.size()),
                        calendarStart));
    }

    /** True retention over today and the {@code span - 1} study days before it, the last ones of {@code perDay}. */
    private static Retention retention(List<ReviewLog.Counts> perDay, int span) {
        int passed = 0;
        int total = 0;
        for (ReviewLog.Counts day : perDay.subList(perDay.size() - span, perDay.size())) {
            passed += day.passed();
            total += day.retention();
        }
        return new Retention(passed, total);
    }

    /**
     * Weakest tag first; only questions of loaded packs have tags. Each loaded pack's answered questions read from the
     * tallies the store keeps, a row per question; of the pack {@code packId} alone when not null.
     */
    private List<TagAccuracy> tagAccuracy(String packId, Questions questions) throws SQLException {
        Set<String> packs = new TreeSet<>();
        for (String pack : questions.packs()) {
            if (packId == null || packId.equals(pack)) {
                packs.add(pack);
            }
        }
        Map<String, int[]> byTag = new TreeMap<>();
        for (String pack : packs) {
            Map<String, QuestionInfo> ofPack = questions.of(pack);
            CardTallyTable.eachOfPack(store.scope(), pack, (questionId, answers, correct) -> {
                QuestionInfo info = ofPack.get(questionId);
                if (info != null) {
                    for (String tag : info.tags()) {
                        int[] counts = byTag.computeIfAbsent(tag, t -> new int[2]);
                        counts[0] += answers;
                        counts[1] += correct;
                    }
                }
            });
        }
        List<TagAccuracy> tags = new ArrayList<>();
        byTag.forEach((tag, counts) -> tags.add(new TagAccuracy(tag, counts[0], counts[1])));
        tags.sort(Comparator.<TagAccuracy>comparingDouble(t -> (double) t.correct() / t.answers())
                .thenComparing(TagAccuracy::tag));
        return tags;
    }

    /**
     * Most lapses first, then lowest accuracy, then most answers, then by key; only questions ever lapsed or missed.
     * {@code candidates} are those the database ranks first, with every one tied with the last of them.
     */
    private static List<HardQuestion> hardest(List<CardTallyTable.Keyed> candidates, Questions questions) {
        record Ranked(HardQuestion question, String key) {}
        List<Ranked> hard = new ArrayList<>();
        for (CardTallyTable.Keyed card : candidates) {
            QuestionInfo info = questions.of(card.key().packId()).get(card.key().questionId());
            CardTally t = card.tally();
            hard.add(new Ranked(
                    new HardQuestion(
                            card.key(), info == null ? null : info.prompt(), t.lapses(), t.answers(), t.correct()),
                    card.key().toString()));
        }
        hard.sort(Comparator.comparing(
                        Ranked::question,
                        Comparator.comparingInt(HardQuestion::lapses)
                                .reversed()
                                .thenComparingDouble(h -> (double) h.correct() / h.answers())
                                .thenComparing(Comparator.comparingInt(HardQuestion::answers)
                                        .reversed()))
                .thenComparing(Ranked::key));
        return hard.subList(0, Math.min(HARDEST, hard.size())).stream()
                .map(Ranked::question)
                .toList();
    }

    /**
     * Cards by the study day they fall due ({@code dues}, as {@link CardTable#dues} gives them); overdue ones today. A
     * due time's day is found among the starts of the next {@link #FORECAST_DAYS} study days, compared as numbers,
     * where each of those days starts on its own date, each after the one before (a day the zone skipped does not);
     * otherwise by {@link StudyDays#dayOf}, time by time.
     */
    private Forecast forecast(List<Long> dues) {
        long[] starts = new long[FORECAST_DAYS + 1];
        boolean regular = true;
        for (int i = 0; i <= FORECAST_DAYS; i++) {
            Instant start = days.start(today.plusDays(i));
            starts[i] = start.toEpochMilli();
            regular &= start.atZone(days.zone()).toLocalDate().equals(today.plusDays(i))
                    && (i == 0 || starts[i] > starts[i - 1]);
        }
        int[] perDay = new int[FORECAST_DAYS];
        int overdue = 0;
        for (long due : dues) {
            long offset = regular
                    ? startsNotAfter(starts, due) - 1
                    : ChronoUnit.DAYS.between(today, days.dayOf(Instant.ofEpochMilli(due)));
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

    /** How many of {@code starts} (ascending) are not after {@code time}. */
    private static int startsNotAfter(long[] starts, long time) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The calendar's first day: whole weeks, Monday first, the last one holding today. */
    private LocalDate calendarStart() {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(CALENDAR_WEEKS - 1L);
    }

    /** Answers per day from {@code first} to today, the days of {@code perDay}. */
    private Calendar calendar(List<ReviewLog.Counts> perDay, LocalDate first) {
        return new Calendar(
                first, today, perDay.stream().map(ReviewLog.Counts::answers).toList());
    }
}
