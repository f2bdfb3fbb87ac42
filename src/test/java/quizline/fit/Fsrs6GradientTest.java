package quizline.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;
import quizline.schedule.MemoryState;

class Fsrs6GradientTest {
    private static final int[] GRADES = {3, 3, 1, 3, 2, 4, 1, 1, 3, 3};
    private static final int[] ELAPSED = {0, 0, 2, 0, 5, 12, 30, 0, 1, 7};
    private static final double[] WEIGHTS = {0, 0, 1, 0, 0.5, 1, 0.8, 0, 1, 0.3};

    /** The loss as the plain model computes it, review by review. */
    private static double loss(double[] w, int[] grades, int[] elapsed, double[] weights) {
        Fsrs6Model model = new Fsrs6Model(new FsrsParameters(w));
        MemoryState state = model.initial(grades[0]);
        double loss = 0;
        for (int t = 1; t < grades.length; t++) {
            if (weights[t] != 0) {
                double p = model.retrievability(elapsed[t], state.stability());
                double y = grades[t] > 1 ? 1 : 0;
                loss += -(y * Math.log(p) + (1 - y) * Math.log(1 - p)) * weights[t];
            }
            state = model.next(state, elapsed[t], grades[t]);
        }
        return loss;
    }

    private static void assertLossAndGradient(double[] w, int[] grades, int[] elapsed, double[] weights) {
        double[] grad = new double[21];
        double loss = new Fsrs6Gradient(w).lossAndGradient(grades, elapsed, weights, grades.length, grad);
        String card = java.util.Arrays.toString(grades) + " " + java.util.Arrays.toString(elapsed);
        assertEquals(loss(w, grades, elapsed, weights), loss, 1e-12, card);
        for (int i = 0; i < 21; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(w[i]));
            double[] up = w.clone();
            double[] down = w.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (loss(up, grades, elapsed, weights) - loss(down, grades, elapsed, weights)) / (2 * h);
            assertEquals(numeric, grad[i], 1e-5 * Math.max(1, Math.abs(numeric)), "d loss / d w" + i + ", " + card);
        }
    }

    @Test
    void lossIsThePlainModelsAndGradientMatchesFiniteDifferences() {
        double[] w = FsrsParameters.defaults().weights();
        w[7] = 0.05;
        w[19] = 0.2;
        assertLossAndGradient(w, GRADES, ELAPSED, WEIGHTS);
    }

    /**
     * Every branch of the model on random cards: same-day reviews held at 1 or not, lapses below or above the
     * post-lapse cap (large w17·w18 brings the cap down), and easy reviews; weights from the defaults and a spread.
     */
    @Test
    void theGradientMatchesFiniteDifferencesOnRandomCardsAndWeights() {
        java.util.Random random = new java.util.Random(7);
        double[] defaults = FsrsParameters.defaults().weights();
        defaults[7] = 0.05; // off its lower bound, which a finite difference would cross
        double[] capped = defaults.clone();
        capped[17] = 1.2;
        capped[18] = 1.5;
        capped[19] = 0.5;
        capped[7] = 0.2;
        for (double[] w : new double[][] {defaults, capped}) {
            for (int card = 0; card < 40; card++) {
                int length = 2 + random.nextInt(12);
                int[] grades = new int[length];
                int[] elapsed = new int[length];
                double[] weights = new double[length];
                for (int t = 0; t < length; t++) {
                    grades[t] = 1 + random.nextInt(4);
                    elapsed[t] = t == 0 || random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(60);
                    weights[t] = t > 0 && elapsed[t] > 0 ? 0.25 + random.nextDouble() : 0;
                }
                assertLossAndGradient(w, grades, elapsed, weights);
            }
        }
    }
}
