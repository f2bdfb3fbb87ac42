package quizline.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import quizline.browse.Catalog;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.ReviewRecord;
import quizline.ui.BrowseView;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Show one question with its answer and every answer given to it.",
            "Its state and when due, prompt, choices, answer, explanation and tags, then its history, oldest",
            "first. Reads the profile without creating one."
        })
final class ShowCommand extends CatalogCommand {
    @Parameters(
            index = "0",
            paramLabel = "ID",
            description = "PACK/ID as list shows it, or the question id alone when one pack has it.")
    String id;

    @Override
    public Integer call() {
        Catalog catalog = catalog();
        CardKey key = resolve(catalog, id);
        List<ReviewRecord> history = List.of();
        if (profile.exists(env)) {
            try (ProgressStore store = profile.openForReading(env)) {
                history = store.history(key);
            }
        }
        Catalog.Entry entry = catalog.entry(key).orElse(null);
        List<ReviewRecord> answers = history;
        print(width -> BrowseView.show(
                key, entry, answers, env.clock().instant(), env.clock().getZone(), width));
        return ExitCodes.OK;
    }
}
