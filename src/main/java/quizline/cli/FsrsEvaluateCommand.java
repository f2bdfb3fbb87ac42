package quizline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quizline.env.Env;
import quizline.fit.Evaluation;
import quizline.fit.HealthCheck;
import quizline.fit.TrainingSet;
import quizline.io.UserError;
import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;
import quizline.ui.Visible;

/** {@code quizline fsrs evaluate [FILE.csv] [--params …] [--split]}: how well weights predict a review log. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Judge FSRS-6 weights on a review log: log loss, RMSE(bins) and AUC of the given weights, the profile's and the defaults, side by side.",
            "The log is the profile's, or FILE.csv as for optimize. Lower log loss and RMSE(bins) are better, a higher AUC is. With --split, weights are also fitted on each older part of the log and judged on the part after it, and every row is judged on those later parts only."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated", "1:bad file or profile, or no review to judge", "2:bad option"})
final class FsrsEvaluateCommand implements Callable<Integer>, ReadsEnv {
    @Spec
    CommandSpec spec;

    @Mixin
    FsrsLogOptions input = new FsrsLogOptions();

    @Option(
            names = "--params",
            paramLabel = "W0,...,W20",
            description = "Weights to judge beside the profile's and the defaults.")
    String params;

    @Option(
            names = "--split",
            description = "Also fit on older reviews and judge on newer ones (a time-series split in 5).")
    boolean split;

    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    private record Row(String name, Evaluation evaluation) {}

    @Override
    public Integer call() {
        FsrsParameters given;
        try {
            given = params == null ? null : FsrsParameters.parse(params);
        } catch (IllegalArgumentException e) {
            throw UserError.usage("--params: " + e.getMessage());
        }
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        FsrsLog log = input.read(env);
        TrainingSet data = log.trainingSet();
        List<TrainingSet.Item> judged = split ? HealthCheck.judged(data) : data.items();
        if (judged.isEmpty() || (split && judged.size() == data.items().size())) {
            throw new UserError(log.source + ": no review on a later day than the card's one before, nothing to judge"
                    + (split ? " (--split needs at least 6)" : ""));
        }
        List<Row> rows = new ArrayList<>();
        if (given != null) {
            rows.add(new Row("given", Evaluation.of(new Fsrs6Model(given), judged)));
        }
        String fitted = log.settings.value("fsrs-fitted");
        String profileName = log.settings.value("fsrs-params").isBlank()
                ? "profile (defaults)"
                : "profile" + (fitted.isBlank() ? "" : " (fitted " + fitted.split(",")[0] + ")");
        rows.add(new Row(profileName, Evaluation.of(new Fsrs6Model(log.profileWeights()), judged)));
        rows.add(new Row("defaults", Evaluation.of(new Fsrs6Model(FsrsParameters.defaults()), judged)));
        if (split) {
            rows.add(new Row("fitted on older reviews", HealthCheck.timeSeriesSplit(data, log.relearningSteps())));
        }
        out.printf(
                "%s: %,d reviews judged%s.%n",
                log.source,
                judged.size(),
                split ? " (the newer five sixths, each part by weights that never saw it)" : "");
        int width =
                Math.max(8, rows.stream().mapToInt(r -> r.name().length()).max().orElse(8));
        out.printf("%-" + width + "s  %8s  %10s  %6s%n", "weights", "log loss", "RMSE(bins)", "AUC");
        for (Row r : rows) {
            Evaluation e = r.evaluation();
            out.printf(
                    "%-" + width + "s  %8.4f  %10.4f  %6s%n",
                    r.name(),
                    e.logLoss(),
                    e.rmseBins(),
                    Double.isNaN(e.auc()) ? "-" : String.format("%.3f", e.auc()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
