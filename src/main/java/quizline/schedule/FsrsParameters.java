package quizline.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The 21 FSRS-6 weights {@code w0 … w20}. User-given weights must lie inside the bounds the
 * reference implementation (ts-fsrs) enforces; where it would silently clip, this refuses with a
 * message naming the weight, so a typo in a parameter list is never trained on unnoticed.
 */
public record FsrsParameters(double[] weights) {

    public static final int COUNT = 21;

    private static final double[] DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
        1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };

    private static final double[] LOWER = {
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0,
        0.0, 0.0, 0.1
    };

    private static final double[] UPPER = {
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8,
        0.8
    };

    /** w19 must stay positive when same-day reviews use the short-term formula. */
    private static final double SHORT_TERM_W19_LOWER = 0.01;

    private static final double W17_W18_CEILING = 2.0;

    public FsrsParameters {
        if (weights == null || weights.length != COUNT) {
            throw new IllegalArgumentException(
                    "FSRS-6 needs " + COUNT + " weights w0..w20, got " + (weights == null ? 0 : weights.length));
        }
        weights = weights.clone();
        for (int i = 0; i < COUNT; i++) {
            checkBound(i, weights[i], LOWER[i], UPPER[i], "");
        }
    }

    /** The published FSRS-6 default weights. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_WEIGHTS);
    }

    /** Parses {@code w0,w1,...,w20} (commas, optional spaces), as given on a command line. */
    public static FsrsParameters parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != COUNT) {
            throw new IllegalArgumentException(
                    "expected " + COUNT + " comma-separated weights w0..w20, got " + parts.length);
        }
        double[] w = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            String part = parts[i].strip();
            try {
                w[i] = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weight w" + i + " is not a number: \"" + part + "\"");
            }
        }
        return new FsrsParameters(w);
    }

    /** The lowest value each weight may take. */
    public static double[] lowerBounds() {
        return LOWER.clone();
    }

    /** The highest value each weight may take. */
    public static double[] upperBounds() {
        return UPPER.clone();
    }

    /**
     * {@code raw} moved into the bounds, as the reference optimiser clips its weights after each
     * step: the published bounds, w19 at least 0.01 with short-term scheduling on, and the ceiling
     * of w17 and w18 that several relearning steps set.
     */
    public static double[] clip(double[] raw, boolean shortTerm, int relearningStepCount) {
        double[] w = raw.clone();
        for (int i = 0; i < COUNT; i++) {
            double lower = i == 19 && shortTerm ? SHORT_TERM_W19_LOWER : LOWER[i];
            w[i] = Math.min(Math.max(w[i], lower), UPPER[i]);
        }
        if (relearningStepCount > 1) {
            double logSum = Math.log(w[11]) + Math.log(Math.pow(2.0, w[13]) - 1.0) + w[14] * 0.3;
            double ceiling = Math.min(Math.sqrt(Math.max(-logSum / relearningStepCount, 0.01)), W17_W18_CEILING);
            w[17] = Math.min(w[17], ceiling);
            w[18] = Math.min(w[18], ceiling);
        }
        return w;
    }

    /**
     * The weights as {@code w0,...,w20} with four decimals, as stored in a profile and shown to the
     * user. Cut towards zero, so that a weight at a bound stays within it.
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < COUNT; i++) {
            out.append(i == 0 ? "" : ",")
                    .append(new BigDecimal(weights[i])
                            .setScale(4, RoundingMode.DOWN)
                            .stripTrailingZeros()
                            .toPlainString());
        }
        return out.toString();
    }

    /** Weight {@code w[index]}. */
    public double w(int index) {
        return weights[index];
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The weights the reference actually runs on under these options. With several relearning
     * steps w17 and w18 have a ceiling, so that a chain of same-day relearning reviews cannot
     * raise stability above what the lapse gave; with short-term on, w19 must be at least 0.01.
     * Given weights outside those bounds are refused; the published defaults are clipped to them,
     * as the reference clips them (from three relearning steps on, the default w17 is above its
     * ceiling).
     *
     * @throws IllegalArgumentException if given (non-default) weights are outside the bounds
     */
    public FsrsParameters forOptions(boolean shortTerm, int relearningStepCount) {
        if (!equals(defaults())) {
            checkFor(shortTerm, relearningStepCount);
            return this;
        }
        if (relearningStepCount <= 1) {
            return this;
        }
        double ceiling = shortTermCeiling(relearningStepCount);
        double[] clipped = weights.clone();
        clipped[17] = Math.min(clipped[17], ceiling);
        clipped[18] = Math.min(clipped[18], ceiling);
        return new FsrsParameters(clipped);
    }

    /** Refuses weights outside the bounds that depend on the options (see {@link #forOptions}). */
    public void checkFor(boolean shortTerm, int relearningStepCount) {
        if (shortTerm) {
            checkBound(19, weights[19], SHORT_TERM_W19_LOWER, UPPER[19], " with short-term scheduling on");
        }
        if (relearningStepCount > 1) {
            double ceiling = shortTermCeiling(relearningStepCount);
            String why = " with " + relearningStepCount + " relearning steps";
            checkBound(17, weights[17], LOWER[17], ceiling, why);
            checkBound(18, weights[18], LOWER[18], ceiling, why);
        }
    }

    private double shortTermCeiling(int relearningStepCount) {
        double logSum = Math.log(weights[11]) + Math.log(Math.pow(2.0, weights[13]) - 1.0) + weights[14] * 0.3;
        double productCeiling = -logSum / relearningStepCount;
        double ceiling = Rounding.round8(Math.sqrt(Math.max(productCeiling, 0.0)));
        return Math.min(Math.max(ceiling, 0.01), W17_W18_CEILING);
    }

    private static void checkBound(int index, double value, double lower, double upper, String why) {
        if (!Double.isFinite(value) || value < lower || value > upper) {
            throw new IllegalArgumentException(
                    "weight w" + index + " = " + value + " is outside its bounds [" + lower + ", " + upper + "]" + why);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FsrsParameters p && Arrays.equals(weights, p.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "FsrsParameters" + Arrays.toString(weights);
    }
}
