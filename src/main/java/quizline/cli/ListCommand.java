package quizline.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import quizline.browse.Catalog;
import quizline.text.Counted;
import quizline.ui.BrowseView;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "List the questions of the packs loaded: PACK/ID, type, state, when due and prompt.",
            "In pack order; reads the profile without creating one."
        })
final class ListCommand extends CatalogCommand {
    @Mixin
    ListFilters filters = new ListFilters();

    @Override
    public Integer call() {
        return listed(this, filters, null);
    }

    /** Lists what the filters and {@code text} (null: any) choose; shared with {@code search}. */
    static int listed(CatalogCommand command, ListFilters filters, String text) {
        Catalog catalog = command.catalog();
        List<Catalog.Entry> entries = catalog.select(filters.filter(text), command.dayEnd);
        String chosen = filters.described(text);
        if (entries.isEmpty()) {
            command.out().println("No questions" + chosen + ".");
            return ExitCodes.OK;
        }
        String heading = Counted.of(entries.size(), "question") + chosen + ":";
        command.print(width -> BrowseView.list(
                heading,
                entries,
                command.env.clock().instant(),
                command.env.clock().getZone(),
                width));
        return ExitCodes.OK;
    }
}
