package quizline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
        name = "quizline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Study quiz packs in the terminal with spaced repetition.",
        subcommands = {ValidateCommand.class})
public final class QuizlineCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
