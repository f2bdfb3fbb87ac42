package quizline.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * The sums of a calibration table's bins (below 50 %, then 50–60 %, … 95–100 %): per bin the predictions, how many and
 * how many were recalled. Each prediction is added as a whole number of 2<sup>-60</sup> (exactly, for any prediction
 * of 2<sup>-8</sup> or more), so that the sums do not depend on the order they were added in: sums kept from an
 * earlier report, with one card's old predictions taken out and its new ones added, are the sums of a replay of the
 * whole log to the last bit.
 */
public final class CalibrationSums {
    static final double[] EDGES = {0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0000001};
    private static final int BINS = EDGES.length - 1;
    private static final int FRACTION_BITS = 60;
    private static final long ONE = 1L << FRACTION_BITS;

    private final long[] count = new long[BINS];
    private final long[] recalled = new long[BINS];
    /** The predictions' sum in each bin: its whole part, and its fraction in units of 2^-60 (0 to 2^60 - 1). */
    private final long[] whole = new long[BINS];

    private final long[] fraction = new long[BINS];

    /** Adds one prediction and its outcome; a prediction outside [0, 1] goes to no bin, as in the table. */
    public void add(double predicted, boolean wasRecalled) {
        int bin = binOf(predicted);
        if (bin < 0) {
            return;
        }
        count[bin]++;
        recalled[bin] += wasRecalled ? 1 : 0;
        addFixed(bin, Math.round(Math.scalb(predicted, FRACTION_BITS)), 1);
    }

    /** Adds {@code other}'s sums ({@code sign} 1) or takes them out ({@code sign} -1). */
    private void merge(CalibrationSums other, int sign) {
        for (int b = 0; b < BINS; b++) {
            count[b] += sign * other.count[b];
            recalled[b] += sign * other.recalled[b];
            whole[b] += sign * other.whole[b];
            addFixed(b, other.fraction[b], sign);
        }
    }

    public void add(CalibrationSums other) {
        merge(other, 1);
    }

    public void subtract(CalibrationSums other) {
        merge(other, -1);
    }

    /** Adds {@code sign} × {@code units} (0 to 2^60) of 2^-60 to bin {@code b}'s sum, carrying into its whole part. */
    private void addFixed(int b, long units, int sign) {
        long f = fraction[b] + sign * units;
        whole[b] += Math.floorDiv(f, ONE);
        fraction[b] = Math.floorMod(f, ONE);
    }

    private static int binOf(double p) {
        for (int b = 0; b < BINS; b++) {
            if (p >= EDGES[b] && p < EDGES[b + 1]) {
                return b;
            }
        }
        return -1;
    }

    /** The table's rows: each bin with a prediction, its count, mean prediction and share recalled. */
    public List<Evaluation.CalibrationRow> rows() {
        List<Evaluation.CalibrationRow> rows = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                double sum = whole[b] + Math.scalb((double) fraction[b], -FRACTION_BITS);
                rows.add(new Evaluation.CalibrationRow(
                        EDGES[b],
                        Math.min(EDGES[b + 1], 1),
                        Math.toIntExact(count[b]),
                        sum / count[b],
                        (double) recalled[b] / count[b]));
            }
        }
        return rows;
    }

    /** How many predictions were added. */
    public long size() {
        long n = 0;
        for (long c : count) {
            n += c;
        }
        return n;
    }

    /** The sums as text, {@link #parse}'s input: per bin its count, recalled, whole part and fraction. */
    public String format() {
        StringBuilder text = new StringBuilder();
        for (int b = 0; b < BINS; b++) {
            text.append(b == 0 ? "" : ";")
                    .append(count[b])
                    .append(',')
                    .append(recalled[b])
                    .append(',')
                    .append(whole[b])
                    .append(',')
                    .append(fraction[b]);
        }
        return text.toString();
    }

    /** The sums {@link #format} wrote; throws IllegalArgumentException for any other text. */
    public static CalibrationSums parse(String text) {
        String[] bins = text.split(";", -1);
        if (bins.length != BINS) {
            throw new IllegalArgumentException("not the sums of " + BINS + " bins");
        }
        CalibrationSums sums = new CalibrationSums();
        for (int b = 0; b < BINS; b++) {
            String[] parts = bins[b].split(",", -1);
            if (parts.length != 4) {
                throw new IllegalArgumentException("not four sums in bin " + b);
            }
            sums.count[b] = Long.parseLong(parts[0]);
            sums.recalled[b] = Long.parseLong(parts[1]);
            sums.whole[b] = Long.parseLong(parts[2]);
            sums.fraction[b] = Long.parseLong(parts[3]);
            if (sums.count[b] < 0
                    || sums.recalled[b] < 0
                    || sums.recalled[b] > sums.count[b]
                    || sums.whole[b] < 0
                    || sums.whole[b] > sums.count[b]
                    || sums.fraction[b] < 0
                    || sums.fraction[b] >= ONE) {
                throw new IllegalArgumentException("sums out of range in bin " + b);
            }
        }
        return sums;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalibrationSums s && format().equals(s.format());
    }

    @Override
    public int hashCode() {
        return format().hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
