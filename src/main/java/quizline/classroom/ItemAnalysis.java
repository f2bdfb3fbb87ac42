package quizline.classroom;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Moodle's item analysis of one question, by the formulas of Moodle's quiz statistics (the question engine's
 * statistics calculator and the quiz report that shows it), for a question worth one mark:
 *
 * <ul>
 *   <li>Facility index: the mean mark, as a share of the question's mark (0.8: four students in five got it).
 *   <li>Standard deviation: of the marks, with n - 1 in the divisor.
 *   <li>Discrimination index: 100 × the correlation between the mark on this question and the rest score (the mark on
 *       the other questions of the attempt): cov(x, y) / √(var x · var y), each with n - 1.
 *   <li>Discriminative efficiency: 100 × cov(x, y) / cov_max, where cov_max pairs the marks and the rest scores each
 *       sorted: the highest covariance these marks could have with these rest scores.
 * </ul>
 *
 * <p>Moodle's rest score is the attempt's total less this question's mark. Here it is the mean of the student's other
 * marks, because students of a flashcard class have not all met the same questions yet (a student who studied more
 * would have the higher total, whatever they know); when every student has answered every question the two differ by a
 * constant factor, which neither the correlation nor the efficiency sees, so the figures are Moodle's. A student with
 * no other question answered has no rest score: their mark counts in the facility index and the standard deviation,
 * not in the two measures that pair it with the rest.
 *
 * <p>Thresholds, as Moodle flags them: the quiz report marks a question whose discriminative efficiency is below 15 %
 * as dubious, and the question bank says a question very likely needs checking when its discrimination index is below
 * 30 %, likely when below 50 %.
 */
public record ItemAnalysis(
        int attempts,
        OptionalDouble facility,
        OptionalDouble standardDeviation,
        OptionalDouble discriminationIndex,
        OptionalDouble discriminativeEfficiency) {

    /** Moodle's quiz report: "this question is probably not pulling its weight" below this efficiency (%). */
    public static final double DUBIOUS_EFFICIENCY = 15;
    /** Moodle's question bank: "very likely" needs checking below this discrimination index (%). */
    public static final double VERY_LIKELY_INDEX = 30;
    /** Moodle's question bank: "likely" needs checking below this discrimination index (%). */
    public static final double LIKELY_INDEX = 50;

    /** Whether a question needs checking, by its discrimination index, in the question bank's words. */
    public enum NeedsChecking {
        UNLIKELY,
        LIKELY,
        VERY_LIKELY,
        /** Not enough data: fewer than two marks, or marks or rest scores that do not vary. */
        UNKNOWN
    }

    /**
     * The analysis of one question.
     *
     * @param marks each student's mark on the question, in [0, 1]
     * @param restScores each student's rest score, in the same order; {@code NaN} for a student with none
     */
    public static ItemAnalysis of(double[] marks, double[] restScores) {
        if (marks.length != restScores.length) {
            throw new IllegalArgumentException("a rest score per mark: " + marks.length + " vs " + restScores.length);
        }
        int n = marks.length;
        if (n == 0) {
            return new ItemAnalysis(0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), none());
        }
        double mean = Arrays.stream(marks).average().orElseThrow();
        OptionalDouble sd = n > 1 ? OptionalDouble.of(Math.sqrt(squares(marks, mean) / (n - 1))) : none();

        // The pairs with a rest score; Moodle's second pass over the steps, with its own means.
        double[] x = paired(marks, restScores, true);
        double[] y = paired(marks, restScores, false);
        int m = x.length;
        if (m < 2) {
            return new ItemAnalysis(n, OptionalDouble.of(mean), sd, none(), none());
        }
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double covariance = products(x, mx, y, my) / (m - 1);
        double varX = squares(x, mx) / (m - 1);
        double varY = squares(y, my) / (m - 1);
        double[] sortedX = x.clone();
        double[] sortedY = y.clone();
        Arrays.sort(sortedX);
        Arrays.sort(sortedY);
        double covarianceMax = products(sortedX, mx, sortedY, my) / (m - 1);
        OptionalDouble index = varX * varY > 0 ? OptionalDouble.of(100 * covariance / Math.sqrt(varX * varY)) : none();
        OptionalDouble efficiency = covarianceMax != 0 ? OptionalDouble.of(100 * covariance / covarianceMax) : none();
        return new ItemAnalysis(n, OptionalDouble.of(mean), sd, index, efficiency);
    }

    /** Moodle's quiz report's flag: discriminative efficiency below 15 %. */
    public boolean dubious() {
        return discriminativeEfficiency.isPresent() && discriminativeEfficiency.getAsDouble() < DUBIOUS_EFFICIENCY;
    }

    /** The question bank's "Needs checking?" from the discrimination index. */
    public NeedsChecking needsChecking() {
        if (discriminationIndex.isEmpty()) {
            return NeedsChecking.UNKNOWN;
        }
        double index = discriminationIndex.getAsDouble();
        if (index < VERY_LIKELY_INDEX) {
            return NeedsChecking.VERY_LIKELY;
        }
        return index < LIKELY_INDEX ? NeedsChecking.LIKELY : NeedsChecking.UNLIKELY;
    }

    /** Flagged for the instructor: dubious, or very likely to need checking. */
    public boolean flagged() {
        return dubious() || needsChecking() == NeedsChecking.VERY_LIKELY;
    }

    private static OptionalDouble none() {
        return OptionalDouble.empty();
    }

    private static double[] paired(double[] marks, double[] restScores, boolean wantMarks) {
        return java.util.stream.IntStream.range(0, marks.length)
                .filter(i -> !Double.isNaN(restScores[i]))
                .mapToDouble(i -> wantMarks ? marks[i] : restScores[i])
                .toArray();
    }

    private static double squares(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum;
    }

    private static double products(double[] a, double meanA, double[] b, double meanB) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        return sum;
    }
}
