package quizline.fit;

import java.util.ArrayList;
import java.util.List;
import quizline.fit.TrainingSet.Item;
import quizline.schedule.Fsrs6Model;

/**
 * Anki's health check of a fit, run above 300 items: the weights are fitted again on each older
 * part of the log and judged on the part after it (a time-series split in 5), so the figures are
 * of reviews the fit did not see. A log loss far above what the average retention alone gives, or
 * a large RMSE(bins), means the log is hard to predict, most often because of leeches or of Hard
 * given for a forgotten answer.
 */
public final class HealthCheck {
    /** Above this many items the check runs. */
    public static final int MIN_ITEMS = 300;
    /** Log loss over the entropy of the average retention: above this, unhealthy. */
    static final double MAX_LOG_LOSS_RATIO = 1.11;
    /** RMSE(bins) above this, unhealthy. */
    static final double MAX_RMSE_BINS = 0.053;

    private static final int SPLITS = 5;

    /** The figures on unseen reviews and whether they pass. */
    public record Report(Evaluation unseen, double expectedLogLoss, boolean healthy) {}

    private HealthCheck() {}

    /** The items a time-series split judges: all but the oldest sixth. */
    public static List<Item> judged(TrainingSet data) {
        List<Item> items = data.items();
        return items.subList(items.size() / (SPLITS + 1), items.size());
    }

    /** The weights fitted on each older part, judged on the part after it (the items of {@link #judged}). */
    public static Evaluation timeSeriesSplit(TrainingSet data, int relearningSteps) {
        List<Item> items = data.items();
        int segment = items.size() / (SPLITS + 1);
        List<Item> tested = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        if (segment == 0) {
            return Evaluation.of(new double[0], tested);
        }
        for (int i = 0; i < SPLITS; i++) {
            int from = (i + 1) * segment;
            int to = i == SPLITS - 1 ? items.size() : (i + 2) * segment;
            Optimizer.Result fit =
                    new Optimizer(relearningSteps).fit(data.withItems(items.subList(0, from)), n -> {}, () -> {});
            List<Item> test = items.subList(from, to);
            for (double p : Evaluation.predictions(new Fsrs6Model(fit.parameters()), test)) {
                predicted.add(p);
            }
            tested.addAll(test);
        }
        return Evaluation.of(predicted.stream().mapToDouble(Double::doubleValue).toArray(), tested);
    }

    /** Runs the check, or returns null at {@link #MIN_ITEMS} items or fewer. */
    public static Report check(TrainingSet data, int relearningSteps) {
        if (data.items().size() <= MIN_ITEMS) {
            return null;
        }
        Evaluation unseen = timeSeriesSplit(data, relearningSteps);
        double r = unseen.averageRecall();
        double entropy = -(r * Math.log(r) + (1 - r) * Math.log(1 - r));
        boolean healthy = unseen.logLoss() <= MAX_LOG_LOSS_RATIO * entropy && unseen.rmseBins() <= MAX_RMSE_BINS;
        return new Report(unseen, entropy, healthy);
    }
}
