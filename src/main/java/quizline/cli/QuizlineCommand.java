package quizline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "quizline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Study quiz packs in the terminal with spaced repetition.",
            "Without a command: show the dashboard and start studying."
        },
        subcommands = {StudyCommand.class, ValidateCommand.class, ConfigCommand.class, FsrsCommand.class, DoctorCommand.class,
            StatsCommand.class, ProgressCommand.class})
public final class QuizlineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StudyOptions options = new StudyOptions();

    @Override
    public Integer call() {
        return StudyRun.run(spec, options);
    }
}
