package quizline.fit;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import quizline.schedule.FsrsParameters;

/** Learners whose memory follows hidden weights, studied with the default scheduler. */
final class SimulatedLearners {
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private SimulatedLearners() {}

    static FsrsParameters hiddenWeights(long seed, double sigmas) {
        return Simulation.drawLearner(seed, sigmas);
    }

    static List<LoggedReview> log(FsrsParameters truth, int reviews, long seed) {
        return Simulation.learnerLog(truth, reviews, START, seed);
    }

    static TrainingSet set(List<LoggedReview> log) {
        return TrainingSet.of(log, LocalTime.MIDNIGHT, ZoneOffset.UTC);
    }
}
