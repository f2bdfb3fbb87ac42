package quizline.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "quizline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Study quiz packs in the terminal with spaced repetition.",
            "Without a command: show the dashboard and start studying."
        },
        // Subcommands are added by Main from Subcommands.ALL, only those a run needs.
        synopsisSubcommandLabel = "[COMMAND]")
public final class QuizlineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StudyOptions options = new StudyOptions();

    /** The time of the run: Main sets it from the environment. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        return StudyRun.run(spec, options, clock);
    }
}
