package quizline.fit;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quizline.fit.TrainingSet.Item;
import quizline.schedule.MemoryModel;
import quizline.schedule.MemoryState;

/**
 * How well a memory model predicts recall on a set of reviews, by the open benchmark's measures:
 * log loss (binary cross-entropy), RMSE(bins) (predictions and outcomes averaged in bins of gap,
 * review count and lapses, their squared differences weighted by the bins' sizes) and AUC.
 */
public record Evaluation(int count, double logLoss, double rmseBins, double auc, double averageRecall) {
    private static final double MIN_PROB = 1e-7;

    /** Recall predicted for each item, in the items' order. */
    public static double[] predictions(MemoryModel model, List<Item> items) {
        Map<TrainingSet.CardHistory, MemoryState[]> states = new HashMap<>();
        double[] out = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            MemoryState[] before = states.computeIfAbsent(item.card(), c -> statesBefore(model, c));
            out[i] = model.retrievability(item.elapsedDays(), before[item.position()].stability());
        }
        return out;
    }

    /** The state before each review of the card (index 0 unused). */
    private static MemoryState[] statesBefore(MemoryModel model, TrainingSet.CardHistory card) {
        MemoryState[] before = new MemoryState[card.length()];
        MemoryState state = model.initial(card.grades()[0]);
        for (int i = 1; i < card.length(); i++) {
            before[i] = state;
            state = model.next(state, card.elapsedDays()[i], card.grades()[i]);
        }
        return before;
    }

    public static Evaluation of(MemoryModel model, List<Item> items) {
        return of(predictions(model, items), items);
    }

    public static Evaluation of(double[] p, List<Item> items) {
        int n = items.size();
        if (n == 0) {
            return new Evaluation(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double loss = 0;
        int recalled = 0;
        Map<List<Integer>, double[]> bins = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            double y = item.recalled() ? 1 : 0;
            double q = Math.min(Math.max(p[i], MIN_PROB), 1 - MIN_PROB);
            loss += -(y * Math.log(q) + (1 - y) * Math.log(1 - q));
            recalled += item.recalled() ? 1 : 0;
            double[] bin = bins.computeIfAbsent(bin(item), k -> new double[3]);
            bin[0] += p[i];
            bin[1] += y;
            bin[2]++;
        }
        double squares = 0;
        for (double[] bin : bins.values()) {
            double diff = bin[0] / bin[2] - bin[1] / bin[2];
            squares += diff * diff * bin[2];
        }
        return new Evaluation(n, loss / n, Math.sqrt(squares / n), auc(p, items), (double) recalled / n);
    }

    /** The benchmark's bin of a review: its gap, the card's long-term review count and its lapses, each on a log scale. */
    static List<Integer> bin(Item item) {
        double gap = item.elapsedDays();
        int gapBin = (int) Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(gap) / Math.log(3.62))) * 100);
        double length = item.longTermCount() + 1.0;
        int lengthBin = (int) Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
        int lapses = item.lapses();
        int lapseBin = lapses == 0
                ? 0
                : (int) Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return List.of(gapBin, lengthBin, lapseBin);
    }

    /** Area under the ROC curve: the chance that a recalled review was predicted higher than a forgotten one (ties half). */
    static double auc(double[] p, List<Item> items) {
        int n = p.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (items.get(order[k]).recalled()) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    /** One row of a calibration table: predictions in [from, to), how many, their mean and the share recalled. */
    public record CalibrationRow(double from, double to, int count, double predicted, double actual) {}

    /** Predictions grouped in bins (below 50 %, then 50–60 %, … 95–100 %), against what happened. */
    public static List<CalibrationRow> calibration(double[] p, List<Item> items) {
        CalibrationSums sums = new CalibrationSums();
        for (int i = 0; i < p.length; i++) {
            sums.add(p[i], items.get(i).recalled());
        }
        return sums.rows();
    }

    /**
     * The {@link #calibration} of a model over a log read card by card, keeping only the bins' sums: the same rows as
     * {@code calibration(predictions(model, set.items()), set.items())} of the {@link TrainingSet} of the whole log,
     * without the whole log in memory, in whatever order the cards come ({@link CalibrationSums} says why).
     */
    public static final class Calibration {
        private final MemoryModel model;
        private final LocalTime dayStart;
        private final ZoneId zone;
        private final CalibrationSums sums = new CalibrationSums();

        public Calibration(MemoryModel model, LocalTime dayStart, ZoneId zone) {
            this.model = model;
            this.dayStart = dayStart;
            this.zone = zone;
        }

        /** Adds one card's scheduled reviews, in the order answered. */
        public void card(String cardId, List<LoggedReview> log) {
            sums.add(of(cardId, log));
        }

        /** What one card's scheduled reviews (in the order answered) add to the sums. */
        public CalibrationSums of(String cardId, List<LoggedReview> log) {
            CalibrationSums card = new CalibrationSums();
            TrainingSet.CardHistory history = TrainingSet.history(cardId, log, dayStart, zone);
            if (history == null) {
                return card;
            }
            MemoryState[] before = statesBefore(model, history);
            for (int i = 1; i < history.length(); i++) {
                if (history.elapsedDays()[i] > 0) {
                    card.add(
                            model.retrievability(history.elapsedDays()[i], before[i].stability()),
                            history.grades()[i] > 1);
                }
            }
            return card;
        }

        /** The sums of the cards added so far. */
        public CalibrationSums sums() {
            return sums;
        }

        public List<CalibrationRow> rows() {
            return sums.rows();
        }
    }
}
