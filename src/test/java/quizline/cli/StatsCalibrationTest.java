package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import quizline.fit.Evaluation;
import quizline.fit.TrainingSet;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;
import quizline.schedule.Rating;
import quizline.store.Backend;
import quizline.store.CardKey;
import quizline.store.KeptCalibration;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;
import quizline.store.SqlProgressStore;

/**
 * The calibration table of {@code stats} from the sums the store kept is the table of a replay of the whole log, to the
 * last bit: after answers appended (a reset card's new history among them), after an undo and a row removed, and
 * after a change of weights. The answers' times are fixed, so the log and its study days are the same on every run.
 */
class StatsCalibrationTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalTime DAY_START = LocalTime.of(4, 0);
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Rating[] RATINGS = {Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.GOOD, Rating.EASY};

    @TempDir
    Path dir;

    /** Each card's state as stored: the test's side of the profile. */
    private final Map<CardKey, Card> cards = new HashMap<>();

    private final Random random = new Random(11);

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theKeptSumsGiveTheTableOfAWholeReplay(Backend backend) throws Exception {
        FsrsParameters defaults = FsrsParameters.defaults();
        Backend.Profile profile = backend.newProfile(dir);
        try (SqlProgressStore store = profile.open()) {
            answerDays(store, 0, 40, 12);
            assertEquals(replayed(store, defaults), StatsCalibration.rows(store, defaults, DAY_START, ZONE));
            KeptCalibration first = store.keptCalibration().orElseThrow();
            assertEquals(store.newestReviewId(), first.coveredId());

            // Answers appended: some cards reset first, so that their histories start again
            for (int c = 0; c < 3; c++) {
                CardKey key = key(c);
                store.reset(key);
                cards.remove(key);
            }
            Instant at = answerDays(store, 41, 60, 12);
            store.record(cram(key(5), at));
            assertEquals(replayed(store, defaults), StatsCalibration.rows(store, defaults, DAY_START, ZONE));
            KeptCalibration second = store.keptCalibration().orElseThrow();
            assertTrue(second.coveredId() > first.coveredId(), "the kept sums cover the appended answers");
            assertEquals(store.scheduledUpTo(second.coveredId()), second.coveredRows());

            // Nothing new: the same table, nothing written
            assertEquals(replayed(store, defaults), StatsCalibration.rows(store, defaults, DAY_START, ZONE));
            assertEquals(second, store.keptCalibration().orElseThrow());

            // An undo of the newest answer, after the sums were kept
            ReviewRecord last = answer(store, key(7), Instant.parse("2026-05-10T09:00:00Z"));
            assertEquals(replayed(store, defaults), StatsCalibration.rows(store, defaults, DAY_START, ZONE));
            store.undo(last);
            cards.put(key(7), last.before());
            assertEquals(replayed(store, defaults), StatsCalibration.rows(store, defaults, DAY_START, ZONE));

            // A row the sums cover removed by another session's undo, and an answer appended after it
            ReviewRecord covered = answer(store, key(9), Instant.parse("2026-05-11T09:00:00Z"));
            assertEquals(replayed(store, defaults), StatsCalibration.rows(store, defaults, DAY_START, ZONE));
            try (SqlProgressStore other = profile.open()) {
                answer(other, key(10), Instant.parse("2026-05-11T09:05:00Z"));
            }
            store.undo(covered);
            cards.put(key(9), covered.before());
            assertEquals(replayed(store, defaults), StatsCalibration.rows(store, defaults, DAY_START, ZONE));

            // Other weights: the whole log replayed under them, then under the defaults again
            double[] w = defaults.weights().clone();
            w[0] = 0.5;
            w[8] = 1.2;
            FsrsParameters fitted = new FsrsParameters(w);
            assertEquals(replayed(store, fitted), StatsCalibration.rows(store, fitted, DAY_START, ZONE));
            assertEquals(
                    StatsCalibration.model(fitted, DAY_START, ZONE),
                    store.keptCalibration().orElseThrow().model());
            assertEquals(replayed(store, defaults), StatsCalibration.rows(store, defaults, DAY_START, ZONE));
            // Another time zone is another model too
            ZoneId tokyo = ZoneId.of("Asia/Tokyo");
            assertEquals(replayed(store, defaults, tokyo), StatsCalibration.rows(store, defaults, DAY_START, tokyo));
        }
    }

    /**
     * A session writing at the moment the report would keep its sums: the report shows the same table without waiting
     * for it and keeps nothing; the next keeps them. Sums that cannot be read are replayed and kept anew.
     */
    @org.junit.jupiter.api.Test
    void aSessionsWriteComesFirstAndUnreadableSumsAreReplayed() throws Exception {
        FsrsParameters defaults = FsrsParameters.defaults();
        Backend.Profile profile = Backend.SQLITE.newProfile(dir);
        try (SqlProgressStore session = profile.open()) {
            answerDays(session, 0, 30, 8);
        }
        try (SqlProgressStore store = quizline.store.SqliteProgressStore.openForReading(profile.file())) {
            List<Evaluation.CalibrationRow> whole = replayed(store, defaults);
            try (java.sql.Connection writer = profile.connect();
                    java.sql.Statement s = writer.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                assertEquals(whole, StatsCalibration.rows(store, defaults, DAY_START, ZONE));
                assertTrue(store.keptCalibration().isEmpty(), "nothing kept while a session writes");
                s.execute("COMMIT");
            }
            assertEquals(whole, StatsCalibration.rows(store, defaults, DAY_START, ZONE));
            assertTrue(store.keptCalibration().isPresent());

            try (java.sql.Connection db = profile.connect();
                    java.sql.Statement s = db.createStatement()) {
                s.execute("UPDATE calibration SET sums = 'not sums'");
            }
            assertEquals(whole, StatsCalibration.rows(store, defaults, DAY_START, ZONE));
            assertEquals(
                    whole,
                    quizline.fit.CalibrationSums.parse(
                                    store.keptCalibration().orElseThrow().sums())
                            .rows());
        }
    }

    private static CardKey key(int c) {
        return new CardKey("mini", "q" + c);
    }

    /** Answers on the days {@code from} to {@code to} after T0: each day some of {@code count} cards, at random. */
    private Instant answerDays(SqlProgressStore store, int from, int to, int count) {
        Instant at = T0;
        for (int day = from; day <= to; day++) {
            for (int c = 0; c < count; c++) {
                if (random.nextInt(3) == 0) {
                    at = T0.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(c * 7L + random.nextInt(5)));
                    answer(store, key(c), at);
                    if (random.nextInt(4) == 0) {
                        // A second answer the same day: moves the memory state, is not predicted
                        answer(store, key(c), at.plusSeconds(600));
                    }
                }
            }
        }
        return at;
    }

    private ReviewRecord answer(SqlProgressStore store, CardKey key, Instant at) {
        Card before = cards.getOrDefault(key, Card.newCard(key.packId() + "/" + key.questionId(), Instant.EPOCH));
        Rating rating = RATINGS[random.nextInt(RATINGS.length)];
        CardState state = rating == Rating.AGAIN ? CardState.RELEARNING : CardState.REVIEW;
        Card after = new Card(
                state, 0, 4.5, 5.5, 0, at, at.plus(Duration.ofDays(2)), before.reps() + 1, before.lapses(), 2, 7L);
        ReviewRecord review =
                new ReviewRecord(key, at, rating, "x", Verdict.RIGHT, 1000, before, after, ReviewKind.REVIEW, "h");
        store.record(review);
        cards.put(key, after);
        return review;
    }

    private ReviewRecord cram(CardKey key, Instant at) {
        Card card = cards.get(key);
        return new ReviewRecord(key, at, Rating.GOOD, "x", Verdict.RIGHT, 1000, card, card, ReviewKind.CRAM, "h");
    }

    private static List<Evaluation.CalibrationRow> replayed(SqlProgressStore store, FsrsParameters weights) {
        return replayed(store, weights, ZONE);
    }

    /** The table of the whole log as the optimiser's training set cuts it: every review read, in time order. */
    private static List<Evaluation.CalibrationRow> replayed(
            SqlProgressStore store, FsrsParameters weights, ZoneId zone) {
        TrainingSet set = TrainingSet.of(new ArrayList<>(FsrsLog.reviewsOf(store)), DAY_START, zone);
        return Evaluation.calibration(Evaluation.predictions(new Fsrs6Model(weights), set.items()), set.items());
    }
}
