package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.StartProfile;

/**
 * A review row whose state no quizline writes ("learninw": one flipped bit, which no CHECK constraint covers, so
 * SQLite's checks pass) is named by doctor, and the commands that read it say so in one line, never an internal
 * error (the rerun of the bit-flip campaign). Run with {@code -Dquizline.damage.profile=FILE}, it starts from a copy
 * of FILE ({@link quizline.StartProfile}) and damages the first row it adds.
 */
class DamagedReviewRowTest {
    @TempDir
    Path dir;

    Path db;
    long row;

    @BeforeEach
    void damageOneRow() throws Exception {
        db = History.writeOnStart(dir.resolve("p.db"));
        row = StartProfile.count(db, "SELECT MIN(id) FROM review WHERE pack_id = 'mini'");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE review SET state_before = 'learninw' WHERE id = " + row));
        }
    }

    @Test
    void statsNamesTheDamageInOneLine() {
        Cli.Result r = Cli.run("stats", "--db", db.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("quizline: " + db + ": a review row is damaged"), r.err());
        assertTrue(r.err().contains("`quizline doctor` lists the damage"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void doctorListsIt() {
        Cli.Result r = Cli.run("doctor", "--db", db.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(
                r.out().contains("damaged: review row " + row + " (") && r.out().contains("LEARNINW"), r.out());
    }
}
