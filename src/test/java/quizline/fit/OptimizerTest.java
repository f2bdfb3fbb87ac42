package quizline.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;

class OptimizerTest {

    /** Fits on the older 80 % of a learner's 20,000 reviews; judged on the newest 20 %, which it never saw. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void fittedWeightsPredictHeldBackReviewsWithinOnePercentOfTheHiddenOnes(long seed) {
        FsrsParameters truth = SimulatedLearners.hiddenWeights(seed, 1);
        List<LoggedReview> log = SimulatedLearners.log(truth, 20_000, seed);
        Instant cut = log.get(log.size() * 4 / 5).time();
        TrainingSet train = SimulatedLearners.set(
                log.stream().filter(r -> r.time().isBefore(cut)).toList());
        TrainingSet all = SimulatedLearners.set(log);
        List<TrainingSet.Item> heldBack = all.items().stream()
                .filter(i -> !Instant.ofEpochMilli(i.time()).isBefore(cut))
                .toList();

        Optimizer.Result fit = new Optimizer(1).fit(train, n -> {}, () -> {});

        assertEquals(Optimizer.Stage.TRAINED, fit.stage());
        double fitted =
                Evaluation.of(new Fsrs6Model(fit.parameters()), heldBack).logLoss();
        double hidden = Evaluation.of(new Fsrs6Model(truth), heldBack).logLoss();
        double defaults = Evaluation.of(new Fsrs6Model(FsrsParameters.defaults()), heldBack)
                .logLoss();
        assertTrue(
                fitted <= hidden * 1.01, "fitted " + fitted + " vs hidden " + hidden + " (defaults " + defaults + ")");
    }

    @Test
    void fewerThanEightUsableReviewsKeepTheDefaultsAndSayWhy() {
        List<LoggedReview> log =
                SimulatedLearners.log(FsrsParameters.defaults(), 200, 7).subList(0, 12);
        Optimizer.Result fit = new Optimizer(1).fit(SimulatedLearners.set(log), n -> {}, () -> {});
        assertEquals(Optimizer.Stage.DEFAULTS, fit.stage());
        assertEquals(FsrsParameters.defaults(), fit.parameters());
        assertTrue(fit.reason().contains("at least 8"), fit.reason());
    }
}
