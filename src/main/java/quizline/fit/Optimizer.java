package quizline.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import quizline.fit.TrainingSet.Item;
import quizline.schedule.FsrsParameters;

/**
 * Fits the 21 FSRS-6 weights to a review log by the reference optimiser's rules (fsrs-rs): the
 * outlier filter, the pretraining of w0–w3, then 5 epochs of Adam (learning rate 0.04 on a cosine
 * schedule, batches of about 512 predictions grouped by card, in a seeded random order) on the
 * binary cross-entropy of recall, each prediction weighted by its recency (0.25 for the oldest
 * to 1 for the newest), with an L2 pull towards the pretrained start scaled by each weight's
 * spread across users, and the weights clipped to their bounds after every step. Deterministic:
 * the same log gives the same weights.
 */
public final class Optimizer {
    /** Fewer usable reviews than this: the defaults are kept. */
    public static final int MIN_ITEMS = 8;
    /** Fewer than this after pretraining: only w0–w3 are fitted. */
    static final int MIN_TRAINING_ITEMS = 64;

    private static final int EPOCHS = 5;
    private static final int BATCH_SIZE = 512;
    private static final long SEED = 2023;
    private static final double LEARNING_RATE = 4e-2;
    private static final int MAX_SEQUENCE = 256;
    private static final double GAMMA = 1.0;
    /** Each weight's standard deviation across users' fitted weights, as the reference gives it. */
    static final double[] SPREAD = {
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31,
        0.32, 0.14, 0.27
    };

    /** What a fit gives: the weights, how far it went, and why it stopped short when it did. */
    public record Result(FsrsParameters parameters, Stage stage, int items, String reason) {}

    /** How much of the fit ran. */
    public enum Stage {
        /** Too little data: the defaults. */
        DEFAULTS,
        /** Only the four initial stabilities. */
        PRETRAINED,
        /** All 21 weights. */
        TRAINED
    }

    private final int relearningSteps;

    /** @param relearningSteps the profile's relearning steps, which bound w17 and w18 */
    public Optimizer(int relearningSteps) {
        this.relearningSteps = relearningSteps;
    }

    /** Fits the weights; {@code progress} hears the total of batch steps first, then each one done. */
    public Result fit(TrainingSet data, IntConsumer total, Runnable progress) {
        List<Item> all = data.items();
        InitialStability.Split split = InitialStability.filterOutliers(all);
        List<Item> training = split.training();
        if (training.size() < MIN_ITEMS) {
            total.accept(0);
            return new Result(
                    FsrsParameters.defaults(),
                    Stage.DEFAULTS,
                    training.size(),
                    training.size() + " usable review" + (training.size() == 1 ? "" : "s")
                            + " (a review on a later day than the card's one before); at least " + MIN_ITEMS
                            + " are needed: the default weights are kept");
        }
        double averageRecall = TrainingSet.averageRecall(training);
        InitialStability.Fit initial = InitialStability.fit(split.initialization(), averageRecall);
        if (initial == null) {
            total.accept(0);
            return new Result(
                    FsrsParameters.defaults(),
                    Stage.DEFAULTS,
                    training.size(),
                    "no card has a first review on a later day in a gap seen often enough to fit the initial"
                            + " stabilities: the default weights are kept");
        }
        double[] start = FsrsParameters.defaults().weights();
        System.arraycopy(initial.stabilities(), 0, start, 0, 4);
        if (training.size() == split.initialization().size() || training.size() < MIN_TRAINING_ITEMS) {
            total.accept(0);
            return new Result(
                    new FsrsParameters(FsrsParameters.clip(start, true, relearningSteps)),
                    Stage.PRETRAINED,
                    training.size(),
                    training.size() + " usable reviews, too few beyond each card's first for the other weights (at"
                            + " least " + MIN_TRAINING_ITEMS + "): only w0-w3 are fitted");
        }
        double[] trained = train(training, start, total, progress);
        Double[] byGrade = new Double[5];
        for (int g = 1; g <= 4; g++) {
            byGrade[g] = initial.counts()[g] > 0 ? trained[g - 1] : null;
        }
        double[] smoothed = InitialStability.smoothAndFill(
                byGrade, initial.counts(), FsrsParameters.defaults().weights());
        System.arraycopy(smoothed, 0, trained, 0, 4);
        return new Result(
                new FsrsParameters(FsrsParameters.clip(trained, true, relearningSteps)),
                Stage.TRAINED,
                training.size(),
                "");
    }

