package quizline.fit;

import java.util.ArrayList;
import java.util.List;
import quizline.fit.TrainingSet.Item;
import quizline.schedule.Fsrs6Model;

/**
 * Anki's health check of a fit, run above 300 items: the weights are fitted again on each older
 * part of the log and judged on the part after it (a time-series split in 5), so the figures are
 * of reviews the fit did not see. Each figure is set against what a log of that retention (and,
 * for RMSE(bins), that size) usually gives, by the curves Anki fitted over its users' collections:
 * the fit passes when its log loss is at most 1.11 times the usual one or its RMSE(bins) at most
 * 1.53 times. A log far from both is hard to predict, most often because of leeches or of Hard
 * given for a forgotten answer.
 */
public final class HealthCheck {
    /** Above this many items the check runs. */
    public static final int MIN_ITEMS = 300;
    /** Log loss over the usual log loss at the log's retention: at most this, healthy. */
    static final double MAX_LOG_LOSS_RATIO = 1.11;
    /** RMSE(bins) over the usual one at the log's retention and size: at most this, healthy. */
    static final double MAX_RMSE_RATIO = 1.53;

    private static final int SPLITS = 5;

    /** The figures on unseen reviews, the usual ones for such a log, and whether they pass. */
    public record Report(Evaluation unseen, double expectedLogLoss, double expectedRmseBins, boolean healthy) {}

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
        double r = data.averageRecall();
        double logLoss = usualLogLoss(r);
        double rmse = usualRmseBins(r, data.items().size());
        boolean healthy =
                unseen.logLoss() <= MAX_LOG_LOSS_RATIO * logLoss || unseen.rmseBins() <= MAX_RMSE_RATIO * rmse;
        return new Report(unseen, logLoss, rmse, healthy);
    }

    /** The log loss a fit usually reaches on a log whose share of recalled reviews is {@code r}. */
    static double usualLogLoss(double r) {
        return 0.623 * Math.pow(4 * r * (1 - r), 0.738);
    }

    /** The RMSE(bins) a fit usually reaches on {@code count} reviews whose share recalled is {@code r}. */
    static double usualRmseBins(double r, int count) {
        return 0.0135 / (Math.pow(r, 0.504) - 1.14) + 0.176 / (Math.pow(count / 1000.0, 0.825) + 2.22) + 0.101;
    }
}
