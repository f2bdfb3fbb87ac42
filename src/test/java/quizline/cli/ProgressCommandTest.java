package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quizline export --revlog|--progress} and {@code import --progress} in-process: files, refusals, messages, exit codes. */
class ProgressCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run quizline(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void exportsTheRevlogForTheOptimizer() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        Path csv = dir.resolve("revlog.csv");
        Run run = quizline("export", "--revlog", csv.toString(), "--db", db.toString());
        assertEquals(new Run(0, "exported the review log: 3 scheduled reviews to " + csv + "\n", ""), run);
        assertEquals("""
                card_id,review_time,review_rating,review_state,review_duration
                4338295589379680,1720519200000,3,0,2400
                4338295589379680,1720602000000,1,2,2400
                2197113446747259,1720602300000,4,0,2400
                """, Files.readString(csv));
    }

    @Test
    void refusesToOverwriteWithoutForceAndLeavesNoPartFileBehind() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        Path json = dir.resolve("progress.json");
        Files.writeString(json, "keep me");
        Run refused = quizline("export", "--progress", json.toString(), "--db", db.toString());
        assertEquals(new Run(1, "", "quizline: " + json + ": already exists (--force overwrites it)\n"), refused);
        assertEquals("keep me", Files.readString(json));

        Run forced = quizline("export", "--progress", json.toString(), "--force", "--db", db.toString());
        assertEquals(0, forced.exit(), forced.err());
        assertEquals("exported 4 reviews and 1 setting to " + json + "\n", forced.out());
        assertTrue(Files.readString(json).startsWith("{\n  \"format\": \"quizline-progress\""));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    0,
                    files.filter(f -> f.getFileName().toString().endsWith(".part"))
                            .count());
        }
    }

    @Test
    void exportThenImportIntoANewProfileThenAgainAddsNothing() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        Path json = dir.resolve("progress.json");
        assertEquals(
                0,
                quizline("export", "--progress", json.toString(), "--db", db.toString())
                        .exit());
        Path copy = dir.resolve("copy.db");
        Run first = quizline("import", "--progress", json.toString(), "--db", copy.toString());
        // The history's pack, "mini", is not among the packs loaded here: said, and imported all the same.
        String note = "note: 4 reviews of a pack not loaded here (mini): kept, and studied again once it is loaded\n";
        assertEquals(
                new Run(0, "imported 4 reviews, 1 setting changed, 2 cards rebuilt from " + json + "\n" + note, ""),
                first);
        Run again = quizline("import", "--progress", json.toString(), "--db", copy.toString());
        assertEquals(
                new Run(
                        0,
                        "imported 0 reviews (4 already there), 0 settings changed, 0 cards rebuilt from " + json + "\n"
                                + note,
                        ""),
                again);
        Path second = dir.resolve("second.json");
        assertEquals(
                0,
                quizline("export", "--progress", second.toString(), "--db", copy.toString())
                        .exit());
        assertEquals(Files.readString(json), Files.readString(second));
        assertEquals(
                "ok: 0 differences in 2 cards\n",
                quizline("doctor", "--db", copy.toString()).out());
    }

    /** The import writes in batches; a second import into the profile meanwhile would add the same reviews twice. */
    @Test
    @SuppressWarnings("try") // the lock is held by the try, never read in it
    void aSecondImportIntoTheSameProfileIsRefusedWhileTheFirstRuns() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        Path json = dir.resolve("progress.json");
        assertEquals(
                0,
                quizline("export", "--progress", json.toString(), "--db", db.toString())
                        .exit());
        Path copy = dir.resolve("copy.db");
        try (quizline.io.ProcessLock running =
                quizline.io.ProcessLock.take(dir.resolve("copy.db.import.lock"), java.time.Clock.systemUTC())) {
            Run refused = quizline("import", "--progress", json.toString(), "--db", copy.toString());
            assertEquals(1, refused.exit());
            assertTrue(
                    refused.err()
                            .startsWith("quizline: " + copy
                                    + ": another quizline import into this profile is running (process "),
                    refused.err());
            assertFalse(Files.exists(copy), "nothing was written");
        }
        Run after = quizline("import", "--progress", json.toString(), "--db", copy.toString());
        assertEquals(0, after.exit(), after.err());
        assertTrue(after.out().startsWith("imported 4 reviews"), after.out());
    }

    @Test
    void aBadFileNamesItsLineAndImportsNothing() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        Path json = dir.resolve("progress.json");
        assertEquals(
                0,
                quizline("export", "--progress", json.toString(), "--db", db.toString())
                        .exit());
        Files.writeString(json, Files.readString(json).replace("\"new-per-day\":\"30\"", "\"new-per-day\":\"lots\""));
        Path copy = dir.resolve("copy.db");
        Run run = quizline("import", "--progress", json.toString(), "--db", copy.toString());
        assertEquals(
                new Run(1, "", "quizline: " + json + ":4: new-per-day must be a whole number, not \"lots\"\n"), run);
        assertFalse(Files.exists(copy), "nothing imported, not even an empty profile");
    }

    @Test
    void aRetentionThatIsNoNumberInRangeIsRefusedByConfigAndImport() throws Exception {
        Path db = History.write(dir.resolve("p.db"));
        for (String value : new String[] {"NaN", "Infinity", "-Infinity", "0.9f", "0x1p-1", "1e400", "0.5"}) {
            Run config = quizline("config", "retention", value, "--db", db.toString());
            assertEquals(2, config.exit(), value + ": " + config.out());
            assertTrue(
                    config.err().startsWith("quizline: retention must be a number between 0.7 and 0.99, not "),
                    config.err());
            assertFalse(config.err().contains("\n\tat "), config.err());
        }
        Path json = dir.resolve("progress.json");
        assertEquals(
                0,
                quizline("export", "--progress", json.toString(), "--db", db.toString())
                        .exit());
        Files.writeString(json, Files.readString(json).replace("\"new-per-day\":\"30\"", "\"retention\":\"NaN\""));
        Path copy = dir.resolve("copy.db");
        Run run = quizline("import", "--progress", json.toString(), "--db", copy.toString());
        assertEquals(
                new Run(
                        1,
                        "",
                        "quizline: " + json + ":4: retention must be a number between 0.7 and 0.99, not \"NaN\"\n"),
                run);
        assertFalse(Files.exists(copy));
    }

    @Test
    void exportNeedsAnExistingProfileAndExactlyOneKindOfFile() {
        Path missing = dir.resolve("none.db");
        Run none = quizline("export", "--revlog", dir.resolve("r.csv").toString(), "--db", missing.toString());
        assertEquals(1, none.exit());
        assertFalse(Files.exists(missing));
        assertFalse(Files.exists(dir.resolve("r.csv")));

        Run both = quizline("export", "--revlog", "a.csv", "--progress", "b.json");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        assertEquals(2, quizline("import").exit());
    }
}
