package quizline.cli;

import quizline.env.Env;
import quizline.io.UserError;
import quizline.pack.PackLibrary;
import quizline.store.PostgresProgressStore;
import quizline.store.ProgressStore;
import quizline.store.StoreException;
import quizline.store.StoreFailure;

/**
 * The packs published to a class on a PostgreSQL server ({@code quizline class publish --store}), added to those a
 * command found locally when the profile it reads is on that server: the one place study, list, search, show, card,
 * stats, flagged, suspended, doctor and packs get them from.
 */
final class ClassPublished {
    private ClassPublished() {}

    /** Adds the packs published on {@code store}'s server to {@code library}; nothing for a profile in a file. */
    static void addTo(PackLibrary library, ProgressStore store) {
        if (store instanceof PostgresProgressStore server) {
            server.publishedPacks().forEach(p -> library.addPublished(origin(server.address()), p.text()));
        }
    }

    /**
     * Adds the packs published on the class's server {@code url} to {@code library}, read as the connecting role (the
     * environment's login and password where the URL has none): for a command that opens no profile ({@code packs}).
     */
    static void addTo(PackLibrary library, String url, Env env) {
        ProfileOptions.checkedServer(url);
        try (PostgresProgressStore server =
                PostgresProgressStore.open(url, null, env.serverUser(), env.serverPassword())) {
            addTo(library, server);
        } catch (StoreException | StoreFailure e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Where a published pack comes from, as messages name it. */
    static String origin(String address) {
        return "published to the class (" + address + ")";
    }
}
