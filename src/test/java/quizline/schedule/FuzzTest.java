package quizline.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FuzzTest {

    @Test
    void sameKeyAndReviewCountGiveTheSameDraw() {
        long key = Card.fuzzKeyOf("deck/42");
        assertEquals(Fuzz.draw(key, 7), Fuzz.draw(key, 7));
        assertEquals(Fuzz.apply(30, 0, 36500, Fuzz.draw(key, 7)), Fuzz.apply(30, 0, 36500, Fuzz.draw(key, 7)));
        assertNotEquals(Fuzz.draw(key, 7), Fuzz.draw(key, 8));
        assertNotEquals(Fuzz.draw(key, 7), Fuzz.draw(Card.fuzzKeyOf("deck/43"), 7));
    }

    @Test
    void drawsAreSpreadOverTheUnitInterval() {
        double sum = 0;
        int[] buckets = new int[10];
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            double u = Fuzz.draw(Card.fuzzKeyOf("card-" + i), i % 50);
            assertTrue(u >= 0 && u < 1, "draw " + u);
            sum += u;
            buckets[(int) (u * 10)]++;
        }
        assertEquals(0.5, sum / n, 0.01);
        for (int count : buckets) {
            assertEquals(n / 10.0, count, n / 10.0 * 0.1);
        }
    }

    @Test
    void rangesFollowTheReference() {
        assertEquals(new Fuzz.Range(2, 4), Fuzz.range(3, 0, 36500));
        assertEquals(new Fuzz.Range(8, 12), Fuzz.range(10, 0, 36500));
        assertEquals(new Fuzz.Range(93, 107), Fuzz.range(100, 0, 36500));
        // Never sooner than the days the card has already survived.
        assertEquals(new Fuzz.Range(10, 12), Fuzz.range(10, 9, 36500));
        // Never beyond the cap.
        assertEquals(new Fuzz.Range(93, 100), Fuzz.range(100, 0, 100));
    }

    @Test
    void fuzzedIntervalsStayInTheirRangeAndReachBothEnds() {
        for (int interval = 3; interval <= 400; interval++) {
            Fuzz.Range range = Fuzz.range(interval, 0, 36500);
            assertEquals(range.min(), Fuzz.apply(interval, 0, 36500, 0.0));
            assertEquals(range.max(), Fuzz.apply(interval, 0, 36500, Math.nextDown(1.0)));
            for (int k = 0; k < 50; k++) {
                int fuzzed = Fuzz.apply(interval, 0, 36500, Fuzz.draw(interval, k));
                assertTrue(fuzzed >= range.min() && fuzzed <= range.max(), interval + " → " + fuzzed);
            }
        }
    }

    @Test
    void intervalsUnderTwoAndAHalfDaysAreNotFuzzed() {
        for (double u : new double[] {0.0, 0.3, 0.7, Math.nextDown(1.0)}) {
            assertEquals(1, Fuzz.apply(1, 0, 36500, u));
            assertEquals(2, Fuzz.apply(2, 0, 36500, u));
        }
    }
}
