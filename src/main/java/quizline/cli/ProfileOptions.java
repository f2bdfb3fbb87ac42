package quizline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;
import quizline.env.Env;
import quizline.io.UserError;
import quizline.store.PostgresProgressStore;
import quizline.store.SqlProgressStore;
import quizline.store.SqliteProgressStore;
import quizline.store.StoreException;

/**
 * {@code --profile NAME}, {@code --db PATH} and {@code --store URL}, on every command that reads or writes progress:
 * a SQLite file per profile (the default), or a profile in a PostgreSQL database ({@code --store}, or
 * {@code QUIZLINE_STORE}).
 */
final class ProfileOptions {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String DEFAULT_PROFILE = "default";

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "Whose progress: $XDG_DATA_HOME/quizline/NAME.db (default: default); with --store, the"
                    + " profile in the database (default: the login's name).")
    String profile;

    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "The progress database file itself (overrides --profile).")
    Path db;

    @Option(
            names = "--store",
            paramLabel = "URL",
            description = "Progress on a PostgreSQL server: jdbc:postgresql://HOST:PORT/DATABASE?user=NAME"
                    + " (or $QUIZLINE_STORE); the password from the URL, $PGPASSWORD or ~/.pgpass.")
    String store;

    /** The server's URL, or null when progress is in a SQLite file ({@code --db} wins over {@code QUIZLINE_STORE}). */
    private String server(Env env) {
        String url = store != null ? store : db != null ? null : env.store();
        if (url != null) {
            checkedServer(url);
        }
        if (url != null && db != null) {
            throw UserError.usage("--db and --store name two places for the progress: give one");
        }
        return url;
    }

    /**
     * {@code url}, a server's address as given to {@code --store} or {@code QUIZLINE_STORE}; one quizline cannot open
     * is refused as a usage mistake, shown without its password.
     */
    static String checkedServer(String url) {
        String problem = PostgresProgressStore.addressProblem(url);
        if (problem != null) {
            throw UserError.usage("--store " + PostgresProgressStore.redacted(url) + ": " + problem);
        }
        return url;
    }

    Path path(Env env) {
        if (db != null) {
            return db;
        }
        String name = profile == null ? DEFAULT_PROFILE : profile;
        if (!NAME.matcher(name).matches()) {
            throw UserError.usage("profile name \"" + name + "\" must be letters, digits, '.', '_' or '-'");
        }
        return env.dataDir().resolve(name + ".db");
    }

    /** Whether there is progress to read: the profile's file, or a server (whose tables opening makes). */
    boolean exists(Env env) {
        return server(env) != null || Files.exists(path(env));
    }

    /** The profile's SQLite file; null for a profile on a server. */
    Path fileOrNull(Env env) {
        return server(env) != null ? null : path(env);
    }

    /**
     * Opens the database only if it is there: the tools that read progress (doctor, stats,
     * export) must not leave an empty file behind a mistyped {@code --db}.
     */
    SqlProgressStore openExisting(Env env) {
        requireExisting(env);
        return open(env);
    }

    /**
     * Opens an existing database read-only, for the commands that only read it (stats, export; stats keeps its
     * calibration's sums through a connection of its own when it can, {@link SqlProgressStore#keepCalibration}).
     */
    SqlProgressStore openForReading(Env env) {
        requireExisting(env);
        String url = server(env);
        try {
            return url != null ? openServer(url, env) : SqliteProgressStore.openForReading(path(env));
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * Opens the profile for reading when there is one; else an empty profile in memory, so that a command that only
     * reads shows an empty history and leaves no file behind.
     */
    SqlProgressStore openForReadingOrEmpty(Env env) {
        return exists(env) ? openForReading(env) : SqliteProgressStore.inMemory();
    }

    /**
     * As {@link #openForReadingOrEmpty}, a file's quick check running beside the reads ({@link
     * SqliteProgressStore#openForReadingBesideCheck}): the caller awaits its verdict ({@link
     * SqlProgressStore#awaitOpenCheck}) before it shows anything read.
     */
    SqlProgressStore openForReadingBesideCheckOrEmpty(Env env) {
        if (!exists(env)) {
            return SqliteProgressStore.inMemory();
        }
        return open(env, SqliteProgressStore::openForReadingBesideCheck);
    }

    private void requireExisting(Env env) {
        if (!exists(env)) {
            throw new UserError(path(env) + ": no progress database here (study first, or check --profile/--db)");
        }
    }

    SqlProgressStore open(Env env) {
        return open(env, SqliteProgressStore::open);
    }

    /** Opens the profile for a command that writes to it: a damaged file is refused, untouched, first. */
    SqlProgressStore openForWriting(Env env) {
        return open(env, SqliteProgressStore::openForWriting);
    }

    /**
     * Opens the profile for a study session: as {@link #openForWriting}, but a file's full check runs beside the
     * session once it starts ({@link SqlProgressStore#startOpenCheck}), and its first write waits for the verdict
     * ({@link SqlProgressStore#awaitOpenCheck}).
     */
    SqlProgressStore openForStudy(Env env) {
        return open(env, SqliteProgressStore::openForStudy);
    }

    /** One of SqliteProgressStore's ways to open a file. */
    private interface FileOpening {
        SqliteProgressStore open(Path file) throws StoreException;
    }

    /** The profile on the server, or its file opened {@code file}'s way; a refusal is the user's one line. */
    private SqlProgressStore open(Env env, FileOpening file) {
        String url = server(env);
        try {
            return url != null ? openServer(url, env) : file.open(path(env));
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * The profile on the server; another student's ({@code --profile} naming another than a student's own role) is
     * refused at once, where row-level security would show it empty and refuse the first answer's save.
     */
    private PostgresProgressStore openServer(String url, Env env) throws StoreException {
        PostgresProgressStore store = PostgresProgressStore.open(url, profile, env.serverUser(), env.serverPassword());
        if (profile != null && !profile.equals(store.role()) && !store.readsEveryProfile()) {
            store.close();
            throw new StoreException(store.address() + ": the role " + store.role()
                    + " reads and writes only its own profile, " + store.role() + ", not " + profile
                    + " (leave out --profile, or log in as the class's instructor)");
        }
        return store;
    }
}
