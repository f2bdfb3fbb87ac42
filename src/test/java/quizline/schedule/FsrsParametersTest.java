package quizline.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FsrsParametersTest {
    private static final double[] PUBLISHED = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
        1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };

    private static double[] withWeight(int index, double value) {
        double[] w = PUBLISHED.clone();
        w[index] = value;
        return w;
    }

    private static String rejection(double[] w) {
        return assertThrows(IllegalArgumentException.class, () -> new FsrsParameters(w))
                .getMessage();
    }

    @Test
    void defaultsAreThePublishedFsrs6Weights() {
        assertArrayEquals(PUBLISHED, FsrsParameters.defaults().weights());
    }

    @Test
    void weightsAreCopiedInAndOut() {
        double[] w = PUBLISHED.clone();
        FsrsParameters parameters = new FsrsParameters(w);
        w[0] = 50;
        parameters.weights()[1] = 50;
        assertEquals(FsrsParameters.defaults(), parameters);
    }

    @Test
    void outOfBoundsWeightIsNamedWithItsValueAndBounds() {
        assertEquals("weight w16 = 7.0 is outside its bounds [1.0, 6.0]", rejection(withWeight(16, 7.0)));
        assertEquals("weight w0 = 0.0 is outside its bounds [0.001, 100.0]", rejection(withWeight(0, 0.0)));
        assertEquals("weight w20 = 0.05 is outside its bounds [0.1, 0.8]", rejection(withWeight(20, 0.05)));
        assertEquals("weight w7 = NaN is outside its bounds [0.001, 0.75]", rejection(withWeight(7, Double.NaN)));
    }

    @Test
    void wrongNumberOfWeightsIsRefused() {
        assertEquals("FSRS-6 needs 21 weights w0..w20, got 19", rejection(new double[19]));
        assertEquals(
                "expected 21 comma-separated weights w0..w20, got 2",
                assertThrows(IllegalArgumentException.class, () -> FsrsParameters.parse("1,2"))
                        .getMessage());
    }

    @Test
    void parseNamesTheWeightThatIsNotANumber() {
        String text = "0.212,1.2931,2.3065,x,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,"
                + "1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542";
        assertEquals(
                "weight w3 is not a number: \"x\"",
                assertThrows(IllegalArgumentException.class, () -> FsrsParameters.parse(text))
                        .getMessage());
        assertEquals(FsrsParameters.defaults(), FsrsParameters.parse(text.replace(",x,", ", 8.2956 ,")));
    }

    @Test
    void w19MustBePositiveOnlyWithShortTermScheduling() {
        FsrsParameters zeroW19 = new FsrsParameters(withWeight(19, 0.0));
        assertDoesNotThrow(() -> new Fsrs6(zeroW19, SchedulerOptions.defaults().withShortTerm(false)));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Fsrs6(zeroW19, SchedulerOptions.defaults()));
        assertEquals(
                "weight w19 = 0.0 is outside its bounds [0.01, 0.8] with short-term scheduling on", e.getMessage());
    }

    @Test
    void severalRelearningStepsCapW17AndW18() {
        FsrsParameters high = new FsrsParameters(withWeight(18, 0.7));
        SchedulerOptions oneStep = SchedulerOptions.defaults();
        SchedulerOptions twoSteps = oneStep.withRelearningSteps(Steps.parse("10m,1h"));
        assertDoesNotThrow(() -> new Fsrs6(high, oneStep));
        assertDoesNotThrow(() -> new Fsrs6(FsrsParameters.defaults(), twoSteps));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Fsrs6(high, twoSteps));
        assertEquals(
                "weight w18 = 0.7 is outside its bounds [0.0, 0.60045935] with 2 relearning steps", e.getMessage());
    }

    @Test
    void theDefaultsAreClippedNotRefused() {
        SchedulerOptions threeRelearningSteps =
                SchedulerOptions.defaults().withRelearningSteps(Steps.parse("5m,10m,30m"));
        assertDoesNotThrow(() -> new Fsrs6(FsrsParameters.defaults(), threeRelearningSteps));
        double[] clipped = FsrsParameters.defaults().forOptions(true, 3).weights();
        assertEquals(0.49027301, clipped[17]); // the ceiling for 3 steps; ts-fsrs 5.4.2 reports the same
        assertEquals(0.0912, clipped[18]);
        assertEquals(FsrsParameters.defaults(), FsrsParameters.defaults().forOptions(true, 2));
        // Given weights above the same ceiling are refused, not silently changed.
        assertThrows(
                IllegalArgumentException.class,
                () -> new Fsrs6(new FsrsParameters(withWeight(0, 0.2121)), threeRelearningSteps));
    }
}
