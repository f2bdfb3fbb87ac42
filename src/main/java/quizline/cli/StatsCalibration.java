package quizline.cli;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import quizline.fit.CalibrationSums;
import quizline.fit.Evaluation;
import quizline.fit.LoggedReview;
import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;
import quizline.store.CardKey;
import quizline.store.KeptCalibration;
import quizline.store.SqlProgressStore;

/**
 * The calibration table of {@code quizline stats} without replaying the whole log each time: the store keeps the
 * bins' sums with the newest review row they cover, and a report replays only the cards with a scheduled review after
 * it (each card's whole history: a card's predictions change when a reset starts its history again), taking out what
 * their history up to that row had added and adding what it adds now. The whole log is replayed when there are no
 * sums, or sums of other weights, day start or time zone, or when a covered row was removed or written late since (the
 * count of covered rows differs). The sums do not depend on the order they were added in, so both give the same rows
 * to the last bit.
 */
final class StatsCalibration {
    /** Names how the sums are made: a change to it makes every kept sum another model's. */
    private static final String METHOD = "fsrs6-calibration-1";

    private StatsCalibration() {}

    /** The sums of the log as it is, and the record of them to keep. */
    private record Brought(CalibrationSums sums, KeptCalibration kept) {}

    /** The rows of the table, and the sums to keep for the next report: none when the kept ones are still right. */
    record Calibrated(List<Evaluation.CalibrationRow> rows, Optional<KeptCalibration> toKeep) {
        /** Keeps the new sums, if any, in {@code store}. */
        void keep(SqlProgressStore store) {
            toKeep.ifPresent(store::keepCalibration);
        }
    }

    /** The rows of the table for the weights in use; keeps the sums for the next report when they changed. */
    static List<Evaluation.CalibrationRow> rows(
            SqlProgressStore store, FsrsParameters weights, LocalTime dayStart, ZoneId zone) {
        Calibrated calibrated = calibrate(store, weights, dayStart, zone);
        calibrated.keep(store);
        return calibrated.rows();
    }

    /** The rows of the table for the weights in use, and the sums to keep: nothing written yet. */
    static Calibrated calibrate(SqlProgressStore store, FsrsParameters weights, LocalTime dayStart, ZoneId zone) {
        String model = model(weights, dayStart, zone);
        Evaluation.Calibration calibrating = new Evaluation.Calibration(new Fsrs6Model(weights), dayStart, zone);
        Optional<KeptCalibration> kept =
                store.keptCalibration().filter(k -> k.model().equals(model));
        Brought brought = store.inSnapshot(() -> {
            long newest = store.newestReviewId();
            return kept.flatMap(k -> appended(store, calibrating, k, newest))
                    .orElseGet(() -> replayed(store, calibrating, model, newest));
        });
        boolean changed = kept.isEmpty() || !kept.get().equals(brought.kept());
        return new Calibrated(brought.sums().rows(), changed ? Optional.of(brought.kept()) : Optional.empty());
    }

    /** What the sums are made under: the method, every weight to the last bit, the day's start and the time zone. */
    static String model(FsrsParameters weights, LocalTime dayStart, ZoneId zone) {
        return METHOD + ";"
                + Arrays.stream(weights.weights()).mapToObj(Double::toString).collect(Collectors.joining(",")) + ";"
                + dayStart + ";" + zone.getId();
    }

    /** The kept sums brought up to row {@code newest}; none when they cannot be (a covered row removed, unreadable). */
    private static Optional<Brought> appended(
            SqlProgressStore store, Evaluation.Calibration calibrating, KeptCalibration kept, long newest) {
        CalibrationSums sums;
        try {
            sums = CalibrationSums.parse(kept.sums());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        long covered = kept.coveredId();
        if (covered > newest || store.scheduledUpTo(covered) != kept.coveredRows()) {
            return Optional.empty();
        }
        long rows = kept.coveredRows();
        for (CardKey key : store.cardsScheduledBetween(covered, newest)) {
            String name = FsrsLog.name(key);
            List<LoggedReview> before = new ArrayList<>();
            List<LoggedReview> now = new ArrayList<>();
            store.eachScheduledOf(key, newest, (k, id, reviewedAt, rating, state) -> {
                LoggedReview review = new LoggedReview(name, Instant.ofEpochMilli(reviewedAt), rating, state);
                now.add(review);
                if (id <= covered) {
                    before.add(review);
                }
            });
            rows += now.size() - before.size();
            sums.subtract(calibrating.of(name, before));
            sums.add(calibrating.of(name, now));
        }
        return Optional.of(new Brought(sums, new KeptCalibration(kept.model(), newest, rows, sums.format())));
    }

    /** The sums of a replay of the whole log, up to row {@code newest}. */
    private static Brought replayed(
            SqlProgressStore store, Evaluation.Calibration calibrating, String model, long newest) {
        long[] rows = {0};
        FsrsLog.eachCard(store, (name, reviews) -> {
            rows[0] += reviews.size();
            calibrating.card(name, reviews);
        });
        CalibrationSums sums = calibrating.sums();
        return new Brought(sums, new KeptCalibration(model, newest, rows[0], sums.format()));
    }
}
