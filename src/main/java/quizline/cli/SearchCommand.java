package quizline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "List the questions holding TEXT in their id, prompt, choices, answer, accepted answers, explanation",
            "or tags; case, accents and punctuation aside. Shown as list shows them, with the same options."
        })
final class SearchCommand extends CatalogCommand {
    @Parameters(index = "0", paramLabel = "TEXT", description = "What to look for.")
    String text;

    @Mixin
    ListFilters filters = new ListFilters();

    @Override
    public Integer call() {
        return ListCommand.listed(this, filters, text);
    }
}
