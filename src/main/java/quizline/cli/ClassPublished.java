package quizline.cli;

import quizline.pack.PackLibrary;
import quizline.store.PostgresProgressStore;
import quizline.store.ProgressStore;

/**
 * The packs published to a class on a PostgreSQL server ({@code quizline class publish --store}), added to those a
 * command found locally when the profile it reads is on that server: the one place study, list, search, show and card
 * get them from.
 */
final class ClassPublished {
    private ClassPublished() {}

    /** Adds the packs published on {@code store}'s server to {@code library}; nothing for a profile in a file. */
    static void addTo(PackLibrary library, ProgressStore store) {
        if (store instanceof PostgresProgressStore server) {
            server.publishedPacks().forEach(p -> library.addPublished(origin(server.address()), p.text()));
        }
    }

    /** Where a published pack comes from, as messages name it. */
    static String origin(String address) {
        return "published to the class (" + address + ")";
    }
}
