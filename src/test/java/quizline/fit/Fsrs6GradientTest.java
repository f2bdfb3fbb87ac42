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
    private static double loss(double[] w) {
        Fsrs6Model model = new Fsrs6Model(new FsrsParameters(w));
        MemoryState state = model.initial(GRADES[0]);
        double loss = 0;
        for (int t = 1; t < GRADES.length; t++) {
            if (WEIGHTS[t] != 0) {
                double p = model.retrievability(ELAPSED[t], state.stability());
                double y = GRADES[t] > 1 ? 1 : 0;
                loss += -(y * Math.log(p) + (1 - y) * Math.log(1 - p)) * WEIGHTS[t];
            }
            state = model.next(state, ELAPSED[t], GRADES[t]);
        }
        return loss;
    }

    @Test
    void lossIsThePlainModelsAndGradientMatchesFiniteDifferences() {
        double[] w = FsrsParameters.defaults().weights();
        w[7] = 0.05;
        w[19] = 0.2;
        double[] grad = new double[21];
        double loss = new Fsrs6Gradient(w).lossAndGradient(GRADES, ELAPSED, WEIGHTS, GRADES.length, grad);
        assertEquals(loss(w), loss, 1e-12);
        for (int i = 0; i < 21; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(w[i]));
            double[] up = w.clone();
            double[] down = w.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (loss(up) - loss(down)) / (2 * h);
            assertEquals(numeric, grad[i], 1e-5 * Math.max(1, Math.abs(numeric)), "d loss / d w" + i);
        }
    }
}
