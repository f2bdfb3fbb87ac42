package quizline.fit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import quizline.schedule.Fsrs6;
import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;
import quizline.schedule.SchedulerOptions;

/**
 * What a desired retention costs and gives: the learner's cards studied for a year under their
 * weights (the scheduler and the simulated memory alike), once per desired retention, with the same
 * seed, so the levels differ only by the retention asked for.
 */
public final class RetentionStudy {
    /** The desired retentions compared. */
    public static final double[] LEVELS = {0.70, 0.75, 0.80, 0.85, 0.90, 0.95, 0.97};
    /** Anki's advice holds desired retention within this range. */
    public static final double ADVISED_LOW = 0.80;

    public static final double ADVISED_HIGH = 0.95;

    /**
     * One desired retention's year.
     *
     * @param remembered expected cards recalled at the end of the year
     * @param perHour cards remembered per hour of study over the year
     */
    public record Level(
            double retention, double reviewsPerDay, double minutesPerDay, double remembered, double perHour) {}

    private RetentionStudy() {}

    public static Level simulate(
            FsrsParameters weights,
            SchedulerOptions options,
            List<Simulation.Start> cards,
            Instant start,
            Simulation.Settings settings,
            double retention) {
        Fsrs6 scheduler = new Fsrs6(weights, options.withDesiredRetention(retention));
        Simulation.Outcome o = Simulation.run(scheduler, new Fsrs6Model(weights), cards, start, settings);
        double hours = o.seconds() / 3600;
        return new Level(
                retention,
                o.reviewsPerDay(),
                o.minutesPerDay(),
                o.remembered(),
                hours == 0 ? 0 : o.remembered() / hours);
    }

    public static List<Level> compare(
            FsrsParameters weights,
            SchedulerOptions options,
            List<Simulation.Start> cards,
            Instant start,
            Simulation.Settings settings) {
        List<Level> levels = new ArrayList<>();
        for (double r : LEVELS) {
            levels.add(simulate(weights, options, cards, start, settings, r));
        }
        return levels;
    }

    /** The level that remembers the most per hour of study. */
    public static Level recommended(List<Level> levels) {
        Level best = levels.get(0);
        for (Level l : levels) {
            if (l.perHour() > best.perHour()) {
                best = l;
            }
        }
        return best;
    }

    /** Anki's warning for a desired retention outside 0.80–0.95, or null within it. */
    public static String warning(double retention) {
        if (retention > ADVISED_HIGH) {
            return "above 0.95 the workload grows steeply for little more remembered";
        }
        if (retention < ADVISED_LOW) {
            return "below 0.80 you forget much of what you learn, and relearning it takes much of the time";
        }
        return null;
    }
}
