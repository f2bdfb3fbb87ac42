package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile of the schema before row checksums (2), made by studying through the jar: it is upgraded when opened,
 * keeps its history, and is studied on; its old rows have no checksum and are not judged by one.
 */
class SchemaTwoProfileIT {
    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    private static String scalar(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    @Test
    void aSchemaTwoProfileOpensAndIsStudiedOn() throws Exception {
        Map<String, String> env = Program.environment(home);
        // One instant for both sessions: the first one's learning cards are not due yet in the second
        env.put("QUIZLINE_NOW", "2026-12-05T09:00:00Z");
        Program.inPackOrder(env, "default");
        Program.Result first =
                Program.run(env, "b\n\nSadyr Japorov\n\n2002\n\n", "study", "--pack", "mini", "--limit", "3");
        assertEquals(0, first.exit(), first.err());
        Path db = home.resolve("data/quizline/default.db");

        // What a quizline of schema 2 wrote: the same tables without the checksum columns, the set-aside tables and
        // resets
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute("DROP INDEX review_tally");
            s.execute("DROP INDEX review_by_kind_time");
            s.execute("ALTER TABLE review DROP COLUMN checksum");
            for (String table : java.util.List.of(
                    "suspended",
                    "buried",
                    "flag",
                    "card_reset",
                    "calibration",
                    "card_tally",
                    "answer_slot",
                    "answer_check")) {
                s.execute("DROP TABLE " + table);
            }
            s.execute("ALTER TABLE card DROP COLUMN checksum");
            s.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        }
        assertEquals("3", scalar(db, "SELECT COUNT(*) FROM review"));

        Program.Result second = Program.run(env, "t\n\nac\n4\nNur-Sultan\n\n", "study", "--pack", "mini");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("Session over: 3 answered"), second.out());

        assertEquals(
                "12",
                scalar(db, "SELECT value FROM meta WHERE key = 'schema_version'"),
                "upgraded to the latest schema");
        assertEquals("3", scalar(db, "SELECT COUNT(*) FROM review WHERE checksum IS NULL"), "the old answers kept");
        assertEquals("3", scalar(db, "SELECT COUNT(*) FROM review WHERE checksum IS NOT NULL"));
        assertEquals("3", scalar(db, "SELECT COUNT(*) FROM card WHERE checksum IS NULL"));
        assertEquals("3", scalar(db, "SELECT COUNT(*) FROM card WHERE checksum IS NOT NULL"));
        assertEquals("6", scalar(db, "SELECT SUM(answers) FROM card_tally"), "the kept counts filled from the old log");
        assertEquals(new Program.Result(0, "ok: 0 differences in 6 cards\n", ""), Program.run(env, "", "doctor"));
    }
}
