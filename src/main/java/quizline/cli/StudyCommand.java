package quizline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import quizline.env.Env;

@Command(
        name = "study",
        mixinStandardHelpOptions = true,
        description = {
            "Study questions: choice questions take one key (a–f or 1–6), typed answers a line.",
            "When input is not a terminal, reads one answer per line (plain mode).",
            "Ctrl-C or Ctrl-D ends the session with its summary."
        })
final class StudyCommand implements Callable<Integer>, ReadsEnv {
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
