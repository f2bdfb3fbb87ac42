package quizline.schedule;

/**
 * Spreads review intervals of 2.5 days or more over a small range, as the reference does, so
 * cards learnt together drift apart. The draw is a pure function of the card's key and review
 * count: replaying a log gives the same dates.
 */
final class Fuzz {
    static final double MIN_FUZZED_INTERVAL = 2.5;

    /** Inclusive bounds of the days a fuzzed interval may take. */
    record Range(int min, int max) {}

    private Fuzz() {}

    /** The reference's ranges: ±15 % of the part between 2.5 and 7 days, ±10 % to 20 days, ±5 % beyond, plus one day. */
    static Range range(int interval, int elapsedDays, int maxInterval) {
        double delta = 1.0
                + 0.15 * Math.max(Math.min(interval, 7.0) - 2.5, 0.0)
                + 0.10 * Math.max(Math.min(interval, 20.0) - 7.0, 0.0)
                + 0.05 * Math.max(interval - 20.0, 0.0);
        int capped = Math.min(interval, maxInterval);
        int min = (int) Math.max(2, Math.round(capped - delta));
        int max = (int) Math.min(Math.round(capped + delta), maxInterval);
        if (capped > elapsedDays) {
            // Never schedule a card sooner than the time it has already survived.
            min = Math.max(min, elapsedDays + 1);
        }
        return new Range(Math.min(min, max), max);
    }

    /** {@code interval} moved inside its range by {@code unit} ∈ [0, 1); intervals under 2.5 days stay as they are. */
    static int apply(int interval, int elapsedDays, int maxInterval, double unit) {
        if (interval < MIN_FUZZED_INTERVAL) {
            return interval;
        }
        Range range = range(interval, elapsedDays, maxInterval);
        int fuzzed = (int) Math.floor(unit * (range.max() - range.min() + 1) + range.min());
        // A unit just below 1 can round the product up to the count, one past the range.
        return Math.min(fuzzed, range.max());
    }

    /** A uniform draw in [0, 1) from the card's key hash and its review count (SplitMix64 mixing). */
    static double draw(long fuzzKey, int reviewCount) {
        long z = fuzzKey + (reviewCount + 1L) * 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
