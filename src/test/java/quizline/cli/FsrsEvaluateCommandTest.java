package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.fit.LoggedReview;
import quizline.fit.Simulation;
import quizline.schedule.FsrsParameters;

class FsrsEvaluateCommandTest {
    @TempDir
    Path dir;

    @Test
    void theHiddenWeightsOfASimulatedLearnerBeatTheDefaults() throws IOException {
        FsrsParameters truth = Simulation.drawLearner(3, 1);
        List<LoggedReview> log = Simulation.learnerLog(truth, 3000, Instant.parse("2026-01-01T00:00:00Z"), 3);
        StringBuilder csv = new StringBuilder("card_id,review_time,review_rating\n");
        log.forEach(r -> csv.append(r.cardId())
                .append(',')
                .append(r.time())
                .append(',')
                .append(r.grade())
                .append('\n'));
        Path file = dir.resolve("log.csv");
        Files.writeString(file, csv);

        Cli.Result r = Cli.run(
                "fsrs",
                "evaluate",
                file.toString(),
                "--timezone",
                "UTC",
                "--db",
                dir.resolve("p.db").toString(),
                "--params",
                truth.text(),
                "--split");

        assertEquals(0, r.exit(), r.err());
        double given = logLoss(r.out(), "given");
        double defaults = logLoss(r.out(), "defaults");
        assertTrue(given < defaults, r.out());
        assertTrue(r.out().contains("fitted on older reviews"), r.out());
    }

    @Test
    void badWeightsAreAUsageError() {
        Cli.Result r = Cli.run("fsrs", "evaluate", "--params", "1,2,3");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--params"), r.err());
    }

    private static double logLoss(String out, String row) {
        return out.lines()
                .filter(l -> l.startsWith(row + " "))
                .map(l -> Double.parseDouble(l.substring(row.length()).trim().split("\\s+")[0]))
                .findFirst()
                .orElseThrow();
    }
}
