package quizline.schedule;

/**
 * FSRS-6 as a memory model, in the form the reference optimiser (fsrs-rs) trains and evaluates
 * it: the same formulas as {@link Fsrs6}, without the 8-decimal rounding of the ts-fsrs
 * scheduler and with the state clamped to its ranges before each review. Same-day reviews use
 * the short-term formula; the first review sets the initial stability and difficulty.
 */
public final class Fsrs6Model implements MemoryModel {
    public static final double MIN_STABILITY = 0.001;
    public static final double MAX_STABILITY = 36_500.0;
    public static final double MIN_DIFFICULTY = 1.0;
    public static final double MAX_DIFFICULTY = 10.0;

    private final FsrsParameters parameters;
    private final double[] w;
    private final double decay;
    private final double factor;
    private final double easyInitialDifficulty;

    public Fsrs6Model(FsrsParameters parameters) {
        this.parameters = parameters;
        this.w = parameters.weights();
        this.decay = -w[20];
        this.factor = Math.exp(Math.log(0.9) / decay) - 1.0;
        this.easyInitialDifficulty = rawInitialDifficulty(4);
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    @Override
    public String name() {
        return "FSRS-6";
    }

    @Override
    public double[] weights() {
        return w.clone();
    }

    @Override
    public double[] lowerBounds() {
        return FsrsParameters.lowerBounds();
    }

    @Override
    public double[] upperBounds() {
        return FsrsParameters.upperBounds();
    }

    @Override
    public MemoryState initial(int grade) {
        return new MemoryState(
                clamp(w[grade - 1], MIN_STABILITY, MAX_STABILITY),
                clamp(rawInitialDifficulty(grade), MIN_DIFFICULTY, MAX_DIFFICULTY));
    }

    @Override
    public MemoryState next(MemoryState state, int elapsedDays, int grade) {
        MemoryState last = new MemoryState(
                clamp(state.stability(), MIN_STABILITY, MAX_STABILITY),
                clamp(state.difficulty(), MIN_DIFFICULTY, MAX_DIFFICULTY));
        double r = retrievability(elapsedDays, last.stability());
        double s = nextStability(last, r, elapsedDays, grade);
        return new MemoryState(clamp(s, MIN_STABILITY, MAX_STABILITY), nextDifficulty(last.difficulty(), grade));
    }

    @Override
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    @Override
    public double interval(double stability, double desiredRetention) {
        return stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
    }

    @Override
    public double nextDifficulty(double difficulty, int grade) {
        double damped = difficulty + (10 - difficulty) * (-w[6] * (grade - 3)) / 9;
        double reverted = w[7] * (easyInitialDifficulty - damped) + damped;
        return clamp(reverted, MIN_DIFFICULTY, MAX_DIFFICULTY);
    }

    @Override
    public double nextStability(MemoryState state, double retrievability, int elapsedDays, int grade) {
        double s = state.stability();
        double d = state.difficulty();
        if (elapsedDays == 0) {
            double increase = Math.exp(w[17] * (grade - 3 + w[18])) * Math.pow(s, -w[19]);
            return s * (grade >= 2 ? Math.max(increase, 1.0) : increase);
        }
        if (grade == 1) {
            double afterLapse =
                    w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - retrievability) * w[14]);
            return Math.min(afterLapse, s / Math.exp(w[17] * w[18]));
        }
        double hardPenalty = grade == 2 ? w[15] : 1;
        double easyBonus = grade == 4 ? w[16] : 1;
        return s
                * (Math.exp(w[8])
                                * (11 - d)
                                * Math.pow(s, -w[9])
                                * (Math.exp((1 - retrievability) * w[10]) - 1)
                                * hardPenalty
                                * easyBonus
                        + 1);
    }

    private double rawInitialDifficulty(int grade) {
        return w[4] - Math.exp(w[5] * (grade - 1)) + 1;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }
}
