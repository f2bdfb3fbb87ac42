package quizline.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quizline.env.Env;
import quizline.fit.Evaluation;
import quizline.fit.HealthCheck;
import quizline.fit.LoggedReview;
import quizline.fit.Optimizer;
import quizline.fit.TrainingSet;
import quizline.io.UserError;
import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;
import quizline.store.SqlProgressStore;
import quizline.ui.ProgressBar;
import quizline.ui.Terminals;
import quizline.ui.Visible;

/** {@code quizline fsrs optimize [FILE.csv] [--save]}: fits the FSRS-6 weights to a review log. */
@Command(
        name = "optimize",
        mixinStandardHelpOptions = true,
        description = {
            "Fit the 21 FSRS-6 weights to a review log: the profile's own (scheduled reviews, cram left out) or FILE.csv.",
            "FILE.csv is in the layout export --revlog writes (card_id, review_time, review_rating). Prints the weights, their log loss and RMSE(bins) beside the defaults', and, above 300 predicted reviews, a health check on reviews the fit did not see. --save stores them in the profile."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:fitted (or too little data: defaults kept)", "1:bad file or profile", "2:bad option"})
final class FsrsOptimizeCommand implements Callable<Integer>, ReadsEnv {
    private static final DateTimeFormatter FITTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'");

    @Spec
    CommandSpec spec;

    @Mixin
    FsrsLogOptions input = new FsrsLogOptions();

    @Option(names = "--save", description = "Store the weights in the profile: the next answer is scheduled with them.")
    boolean save;

    @Option(
            names = "--force",
            description = "With --save: store them even when the health check finds the fit unhealthy.")
    boolean force;

    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (force && !save) {
            throw UserError.usage("--force goes with --save");
        }
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        PrintWriter err = Visible.writer(spec.commandLine().getErr());
        FsrsLog log = input.read(env);
        TrainingSet data = log.trainingSet();
        ProgressBar[] bar = new ProgressBar[1];
        Optimizer.Result fit = new Optimizer(log.relearningSteps())
                .fit(
                        data,
                        total -> bar[0] = new ProgressBar(err, total, Terminals.interactive() && total > 0, "steps"),
                        () -> bar[0].step());
        if (bar[0] != null) {
            bar[0].finish();
        }
        long cards = log.reviews.stream().map(LoggedReview::cardId).distinct().count();
        out.printf(
                "%s: %,d review%s of %,d card%s, %,d of them on a later day than the one before.%n",
                log.source,
                log.reviews.size(),
                log.reviews.size() == 1 ? "" : "s",
                cards,
                cards == 1 ? "" : "s",
                data.items().size());
        if (fit.stage() == Optimizer.Stage.DEFAULTS) {
            out.println("Not fitted: " + fit.reason() + ".");
            out.flush();
            return ExitCodes.OK;
        }
        if (fit.stage() == Optimizer.Stage.PRETRAINED) {
            out.println("Partly fitted: " + fit.reason() + ".");
        }
        FsrsParameters fitted = fit.parameters();
        out.println("FSRS-6 weights: " + fitted.text());
        Evaluation mine = Evaluation.of(new Fsrs6Model(fitted), data.items());
        Evaluation inUse = Evaluation.of(new Fsrs6Model(log.profileWeights()), data.items());
        Evaluation defaults = Evaluation.of(new Fsrs6Model(FsrsParameters.defaults()), data.items());
        out.printf(
                "Log loss %.4f, RMSE(bins) %.4f (the defaults: %.4f, %.4f; the weights in use: %.4f, %.4f).%n",
                mine.logLoss(),
                mine.rmseBins(),
                defaults.logLoss(),
                defaults.rmseBins(),
                inUse.logLoss(),
                inUse.rmseBins());
        HealthCheck.Report health = HealthCheck.check(data, log.relearningSteps());
        boolean healthy = health == null || health.healthy();
        if (health != null) {
            out.printf(
                    "Health check, on reviews each fit did not see: log loss %.4f (%.2f× the usual %.4f at this"
                            + " retention), RMSE(bins) %.4f (%.2f× the usual %.4f): %s%n",
                    health.unseen().logLoss(),
                    health.unseen().logLoss() / health.expectedLogLoss(),
                    health.expectedLogLoss(),
                    health.unseen().rmseBins(),
                    health.unseen().rmseBins() / health.expectedRmseBins(),
                    health.expectedRmseBins(),
                    health.healthy() ? "healthy." : "unhealthy.");
            if (!health.healthy()) {
                out.println("Your answers are hard to predict from your log. Suspend or reformulate leeches (quizline"
                        + " suspended lists them), and grade Again whenever you did not recall: Hard is a passing"
                        + " grade, for an answer recalled with effort.");
            }
        } else {
            out.printf(
                    "No health check at %,d predicted reviews (it needs more than %d).%n",
                    data.items().size(), HealthCheck.MIN_ITEMS);
        }
        if (!save) {
            out.println("Not saved: quizline fsrs optimize --save stores them in the profile.");
        } else if (!healthy && !force) {
            out.println("Not saved, as the fit is unhealthy: --save --force stores it all the same.");
        } else if (mine.rmseBins() >= inUse.rmseBins() && !log.profileWeights().equals(FsrsParameters.defaults())) {
            out.println("Not saved: the weights in use fit this log at least as well (RMSE(bins)).");
        } else {
            String when = env.clock()
                    .instant()
                    .atOffset(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.MINUTES)
                    .format(FITTED_AT);
            try (SqlProgressStore store = input.profile.openForWriting(env)) {
                store.putSetting("fsrs-params", fitted.text());
                store.putSetting("fsrs-fitted", when + ", " + data.items().size() + " reviews");
            }
            out.println("Saved in the profile: the next answer is scheduled with these weights.");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
