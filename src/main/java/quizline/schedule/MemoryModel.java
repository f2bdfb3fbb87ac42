package quizline.schedule;

/**
 * A model of memory, as the optimiser, the evaluation and the workload simulation see it: the
 * state a first review leaves, the state each later review leaves, and the probability of recall
 * after some days. Elapsed time is in whole days, same-day reviews count 0. Each implementation is
 * one version of one model (FSRS-6 today) with its own weights and bounds, so another version can
 * be added beside it without touching the study session, which schedules with {@link Scheduler}.
 */
public interface MemoryModel {

    /** Name and version, e.g. {@code FSRS-6}. */
    String name();

    /** The weights, in the model's order. */
    double[] weights();

    /** Lowest allowed value of each weight. */
    double[] lowerBounds();

    /** Highest allowed value of each weight. */
    double[] upperBounds();

    /** The state after a card's first review, graded {@code grade} (1 Again … 4 Easy). */
    MemoryState initial(int grade);

    /** The state after a review graded {@code grade}, {@code elapsedDays} after the one that left {@code state}. */
    MemoryState next(MemoryState state, int elapsedDays, int grade);

    /** Probability of recall {@code elapsedDays} after a review that left stability {@code stability}. */
    double retrievability(double elapsedDays, double stability);

    /** Days after which recall is expected to fall to {@code desiredRetention}, before rounding and caps. */
    double interval(double stability, double desiredRetention);

    /** The difficulty a review graded {@code grade} leaves, from {@code difficulty} before it. */
    double nextDifficulty(double difficulty, int grade);

    /**
     * The stability a review graded {@code grade} leaves, from the state before it and the recall
     * probability {@code retrievability} at the review; {@code elapsedDays} 0 is a same-day review.
     */
    double nextStability(MemoryState state, double retrievability, int elapsedDays, int grade);

    /** The state after a whole history, {@code grades[0]} first; {@code elapsedDays[0]} is ignored. */
    default MemoryState replay(int[] grades, int[] elapsedDays, int count) {
        MemoryState state = initial(grades[0]);
        for (int i = 1; i < count; i++) {
            state = next(state, elapsedDays[i], grades[i]);
        }
        return state;
    }
}
