package quizline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;
import quizline.env.Env;
import quizline.io.UserError;
import quizline.store.SqliteProgressStore;
import quizline.store.StoreException;

/** {@code --profile NAME} and {@code --db PATH}, on every command that reads or writes progress. */
final class ProfileOptions {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            defaultValue = "default",
            description = "Whose progress: $XDG_DATA_HOME/quizline/NAME.db (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "The progress database file itself (overrides --profile).")
    Path db;

    Path path(Env env) {
        if (db != null) {
            return db;
        }
        if (!NAME.matcher(profile).matches()) {
            throw UserError.usage("profile name \"" + profile + "\" must be letters, digits, '.', '_' or '-'");
        }
        return env.dataDir().resolve(profile + ".db");
    }

    /**
     * Opens the database only if it is there: the tools that read progress (doctor, stats,
     * export) must not leave an empty file behind a mistyped {@code --db}.
     */
    SqliteProgressStore openExisting(Env env) {
        requireExisting(env);
        return open(env);
    }

    /** Opens an existing database read-only, for the commands that only read it (stats, export). */
    SqliteProgressStore openForReading(Env env) {
        requireExisting(env);
        try {
            return SqliteProgressStore.openForReading(path(env));
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void requireExisting(Env env) {
        Path file = path(env);
        if (!Files.exists(file)) {
            throw new UserError(file + ": no progress database here (study first, or check --profile/--db)");
        }
    }

    SqliteProgressStore open(Env env) {
        try {
            return SqliteProgressStore.open(path(env));
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Opens the profile for a command that writes to it: a damaged file is refused, untouched, first. */
    SqliteProgressStore openForWriting(Env env) {
        try {
            return SqliteProgressStore.openForWriting(path(env));
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
    }
}
