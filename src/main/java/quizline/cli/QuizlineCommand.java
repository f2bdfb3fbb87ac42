package quizline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
        name = "quizline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {FsrsCommand.class},
        description = "Study quiz packs in the terminal with spaced repetition.")
public final class QuizlineCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
