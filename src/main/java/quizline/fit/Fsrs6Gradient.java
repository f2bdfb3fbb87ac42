package quizline.fit;

import java.util.Arrays;
import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;

/**
 * The log loss of FSRS-6's predictions over one card's history, with its gradient with respect
 * to the 21 weights. The card is run through once, as {@link Fsrs6Model} runs it, carrying the
 * derivative of stability and difficulty along (forward mode): every review on a later day is
 * predicted from the state before it, so all of a card's items cost one pass.
 *
 * <p>The derivatives are worked out by hand, formula by formula: each step's new stability and difficulty depend on
 * the old ones, the retrievability and a few weights, so their gradients are a sum of the old gradients times the
 * partial derivatives plus those weights' own terms, written into arrays this object reuses. (Carrying a gradient
 * object through every arithmetic operation allocated an array per operation, and a fresh JVM spent most of a fit
 * compiling that code.) The clamps follow PyTorch's: outside the range the gradient stops, on its edge it passes.
 */
final class Fsrs6Gradient {
    private static final int N = FsrsParameters.COUNT;
    private static final double MIN_PROB = 1e-7;
    private static final double MAX_PROB = 1 - 1e-7;

    private final double[] w;
    private final double decay;
    private final double factor;
    /** d factor / d w20. */
    private final double factorW20;

    private final double easyInitialDifficulty;
    private final double expW8;
    private final double lapseDivisor;

    /** The gradients of the stability, the difficulty, the retrievability, and the next state's two. */
    private double[] gs = new double[N];

    private double[] gd = new double[N];
    private final double[] gr = new double[N];
    private double[] nextGs = new double[N];
    private double[] nextGd = new double[N];

    Fsrs6Gradient(double[] weights) {
        w = weights.clone();
        decay = -w[20];
        double e = Math.exp(Math.log(0.9) / decay);
        factor = e - 1;
        factorW20 = e * Math.log(0.9) / (decay * decay);
        easyInitialDifficulty = rawInitialDifficulty(4);
        expW8 = Math.exp(w[8]);
        lapseDivisor = Math.exp(w[17] * w[18]);
    }

    /**
     * Adds to {@code grad} the gradient of the weighted loss of the card's predicted reviews and
     * returns that loss. {@code weights[i]} weighs the review at position i (0: not predicted).
     */
    double lossAndGradient(int[] grades, int[] elapsed, double[] weights, int length, double[] grad) {
        double loss = 0;
        double s = initialStability(grades[0]);
        double d = initialDifficulty(grades[0]);
        for (int t = 1; t < length; t++) {
            int grade = grades[t];
            s = clamp(s, gs, Fsrs6Model.MIN_STABILITY, Fsrs6Model.MAX_STABILITY);
            double r = retrievability(elapsed[t], s);
            if (weights[t] != 0) {
                double label = grade > 1 ? 1 : 0;
                double pc = Math.min(Math.max(r, MIN_PROB), MAX_PROB);
                loss += -(label * Math.log(pc) + (1 - label) * Math.log(1 - pc)) * weights[t];
                if (r > MIN_PROB && r < MAX_PROB) {
                    double dLossDp = (-label / pc + (1 - label) / (1 - pc)) * weights[t];
                    for (int i = 0; i < N; i++) {
                        grad[i] += dLossDp * gr[i];
                    }
                }
            }
            if (t + 1 == length) {
                break;
            }
            d = clamp(d, gd, Fsrs6Model.MIN_DIFFICULTY, Fsrs6Model.MAX_DIFFICULTY);
            double nextS = clamp(
                    nextStability(s, d, r, elapsed[t], grade),
                    nextGs,
                    Fsrs6Model.MIN_STABILITY,
                    Fsrs6Model.MAX_STABILITY);
            d = nextDifficulty(d, grade);
            s = nextS;
            double[] swap = gs;
            gs = nextGs;
            nextGs = swap;
            swap = gd;
            gd = nextGd;
            nextGd = swap;
        }
        return loss;
    }

    /** {@code x} clamped into [lo, hi]; outside it, its gradient {@code g} is zeroed. */
    private static double clamp(double x, double[] g, double lo, double hi) {
        if (x < lo || x > hi) {
            Arrays.fill(g, 0);
            return x < lo ? lo : hi;
        }
        return x;
    }

    private double initialStability(int grade) {
        Arrays.fill(gs, 0);
        gs[grade - 1] = 1;
        return clamp(w[grade - 1], gs, Fsrs6Model.MIN_STABILITY, Fsrs6Model.MAX_STABILITY);
    }

    private double initialDifficulty(int grade) {
        Arrays.fill(gd, 0);
        double e = Math.exp(w[5] * (grade - 1));
        gd[4] = 1;
        gd[5] = -e * (grade - 1);
        return clamp(w[4] - e + 1, gd, Fsrs6Model.MIN_DIFFICULTY, Fsrs6Model.MAX_DIFFICULTY);
    }

