package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.StartProfile;

/**
 * One bit flipped in the file, inside a logged card state: a digit of a stability turned into another (4.5 becomes
 * 5.5). The row stays well-formed, so SQLite's integrity check passes and the text still parses: before checksums,
 * study and config wrote into the profile, and doctor called the damage a break in the chain (or repaired the card
 * row from the damaged log) and exited 0. Run with {@code -Dquizline.damage.profile=FILE}, it starts from a copy of
 * FILE ({@link quizline.StartProfile}) and flips the digit in the rows it adds.
 */
class FlippedDigitTest {
    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void profile() throws Exception {
        db = History.writeOnStart(dir.resolve("p.db"));
        assertFalse(Files.exists(Path.of(db + "-wal")), "the log was not folded into the file");
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /**
     * Flips the lowest bit of the first digit of the stability in the last copy of {@code state} on the last page of
     * {@code table} that holds it (a profile this small keeps each table in its root page; in a larger one the rows
     * this test adds are its last), in the file itself: '4' (0x34) becomes '5'.
     */
    private void flipStability(String table, String state) throws Exception {
        int pageSize = Integer.parseInt(rows("PRAGMA page_size").get(0));
        int root = pageOf(table, state, pageSize);
        byte[] page = new byte[pageSize];
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.seek((long) (root - 1) * pageSize);
            file.readFully(page);
            int at = lastIndexOf(page, state.getBytes(StandardCharsets.US_ASCII));
            assertTrue(at >= 0, "the state is not on " + table + "'s page");
            int stability = at + state.indexOf(';', state.indexOf(';') + 1) + 1;
            assertEquals('4', page[stability], state);
            file.seek((long) (root - 1) * pageSize + stability);
            file.write(page[stability] ^ 1);
        }
        assertEquals(List.of("ok"), rows("PRAGMA integrity_check"), "SQLite sees the flipped digit");
    }

    /** The last leaf page of {@code table} (its only page, in a small profile) that holds {@code state}. */
    private int pageOf(String table, String state, int pageSize) throws Exception {
        byte[] page = new byte[pageSize];
        byte[] wanted = state.getBytes(StandardCharsets.US_ASCII);
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "r")) {
            for (String leaf : rows("SELECT pageno FROM dbstat WHERE name = '" + table
                    + "' AND pagetype = 'leaf' ORDER BY path DESC")) {
                file.seek((Long.parseLong(leaf) - 1) * pageSize);
                file.readFully(page);
                if (lastIndexOf(page, wanted) >= 0) {
                    return Integer.parseInt(leaf);
                }
            }
        }
        throw new AssertionError("no page of " + table + " holds " + state);
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            int j = 0;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }

    private static Cli.Result study(Path db) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0])); // plain mode, no answers: ends at once if not refused
        try {
            return Cli.run("study", "--db", db.toString(), "--limit", "1");
        } finally {
            System.setIn(stdin);
        }
    }

    private void assertRefusedUntouched(Cli.Result r, byte[] before) throws Exception {
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(
                "quizline: " + db + ": the saved state of mini/host-city is damaged (changed since quizline wrote it:"
                        + " its checksum does not match); it was left untouched: run `quizline doctor` on this profile"
                        + " to rebuild it from the review log\n",
                r.err());
        assertArrayEquals(before, Files.readAllBytes(db));
        long logged;
        try {
            logged = Files.size(Path.of(db + "-wal"));
        } catch (NoSuchFileException gone) {
            logged = 0;
        }
        assertEquals(0, logged, "written to the log");
    }

    @Test
    void aFlippedDigitInACardRowIsRefusedOnOpeningAndDoctorRebuildsTheRow() throws Exception {
        String state = rows("SELECT card FROM card WHERE pack_id = 'mini' AND question_id = 'host-city'")
                .get(0);
        flipStability("card", state);
        byte[] damaged = Files.readAllBytes(db);
        long last = StartProfile.count(
                db, "SELECT MAX(id) FROM review WHERE pack_id = 'mini' AND question_id = 'host-city'");
        long cards = StartProfile.count(db, "SELECT COUNT(*) FROM card");

        assertRefusedUntouched(study(db), damaged);
        assertRefusedUntouched(Cli.run("config", "--db", db.toString(), "new-per-day", "31"), damaged);

        Cli.Result doctor = Cli.run("doctor", "--db", db.toString());
        assertEquals(
                new Cli.Result(
                        1,
                        "damaged: card row mini/host-city: changed since quizline wrote it (its checksum does not"
                                + " match); rebuilt from review row " + last + "\n",
                        "quizline: " + db + ": the database is damaged (1 problem listed above); card rows were"
                                + " rebuilt from the review log as listed above, nothing else was changed\n"),
                doctor);
        assertEquals(
                List.of(state), rows("SELECT card FROM card WHERE pack_id = 'mini' AND question_id = 'host-city'"));
        assertEquals(
                new Cli.Result(0, "ok: 0 differences in " + cards + " cards\n", ""),
                Cli.run("doctor", "--db", db.toString()));
        assertEquals(
                0, Cli.run("config", "--db", db.toString(), "new-per-day", "31").exit());
    }

    @Test
    void aFlippedDigitInAReviewRowIsNamedByDoctorAsDamageNotAsABreak() throws Exception {
        List<String> log = rows("SELECT id, card_before, card_after FROM review WHERE pack_id = 'mini' ORDER BY id");
        List<String> cards = rows("SELECT * FROM card ORDER BY pack_id, question_id");
        // The state host-city's first review left: row 1's card after, and row 2's card before
        String state = rows("SELECT card_after FROM review WHERE pack_id = 'mini' ORDER BY id LIMIT 1")
                .get(0);
        flipStability("review", state);
        List<String> changed = new ArrayList<>(
                rows("SELECT id, card_before, card_after FROM review WHERE pack_id = 'mini' ORDER BY id"));
        changed.removeAll(log);
        assertEquals(1, changed.size(), "one row changed: " + changed);
        String row = changed.get(0).substring(0, changed.get(0).indexOf('|'));
        String answered =
                rows("SELECT reviewed_at FROM review WHERE id = " + row).get(0);

        Cli.Result doctor = Cli.run("doctor", "--db", db.toString());
        assertEquals(
                new Cli.Result(
                        1,
                        "damaged: review row " + row + " (mini/host-city, answered "
                                + java.time.Instant.ofEpochMilli(Long.parseLong(answered))
                                + "): changed since quizline wrote it (its checksum does not match); kept as it is:"
                                + " nothing else holds that review\n",
                        "quizline: " + db
                                + ": the database is damaged (1 problem listed above); nothing was changed\n"),
                doctor);
        assertEquals(cards, rows("SELECT * FROM card ORDER BY pack_id, question_id"), "the card rows, whole, are kept");

        // The card rows a session schedules from are whole: studying goes on, and doctor keeps naming the row
        assertEquals(
                0, Cli.run("config", "--db", db.toString(), "new-per-day", "31").exit());
        assertEquals(1, Cli.run("doctor", "--db", db.toString()).exit());
    }
}
