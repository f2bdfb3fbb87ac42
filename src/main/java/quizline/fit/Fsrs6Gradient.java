package quizline.fit;

import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;

/**
 * The log loss of FSRS-6's predictions over one card's history, with its gradient with respect
 * to the 21 weights. The card is run through once, as {@link Fsrs6Model} runs it, carrying the
 * derivative of stability and difficulty along (forward mode): every review on a later day is
 * predicted from the state before it, so all of a card's items cost one pass.
 */
final class Fsrs6Gradient {
    private static final int N = FsrsParameters.COUNT;
    private static final double MIN_PROB = 1e-7;
    private static final double MAX_PROB = 1 - 1e-7;

    private final Dual[] w = new Dual[N];
    private final Dual decay;
    private final Dual factor;
    private final Dual easyInitialDifficulty;
    private final Dual expW8;
    private final Dual lapseDivisor;

    Fsrs6Gradient(double[] weights) {
        for (int i = 0; i < N; i++) {
            w[i] = Dual.variable(weights[i], i, N);
        }
        decay = w[20].times(-1);
        factor = Dual.constant(Math.log(0.9), N).dividedBy(decay).exp().plus(-1);
        easyInitialDifficulty = rawInitialDifficulty(4);
        expW8 = w[8].exp();
        lapseDivisor = w[17].times(w[18]).exp();
    }

    /**
     * Adds to {@code grad} the gradient of the weighted loss of the card's predicted reviews and
     * returns that loss. {@code weights[i]} weighs the review at position i (0: not predicted).
     */
    double lossAndGradient(int[] grades, int[] elapsed, double[] weights, int length, double[] grad) {
        double loss = 0;
        Dual s = null;
        Dual d = null;
        for (int t = 0; t < length; t++) {
            int grade = grades[t];
            if (t == 0) {
                s = w[grade - 1].clamp(Fsrs6Model.MIN_STABILITY, Fsrs6Model.MAX_STABILITY);
                d = rawInitialDifficulty(grade).clamp(Fsrs6Model.MIN_DIFFICULTY, Fsrs6Model.MAX_DIFFICULTY);
                continue;
            }
            Dual lastS = s.clamp(Fsrs6Model.MIN_STABILITY, Fsrs6Model.MAX_STABILITY);
            Dual r = retrievability(elapsed[t], lastS);
            if (weights[t] != 0) {
                double p = r.value;
                double label = grade > 1 ? 1 : 0;
                double pc = Math.min(Math.max(p, MIN_PROB), MAX_PROB);
                loss += -(label * Math.log(pc) + (1 - label) * Math.log(1 - pc)) * weights[t];
                if (p > MIN_PROB && p < MAX_PROB) {
                    double dLossDp = (-label / pc + (1 - label) / (1 - pc)) * weights[t];
                    for (int i = 0; i < N; i++) {
                        grad[i] += dLossDp * r.grad[i];
                    }
                }
            }
            if (t + 1 == length) {
                break;
            }
            Dual lastD = d.clamp(Fsrs6Model.MIN_DIFFICULTY, Fsrs6Model.MAX_DIFFICULTY);
            s = nextStability(lastS, lastD, r, elapsed[t], grade)
                    .clamp(Fsrs6Model.MIN_STABILITY, Fsrs6Model.MAX_STABILITY);
            d = nextDifficulty(lastD, grade);
        }
        return loss;
    }

    private Dual retrievability(int elapsedDays, Dual s) {
        // (1 + factor·t/S)^decay
        Dual base = factor.times(elapsedDays).dividedBy(s).plus(1);
        return base.pow(decay);
    }

    private Dual rawInitialDifficulty(int grade) {
        return w[4].minus(w[5].times(grade - 1).exp()).plus(1);
    }

    private Dual nextDifficulty(Dual d, int grade) {
        Dual delta = w[6].times(-(grade - 3));
        Dual damped = d.plus(d.times(-1).plus(10).times(delta).times(1.0 / 9));
        Dual reverted = w[7].times(easyInitialDifficulty.minus(damped)).plus(damped);
        return reverted.clamp(Fsrs6Model.MIN_DIFFICULTY, Fsrs6Model.MAX_DIFFICULTY);
    }

    private Dual nextStability(Dual s, Dual d, Dual r, int elapsedDays, int grade) {
        if (elapsedDays == 0) {
            Dual increase = w[17].times(w[18].plus(grade - 3)).exp().times(s.pow(w[19].times(-1)));
            return s.times(grade >= 2 ? increase.atLeast(1.0) : increase);
        }
        Dual forgotten = r.times(-1).plus(1);
        if (grade == 1) {
            Dual afterLapse = w[11].times(d.pow(w[12].times(-1)))
                    .times(s.plus(1).pow(w[13]).plus(-1))
                    .times(forgotten.times(w[14]).exp());
            return afterLapse.min(s.dividedBy(lapseDivisor));
        }
        Dual growth = expW8.times(d.times(-1).plus(11))
                .times(s.pow(w[9].times(-1)))
                .times(forgotten.times(w[10]).exp().plus(-1));
        if (grade == 2) {
            growth = growth.times(w[15]);
        } else if (grade == 4) {
            growth = growth.times(w[16]);
        }
        return s.times(growth.plus(1));
    }
}
