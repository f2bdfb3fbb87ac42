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
import quizline.schedule.Fsrs6;
import quizline.schedule.FsrsParameters;
import quizline.session.ProfileSettings;
import quizline.store.SqliteProgressStore;

class FsrsOptimizeCommandTest {
    @TempDir
    Path dir;

    private Path learnerCsv(int reviews) throws IOException {
        List<LoggedReview> log =
                Simulation.learnerLog(Simulation.drawLearner(5, 1), reviews, Instant.parse("2026-01-01T00:00:00Z"), 5);
        StringBuilder csv = new StringBuilder("card_id,review_time,review_rating\n");
        for (LoggedReview r : log) {
            csv.append(r.cardId())
                    .append(',')
                    .append(r.time())
                    .append(',')
                    .append(r.grade())
                    .append('\n');
        }
        Path file = dir.resolve("log.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void savedWeightsAreTheProfilesAndSayWhenTheyWereFitted() throws Exception {
        Path csv = learnerCsv(3000);
        Path db = dir.resolve("p.db");
        Cli.Result fit =
                Cli.run("fsrs", "optimize", csv.toString(), "--timezone", "UTC", "--db", db.toString(), "--save");
        assertEquals(0, fit.exit(), fit.err());
        assertTrue(fit.out().contains("Health check"), fit.out());
        String weights = fit.out()
                .lines()
                .filter(l -> l.startsWith("FSRS-6 weights: "))
                .findFirst()
                .orElseThrow()
                .substring("FSRS-6 weights: ".length());
        assertTrue(fit.out().contains("Saved in the profile"), fit.out());
        try (SqliteProgressStore store = SqliteProgressStore.open(db)) {
            Fsrs6 next = (Fsrs6) ProfileSettings.of(store.settings()).scheduler(true);
            assertEquals(FsrsParameters.parse(weights), next.parameters(), "the next answer is scheduled with them");
        }
        Cli.Result config = Cli.run("config", "--db", db.toString());
        assertTrue(config.out().contains(weights), config.out());
        assertTrue(config.out().contains("2026-11-25 00:00Z"), config.out());
    }

    @Test
    void tooFewReviewsKeepTheDefaults() throws IOException {
        Path csv = dir.resolve("short.csv");
        Files.writeString(
                csv, "card_id,review_time,review_rating\na,2026-01-01T09:00:00Z,3\na,2026-01-03T09:00:00Z,3\n");
        Cli.Result fit = Cli.run(
                "fsrs", "optimize", csv.toString(), "--db", dir.resolve("p.db").toString());
        assertEquals(0, fit.exit(), fit.err());
        assertTrue(fit.out().contains("Not fitted: ") && fit.out().contains("at least 8"), fit.out());
        assertTrue(
                fit.out().contains(": 2 reviews of 1 card, 1 of them on a later day than the one before."), fit.out());
    }

    @Test
    void aMalformedLineIsNamedAndNothingIsFitted() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "card_id,review_time,review_rating\na,2026-01-01T09:00:00Z,5\n");
        Cli.Result fit = Cli.run(
                "fsrs", "optimize", csv.toString(), "--db", dir.resolve("p.db").toString());
        assertEquals(1, fit.exit());
        assertTrue(fit.err().contains("bad.csv:2"), fit.err());
        assertEquals("", fit.out());
    }
}
