package quizline.fit;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import quizline.schedule.Fsrs6;
import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;
import quizline.schedule.SchedulerOptions;

/** Learners whose memory follows hidden weights, studied with the default scheduler. */
final class SimulatedLearners {
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private SimulatedLearners() {}

    /**
     * A learner drawn from the spread of users' fitted weights: the defaults, w4–w20 each moved by
     * a normal draw of {@code sigmas} times its standard deviation across users; the four initial
     * stabilities scaled by a log-normal draw (σ 0.5·sigmas) and kept in grade order, as every
     * learner remembers an Easy card longer than one forgotten; all clipped to their bounds.
     */
    static FsrsParameters hiddenWeights(long seed, double sigmas) {
        Random random = new Random(seed);
        double[] w = FsrsParameters.defaults().weights();
        for (int i = 0; i < 4; i++) {
            w[i] *= Math.exp(random.nextGaussian() * 0.5 * sigmas);
        }
        Arrays.sort(w, 0, 4);
        for (int i = 4; i < w.length; i++) {
            w[i] += random.nextGaussian() * sigmas * Optimizer.SPREAD[i];
        }
        return new FsrsParameters(FsrsParameters.clip(w, true, 1));
    }

    /** About {@code reviews} reviews (at least) of a learner with these hidden weights. */
    static List<LoggedReview> log(FsrsParameters truth, int reviews, long seed) {
        Fsrs6 scheduler =
                new Fsrs6(FsrsParameters.defaults(), SchedulerOptions.defaults().withFuzz(true));
        int days = 40 + reviews / 200;
        while (true) {
            Simulation.Outcome o = Simulation.ofNewCards(
                    scheduler, new Fsrs6Model(truth), 20 * days, START, Simulation.Settings.typical(days, 20, seed));
            if (o.log().size() >= reviews) {
                return o.log().subList(0, reviews);
            }
            days += Math.max(
                    10, days * (reviews - o.log().size()) / Math.max(1, o.log().size()));
        }
    }

    static TrainingSet set(List<LoggedReview> log) {
        return TrainingSet.of(log, LocalTime.MIDNIGHT, ZoneOffset.UTC);
    }
}
