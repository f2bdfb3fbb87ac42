package quizline.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationSumsTest {
    /** The same predictions in any order, or added and some taken out again, give the same rows to the last bit. */
    @Test
    void theSumsDoNotDependOnTheOrderTheyWereAddedIn() {
        Random random = new Random(3);
        List<double[]> predictions = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double p = random.nextInt(50) == 0 ? random.nextDouble() * 1e-6 : 0.4 + 0.6 * random.nextDouble();
            predictions.add(new double[] {p, random.nextInt(10) < 8 ? 1 : 0});
        }
        CalibrationSums inOrder = sumsOf(predictions);
        List<double[]> shuffled = new ArrayList<>(predictions);
        Collections.shuffle(shuffled, random);
        CalibrationSums other = sumsOf(shuffled.subList(0, 5_000));
        other.add(sumsOf(shuffled.subList(5_000, shuffled.size())));
        CalibrationSums extra = sumsOf(List.of(new double[] {0.93, 1}, new double[] {0.41, 0}, new double[] {1.0, 1}));
        other.add(extra);
        other.subtract(extra);

        assertEquals(inOrder.rows(), other.rows());
        assertEquals(inOrder, other);
        assertEquals(20_000, other.size());
        assertEquals(inOrder.rows(), CalibrationSums.parse(inOrder.format()).rows());
    }

    @Test
    void textThatIsNotTheSumsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CalibrationSums.parse("1,1,0,5"));
        String sums = new CalibrationSums().format();
        assertThrows(
                IllegalArgumentException.class, () -> CalibrationSums.parse(sums.replaceFirst("0,0,0,0", "1,2,0,0")));
        assertThrows(
                IllegalArgumentException.class, () -> CalibrationSums.parse(sums.replaceFirst("0,0,0,0", "x,0,0,0")));
    }

    private static CalibrationSums sumsOf(List<double[]> predictions) {
        CalibrationSums sums = new CalibrationSums();
        for (double[] p : predictions) {
            sums.add(p[0], p[1] == 1);
        }
        return sums;
    }
}
