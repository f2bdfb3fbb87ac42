package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.StartProfile;

/**
 * A card row SQLite finds sound but quizline cannot read (a flipped byte, an edit by hand) points at doctor: study and
 * config refuse it on opening (its checksum no longer matches), and doctor rebuilds it; stats, which does not read it,
 * reports. Run with {@code -Dquizline.damage.profile=FILE}, it starts from a copy of FILE ({@link
 * quizline.StartProfile}).
 */
class CorruptedCardRowTest {
    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void corruptOneCard() throws Exception {
        db = History.writeOnStart(dir.resolve("p.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            assertEquals(
                    1,
                    s.executeUpdate(
                            "UPDATE card SET card = 'review;0;four;5.5' WHERE pack_id = 'mini' AND question_id = 'host-city'"));
        }
    }

    private void assertPointsAtDoctor(Cli.Result r) {
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("quizline: " + db + ": the saved state of mini/host-city is damaged"), r.err());
        assertTrue(r.err().contains("run `quizline doctor"), r.err());
    }

    /**
     * Stats counts and forecasts from the card rows' state and due columns, which the damage left alone, and never
     * decodes the saved state: its report stands (doctor and every command that schedules still refuse the row).
     */
    @Test
    void statsReportsFromTheColumnsItReads() throws Exception {
        long cards = StartProfile.count(db, "SELECT COUNT(*) FROM card");
        Cli.Result r = Cli.run("stats", "--db", db.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(" answers on " + cards + " cards"), r.out());
    }

    @Test
    void studySaysToRunDoctor() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0]));
        try {
            assertPointsAtDoctor(Cli.run("study", "--db", db.toString(), "--limit", "1"));
        } finally {
            System.setIn(stdin);
        }
    }

    /**
     * The profile is read for the first screen while the packs are read (the damaged row among the cards in play): a
     * mistake in what was asked of the packs is still what is said, in one line, and the profile is left as it was.
     */
    @Test
    void studyOfAPackThatIsNotThereSaysSoFirst() throws Exception {
        byte[] before = java.nio.file.Files.readAllBytes(db);
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0]));
        try {
            Cli.Result r = Cli.run("study", "--db", db.toString(), "--pack", "nope", "--limit", "1");
            assertEquals(1, r.exit(), r.out() + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("quizline: no pack with id \"nope\""), r.err());
        } finally {
            System.setIn(stdin);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, java.nio.file.Files.readAllBytes(db));
    }

    /** Before checksums config opened the profile and wrote to it. */
    @Test
    void configSaysToRunDoctor() {
        assertPointsAtDoctor(Cli.run("config", "--db", db.toString(), "new-per-day", "31"));
    }

    @Test
    void doctorNamesTheDamageAndRebuildsItFromTheLog() throws Exception {
        long last = StartProfile.count(
                db, "SELECT MAX(id) FROM review WHERE pack_id = 'mini' AND question_id = 'host-city'");
        Cli.Result r = Cli.run("doctor", "--db", db.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(
                "damaged: card row mini/host-city: changed since quizline wrote it (its checksum does not match);"
                        + " rebuilt from review row " + last + "\n",
                r.out());
        assertEquals(0, Cli.run("stats", "--db", db.toString()).exit());
        assertEquals(0, Cli.run("doctor", "--db", db.toString()).exit());
        assertEquals(
                0, Cli.run("config", "--db", db.toString(), "new-per-day", "31").exit());
    }
}
