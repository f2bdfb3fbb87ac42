package quizline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The profile the damaged-database tests start from. They make small profiles of their own, and by default nothing
 * else is in them. Run with {@code -Dquizline.damage.profile=FILE} (a SQLite profile, its write-ahead log folded in,
 * e.g. the 960,353-review one {@code ./bench scale} makes), each test starts from a copy of FILE instead, adds what it
 * needs beside what is there, and damages that: to run them once by hand at scale. Off by default, so CI stays fast.
 */
public final class StartProfile {
    public static final String PROPERTY = "quizline.damage.profile";

    private StartProfile() {}

    /** The profile named by {@value #PROPERTY}, if any. */
    public static Optional<Path> named() {
        String name = System.getProperty(PROPERTY);
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(Path.of(name));
    }

    /** Copies the named profile to {@code file} (whose folder is made); false, and nothing done, when none is named. */
    public static boolean copyTo(Path file) throws IOException {
        Optional<Path> from = named();
        if (from.isEmpty()) {
            return false;
        }
        if (Files.exists(Path.of(from.get() + "-wal")) && Files.size(Path.of(from.get() + "-wal")) > 0) {
            throw new IllegalStateException(
                    from.get() + " has a write-ahead log not folded in: open and close it first");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.copy(from.get(), file);
        return true;
    }

    /** The number {@code sql} counts in {@code db}. */
    public static long count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /**
     * The page of {@code name} (a table or an index) holding its last entries, found with SQLite's {@code dbstat}: its
     * root page when it has one page, as in the small profiles, else its last leaf page.
     */
    public static int lastLeafPage(Path db, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                var p = c.prepareStatement(
                        "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path DESC LIMIT 1")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no leaf page of " + name);
                }
                return r.getInt(1);
            }
        }
    }
}
