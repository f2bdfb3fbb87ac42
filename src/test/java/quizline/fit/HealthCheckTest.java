package quizline.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import quizline.schedule.FsrsParameters;

class HealthCheckTest {

    @Test
    void theUsualFiguresFollowAnkisCurvesOfRetentionAndSize() {
        // a log recalled half the time is the hardest to predict: the curve's top
        assertEquals(0.623, HealthCheck.usualLogLoss(0.5), 1e-9);
        assertEquals(0.623 * Math.pow(0.36, 0.738), HealthCheck.usualLogLoss(0.9), 1e-9);
        assertTrue(HealthCheck.usualLogLoss(0.95) < HealthCheck.usualLogLoss(0.9));
        // more reviews, a smaller usual RMSE(bins)
        assertTrue(HealthCheck.usualRmseBins(0.9, 20_000) < HealthCheck.usualRmseBins(0.9, 1_000));
        assertEquals(
                0.0135 / (Math.pow(0.9, 0.504) - 1.14) + 0.176 / (1 + 2.22) + 0.101,
                HealthCheck.usualRmseBins(0.9, 1_000),
                1e-9);
    }

    @Test
    void aLearnerTheModelDescribesIsHealthy() {
        List<LoggedReview> log = SimulatedLearners.log(SimulatedLearners.hiddenWeights(4, 1), 3_000, 4);
        HealthCheck.Report learner = HealthCheck.check(SimulatedLearners.set(log), 1);
        assertTrue(learner.healthy(), learner.toString());
        assertTrue(learner.unseen().logLoss() <= 1.11 * learner.expectedLogLoss(), learner.toString());
    }

    @Test
    void threeHundredItemsOrFewerAreNotChecked() {
        List<LoggedReview> log = SimulatedLearners.log(FsrsParameters.defaults(), 150, 5);
        assertNull(HealthCheck.check(SimulatedLearners.set(log), 1));
    }
}
