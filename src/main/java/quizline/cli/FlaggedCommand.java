package quizline.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import quizline.store.ProgressStore;
import quizline.text.Counted;

@Command(
        name = "flagged",
        mixinStandardHelpOptions = true,
        description = {
            "List the questions flagged with ! while studying, for the pack's author.",
            "Each with its pack, id, prompt, the note typed with it and when, oldest first."
        })
final class FlaggedCommand extends MarkedQuestions {
    @Override
    public Integer call() {
        loadPacks();
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
