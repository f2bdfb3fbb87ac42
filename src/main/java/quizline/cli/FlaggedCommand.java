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
        name = "flagged",
        mixinStandardHelpOptions = true,
        description = {
            "List the questions flagged with ! while studying, for the pack's author.",
            "Each with its pack, id, prompt, the note typed with it and when, oldest first;",
            "--unflag removes a question's flags once they are dealt with."
        })
final class FlaggedCommand extends MarkedQuestions {
    @Option(
            names = "--unflag",
            paramLabel = "PACK/ID",
            description = "Remove this question's flags, every note with them (as listed, e.g. mini/host-city).")
    String unflag;

    @Override
    public Integer call() {
        if (unflag != null) {
            CardKey key = question("--unflag", unflag);
            int removed = lift(store -> store.unflag(key));
            if (removed == 0) {
                throw new UserError(key + " is not flagged (quizline flagged lists those that are)");
            }
            out().println("Unflagged " + key + ": " + (removed == 1 ? "its flag is" : "its " + removed + " flags are")
                    + " removed.");
            return ExitCodes.OK;
        }
        List<ProgressStore.Flag> flags =
                read(ProgressStore::flags).stream().filter(f -> inPack(f.key())).toList();
        checkPack(!flags.isEmpty());
        PrintWriter out = out();
        if (flags.isEmpty()) {
            out.println("No flagged questions" + inPackText() + ": ! at the grade prompt flags one while studying.");
            return ExitCodes.OK;
        }
        out.println(Counted.of(flags.size(), "flag") + inPackText() + ":");
        for (ProgressStore.Flag flag : flags) {
            out.println(flag.key().packId() + "  " + flag.key().questionId() + "  " + when(flag.at()));
            out.println("  " + prompt(flag.key()));
            out.println("  Note: " + (flag.note().isBlank() ? "(none)" : flag.note()));
        }
        return ExitCodes.OK;
    }
}
