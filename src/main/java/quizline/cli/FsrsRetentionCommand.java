package quizline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import quizline.env.Env;
import quizline.fit.RetentionStudy;
import quizline.session.ProfileSettings;
import quizline.store.SqlProgressStore;
import quizline.ui.Visible;

/** {@code quizline fsrs retention}: what each desired retention costs in daily work over a year. */
@Command(
        name = "retention",
        mixinStandardHelpOptions = true,
        description = {
            "Simulate a year of study at each desired retention from 0.70 to 0.97, with a recommendation.",
            "The profile's cards and the loaded packs' new questions are studied under its weights (seeded, so the same profile gives the same figures): reviews and minutes a day, cards remembered at the end and cards remembered per hour of study, with a recommendation and the warnings Anki gives outside 0.80 to 0.95."
        })
final class FsrsRetentionCommand implements Callable<Integer>, ReadsEnv {
    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile = new ProfileOptions();

    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        FsrsWorkload workload;
        double current;
        try (SqlProgressStore store = profile.openForReadingOrEmpty(env)) {
            workload = FsrsWorkload.of(store, env);
            current = Double.parseDouble(ProfileSettings.of(store.settings()).value("retention"));
        }
        List<RetentionStudy.Level> levels = workload.compare();
        out.printf(
                "A year (%d days) of %,d cards, %,d of them studied already, %d new a day, under the %s weights:%n",
                FsrsWorkload.DAYS,
                workload.cards.size(),
                workload.studied,
                workload.settings.newPerDay(),
                workload.weights.equals(quizline.schedule.FsrsParameters.defaults()) ? "default" : "profile's");
        out.println("retention  reviews/day  minutes/day  remembered  per hour");
        for (RetentionStudy.Level l : levels) {
            out.printf(
                    "%9.2f  %11.1f  %11.1f  %10.0f  %8.1f%s%n",
                    l.retention(),
                    l.reviewsPerDay(),
                    l.minutesPerDay(),
                    l.remembered(),
                    l.perHour(),
                    Math.abs(l.retention() - current) < 1e-9 ? "  (current)" : "");
        }
        RetentionStudy.Level best = RetentionStudy.recommended(levels);
        out.printf("Recommended: %.2f, which remembers the most per hour of study.%n", best.retention());
        List<String> warned = new ArrayList<>();
        for (double r : new double[] {best.retention(), current}) {
            String warning = RetentionStudy.warning(r);
            if (warning != null && !warned.contains(warning)) {
                warned.add(warning);
                out.printf("%.2f: %s.%n", r, warning);
            }
        }
        out.printf("Current desired retention %.2f: quizline config retention R changes it.%n", current);
        out.flush();
        return ExitCodes.OK;
    }
}
