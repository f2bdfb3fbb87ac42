package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Rating;

/**
 * The answer counts the store keeps per card ({@code card_tally}) and per quarter of an hour ({@code answer_slot}) are
 * those of the log, whatever wrote it: seeded sessions (two at once on one profile, cram answers, lapses, a typo),
 * undos, resets, an import of another profile's progress into this one, and the migration of a profile made before
 * the counts were kept. And what a student sees of them in {@code stats} (accuracy per tag, the hardest questions,
 * the calendar's days and the retention) is what a count of the log gives, days starting on a quarter of an hour or
 * not.
 */
class CardTallyTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Rating[] RATINGS = {Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.GOOD, Rating.EASY};
    private static final Verdict[] VERDICTS = {Verdict.RIGHT, Verdict.RIGHT, Verdict.TYPO, Verdict.WRONG};
    private static final StudyDays DAYS = new StudyDays(ZoneId.of("Europe/Berlin"), LocalTime.of(4, 0));

    @TempDir
    Path dir;

    private final Random random = new Random(17);

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theCountsAreThoseOfTheLogAfterSessionsUndosResetsAndAnImport(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        Map<CardKey, Card> cards = new HashMap<>();
        try (SqlProgressStore store = profile.open();
                SqlProgressStore other = profile.open()) {
            List<ReviewRecord> mine = new ArrayList<>();
            for (int day = 0; day < 40; day++) {
                for (int c = 0; c < 14; c++) {
                    if (random.nextInt(3) == 0) {
                        // The two sessions take turns on the same cards
                        SqlProgressStore session = random.nextBoolean() ? store : other;
                        Instant at = T0.plus(Duration.ofDays(day)).plusSeconds(60L * c);
                        ReviewRecord r = answer(session, cards, key("mini", c), at);
                        if (session == store) {
                            mine.add(r);
                        }
                        if (random.nextInt(5) == 0) {
                            session.record(cram(cards, key("mini", c), at.plusSeconds(30)));
                        }
                    }
                }
            }
            assertCountsAreTheLogs(store);

            // The newest answer taken back, a cram answer taken back, a card reset and answered again
            ReviewRecord last = answer(store, cards, key("mini", 3), T0.plus(Duration.ofDays(41)));
            store.undo(last);
            cards.put(last.key(), last.before());
            ReviewRecord crammed =
                    cram(cards, key("mini", 4), T0.plus(Duration.ofDays(41)).plusSeconds(60));
            store.record(crammed);
            store.undo(crammed);
            store.forget(key("mini", 5), T0.plus(Duration.ofDays(41)).plusSeconds(120));
            cards.remove(key("mini", 5));
            answer(store, cards, key("mini", 5), T0.plus(Duration.ofDays(41)).plusSeconds(180));
            assertCountsAreTheLogs(store);

            // A card's only answer taken back: it has no count left
            ReviewRecord only = answer(store, cards, key("mini", 99), T0.plus(Duration.ofDays(42)));
            store.undo(only);
            cards.remove(only.key());
            assertCountsAreTheLogs(store);
            assertFalse(CardTallyTable.stored(store.scope()).containsKey(key("mini", 99)));

            // Another profile's progress imported: the cards both have, and cards only it has
            Backend.Profile elsewhere = backend.newProfile(dir.resolve("elsewhere"));
            java.nio.file.Files.createDirectories(dir.resolve("elsewhere"));
            String json;
            try (SqlProgressStore laptop = elsewhere.open()) {
                Map<CardKey, Card> laptopCards = new HashMap<>();
                for (int i = 0; i < 60; i++) {
                    int c = random.nextInt(20);
                    answer(laptop, laptopCards, key(c < 10 ? "mini" : "other", c), T0.plus(Duration.ofHours(7 * i)));
                }
                StringWriter out = new StringWriter();
                ProgressArchive.write(laptop, T0.plus(Duration.ofDays(60)), out);
                json = out.toString();
            }
            ProgressArchive.Archive archive =
                    ProgressArchive.read(new StringReader(json), "laptop.json", (key, value) -> {});
            ProgressArchive.ImportResult imported = ProgressArchive.importInto(store, archive);
            assertEquals(60, imported.added());
            assertCountsAreTheLogs(store);
            // The same file again adds nothing, and the counts stay
            ProgressArchive.importInto(store, archive);
            assertCountsAreTheLogs(store);

            // What stats shows of them: the tags' accuracy and the hardest questions, as a count of the log gives
            Map<CardKey, Stats.QuestionInfo> questions = new HashMap<>();
            for (int c = 0; c < 20; c++) {
                questions.put(
                        key(c < 10 ? "mini" : "other", c),
                        new Stats.QuestionInfo("Q" + c, c % 3 == 0 ? List.of("hosts", "dates") : List.of("members")));
            }
            Stats stats = new Stats(store, DAYS, T0.plus(Duration.ofDays(60)));
            for (String pack : new String[] {null, "mini", "other"}) {
                Stats.Report report = stats.report(pack, questions);
                Map<CardKey, CardTally> counted = counted(store.reviews(), pack);
                assertEquals(tagsOf(counted, questions), report.tags(), "tags of " + pack);
                assertEquals(hardestOf(counted, questions), report.hardest(), "hardest of " + pack);
                assertEquals(
                        counted.values().stream().mapToInt(CardTally::answers).sum(), report.answers());
            }
            for (StudyDays days : List.of(DAYS, new StudyDays(ZoneId.of("Europe/Berlin"), LocalTime.of(4, 10)))) {
                assertDaysAreTheLogs(store, days, T0.plus(Duration.ofDays(20)).plusSeconds(7200));
            }
        }
    }

    /**
     * A profile made before the counts were kept (schema 9), with answers: opening it counts them from the log, on
     * both backends, and the answers after it add to them.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aProfileOfSchemaNineGetsTheCountsOfItsLog(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        Map<CardKey, Card> cards = new HashMap<>();
        List<ReviewRecord> rows = new ArrayList<>();
        try (SqlProgressStore scratch = SqliteProgressStore.inMemory()) {
            for (int i = 0; i < 80; i++) {
                rows.add(answer(scratch, cards, key("mini", random.nextInt(9)), T0.plus(Duration.ofHours(5 * i))));
                if (i % 7 == 0) {
                    rows.add(cram(cards, rows.get(rows.size() - 1).key(), T0.plus(Duration.ofHours(5 * i + 1))));
                }
            }
        }
        try (Connection db = profile.connect()) {
            Dialect dialect = backend == Backend.SQLITE ? Dialect.SQLITE : Dialect.POSTGRES;
            Migrations.run(db, dialect, 9);
            Scope scope = new Scope(db, dialect, profile.name());
            for (ReviewRecord r : rows) {
                try (PreparedStatement p = scope.prepare(ReviewLog.INSERT, ReviewLog.values(ReviewRow.of(r)))) {
                    p.executeUpdate();
                }
            }
        }
        try (SqlProgressStore store = profile.open()) {
            assertCountsAreTheLogs(store);
            assertEquals(9, CardTallyTable.stored(store.scope()).size());
            answer(store, new HashMap<>(), key("mini", 50), T0.plus(Duration.ofDays(30)));
            assertCountsAreTheLogs(store);
        }
    }

    /** Counts that no longer match the log (changed by hand) are listed by doctor and put back in line with it. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void doctorRecountsCountsThatDifferFromTheLog(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        Map<CardKey, Card> cards = new HashMap<>();
        try (SqlProgressStore store = profile.open()) {
            for (int i = 0; i < 30; i++) {
                answer(store, cards, key("mini", i % 4), T0.plus(Duration.ofHours(30L * i)));
            }
            Doctor.Report healthy = Doctor.examine(store, Map.of());
            assertEquals(List.of(), healthy.tallies());
            assertFalse(healthy.changed());
            Map<CardKey, CardTally> before = CardTallyTable.stored(store.scope());
            try (Connection db = profile.connect();
                    Statement s = db.createStatement()) {
                s.execute("UPDATE card_tally SET answers = 99 WHERE question_id = 'q1'");
                s.execute("DELETE FROM card_tally WHERE question_id = 'q2'");
                s.execute("UPDATE answer_slot SET passed = passed + 1");
                s.execute("INSERT INTO card_tally (" + (backend == Backend.SQLITE ? "" : "profile, ")
                        + "pack_id, question_id, answers, scheduled, correct, lapses) VALUES ("
                        + (backend == Backend.SQLITE ? "" : "'student', ") + "'mini', 'never', 1, 1, 1, 0)");
            }
            Doctor.Report report = Doctor.examine(store, Map.of());
            assertFalse(report.damaged());
            assertTrue(report.changed());
            assertEquals(
                    List.of(
                            new Doctor.TallyDifference(new CardKey("mini", "never"), new CardTally(1, 1, 1, 0), null),
                            new Doctor.TallyDifference(
                                    key("mini", 1),
                                    withAnswers(before.get(key("mini", 1)), 99),
                                    before.get(key("mini", 1))),
                            new Doctor.TallyDifference(key("mini", 2), null, before.get(key("mini", 2)))),
                    report.tallies());
            assertEquals(30, report.slots(), "each answer's quarter of an hour, changed");
            assertEquals(before, CardTallyTable.stored(store.scope()));
            assertEquals(AnswerSlotTable.recounted(store.scope()), AnswerSlotTable.stored(store.scope()));
            Doctor.Report again = Doctor.examine(store, Map.of());
            assertEquals(List.of(), again.tallies());
            assertEquals(0, again.slots());
        }
    }

    /** The calendar's days, today's answers and both retentions of the report at {@code now}, as the log counts them. */
    private static void assertDaysAreTheLogs(SqlProgressStore store, StudyDays days, Instant now) {
        Stats.Report report = new Stats(store, days, now).report(null, Map.of());
        LocalDate today = days.dayOf(now);
        int[] answers = new int[200];
        int[][] retention = new int[200][2];
        for (ReviewRecord r : store.reviews()) {
            long back = ChronoUnit.DAYS.between(days.dayOf(r.at()), today);
            if (back >= 0 && back < 200) {
                answers[(int) back]++;
                if (r.kind() == ReviewKind.REVIEW && r.before().state() == CardState.REVIEW) {
                    retention[(int) back][1]++;
                    retention[(int) back][0] += r.rating() == Rating.AGAIN ? 0 : 1;
                }
            }
        }
        for (LocalDate day = report.calendar().firstDay(); !day.isAfter(today); day = day.plusDays(1)) {
            assertEquals(
                    answers[(int) ChronoUnit.DAYS.between(day, today)],
                    report.calendar().count(day),
                    day + " of " + days);
        }
        assertEquals(answers[0], report.reviewsToday());
        for (int span : new int[] {7, 30}) {
            int passed = 0;
            int total = 0;
            for (int back = 0; back < span; back++) {
                passed += retention[back][0];
                total += retention[back][1];
            }
            assertEquals(
                    new Stats.Retention(passed, total),
                    span == 7 ? report.retention7() : report.retention30(),
                    span + " days of " + days);
        }
    }

    private static CardTally withAnswers(CardTally t, int answers) {
        return new CardTally(answers, t.scheduled(), t.correct(), t.lapses());
    }

    private static void assertCountsAreTheLogs(SqlProgressStore store) throws Exception {
        assertEquals(
                new HashMap<>(counted(store.reviews(), null)),
                new HashMap<>(CardTallyTable.stored(store.scope())),
                "the kept counts are a recount of the log");
        assertEquals(
                new HashMap<>(CardTallyTable.recounted(store.scope())),
                new HashMap<>(CardTallyTable.stored(store.scope())));
        Map<Long, ReviewLog.Counts> slots = new TreeMap<>();
        for (ReviewRecord r : store.reviews()) {
            boolean retention = r.kind() == ReviewKind.REVIEW && r.before().state() == CardState.REVIEW;
            slots.merge(
                    r.at().toEpochMilli() / 900_000L,
                    new ReviewLog.Counts(1, retention && r.rating() != Rating.AGAIN ? 1 : 0, retention ? 1 : 0),
                    (a, b) -> new ReviewLog.Counts(
                            a.answers() + b.answers(), a.passed() + b.passed(), a.retention() + b.retention()));
        }
        assertEquals(slots, AnswerSlotTable.stored(store.scope()), "the kept quarters of an hour are a recount");
        assertEquals(AnswerSlotTable.recounted(store.scope()), AnswerSlotTable.stored(store.scope()));
    }

    /** Each card's answers, right ones and lapses, counted here from the log's records one by one. */
    private static Map<CardKey, CardTally> counted(List<ReviewRecord> log, String pack) {
        Map<CardKey, CardTally> counts = new TreeMap<>(Comparator.comparing(CardKey::toString));
        for (ReviewRecord r : log) {
            if (pack != null && !pack.equals(r.key().packId())) {
                continue;
            }
            boolean lapse = r.kind() == ReviewKind.REVIEW
                    && r.before().state() == CardState.REVIEW
                    && r.rating() == Rating.AGAIN;
            counts.merge(
                    r.key(),
                    new CardTally(
                            1,
                            r.kind() == ReviewKind.REVIEW ? 1 : 0,
                            r.correctness() == Verdict.WRONG ? 0 : 1,
                            lapse ? 1 : 0),
                    CardTally::plus);
        }
        return counts;
    }

    private static List<Stats.TagAccuracy> tagsOf(
            Map<CardKey, CardTally> counted, Map<CardKey, Stats.QuestionInfo> questions) {
        Map<String, int[]> byTag = new TreeMap<>();
        counted.forEach((key, t) -> {
            // Only the questions of loaded packs have tags
            Stats.QuestionInfo info = questions.get(key);
            for (String tag : info == null ? List.<String>of() : info.tags()) {
                int[] n = byTag.computeIfAbsent(tag, x -> new int[2]);
                n[0] += t.answers();
                n[1] += t.correct();
            }
        });
        List<Stats.TagAccuracy> tags = new ArrayList<>();
        byTag.forEach((tag, n) -> tags.add(new Stats.TagAccuracy(tag, n[0], n[1])));
        tags.sort(Comparator.<Stats.TagAccuracy>comparingDouble(t -> (double) t.correct() / t.answers())
                .thenComparing(Stats.TagAccuracy::tag));
        return tags;
    }

    private static List<Stats.HardQuestion> hardestOf(
            Map<CardKey, CardTally> counted, Map<CardKey, Stats.QuestionInfo> questions) {
        return counted.entrySet().stream()
                .filter(e -> e.getValue().lapses() > 0
                        || e.getValue().correct() < e.getValue().answers())
                .sorted(Comparator.<Map.Entry<CardKey, CardTally>>comparingInt(
                                e -> -e.getValue().lapses())
                        .thenComparingDouble(e ->
                                (double) e.getValue().correct() / e.getValue().answers())
                        .thenComparingInt(e -> -e.getValue().answers())
                        .thenComparing(e -> e.getKey().toString()))
                .limit(Stats.HARDEST)
                .map(e -> new Stats.HardQuestion(
                        e.getKey(),
                        questions.containsKey(e.getKey())
                                ? questions.get(e.getKey()).prompt()
                                : null,
                        e.getValue().lapses(),
                        e.getValue().answers(),
                        e.getValue().correct()))
                .toList();
    }

    private static CardKey key(String pack, int c) {
        return new CardKey(pack, "q" + c);
    }

    /** A scheduled review of the card as {@code cards} holds it, at random: a rating, a verdict, the next state. */
    private ReviewRecord answer(SqlProgressStore store, Map<CardKey, Card> cards, CardKey key, Instant at) {
        Card before = cards.getOrDefault(key, Card.newCard(key.toString(), Instant.EPOCH));
        Rating rating = RATINGS[random.nextInt(RATINGS.length)];
        Verdict verdict = rating == Rating.AGAIN ? Verdict.WRONG : VERDICTS[random.nextInt(VERDICTS.length)];
        CardState state = rating != Rating.AGAIN
                ? CardState.REVIEW
                : before.state() == CardState.NEW ? CardState.LEARNING : CardState.RELEARNING;
        int lapses = before.lapses() + (rating == Rating.AGAIN && before.state() == CardState.REVIEW ? 1 : 0);
        Card after = new Card(state, 0, 4.5, 5.5, 0, at, at.plus(Duration.ofDays(2)), before.reps() + 1, lapses, 2, 7L);
        ReviewRecord review =
                new ReviewRecord(key, at, rating, "x", verdict, 1000, before, after, ReviewKind.REVIEW, "h-" + key);
        store.record(review);
        cards.put(key, after);
        return review;
    }

    /** A cram answer of the card as it is: logged, the card unchanged. */
    private ReviewRecord cram(Map<CardKey, Card> cards, CardKey key, Instant at) {
        Card card = cards.getOrDefault(key, Card.newCard(key.toString(), Instant.EPOCH));
        Verdict verdict = VERDICTS[random.nextInt(VERDICTS.length)];
        return new ReviewRecord(
                key,
                at,
                verdict == Verdict.WRONG ? Rating.AGAIN : Rating.GOOD,
                "x",
                verdict,
                900,
                card,
                card,
                ReviewKind.CRAM,
                "h-" + key);
    }
}
