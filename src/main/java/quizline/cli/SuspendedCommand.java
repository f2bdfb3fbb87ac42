package quizline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.SqliteProgressStore;
import quizline.text.Counted;
import quizline.ui.Visible;

@Command(
        name = "suspended",
        mixinStandardHelpOptions = true,
        description = {
            "List the suspended questions (s while studying, or leeches), or bring one back with --unsuspend.",
            "A suspended question is not asked, nor counted, until it is unsuspended."
        })
final class SuspendedCommand implements Callable<Integer>, ReadsTime {
    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile = new ProfileOptions();

    @Option(names = "--pack", paramLabel = "ID", description = "Only this pack's questions.")
    String packId;

    @Option(
            names = "--unsuspend",
            paramLabel = "PACK/ID",
            description = "Ask this question again when it is due (as listed, e.g. mini/host-city).")
    String unsuspend;

    Clock clock = Clock.systemDefaultZone();
    Map<String, String> env = System.getenv();

    @Override
    public void useClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        if (unsuspend != null) {
            return unsuspend(out);
        }
        PackLibrary library = PackLibrary.load(env);
        PrintWriter err = Visible.writer(spec.commandLine().getErr());
        library.warnings().forEach(w -> err.println("quizline: " + w));
        MarkedQuestions questions = new MarkedQuestions(library);
        List<ProgressStore.Suspension> suspended =
                MarkedQuestions.read(
                                profile,
                                env,
                                store -> List.copyOf(store.suspended().values()))
                        .stream()
                        .filter(s -> packId == null || s.key().packId().equals(packId))
                        .toList();
        questions.checkPack(packId, !suspended.isEmpty());
        if (suspended.isEmpty()) {
            out.println("No suspended questions" + (packId == null ? "" : " in pack " + packId) + ".");
            return ExitCodes.OK;
        }
        out.println(Counted.of(suspended.size(), "suspended question") + (packId == null ? "" : " in pack " + packId)
                + ":");
        for (ProgressStore.Suspension s : suspended) {
            out.println(s.key() + "  since " + MarkedQuestions.when(s.since(), clock.getZone())
                    + (s.leech() ? "  leech" : ""));
            out.println("  " + questions.prompt(s.key()));
        }
        out.println("quizline suspended --unsuspend PACK/ID brings one back.");
        return ExitCodes.OK;
    }

    private int unsuspend(PrintWriter out) {
        int slash = unsuspend.indexOf('/');
        if (slash <= 0 || slash == unsuspend.length() - 1) {
            throw new UserError(
                    "--unsuspend takes a pack and a question id, as listed: PACK/ID, not \"" + unsuspend + "\"",
                    ExitCodes.USAGE);
        }
        CardKey key = new CardKey(unsuspend.substring(0, slash), unsuspend.substring(slash + 1));
        boolean lifted = Files.exists(profile.path(env));
        if (lifted) {
            try (SqliteProgressStore store = profile.openForWriting(env)) {
                lifted = store.unsuspend(key);
            }
        }
        if (!lifted) {
            throw new UserError(key + " is not suspended (quizline suspended lists those that are)");
        }
        out.println("Unsuspended " + key + ": it is asked again when it is due.");
        return ExitCodes.OK;
    }
}
