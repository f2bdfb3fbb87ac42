package quizline.bench;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import quizline.fit.Evaluation;
import quizline.fit.LoggedReview;
import quizline.fit.Optimizer;
import quizline.fit.Simulation;
import quizline.fit.TrainingSet;
import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;

/**
 * {@code make DIR REVIEWS SEEDS}: writes one simulated learner's log per seed as DIR/learner-SEED.csv
 * (the export --revlog layout, learning states included) and its hidden weights as DIR/learner-SEED.truth.
 * {@code fit FILE RUNS}: fits the log RUNS times in this JVM, prints the median CPU time of a fit
 * (the first run, the JVM's warm-up, included in the list) and the weights.
 * {@code score FILE W...}: log loss and RMSE(bins) of each comma-separated weight list on the log.
 */
public final class OptimizeBench {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "make" -> make(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "fit" -> fit(Path.of(args[1]), Integer.parseInt(args[2]));
            case "score" -> score(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length));
            default -> throw new IllegalArgumentException("make, fit or score");
        }
    }

    private static void make(Path dir, int reviews, int seeds) throws IOException {
        for (int seed = 1; seed <= seeds; seed++) {
            FsrsParameters truth = Simulation.drawLearner(seed, 1);
            List<LoggedReview> log = Simulation.learnerLog(truth, reviews, START, seed);
            try (Writer out = Files.newBufferedWriter(dir.resolve("learner-" + seed + ".csv"))) {
                out.write("card_id,review_time,review_rating,review_state,review_duration\n");
                for (LoggedReview r : log) {
                    out.write(r.cardId().substring(1) + "," + r.time().toEpochMilli() + "," + r.grade() + ","
                            + r.state() + ",0\n");
                }
            }
            Files.writeString(dir.resolve("learner-" + seed + ".truth"), truth.text());
        }
    }

    private static TrainingSet read(Path file) throws IOException {
        List<LoggedReview> log = Files.readAllLines(file).stream()
                .skip(1)
                .map(line -> line.split(","))
                .map(f -> new LoggedReview(
                        f[0],
                        Instant.ofEpochMilli(Long.parseLong(f[1])),
                        Integer.parseInt(f[2]),
                        Integer.parseInt(f[3])))
                .toList();
        return TrainingSet.of(log, LocalTime.MIDNIGHT, ZoneOffset.UTC);
    }

    private static void fit(Path file, int runs) throws IOException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        Optimizer.Result result = null;
        for (int i = 0; i < runs; i++) {
            long before = cpu.getCurrentThreadCpuTime();
            TrainingSet data = read(file);
            result = new Optimizer(1).fit(data, n -> {}, () -> {});
            ms[i] = (cpu.getCurrentThreadCpuTime() - before) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("cpu_ms_median %.0f runs %s%n", sorted[runs / 2], Arrays.toString(ms));
        System.out.println("weights " + result.parameters().text());
    }

    private static void score(Path file, String[] weights) throws IOException {
        TrainingSet data = read(file);
        for (String w : weights) {
            Evaluation e = Evaluation.of(new Fsrs6Model(FsrsParameters.parse(w)), data.items());
            System.out.printf("%.5f %.5f%n", e.logLoss(), e.rmseBins());
        }
    }
}
