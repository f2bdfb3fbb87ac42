package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quizline.schedule.FsrsCases;

/** Runs {@code quizline fsrs replay} in-process, as the shell would, and checks what it prints. */
class FsrsCommandTest {

    private record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @TestFactory
    Stream<DynamicTest> replayPrintsTheExpectedLinesForEverySharedCase() {
        return FsrsCases.all().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    List<String> args =
                            new ArrayList<>(List.of("fsrs", "replay", c.csv().toString()));
                    args.addAll(c.commandLineOptions());
                    Run run = run(args.toArray(String[]::new));
                    assertEquals("", run.err(), "stderr");
                    assertEquals(0, run.exit(), "exit code");
                    List<FsrsCases.Expected> actual = run.outLines().stream()
                            .map(FsrsCases.Expected::parse)
                            .toList();
                    FsrsCases.assertConforms(c.name(), c.expected(), actual);
                }));
    }

    @Test
    void linesHaveTheReadmeKeysInOrderAndTimesInUtc(@TempDir Path dir) throws IOException {
        Path csv = write(
                dir,
                "log.csv",
                "review_rating,card_id,review_time,review_duration",
                "3,a,2024-01-01T14:30:00.250+05:30,1200",
                "3,a,1704099660250,900");
        Run run = run("fsrs", "replay", csv.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(
                List.of(
                        "{\"card_id\":\"a\",\"i\":0,\"review_time\":\"2024-01-01T09:00:00.250Z\",\"rating\":3,\"state\":\"Learning\","
                                + "\"stability\":2.3065,\"difficulty\":2.11810397,\"retrievability\":null,\"scheduled_days\":0,"
                                + "\"due\":\"2024-01-01T09:10:00.250Z\"}",
                        "{\"card_id\":\"a\",\"i\":1,\"review_time\":\"2024-01-01T09:01:00.250Z\",\"rating\":3,\"state\":\"Review\","
                                + "\"stability\":2.3065,\"difficulty\":2.11121424,\"retrievability\":1,\"scheduled_days\":2,"
                                + "\"due\":\"2024-01-03T09:01:00.250Z\"}"),
                run.outLines());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing column  | card_id,review_time;a,1700000000000                                 | 1 | missing column review_rating
            bad time        | card_id,review_time,review_rating;a,1700000000000,3;a,yesterday,3   | 3 | bad review_time "yesterday"
            time no offset  | card_id,review_time,review_rating;a,2024-01-01T09:00:00,3           | 2 | bad review_time "2024-01-01T09:00:00"
            bad rating      | card_id,review_time,review_rating;a,1700000000000,5                 | 2 | bad review_rating "5"
            rating zero     | card_id,review_time,review_rating;a,1700000000000,0                 | 2 | bad review_rating "0"
            too few columns | card_id,review_time,review_rating;a,1700000000000,3;b,1700000000000 | 3 | expected 3 columns as in the header, found 2
            too many        | card_id,review_time,review_rating;a,1700000000000,3,x               | 2 | expected 3 columns as in the header, found 4
            empty file      | ''                                                                  | 1 | empty file
            time backwards  | card_id,review_time,review_rating;a,1700000000000,3;a,1699000000000,3 | 3 | is earlier than the previous review of card "a" (line 2
            """)
    void malformedFileGivesOneLineWithFileAndLineAndPrintsNothing(
            String what, String content, int line, String message, @TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, content.isEmpty() ? "" : String.join("\n", content.split(";")) + "\n");
        Run run = run("fsrs", "replay", csv.toString());
        assertEquals(1, run.exit(), what);
        assertEquals("", run.out(), "stdout");
        List<String> errLines = run.err().lines().toList();
        assertEquals(1, errLines.size(), "one line on stderr: " + run.err());
        assertTrue(errLines.get(0).startsWith(csv + ":" + line + ": "), errLines.get(0));
        assertTrue(errLines.get(0).contains(message), errLines.get(0));
    }

    @Test
    void aBadFileDoesNotStopTheGoodOnes(@TempDir Path dir) throws IOException {
        Path good = write(dir, "good.csv", "card_id,review_time,review_rating", "a,1700000000000,3");
        Path bad = write(dir, "bad.csv", "card_id,review_time,review_rating", "a,1700000000000,3", "a,1700000600000,9");
        Run run = run("fsrs", "replay", bad.toString(), good.toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.outLines().size(), run.out());
        assertTrue(run.out().startsWith("{\"card_id\":\"a\",\"i\":0,"));
        assertEquals(
                bad + ":3: bad review_rating \"9\": expected 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
                run.err().strip());
    }

    @Test
    void missingFileIsReported(@TempDir Path dir) {
        Path missing = dir.resolve("none.csv");
        Run run = run("fsrs", "replay", missing.toString());
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals(missing + ": cannot read: no such file", run.err().strip());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --retention        | 1.5    | --retention: desired retention must be in (0, 1], got 1.5
            --retention        | abc    | --retention: expected a number, got "abc"
            --learning-steps   | 5x     | --learning-steps: bad step "5x"
            --relearning-steps | 10m,,1h | --relearning-steps: bad step ""
            --max-interval     | 0      | --max-interval: maximum interval must be at least 1 day, got 0
            --max-interval     | 1.5    | --max-interval: expected a whole number of days, got "1.5"
            --params           | 1,2,3  | --params: expected 21 comma-separated weights w0..w20, got 3
            --params           | 0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,7,0.5425,0.0912,0.0658,0.1542 | --params: weight w16 = 7.0 is outside its bounds [1.0, 6.0]
            """)
    void badOptionValueGivesOneLineAndExitTwo(String option, String value, String message, @TempDir Path dir)
            throws IOException {
        Path csv = write(dir, "log.csv", "card_id,review_time,review_rating", "a,1700000000000,3");
        Run run = run("fsrs", "replay", csv.toString(), option, value);
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        List<String> errLines = run.err().lines().toList();
        assertEquals(1, errLines.size(), run.err());
        assertTrue(errLines.get(0).startsWith("quizline: " + message), errLines.get(0));
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void emptyStepsMeanNoSteps(@TempDir Path dir) throws IOException {
        Path csv = write(dir, "log.csv", "card_id,review_time,review_rating", "a,2024-01-01T09:00:00Z,1");
        Run run = run("fsrs", "replay", csv.toString(), "--learning-steps", "", "--relearning-steps", "");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"state\":\"Review\""), run.out());
        assertTrue(run.out().contains("\"due\":\"2024-01-02T09:00:00Z\""), run.out());
    }

    @Test
    void fuzzGivesTheSameDatesOnEveryReplay(@TempDir Path dir) throws IOException {
        Path csv = write(
                dir,
                "log.csv",
                "card_id,review_time,review_rating",
                "a,2024-01-01T09:00:00Z,4",
                "a,2024-01-09T09:00:00Z,3",
                "a,2024-02-20T09:00:00Z,3");
        Run first = run("fsrs", "replay", csv.toString(), "--fuzz");
        Run second = run("fsrs", "replay", csv.toString(), "--fuzz");
        assertEquals(0, first.exit(), first.err());
        assertEquals(first.out(), second.out());
    }

    private static Path write(Path dir, String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }
}
