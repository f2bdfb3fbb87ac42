package quizline.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingSetTest {
    private static LoggedReview r(String card, String at, int grade, int state) {
        return new LoggedReview(card, Instant.parse(at), grade, state);
    }

    @Test
    void daysCountFromTheDayStartInTheZoneAndSameDayReviewsAreHistoryNotPredictions() {
        List<LoggedReview> log = List.of(
                r("a", "2026-03-01T20:00:00Z", 3, 0), // 21:00 in Paris, 1 March
                r("a", "2026-03-01T20:10:00Z", 3, 1), // same session
                r("a", "2026-03-02T02:30:00Z", 3, 2), // 03:30 in Paris: still 1 March's study day
                r("a", "2026-03-02T04:00:00Z", 1, 2)); // 05:00 in Paris: 2 March
        TrainingSet set = TrainingSet.of(log, LocalTime.of(4, 0), ZoneId.of("Europe/Paris"));
        assertArrayEquals(new int[] {0, 0, 0, 1}, set.cards().get(0).elapsedDays());
        assertEquals(1, set.items().size());
        assertEquals(3, set.items().get(0).position());
    }

    @Test
    void aCardIsReadFromItsLastLearningAndOneWithoutLearningIsLeftOut() {
        List<LoggedReview> log = List.of(
                r("reset", "2026-03-01T09:00:00Z", 3, 0),
                r("reset", "2026-03-03T09:00:00Z", 3, 2),
                r("reset", "2026-03-05T09:00:00Z", 3, 0), // answer changed: new again
                r("reset", "2026-03-07T09:00:00Z", 4, 2),
                r("midway", "2026-03-01T09:00:00Z", 3, 2),
                r("midway", "2026-03-04T09:00:00Z", 3, 2));
        TrainingSet set = TrainingSet.of(log, LocalTime.MIDNIGHT, ZoneId.of("UTC"));
        assertEquals(1, set.cards().size());
        assertArrayEquals(new int[] {3, 4}, set.cards().get(0).grades());
        assertArrayEquals(new int[] {0, 2}, set.cards().get(0).elapsedDays());
    }
}
