package quizline.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quizline.env.Env;
import quizline.io.UserError;
import quizline.session.ProfileSettings;
import quizline.store.SqlProgressStore;
import quizline.ui.Visible;

@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = {
            "Show or change a profile's settings: scheduler, retention, steps, daily limits, day start, order, leeches.",
            "  quizline config                      all settings",
            "  quizline config new-per-day          one setting",
            "  quizline config new-per-day 30       change it",
            "  quizline config --reset new-per-day  back to the default"
        })
final class ConfigCommand implements Callable<Integer>, ReadsEnv {
    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile = new ProfileOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "KEY", description = "A setting's name.")
    String key;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "Its new value.")
    String value;

    @Option(names = "--reset", description = "Put KEY back to its default.")
    boolean reset;

    @Override
    public Integer call() {
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        if (key != null) {
            try {
                ProfileSettings.setting(key);
                if (value != null) {
                    ProfileSettings.check(key, value);
                }
            } catch (IllegalArgumentException e) {
                throw UserError.usage(e.getMessage());
            }
        }
        if (reset && (key == null || value != null)) {
            throw UserError.usage("--reset takes one KEY and no VALUE");
        }
        try (SqlProgressStore store = profile.openForWriting(env)) {
            String retentionBefore = ProfileSettings.of(store.settings()).value("retention");
            if (reset || value != null) {
                store.putSetting(key, reset ? null : value);
            }
            String retentionAfter = ProfileSettings.of(store.settings()).value("retention");
            if ("retention".equals(key) && !retentionAfter.equals(retentionBefore)) {
                out.println(workloadChange(store, retentionBefore, retentionAfter));
            }
            Map<String, String> stored = store.settings();
            ProfileSettings settings = ProfileSettings.of(stored);
            for (ProfileSettings.Setting s : ProfileSettings.ALL) {
                if (key == null || key.equals(s.key())) {
                    String shown = settings.value(s.key());
                    out.printf(
                            "%-17s %-9s %s%s%n",
                            s.key(),
                            shown.isEmpty() ? "(none)" : shown,
                            s.meaning(),
                            stored.containsKey(s.key()) ? "" : " [default]");
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code 0.95: about 1.9× the reviews of 0.90}, from a year of the profile's study simulated at both. */
    private String workloadChange(SqlProgressStore store, String before, String after) {
        FsrsWorkload workload = FsrsWorkload.of(store, env);
        double from = workload.at(Double.parseDouble(before)).reviewsPerDay();
        double to = workload.at(Double.parseDouble(after)).reviewsPerDay();
        if (from == 0) {
            return after + ": no reviews to compare with " + before + " (nothing studied, no new questions)";
        }
        return String.format(
                "%s: about %.1f× the reviews of %s (%.1f a day instead of %.1f, over a simulated year)",
                after, to / from, before, to, from);
    }
}
