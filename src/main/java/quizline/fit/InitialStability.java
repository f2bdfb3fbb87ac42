package quizline.fit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import quizline.fit.TrainingSet.Item;
import quizline.schedule.FsrsParameters;

/**
 * The pretraining of the four initial stabilities w0–w3, as the reference does it: from each
 * card's first review on a later day than its first grade, the share recalled at each gap, fitted
 * per first grade by a ternary search on the log loss of the default forgetting curve with a small
 * pull towards the default; grades with no data are filled in from the others and the four kept in
 * order. Groups of gaps too rare to trust are set aside first (the outlier filter), and so are the
 * training items of the cards they come from.
 */
final class InitialStability {
    private static final double MAX_INITIAL_STABILITY = 100.0;
    private static final double MIN_STABILITY = 0.001;
    private static final double FILL_W1 = 0.41;
    private static final double FILL_W2 = 0.54;

    /** The items kept for pretraining and for training, after the outlier filter. */
    record Split(List<Item> initialization, List<Item> training) {}

    /** Fitted w0–w3 with the count of first reviews behind each grade. */
    record Fit(double[] stabilities, int[] counts) {}

    private InitialStability() {}

    static Split filterOutliers(List<Item> items) {
        Map<Integer, Map<Integer, List<Item>>> groups = new TreeMap<>();
        for (Item item : items) {
            if (item.longTermCount() == 1) {
                groups.computeIfAbsent(item.card().grades()[0], k -> new TreeMap<>())
                        .computeIfAbsent(item.elapsedDays(), k -> new ArrayList<>())
                        .add(item);
            }
        }
        List<Set<Integer>> removed = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            removed.add(new HashSet<>());
        }
        List<Item> initialization = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, List<Item>>> rating : groups.entrySet()) {
            int grade = rating.getKey();
            List<Map.Entry<Integer, List<Item>>> gaps =
                    new ArrayList<>(rating.getValue().entrySet());
            // Most frequent gap first, a longer gap first among equals; read from the rarest up.
            gaps.sort((a, b) -> a.getValue().size() != b.getValue().size()
                    ? Integer.compare(b.getValue().size(), a.getValue().size())
                    : Integer.compare(b.getKey(), a.getKey()));
            int total = gaps.stream().mapToInt(e -> e.getValue().size()).sum();
            int removedCount = 0;
            for (int i = gaps.size() - 1; i >= 0; i--) {
                int gap = gaps.get(i).getKey();
                List<Item> group = gaps.get(i).getValue();
                if (removedCount + group.size() >= Math.max(20, total / 20)) {
                    if (group.size() >= 6 && gap <= (grade != 4 ? 100 : 365)) {
                        initialization.addAll(group);
                    } else {
                        removed.get(grade).add(gap);
                    }
                } else {
                    removedCount += group.size();
                    removed.get(grade).add(gap);
                }
            }
        }
        List<Item> training = new ArrayList<>();
        for (Item item : items) {
            if (!removed.get(item.card().grades()[0]).contains(firstLongTermGap(item))) {
                training.add(item);
            }
        }
        return new Split(initialization, training);
    }

    private static int firstLongTermGap(Item item) {
        int[] elapsed = item.card().elapsedDays();
        for (int i = 1; i <= item.position(); i++) {
            if (elapsed[i] > 0) {
                return elapsed[i];
            }
        }
        return 0;
    }

    /**
     * Fits w0–w3 to the first long-term reviews; {@code null} when there are none (nothing to fit).
     */
    static Fit fit(List<Item> initialization, double averageRecall) {
        Map<Integer, Map<Integer, int[]>> groups = new TreeMap<>();
        for (Item item : initialization) {
            int[] tally = groups.computeIfAbsent(item.card().grades()[0], k -> new TreeMap<>())
                    .computeIfAbsent(item.elapsedDays(), k -> new int[2]);
            tally[0] += item.recalled() ? 1 : 0;
            tally[1]++;
        }
        if (groups.isEmpty()) {
            return null;
        }
        Double[] found = new Double[5];
        int[] counts = new int[5];
        double[] defaults = FsrsParameters.defaults().weights();
        for (Map.Entry<Integer, Map<Integer, int[]>> g : groups.entrySet()) {
            int grade = g.getKey();
            int n = g.getValue().size();
            double[] gap = new double[n];
            double[] recall = new double[n];
            double[] count = new double[n];
            int i = 0;
            for (Map.Entry<Integer, int[]> e : g.getValue().entrySet()) {
                gap[i] = e.getKey();
                count[i] = e.getValue()[1];
                double real = e.getValue()[0] / count[i];
                recall[i] = (real * count[i] + averageRecall) / (count[i] + 1);
                counts[grade] += e.getValue()[1];
                i++;
            }
            found[grade] = search(gap, recall, count, defaults[grade - 1], defaults[20]);
        }
        return new Fit(smoothAndFill(found, counts, defaults), counts);
    }

    /** Ternary search on [0.001, 100] for the stability that fits the recall at each gap best. */
    private static double search(double[] gap, double[] recall, double[] count, double defaultS, double defaultDecay) {
        double low = MIN_STABILITY;
        double high = MAX_INITIAL_STABILITY;
        double best = defaultS;
        for (int iteration = 0; high - low > Math.ulp(1.0) && iteration < 1000; iteration++) {
            double mid1 = low + (high - low) / 3;
            double mid2 = high - (high - low) / 3;
            if (loss(gap, recall, count, mid1, defaultS, defaultDecay)
                    < loss(gap, recall, count, mid2, defaultS, defaultDecay)) {
                high = mid2;
            } else {
                low = mid1;
            }
            best = (high + low) / 2;
        }
        return best;
    }

    private static double loss(
            double[] gap, double[] recall, double[] count, double s, double defaultS, double defaultDecay) {
        double decay = -defaultDecay;
        double factor = Math.pow(0.9, 1 / decay) - 1;
        double sum = 0;
        for (int i = 0; i < gap.length; i++) {
            double p = Math.pow(gap[i] / s * factor + 1, decay);
            sum += -(recall[i] * Math.log(p) + (1 - recall[i]) * Math.log(1 - p)) * count[i];
        }
        return sum + Math.abs(s - defaultS) / 16;
    }

    /**
     * Keeps the fitted stabilities in grade order (the grade with more data wins a disagreement)
     * and fills in the grades with no data from the others, as the reference does.
     */
    static double[] smoothAndFill(Double[] r, int[] counts, double[] defaults) {
        r = r.clone();
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] p : pairs) {
            Double small = r[p[0]];
            Double big = r[p[1]];
            if (small != null && big != null && small > big) {
                if (counts[p[0]] > counts[p[1]]) {
                    r[p[1]] = small;
                } else {
                    r[p[0]] = big;
                }
            }
        }
        int known = 0;
        for (int g = 1; g <= 4; g++) {
            known += r[g] == null ? 0 : 1;
        }
        double w1 = FILL_W1;
        double w2 = FILL_W2;
        if (known == 1) {
            int g = 1;
            while (r[g] == null) {
                g++;
            }
            double factor = r[g] / defaults[g - 1];
            double[] scaled = new double[4];
            for (int i = 0; i < 4; i++) {
                scaled[i] = defaults[i] * factor;
            }
            java.util.Arrays.sort(scaled);
            for (int i = 0; i < 4; i++) {
                r[i + 1] = scaled[i];
            }
        } else if (known == 2) {
            Double r1 = r[1], r2 = r[2], r3 = r[3], r4 = r[4];
            if (r1 == null && r2 == null) {
                r2 = Math.pow(r3, 1 / (1 - w2)) * Math.pow(r4, 1 - 1 / (1 - w2));
                r1 = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
            } else if (r1 == null && r3 == null) {
                r3 = Math.pow(r2, 1 - w2) * Math.pow(r4, w2);
                r1 = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
            } else if (r1 == null && r4 == null) {
                r4 = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
                r1 = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
            } else if (r2 == null && r3 == null) {
                double k = w1 / (w1 + w2 - w1 * w2);
                double m = w2 / (w1 + w2 - w1 * w2);
                r2 = Math.pow(r1, k) * Math.pow(r4, 1 - k);
                r3 = Math.pow(r1, 1 - m) * Math.pow(r4, m);
            } else if (r2 == null && r4 == null) {
                r2 = Math.pow(r1, w1) * Math.pow(r3, 1 - w1);
                r4 = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
            } else if (r3 == null && r4 == null) {
                r3 = Math.pow(r1, 1 - 1 / (1 - w1)) * Math.pow(r2, 1 / (1 - w1));
                r4 = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
            }
            r = new Double[] {null, r1, r2, r3, r4};
        } else if (known == 3) {
            if (r[1] == null) {
                r[1] = Math.pow(r[2], 1 / w1) * Math.pow(r[3], 1 - 1 / w1);
            } else if (r[2] == null) {
                r[2] = Math.pow(r[1], w1) * Math.pow(r[3], 1 - w1);
            } else if (r[3] == null) {
                r[3] = Math.pow(r[2], 1 - w2) * Math.pow(r[4], w2);
            } else {
                r[4] = Math.pow(r[2], 1 - 1 / w2) * Math.pow(r[3], 1 / w2);
            }
        }
        double[] out = new double[4];
        for (int i = 0; i < 4; i++) {
            out[i] = Math.min(Math.max(r[i + 1], MIN_STABILITY), MAX_INITIAL_STABILITY);
        }
        return out;
    }
}
