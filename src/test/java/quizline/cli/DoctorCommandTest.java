package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quizline doctor} in-process: the summary line, the list of differences, the exit codes. */
class DoctorCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run doctor(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "doctor";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = Main.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void sql(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void healthyIsOneLine() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        Run run = doctor("--db", db.toString());
        assertEquals(new Run(0, "ok: 0 differences in 2 cards\n", ""), run);
    }

    @Test
    void listsWhatItRepairedThenIsHealthy() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        // host-city's row as a quizline before checksums could have left it: no checksum, so a difference, not damage
        sql(
                db,
                "UPDATE card SET due = 0, checksum = NULL WHERE question_id = 'host-city'",
                "DELETE FROM card WHERE question_id = 'founded'");
        Run run = doctor("--db", db.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                missing   mini/founded: no card row; the log says review, due 2024-07-14T09:05:00Z
                different mini/host-city: due 1970-01-01T00:00:00Z -> 2024-07-10T09:10:00Z
                repaired: 2 differences in 2 cards
                """, run.out());
        assertEquals(
                "ok: 0 differences in 2 cards\n", doctor("--db", db.toString()).out());
    }

    @Test
    void listsTheAnswerCountsItRecountedThenIsHealthy() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        // The counts stats reads, changed by hand: one card's, and a card with no answer given some
        sql(
                db,
                "UPDATE card_tally SET correct = 0 WHERE question_id = 'founded'",
                "INSERT INTO card_tally (pack_id, question_id, answers, scheduled, correct, lapses)"
                        + " VALUES ('mini', 'x', 4, 3, 4, 0)");
        Run run = doctor("--db", db.toString());
        assertEquals(new Run(0, """
                counts    mini/founded: 2 answers (1 scheduled), 0 right, 0 lapses -> 2 answers (1 scheduled), 2 right, \
                0 lapses
                counts    mini/x: 4 answers (3 scheduled), 4 right, 0 lapses -> none
                repaired: 0 differences in 2 cards; the answer counts of 2 cards recounted from the log
                """, ""), run);
        assertEquals(
                "ok: 0 differences in 2 cards\n", doctor("--db", db.toString()).out());
    }

    @Test
    void listsReviewsGradedFromAStaleState() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        // What two sessions grading host-city from the same state left: row 2 again, committed last.
        sql(
                db,
                "INSERT INTO review (pack_id, question_id, reviewed_at, kind, rating, answer, correctness, duration_ms,"
                        + " answer_hash, state_before, state_after, card_before, card_after) SELECT pack_id, question_id,"
                        + " reviewed_at + 1000, kind, rating, answer, correctness, duration_ms, answer_hash, state_before,"
                        + " state_after, card_before, card_after FROM review WHERE id = 2",
                // and the answer counts of the card and of the quarter of an hour, as that session wrote them with the
                // row
                "UPDATE card_tally SET answers = answers + 1, scheduled = scheduled + 1, lapses = lapses + 1"
                        + " WHERE question_id = 'host-city'",
                "INSERT INTO answer_slot (slot, answers, passed, retention) SELECT reviewed_at / 900000, 1,"
                        + " CASE WHEN kind = 'review' AND state_before = 'review' AND rating <> 1 THEN 1 ELSE 0 END,"
                        + " CASE WHEN kind = 'review' AND state_before = 'review' THEN 1 ELSE 0 END FROM review"
                        + " WHERE id = 5 ON CONFLICT (slot) DO UPDATE SET answers = answers + excluded.answers,"
                        + " passed = passed + excluded.passed, retention = retention + excluded.retention");
        Run run = doctor("--db", db.toString());
        assertEquals(new Run(0, """
                break     mini/host-city: review row 5 starts from review, due 2024-07-10T10:00:00Z, not from what row 2 \
                left: relearning, due 2024-07-10T09:10:00Z
                ok: 0 differences in 2 cards; 1 review graded from a state the review before did not leave (listed \
                above; the log keeps them)
                """, ""), run);
    }

    @Test
    void aDamagedFileExitsOneAndStaysByteIdentical() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        byte[] bytes = Files.readAllBytes(db);
        // Scribble over the second page, where the tables' rows live.
        for (int i = 4096 + 8; i < 4096 + 400; i++) {
            bytes[i] = (byte) 0x5a;
        }
        Files.write(db, bytes);
        Run run = doctor("--db", db.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertArrayEquals(bytes, Files.readAllBytes(db));
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void noDatabaseIsAnErrorAndCreatesNothing() {
        Path db = dir.resolve("missing.db");
        Run run = doctor("--db", db.toString());
        assertEquals(1, run.exit());
        assertEquals(
                "quizline: " + db + ": no progress database here (study first, or check --profile/--db)\n", run.err());
        assertFalse(Files.exists(db));
    }

    @Test
    void showsWhatIsSetAsideAndListsAMarkRowHoldingWhatNoQuizlineWrites() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        sql(
                db,
                "INSERT INTO suspended VALUES ('mini', 'founded', 1720602000000, 'leech')",
                // one burial in force (until 2100), one over long ago: only the first is counted
                "INSERT INTO buried VALUES ('mini', 'host-city', 4102444800000)",
                "INSERT INTO buried VALUES ('mini', 'founded', 1720670400000)",
                "INSERT INTO flag (pack_id, question_id, note, flagged_at) VALUES ('mini', 'host-city', 'two fit', 1)",
                "INSERT INTO flag (pack_id, question_id, note, flagged_at) VALUES ('gone', 'q9', '', 2)");
        assertEquals(
                new Run(0, "ok: 0 differences in 2 cards; marked: 1 suspension, 1 burial and 2 flags\n", ""),
                doctor("--db", db.toString()));

        sql(db, "UPDATE flag SET flagged_at = 'soon' WHERE question_id = 'host-city'");
        byte[] before = Files.readAllBytes(db);
        Run run = doctor("--db", db.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals("damaged: flag row mini/host-city: flagged_at is not a time (text); kept as it is\n", run.out());
        assertEquals(
                "quizline: " + db + ": the database is damaged (1 problem listed above); nothing was changed\n",
                run.err());
        assertArrayEquals(before, Files.readAllBytes(db));
    }
}
