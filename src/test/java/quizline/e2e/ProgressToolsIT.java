package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stats, doctor and progress export/import through the real jar, after a session studied over pipes. */
class ProgressToolsIT {
    /** The six questions of the test pack: 4 right, 1 with a typo, 1 wrong. */
    private static final String ANSWERS = "b\n\nSadyr Japorov\n\n2002\n\nt\n\nac\n4\nNur-Sultan\n\n";

    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    @BeforeEach
    void study() throws Exception {
        Program.inPackOrder(home);
        Program.Result r = Program.run(home, ANSWERS, "study", "--pack", "mini");
        assertEquals(0, r.exit(), r.err());
    }

    private Path database() {
        return home.resolve("data/quizline/default.db");
    }

    @Test
    void statsPrintsTheFiguresAndBothChartsInAsciiWhenNotATerminal() throws Exception {
        Program.Result r = Program.run(home, "", "stats", "--pack", "mini");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        String out = r.out();
        assertTrue(out.startsWith("quizline stats · pack mini · "), out);
        assertTrue(out.contains("\nReviews today 6 · streak 1 day · 6 answers on 6 cards\n"), out);
        assertTrue(out.contains("\nTrue retention 7d none yet · 30d none yet\n"), out);
        assertTrue(out.contains("\nDue in the next 30 days: 6 cards\n"), out);
        assertTrue(out.contains("\n0 +------------------------------------------------------------\n"), out);
        assertTrue(out.contains("\nReviews in the last 12 weeks: 6 answers · busiest day 6\n"), out);
        assertTrue(out.contains("\n    less . : + * # more\n"), out);
        assertTrue(out.contains("\n  dates     0%  0 of 1\n"), out);
        assertTrue(out.contains("\n  mini/founded · 0 lapses · 0/1 right · In which year was the organisation\n"), out);
        assertFalse(out.contains("\u001b"), "escape codes when not a terminal");
        assertFalse(out.matches("(?s).*[\u2580-\u259f\u2500-\u257f].*"), "block or box characters when not a terminal");
        for (String line : out.split("\n")) {
            assertTrue(line.length() <= 80, line);
        }

        Map<String, String> narrow = Program.environment(home);
        narrow.put("COLUMNS", "40");
        Program.Result at40 = Program.run(narrow, "", "stats");
        assertEquals(0, at40.exit(), at40.err());
        assertTrue(at40.out().contains("\n0 +------------------------------\n"), at40.out());
        for (String line : at40.out().split("\n")) {
            assertTrue(line.length() <= 40, line);
        }
    }

    @Test
    void theDashboardShowsTheHistoryLineOnTheNextStart() throws Exception {
        Program.Result r = Program.run(home, "", "study", "--pack", "mini");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\nReviews today 6 · streak 1 day · retention 30d none yet\n"), r.out());
    }

    @Test
    void doctorFindsNothingThenRepairsACorruptedCardTable() throws Exception {
        Program.Result healthy = Program.run(home, "", "doctor");
        assertEquals(new Program.Result(0, "ok: 0 differences in 6 cards\n", ""), healthy);

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database());
                Statement s = db.createStatement()) {
            // Without its checksum, as a quizline before schema 3 could leave a row: a difference, not damage
            s.execute("UPDATE card SET state = 'new', checksum = NULL WHERE question_id = 'founded'");
            s.execute("DELETE FROM card WHERE question_id = 'capital'");
        }
        Program.Result repaired = Program.run(home, "", "doctor");
        assertEquals(0, repaired.exit(), repaired.err());
        String[] lines = repaired.out().split("\n");
        assertEquals(3, lines.length, repaired.out());
        assertTrue(lines[0].startsWith("missing   mini/capital: no card row; the log says "), lines[0]);
        assertTrue(lines[1].startsWith("different mini/founded: state new -> "), lines[1]);
        assertEquals("repaired: 2 differences in 6 cards", lines[2]);
        assertEquals(
                "ok: 0 differences in 6 cards\n",
                Program.run(home, "", "doctor").out());
    }

    @Test
    void doctorOnADamagedFileExitsOneAndChangesNothing() throws Exception {
        Path db = database();
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 4096 + 8; i < 4096 + 400; i++) {
            bytes[i] = (byte) 0x5a;
        }
        Files.write(db, bytes);
        Program.Result r = Program.run(home, "", "doctor");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().startsWith("quizline: " + db + ": "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertArrayEquals(bytes, Files.readAllBytes(db));
    }

    @Test
    void progressExportsForTheOptimizerAndRoundTripsIntoAnotherProfile() throws Exception {
        Path csv = home.resolve("revlog.csv");
        Program.Result revlog = Program.run(home, "", "export", "--revlog", csv.toString());
        assertEquals(0, revlog.exit(), revlog.err());
        String[] rows = Files.readString(csv).split("\n");
        assertEquals("card_id,review_time,review_rating,review_state,review_duration", rows[0]);
        assertEquals(7, rows.length);
        for (int i = 1; i < rows.length; i++) {
            assertTrue(rows[i].matches("\\d{1,16},\\d{13},[1-4],0,\\d+"), rows[i]);
        }

        Path json = home.resolve("progress.json");
        assertEquals(
                0,
                Program.run(home, "", "export", "--progress", json.toString()).exit());
        Program.Result again = Program.run(home, "", "export", "--progress", json.toString());
        assertEquals(1, again.exit());
        assertEquals("quizline: " + json + ": already exists (--force overwrites it)\n", again.err());

        // The one setting is new-order, set to pack order before studying: it travels with the progress.
        Program.Result imported = Program.run(home, "", "import", "--progress", json.toString(), "--profile", "copy");
        assertEquals(
                new Program.Result(0, "imported 6 reviews, 1 setting changed, 6 cards rebuilt from " + json + "\n", ""),
                imported);
        Program.Result twice = Program.run(home, "", "import", "--progress", json.toString(), "--profile", "copy");
        assertTrue(twice.out().startsWith("imported 0 reviews (6 already there)"), twice.out());
        Path copied = home.resolve("copy.json");
        assertEquals(
                0,
                Program.run(home, "", "export", "--progress", copied.toString(), "--profile", "copy")
                        .exit());
        assertEquals(Files.readString(json), Files.readString(copied));

        // A profile named by a file without a folder, in the working directory: its import lock goes beside it
        Program.Result here = Program.runIn(
                home, Program.environment(home), "", "import", "--progress", json.toString(), "--db", "here.db");
        assertEquals(
                new Program.Result(0, "imported 6 reviews, 1 setting changed, 6 cards rebuilt from " + json + "\n", ""),
                here);
        assertTrue(Files.exists(home.resolve("here.db")));
    }
}