    private double rawInitialDifficulty(int grade) {
        return w[4] - Math.exp(w[5] * (grade - 1)) + 1;
    }

    /** (1 + factor·t/S)^decay, its gradient into {@code gr}. */
    private double retrievability(int elapsedDays, double s) {
        double base = factor * elapsedDays / s + 1;
        double r = Math.pow(base, decay);
        double dBase = decay * Math.pow(base, decay - 1);
        double dS = dBase * (-factor * elapsedDays / (s * s));
        for (int i = 0; i < N; i++) {
            gr[i] = dS * gs[i];
        }
        gr[20] += dBase * (elapsedDays / s) * factorW20 - r * Math.log(base);
        return r;
    }

    /** The difficulty after a review of this grade, its gradient into {@code nextGd}. */
    private double nextDifficulty(double d, int grade) {
        int k = -(grade - 3);
        double delta = w[6] * k;
        double damped = d + (10 - d) * delta * (1.0 / 9);
        double reverted = w[7] * (easyInitialDifficulty - damped) + damped;
        double dD = (1 - w[7]) * (1 - delta / 9);
        for (int i = 0; i < N; i++) {
            nextGd[i] = dD * gd[i];
        }
        nextGd[6] += (1 - w[7]) * (10 - d) * k / 9;
        nextGd[7] += easyInitialDifficulty - damped;
        nextGd[4] += w[7];
        nextGd[5] += w[7] * -3 * Math.exp(3 * w[5]);
        return clamp(reverted, nextGd, Fsrs6Model.MIN_DIFFICULTY, Fsrs6Model.MAX_DIFFICULTY);
    }

    /** The stability after a review of this grade, its gradient into {@code nextGs}. */
    private double nextStability(double s, double d, double r, int elapsedDays, int grade) {
        if (elapsedDays == 0) {
            double e = Math.exp(w[17] * (w[18] + (grade - 3)));
            double p = Math.pow(s, -w[19]);
            double increase = e * p;
            if (grade >= 2 && increase < 1) {
                // Held at 1: the gradient runs through s alone.
                System.arraycopy(gs, 0, nextGs, 0, N);
                return s;
            }
            double dIncreaseDs = e * -w[19] * Math.pow(s, -w[19] - 1);
            set(nextGs, increase + s * dIncreaseDs, gs, 0, gd, 0, gr);
            nextGs[17] += s * increase * (w[18] + (grade - 3));
            nextGs[18] += s * increase * w[17];
            nextGs[19] += s * increase * -Math.log(s);
            return s * increase;
        }
        double forgotten = 1 - r;
        if (grade == 1) {
            double b = Math.pow(d, -w[12]);
            double sPlus = Math.pow(s + 1, w[13]);
            double c = sPlus - 1;
            double x = Math.exp(forgotten * w[14]);
            double afterLapse = w[11] * b * c * x;
            double held = s / lapseDivisor;
            if (afterLapse <= held) {
                set(
                        nextGs,
                        w[11] * b * x * w[13] * Math.pow(s + 1, w[13] - 1),
                        gs,
                        w[11] * c * x * -w[12] * Math.pow(d, -w[12] - 1),
                        gd,
                        afterLapse * -w[14],
                        gr);
                nextGs[11] += b * c * x;
                nextGs[12] += afterLapse * -Math.log(d);
                nextGs[13] += w[11] * b * x * sPlus * Math.log(s + 1);
                nextGs[14] += afterLapse * forgotten;
                return afterLapse;
            }
            set(nextGs, 1 / lapseDivisor, gs, 0, gd, 0, gr);
            nextGs[17] += -held * w[18];
            nextGs[18] += -held * w[17];
            return held;
        }
        double h = grade == 2 ? w[15] : grade == 4 ? w[16] : 1;
        double z = Math.pow(s, -w[9]);
        double x = Math.exp(forgotten * w[10]);
        double growth = expW8 * (11 - d) * z * (x - 1) * h;
        double dGrowthDs = expW8 * (11 - d) * (x - 1) * h * -w[9] * Math.pow(s, -w[9] - 1);
        set(
                nextGs,
                growth + 1 + s * dGrowthDs,
                gs,
                s * -expW8 * z * (x - 1) * h,
                gd,
                s * expW8 * (11 - d) * z * h * x * -w[10],
                gr);
        nextGs[8] += s * growth;
        nextGs[9] += s * growth * -Math.log(s);
        nextGs[10] += s * expW8 * (11 - d) * z * h * x * forgotten;
        if (grade == 2) {
            nextGs[15] += s * expW8 * (11 - d) * z * (x - 1);
        } else if (grade == 4) {
            nextGs[16] += s * expW8 * (11 - d) * z * (x - 1);
        }
        return s * (growth + 1);
    }

    /** {@code out = a·ga + b·gb + c·gc}. */
    private static void set(double[] out, double a, double[] ga, double b, double[] gb, double c, double[] gc) {
        for (int i = 0; i < N; i++) {
            out[i] = a * ga[i] + b * gb[i] + c * gc[i];
        }
    }
}
