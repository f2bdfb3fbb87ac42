package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quizline.io.UserError;

/** A user's mistake is one line with its exit code; a defect says it is one, asks for a report, and exits 70. */
class FailureReportTest {
    private record Report(int exit, List<String> lines) {}

    private static Report report(Exception e, boolean debug) {
        StringWriter text = new StringWriter();
        int exit = Main.failure(e, new PrintWriter(text), debug);
        return new Report(exit, text.toString().lines().toList());
    }

    @Test
    void aUserErrorIsOneLineWithItsOwnExitCode() {
        Report r = report(new UserError("pack.json:3:7: a question needs an id"), false);
        assertEquals(new Report(ExitCodes.FAILURE, List.of("quizline: pack.json:3:7: a question needs an id")), r);
        Report usage = report(UserError.usage("--limit must be a number"), false);
        assertEquals(new Report(ExitCodes.USAGE, List.of("quizline: --limit must be a number")), usage);
    }

    @Test
    void aDefectAsksForAReportInOneLineAndExitsSeventy() {
        Report r = report(new IllegalArgumentException("index 3 out of bounds"), false);
        assertEquals(70, r.exit());
        assertEquals(1, r.lines().size(), r.lines().toString());
        assertTrue(
                r.lines().get(0).startsWith("quizline: internal error: "),
                r.lines().get(0));
        assertTrue(r.lines().get(0).contains("please report it"), r.lines().get(0));
    }

    @Test
    void theStackTraceOnlyWhenAskedFor() {
        Report r = report(new IllegalStateException("boom"), true);
        assertEquals(70, r.exit());
        assertTrue(r.lines().size() > 1, r.lines().toString());
        assertTrue(
                r.lines().stream().anyMatch(l -> l.contains("at quizline.cli.FailureReportTest")),
                r.lines().toString());
    }

    @Test
    void aBadQuizlineNowIsOneLineAndExitsTwo() {
        StringWriter err = new StringWriter();
        int exit = Main.run(Map.of("QUIZLINE_NOW", "next week"), new PrintWriter(err, true), "stats");
        assertEquals(ExitCodes.USAGE, exit);
        assertEquals(
                "quizline: QUIZLINE_NOW=next week is not a date-time such as 2026-12-05T09:00:00Z or 2026-12-05T09:00\n",
                err.toString());
    }
}
