package quizline.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import quizline.browse.Catalog;

/** {@code --pack}, {@code --tag}, {@code --due} and {@code --suspended}: what {@code list} and {@code search} show. */
final class ListFilters {
    @Option(names = "--pack", paramLabel = "ID", description = "Only this pack's questions.")
    String packId;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only questions with this tag.")
    String tag;

    @Option(
            names = "--due",
            description = "Only questions due today (by the profile's day-starts-at), as study would ask them.")
    boolean due;

    @Option(names = "--suspended", description = "Only suspended questions.")
    boolean suspended;

    Catalog.Filter filter(String text) {
        return new Catalog.Filter(packId, tag, due, suspended, text);
    }

    /** What the filter chose, for the heading: {@code  in pack mini with tag hosts due today}. */
    String described(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            words.add(" matching \"" + text + "\"");
        }
        if (packId != null) {
            words.add(" in pack " + packId);
        }
        if (tag != null) {
            words.add(" with tag " + tag);
        }
        if (due) {
            words.add(" due today");
        }
        if (suspended) {
            words.add(" suspended");
        }
        return String.join("", words);
    }
}
