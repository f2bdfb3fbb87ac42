package quizline.schedule;

import java.time.Instant;

/** Day arithmetic on the UTC calendar, the way the reference counts elapsed days. */
final class Days {
    static final long SECONDS_PER_DAY = 86_400;
    static final int MINUTES_PER_DAY = 1_440;

    private Days() {}

    /**
     * Whole UTC calendar days from {@code from} to {@code to}: 23:50 and 00:05 the next day are one
     * day apart, 00:05 and 23:50 of one date are zero. Negative when {@code to} is on an earlier date.
     */
    static long between(Instant from, Instant to) {
        return Math.floorDiv(to.getEpochSecond(), SECONDS_PER_DAY)
                - Math.floorDiv(from.getEpochSecond(), SECONDS_PER_DAY);
    }

    /**
     * {@link #between} for a review: the days since the previous one, and 0 when the previous one
     * is dated later (the clock stepped back across midnight, or a review imported from a device
     * whose clock ran ahead). Such a review counts as one on the same day rather than being refused,
     * since refusing it would lose an answer the student has already given.
     */
    static int elapsed(Instant from, Instant to) {
        return sinceOrZero(from, to);
    }

    /** {@link #between}, 0 for an instant before {@code from}: for reading a card's state, not reviewing it. */
    static int sinceOrZero(Instant from, Instant to) {
        return (int) Math.max(0, Math.min(between(from, to), Integer.MAX_VALUE));
    }
}
