package quizline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "List the questions holding TEXT, as list does and with its options.",
            "TEXT is looked for in ids, prompts, choices, answers, accepted answers, explanations and tags,",
            "case, accents and punctuation aside."
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
