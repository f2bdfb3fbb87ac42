package quizline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import quizline.env.Env;

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
public final class QuizlineCommand implements Callable<Integer>, ReadsEnv {
    @Spec
    CommandSpec spec;

    @Mixin
    StudyOptions options = new StudyOptions();

    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return StudyRun.run(spec, options, env);
    }
}
