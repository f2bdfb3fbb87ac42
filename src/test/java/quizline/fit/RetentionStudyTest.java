package quizline.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quizline.schedule.Card;
import quizline.schedule.FsrsParameters;
import quizline.schedule.SchedulerOptions;

class RetentionStudyTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private static List<RetentionStudy.Level> year() {
        List<Simulation.Start> cards = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            cards.add(new Simulation.Start("q" + i, Card.newCard("q" + i, START), null));
        }
        return RetentionStudy.compare(
                FsrsParameters.defaults(),
                SchedulerOptions.defaults().withFuzz(true),
                cards,
                START,
                Simulation.Settings.typical(365, 10, 1));
    }

    @Test
    void aHigherRetentionCostsMoreReviewsAndRemembersMore() {
        List<RetentionStudy.Level> levels = year();
        assertEquals(RetentionStudy.LEVELS.length, levels.size());
        RetentionStudy.Level low = levels.get(0);
        RetentionStudy.Level high = levels.get(levels.size() - 1);
        assertTrue(high.reviewsPerDay() > 2 * low.reviewsPerDay(), high + " vs " + low);
        assertTrue(high.minutesPerDay() > low.minutesPerDay());
        assertTrue(high.remembered() > low.remembered());
        assertTrue(high.remembered() <= 300);
    }

    @Test
    void theSameProfileGivesTheSameFigures() {
        assertEquals(year(), year());
    }

    @Test
    void warningsOutsideEightyToNinetyFive() {
        assertNotNull(RetentionStudy.warning(0.97));
        assertNotNull(RetentionStudy.warning(0.75));
        assertNull(RetentionStudy.warning(0.80));
        assertNull(RetentionStudy.warning(0.95));
    }
}
