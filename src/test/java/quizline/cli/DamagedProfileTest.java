package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.StartProfile;

/**
 * A profile whose index is damaged, as doctor finds it, is not written to by study or config. Run with {@code
 * -Dquizline.damage.profile=FILE}, each profile starts from a copy of FILE ({@link quizline.StartProfile}), and the
 * bit flipped is on the index's last page (its root in a small profile).
 */
class DamagedProfileTest {
    @TempDir
    Path dir;

    Path db;
    byte[] damaged;

    private static String pragma(Path file, String pragma) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA " + pragma)) {
            return r.getString(1);
        }
    }

    /** A profile with 300 reviews more, then one bit flipped in the last cell of the review_by_time index's last page. */
    @BeforeEach
    void damagedIndex() throws Exception {
        db = dir.resolve("p.db");
        StartProfile.copyTo(db);
        assertEquals(
                0, Cli.run("config", "--db", db.toString(), "new-per-day", "30").exit());
        int pageSize;
        int root;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO review (pack_id, question_id, reviewed_at,"
                            + " kind, rating, correctness, duration_ms, answer_hash, state_before, state_after, card_before,"
                            + " card_after) VALUES ('sco', ?, ?, 'review', 3, 'right', 1000, 'h', 'new', 'review', '{}', '{}')")) {
                for (int i = 0; i < 300; i++) {
                    insert.setString(1, "q" + i);
                    insert.setLong(2, 1_700_000_000_000L + i * 60_000L);
                    insert.executeUpdate();
                }
            }
            try (ResultSet r = s.executeQuery("PRAGMA page_size")) {
                pageSize = r.getInt(1);
            }
        }
        root = StartProfile.lastLeafPage(db, "review_by_time");
        assertFalse(Files.exists(Path.of(db + "-wal")), "the log was not folded into the file");
        assertEquals("ok", pragma(db, "integrity_check"));
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            long last = (long) root * pageSize - 1; // the end of the index's page: its first cell's row id
            file.seek(last);
            int b = file.read();
            file.seek(last);
            file.write(b ^ 1);
        }
        assertNotEquals("ok", pragma(db, "integrity_check"), "the flipped bit did not damage the index");
        damaged = Files.readAllBytes(db);
    }

    private void assertRefusedUntouched(Cli.Result r) throws Exception {
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("quizline: " + db + ": the database is damaged"), r.err());
        assertTrue(r.err().contains("quizline doctor"), r.err());
        assertArrayEquals(damaged, Files.readAllBytes(db));
        Path wal = Path.of(db + "-wal"); // a reader of a WAL database may leave an empty log: nothing in it
        long logged;
        try {
            logged = Files.size(wal);
        } catch (java.nio.file.NoSuchFileException gone) {
            logged = 0; // never made, or removed by the connection closing
        }
        assertEquals(0, logged, "written to the log");
    }

    @Test
    void configRefusesToWriteIntoIt() throws Exception {
        assertRefusedUntouched(Cli.run("config", "--db", db.toString(), "new-per-day", "31"));
    }

    @Test
    void studyRefusesToWriteIntoIt() throws Exception {
        java.io.InputStream stdin = System.in;
        System.setIn(
                new java.io.ByteArrayInputStream(new byte[0])); // plain mode, no answers: ends at once if not refused
        try {
            assertRefusedUntouched(Cli.run("study", "--db", db.toString(), "--limit", "1"));
        } finally {
            System.setIn(stdin);
        }
    }

    /**
     * Cut short as well, which the quick check finds: stats, whose check runs beside its reads, shows nothing of it,
     * keeps nothing in it (the calibration's sums) and refuses it in one line.
     */
    @Test
    void statsRefusesItCutShort() throws Exception {
        damaged = Arrays.copyOf(damaged, damaged.length / 2);
        Files.write(db, damaged);
        Cli.Result r = Cli.run("stats", "--db", db.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("quizline: " + db + ": the database is damaged"), r.err());
        assertArrayEquals(damaged, Files.readAllBytes(db));
    }

    /**
     * A page of the log no longer a page of its table, which the quick check finds and the open does not read: stats
     * reads the log while the check runs beside it, and says the check's verdict, not what its own reads ran into.
     */
    @Test
    void statsRefusesALogPageGoneWrongWithTheChecksVerdict() throws Exception {
        int pageSize = Integer.parseInt(pragma(db, "page_size"));
        int root;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'review'")) {
            root = r.getInt(1);
        }
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.seek((long) (root - 1) * pageSize); // the page's type: no longer one SQLite knows
            file.write(0x42);
        }
        damaged = Files.readAllBytes(db);
        Cli.Result r = Cli.run("stats", "--db", db.toString());
        assertEquals("", r.out());
        assertRefusedUntouched(r);
    }

    /**
     * The adversarial pass: a flipped bit that breaks a CHECK constraint (a rating of 7) was missed, since SQLite
     * checks CHECK constraints only on a connection that may write; config then wrote into the file.
     */
    @Test
    void aRowBreakingACheckConstraintIsRefusedToo() throws Exception {
        db = dir.resolve("q.db");
        StartProfile.copyTo(db);
        assertEquals(
                0, Cli.run("config", "--db", db.toString(), "new-per-day", "30").exit());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA ignore_check_constraints = ON");
            s.execute("INSERT INTO review (pack_id, question_id, reviewed_at, kind, rating, correctness, duration_ms,"
                    + " answer_hash, state_before, state_after, card_before, card_after) VALUES ('sco', 'q', 1,"
                    + " 'review', 7, 'right', 1000, 'h', 'new', 'review', '{}', '{}')");
        }
        assertFalse(Files.exists(Path.of(db + "-wal")), "the log was not folded into the file");
        damaged = Files.readAllBytes(db);
        assertRefusedUntouched(Cli.run("config", "--db", db.toString(), "new-per-day", "31"));
    }

    @Test
    void doctorStillReportsIt() {
        Cli.Result r = Cli.run("doctor", "--db", db.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue((r.out() + r.err()).contains("review_by_time"), r.out() + r.err());
    }
}
