package quizline.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import quizline.io.UserError;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.text.Counted;

@Command(
        name = "suspended",
        mixinStandardHelpOptions = true,
        description = {
            "List the suspended questions (s while studying, or leeches), or bring one back with --unsuspend.",
            "A suspended question is not asked, nor counted, until it is unsuspended."
        })
final class SuspendedCommand extends MarkedQuestions {
    @Option(
            names = "--unsuspend",
            paramLabel = "PACK/ID",
            description = "Ask this question again when it is due (as listed, e.g. mini/host-city).")
    String unsuspend;

    @Override
    public Integer call() {
        PrintWriter out = out();
        if (unsuspend != null) {
            return unsuspend(out);
        }
        List<ProgressStore.Suspension> suspended = read(
                        store -> List.copyOf(store.suspended().values()))
                .stream()
                .filter(s -> inPack(s.key()))
                .toList();
        checkPack(!suspended.isEmpty());
        if (suspended.isEmpty()) {
            out.println("No suspended questions" + inPackText() + ".");
            return ExitCodes.OK;
        }
        out.println(Counted.of(suspended.size(), "suspended question") + inPackText() + ":");
        for (ProgressStore.Suspension s : suspended) {
            out.println(s.key() + "  since " + when(s.since()) + (s.leech() ? "  leech" : ""));
            out.println("  " + prompt(s.key()));
        }
        out.println("quizline suspended --unsuspend PACK/ID brings one back.");
        return ExitCodes.OK;
    }

    private int unsuspend(PrintWriter out) {
        CardKey key = question("--unsuspend", unsuspend);
        if (lift(store -> store.unsuspend(key) ? 1 : 0) == 0) {
            throw new UserError(key + " is not suspended (quizline suspended lists those that are)");
        }
        out.println("Unsuspended " + key + ": it is asked again when it is due.");
        return ExitCodes.OK;
    }
}
