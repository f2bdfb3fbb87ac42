package quizline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import quizline.PostgresServer;

/**
 * The two places progress can live, for the tests that must pass on both: a SQLite file, and a PostgreSQL database of
 * many profiles (the test server's, {@link PostgresServer}; skipped without one, failed on CI).
 */
public enum Backend {
    SQLITE,
    POSTGRES;

    /** A new, empty profile of this backend: opened as many times as a test likes, by as many connections. */
    public Profile newProfile(Path dir) {
        if (this == SQLITE) {
            return new Profile(dir.resolve("p.db"), null, null);
        }
        String schema = PostgresServer.freshSchema(null);
        return new Profile(null, PostgresServer.inSchema(schema), "student");
    }

    /** One profile: a file, or a server's URL and the profile's name there. */
    public record Profile(Path file, String url, String name) {
        public SqlProgressStore open() throws StoreException {
            return file != null ? SqliteProgressStore.open(file) : PostgresProgressStore.open(url, name, null, null);
        }

        /** A connection to the profile's tables, to look at rows as they are stored (the test server's superuser). */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(file != null ? "jdbc:sqlite:" + file : url);
        }
    }
}
