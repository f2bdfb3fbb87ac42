package quizline.schedule;

import java.util.Objects;

/**
 * How a scheduler turns memory into dates.
 *
 * @param desiredRetention recall probability to aim for at the due date, in (0, 1]
 * @param learningSteps steps of a new card
 * @param relearningSteps steps after a lapse
 * @param shortTerm whether same-day reviews use the short-term formula and steps apply (FSRS);
 *     when off every review is scheduled in whole days
 * @param maxInterval cap in days on an interval computed from memory
 * @param fuzz whether review intervals of 2.5 days or more are spread a little, so cards learnt
 *     together do not stay due together
 */
public record SchedulerOptions(
        double desiredRetention,
        Steps learningSteps,
        Steps relearningSteps,
        boolean shortTerm,
        int maxInterval,
        boolean fuzz) {

    public static final double DEFAULT_RETENTION = 0.9;
    public static final int DEFAULT_MAX_INTERVAL = 36500;

    public SchedulerOptions {
        Objects.requireNonNull(learningSteps, "learningSteps");
        Objects.requireNonNull(relearningSteps, "relearningSteps");
        checkRetention(desiredRetention);
        checkMaxInterval(maxInterval);
    }

    /** @return {@code value} if it is a usable desired retention, in (0, 1] */
    public static double checkRetention(double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1], got " + value);
        }
        return value;
    }

    /** @return {@code days} if it is a usable interval cap, at least 1 day */
    public static int checkMaxInterval(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("maximum interval must be at least 1 day, got " + days);
        }
        return days;
    }

    /** Retention 0.9, steps 1m,10m / 10m, short-term on, cap 36500 days, no fuzz. */
    public static SchedulerOptions defaults() {
        return new SchedulerOptions(
                DEFAULT_RETENTION, Steps.ofMinutes(1, 10), Steps.ofMinutes(10), true, DEFAULT_MAX_INTERVAL, false);
    }

    public SchedulerOptions withDesiredRetention(double value) {
        return new SchedulerOptions(value, learningSteps, relearningSteps, shortTerm, maxInterval, fuzz);
    }

    public SchedulerOptions withLearningSteps(Steps value) {
        return new SchedulerOptions(desiredRetention, value, relearningSteps, shortTerm, maxInterval, fuzz);
    }

    public SchedulerOptions withRelearningSteps(Steps value) {
        return new SchedulerOptions(desiredRetention, learningSteps, value, shortTerm, maxInterval, fuzz);
    }

    public SchedulerOptions withShortTerm(boolean value) {
        return new SchedulerOptions(desiredRetention, learningSteps, relearningSteps, value, maxInterval, fuzz);
    }

    public SchedulerOptions withMaxInterval(int value) {
        return new SchedulerOptions(desiredRetention, learningSteps, relearningSteps, shortTerm, value, fuzz);
    }

    public SchedulerOptions withFuzz(boolean value) {
        return new SchedulerOptions(desiredRetention, learningSteps, relearningSteps, shortTerm, maxInterval, value);
    }
}