    /** One card's predictions in a batch: its longest history and the weight of each predicted position. */
    private record Column(int[] grades, int[] elapsed, double[] weights, int length, int predictions) {}

    private double[] train(List<Item> items, double[] start, IntConsumer total, Runnable progress) {
        int count = items.size();
        double last = Math.max(count - 1.0, 1.0);
        Map<Integer, List<Item>> byCard = new LinkedHashMap<>();
        Map<Item, Double> recency = new java.util.IdentityHashMap<>();
        int kept = 0;
        for (int i = 0; i < count; i++) {
            Item item = items.get(i);
            if (item.position() + 1 > MAX_SEQUENCE) {
                continue;
            }
            recency.put(item, 0.25 + 0.75 * Math.pow(i / last, 3));
            byCard.computeIfAbsent(item.cardIndex(), k -> new ArrayList<>()).add(item);
            kept++;
        }
        List<Column> columns = new ArrayList<>();
        for (List<Item> card : byCard.values()) {
            int length = card.stream().mapToInt(Item::position).max().orElseThrow() + 1;
            double[] weights = new double[length];
            for (Item item : card) {
                weights[item.position()] = recency.get(item);
            }
            int[] grades = card.get(0).card().grades();
            int[] elapsed = card.get(0).card().elapsedDays();
            columns.add(new Column(grades, elapsed, weights, length, card.size()));
        }
        columns.sort(Comparator.comparingInt(Column::length));
        List<List<Column>> batches = new ArrayList<>();
        List<Column> current = new ArrayList<>();
        int predictions = 0;
        for (Column c : columns) {
            if (!current.isEmpty() && predictions + c.predictions() > BATCH_SIZE) {
                batches.add(current);
                current = new ArrayList<>();
                predictions = 0;
            }
            predictions += c.predictions();
            current.add(c);
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }

        int iterations = (kept / BATCH_SIZE + 1) * EPOCHS;
        total.accept(batches.size() * EPOCHS);
        CosineSchedule schedule = new CosineSchedule(iterations, LEARNING_RATE);
        Adam adam = new Adam(FsrsParameters.COUNT);
        double[] w = start.clone();
        Random random = new Random(SEED);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            order.add(i);
        }
        double[] grad = new double[FsrsParameters.COUNT];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.sort(order);
            Collections.shuffle(order, random);
            for (int b : order) {
                List<Column> batch = batches.get(b);
                double lr = schedule.next();
                Arrays.fill(grad, 0);
                Fsrs6Gradient model = new Fsrs6Gradient(w);
                int real = 0;
                for (Column c : batch) {
                    model.lossAndGradient(c.grades(), c.elapsed(), c.weights(), c.length(), grad);
                    real += c.predictions();
                }
                double scale = GAMMA * real / kept;
                for (int i = 0; i < grad.length; i++) {
                    grad[i] += 2 * (w[i] - start[i]) / (SPREAD[i] * SPREAD[i]) * scale;
                }
                adam.step(w, grad, lr);
                w = FsrsParameters.clip(w, true, relearningSteps);
                progress.run();
            }
        }
        return w;
    }

    /** Adam with the usual constants (β1 0.9, β2 0.999, ε 1e-8). */
    private static final class Adam {
        private final double[] m;
        private final double[] v;
        private int t;

        Adam(int size) {
            m = new double[size];
            v = new double[size];
        }

        void step(double[] w, double[] grad, double lr) {
            t++;
            double bias1 = 1 - Math.pow(0.9, t);
            double bias2 = 1 - Math.pow(0.999, t);
            for (int i = 0; i < w.length; i++) {
                m[i] = 0.9 * m[i] + 0.1 * grad[i];
                v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i];
                w[i] -= lr * (m[i] / bias1) / (Math.sqrt(v[i] / bias2) + 1e-8);
            }
        }
    }

    /** Cosine annealing of the learning rate from its start to 0 over {@code steps}, in PyTorch's recursive form. */
    private static final class CosineSchedule {
        private final double steps;
        private final double initial;
        private double count = -1;
        private double lr;

        CosineSchedule(double steps, double initial) {
            this.steps = steps;
            this.initial = initial;
            this.lr = initial;
        }

        double next() {
            count++;
            if (count == 0) {
                lr = initial;
            } else if ((count - 1 - steps) % (2 * steps) == 0) {
                lr = initial * (1 - Math.cos(Math.PI / steps)) / 2;
            } else {
                lr = (1 + Math.cos(Math.PI * count / steps)) / (1 + Math.cos(Math.PI * (count - 1) / steps)) * lr;
            }
            return lr;
        }
    }
}
