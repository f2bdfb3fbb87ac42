package quizline.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quizline.store.ProgressStore;
import quizline.text.Counted;
import quizline.ui.Visible;

@Command(
        name = "flagged",
        mixinStandardHelpOptions = true,
        description = {
            "List the questions flagged with ! while studying, for the pack's author.",
            "Each with its pack, id, prompt, the note typed with it and when, oldest first."
        })
final class FlaggedCommand implements Callable<Integer>, ReadsTime {
    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile = new ProfileOptions();

    @Option(names = "--pack", paramLabel = "ID", description = "Only this pack's questions.")
    String packId;

    Clock clock = Clock.systemDefaultZone();
    Map<String, String> env = System.getenv();

    @Override
    public void useClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PackLibrary library = PackLibrary.load(env);
        PrintWriter err = Visible.writer(spec.commandLine().getErr());
        library.warnings().forEach(w -> err.println("quizline: " + w));
        MarkedQuestions questions = new MarkedQuestions(library);
        List<ProgressStore.Flag> flags = MarkedQuestions.read(profile, env, ProgressStore::flags).stream()
                .filter(f -> packId == null || f.key().packId().equals(packId))
                .toList();
        questions.checkPack(packId, !flags.isEmpty());
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        if (flags.isEmpty()) {
            out.println("No flagged questions" + (packId == null ? "" : " in pack " + packId)
                    + ": ! at the grade prompt flags one while studying.");
            return ExitCodes.OK;
        }
        out.println(Counted.of(flags.size(), "flag") + (packId == null ? "" : " in pack " + packId) + ":");
        for (ProgressStore.Flag flag : flags) {
            out.println(flag.key().packId() + "  " + flag.key().questionId() + "  "
                    + MarkedQuestions.when(flag.at(), clock.getZone()));
            out.println("  " + questions.prompt(flag.key()));
            out.println("  Note: " + (flag.note().isBlank() ? "(none)" : flag.note()));
        }
        return ExitCodes.OK;
    }
}
