package quizline.schedule;

import static quizline.schedule.Rounding.round8;

import java.time.Instant;
import java.util.Objects;

/**
 * FSRS-6, computed exactly as the reference implementation (ts-fsrs 5.4.2) computes it: the same
 * formulas, the same 8-decimal rounding of intermediate values, elapsed time counted in UTC
 * calendar days, and the same learning-step and grade-ordering rules.
 */
public final class Fsrs6 implements Scheduler {
    private static final double MIN_STABILITY = 0.001;
    private static final double MAX_STABILITY = 36_500.0;
    private static final double MIN_INITIAL_STABILITY = 0.1;

    private static final int AGAIN = 1;
    private static final int HARD = 2;
    private static final int GOOD = 3;
    private static final int EASY = 4;

    private final FsrsParameters parameters;
    private final SchedulerOptions options;
    private final double[] w;
    private final double decay;
    private final double factor;
    private final double intervalModifier;
    /** D0(Easy), the mean-reversion target; deliberately not clamped to [1, 10]. */
    private final double easyInitialDifficulty;

    private final double expW8;
    /** Divides S on a lapse to give the floor of the new S (1 with short-term off). */
    private final double lapseDivisor;

    private final int[] learningSteps;
    private final int[] relearningSteps;
    private final int maxInterval;
    private final boolean shortTerm;
    private final boolean fuzz;

    public Fsrs6(FsrsParameters parameters, SchedulerOptions options) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.options = Objects.requireNonNull(options, "options");
        this.w = parameters
                .forOptions(options.shortTerm(), options.relearningSteps().size())
                .weights();
        this.decay = -w[20];
        this.factor = round8(Math.exp((1 / decay) * Math.log(0.9)) - 1.0);
        this.intervalModifier = round8((Math.pow(options.desiredRetention(), 1 / decay) - 1) / factor);
        this.easyInitialDifficulty = initialDifficulty(EASY);
        this.expW8 = Math.exp(w[8]);
        this.shortTerm = options.shortTerm();
        this.lapseDivisor = shortTerm ? Math.exp(w[17] * w[18]) : 1.0;
        this.learningSteps = options.learningSteps().toArray();
        this.relearningSteps = options.relearningSteps().toArray();
        this.maxInterval = options.maxInterval();
        this.fuzz = options.fuzz();
    }

    /** Default weights and default options. */
    public Fsrs6() {
        this(FsrsParameters.defaults(), SchedulerOptions.defaults());
    }

    /** The weights as given; the scheduler runs on {@code parameters().forOptions(…)}. */
    public FsrsParameters parameters() {
        return parameters;
    }

    public SchedulerOptions options() {
        return options;
    }

    @Override
    public Card next(Card card, Rating rating, Instant now) {
        int grade = rating.grade();
        double unit = fuzz ? Fuzz.draw(card.fuzzKey(), card.reps() + 1) : 0;
        if (card.state() == CardState.NEW) {
            return first(card, grade, now, unit);
        }
        int elapsed = Days.elapsed(card.lastReview(), now);
        double r = forgettingCurve(elapsed, card.stability());
        double d = nextDifficulty(card.difficulty(), grade);
        if (!shortTerm) {
            return longTerm(card, grade, now, elapsed, r, d, unit);
        }
        if (card.state() != CardState.REVIEW) {
            double s = nextStability(card, elapsed, r, grade);
            return stepped(card, grade, now, elapsed, s, d, card.state(), unit);
        }
        if (grade == AGAIN) {
            double s = nextStability(card, elapsed, r, AGAIN);
            return stepped(card, AGAIN, now, elapsed, s, d, CardState.REVIEW, unit);
        }
        return reviewed(card, grade, now, elapsed, r, d, unit);
    }

    /**
     * R(t, S) with t counted in UTC calendar days since the last review: exactly the value a review
     * at {@code now} would use. (ts-fsrs's own display helper counts 24-hour periods instead.)
     */
    @Override
    public double retrievability(Card card, Instant now) {
        if (card.state() == CardState.NEW) {
            return 0;
        }
        return forgettingCurve(Days.sinceOrZero(card.lastReview(), now), card.stability());
    }

    /** The first review of a new card: initial memory, then steps (short-term) or ordered day intervals. */
    private Card first(Card card, int grade, Instant now, double unit) {
        double s = initialStability(grade);
        double d = clampDifficulty(initialDifficulty(grade));
        if (shortTerm) {
            return stepped(card, grade, now, 0, s, d, CardState.NEW, unit);
        }
        int again = interval(initialStability(AGAIN), 0, unit);
        int hard = interval(initialStability(HARD), 0, unit);
        int good = interval(initialStability(GOOD), 0, unit);
        int easy = interval(initialStability(EASY), 0, unit);
        int days = orderedLongTerm(grade, again, hard, good, easy);
        return inReview(card, now, s, d, 0, days, card.lapses());
    }

    /** Short-term off: every review lands in Review, all four grades' intervals kept in order. */
    private Card longTerm(Card card, int grade, Instant now, int elapsed, double r, double d, double unit) {
        double s = card.stability();
        double growth = recallGrowth(s, card.difficulty(), r);
        double sAgain = lapseStability(s, card.difficulty(), r);
        double sHard = recallStability(s, growth, HARD);
        int again = interval(sAgain, elapsed, unit);
        int hard = interval(sHard, elapsed, unit);
        double chosen = switch (grade) {
            case AGAIN -> sAgain;
            case HARD -> sHard;
            default -> recallStability(s, growth, grade);
        };
        int good =
                grade < GOOD ? 0 : interval(grade == GOOD ? chosen : recallStability(s, growth, GOOD), elapsed, unit);
        int easy = grade < EASY ? 0 : interval(chosen, elapsed, unit);
        int days = orderedLongTerm(grade, again, hard, good, easy);
        int lapses = grade == AGAIN ? card.lapses() + 1 : card.lapses();
        return inReview(card, now, chosen, d, 0, days, lapses);
    }

    /** Again ≤ Hard < Good < Easy, each pushed one day past the one below (even beyond the cap). */
    private static int orderedLongTerm(int grade, int again, int hard, int good, int easy) {
        again = Math.min(again, hard);
        hard = Math.max(hard, again + 1);
        if (grade == AGAIN) {
            return again;
        }
        if (grade == HARD) {
            return hard;
        }
        good = Math.max(good, hard + 1);
        return grade == GOOD ? good : Math.max(easy, good + 1);
    }

    /** Hard, Good or Easy on a Review card with short-term on: Hard ≤ Good < Easy. */
    private Card reviewed(Card card, int grade, Instant now, int elapsed, double r, double d, double unit) {
        double s = card.stability();
        double growth = elapsed == 0 ? 0 : recallGrowth(s, card.difficulty(), r);
        double sHard = elapsed == 0 ? shortTermStability(s, HARD) : recallStability(s, growth, HARD);
        double sGood = elapsed == 0 ? shortTermStability(s, GOOD) : recallStability(s, growth, GOOD);
        int hard = interval(sHard, elapsed, unit);
        int good = interval(sGood, elapsed, unit);
        hard = Math.min(hard, good);
        good = Math.max(good, hard + 1);
        return switch (grade) {
            case HARD -> inReview(card, now, sHard, d, 0, hard, card.lapses());
            case GOOD -> inReview(card, now, sGood, d, 0, good, card.lapses());
            default -> {
                double sEasy = elapsed == 0 ? shortTermStability(s, EASY) : recallStability(s, growth, EASY);
                yield inReview(
                        card, now, sEasy, d, 0, Math.max(interval(sEasy, elapsed, unit), good + 1), card.lapses());
            }
        };
    }

    /**
     * A review that may put the card on a learning or relearning step. {@code from} is the state
     * before the review; a Review card gets here only with Again (a lapse).
     */
    private Card stepped(
            Card card, int grade, Instant now, int elapsed, double s, double d, CardState from, double unit) {
        boolean learning = from == CardState.NEW || from == CardState.LEARNING;
        int[] steps = learning ? learningSteps : relearningSteps;
        int index = card.step();
        int lapses = from == CardState.REVIEW ? card.lapses() + 1 : card.lapses();
        int minutes = 0;
        int nextIndex = 0;
        if (index < steps.length) {
            if (from == CardState.REVIEW) {
                minutes = steps[index];
            } else if (grade == AGAIN) {
                minutes = steps[0];
            } else if (grade == HARD) {
                minutes = steps.length == 1
                        ? (int) Math.round(steps[0] * 1.5)
                        : (int) Math.round((steps[0] + steps[1]) / 2.0);
                nextIndex = index;
            } else if (grade == GOOD && index + 1 < steps.length) {
                minutes = steps[index + 1];
                nextIndex = index + 1;
            }
        }
        if (minutes == 0) {
            // No step applies: the card graduates to Review on a day interval.
            return inReview(card, now, s, d, 0, interval(s, elapsed, unit), lapses);
        }
        Instant due = now.plusSeconds(minutes * 60L);
        if (minutes >= Days.MINUTES_PER_DAY) {
            // A step of a day or more is served from Review, keeping the step index it reached.
            return new Card(
                    CardState.REVIEW,
                    nextIndex,
                    s,
                    d,
                    0,
                    now,
                    due,
                    card.reps() + 1,
                    lapses,
                    minutes / Days.MINUTES_PER_DAY,
                    card.fuzzKey());
        }
        CardState to = learning ? CardState.LEARNING : CardState.RELEARNING;
        return new Card(to, nextIndex, s, d, 0, now, due, card.reps() + 1, lapses, 0, card.fuzzKey());
    }

    private static Card inReview(Card card, Instant now, double s, double d, int step, int days, int lapses) {
        return new Card(
                CardState.REVIEW,
                step,
                s,
                d,
                0,
                now,
                now.plusSeconds(days * Days.SECONDS_PER_DAY),
                card.reps() + 1,
                lapses,
                days,
                card.fuzzKey());
    }

    /** I(S): the whole days at which recall is expected to fall to the desired retention, capped, then fuzzed. */
    int interval(double stability, int elapsed, double unit) {
        int days = (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)), maxInterval);
        return fuzz ? Fuzz.apply(days, elapsed, maxInterval, unit) : days;
    }

    /** R(t, S) = (1 + FACTOR·t/S)^DECAY. */
    double forgettingCurve(int elapsedDays, double stability) {
        return round8(Math.pow(1 + factor * elapsedDays / stability, decay));
    }

    double initialStability(int grade) {
        return Math.max(w[grade - 1], MIN_INITIAL_STABILITY);
    }

    /** D0(G) = w4 − e^((G−1)·w5) + 1, not clamped. */
    double initialDifficulty(int grade) {
        return round8(w[4] - Math.exp((grade - 1) * w[5]) + 1);
    }

    /** Linear damping towards 10, then mean reversion towards D0(Easy). */
    double nextDifficulty(double d, int grade) {
        double damped = d + round8(-w[6] * (grade - 3) * (10 - d) / 9);
        return clampDifficulty(round8(w[7] * easyInitialDifficulty + (1 - w[7]) * damped));
    }

    /** S after a review of a card already reviewed, from its S and D before the review. */
    double nextStability(Card card, int elapsed, double r, int grade) {
        double s = card.stability();
        if (elapsed == 0 && shortTerm) {
            return shortTermStability(s, grade);
        }
        if (grade == AGAIN) {
            return lapseStability(s, card.difficulty(), r);
        }
        return recallStability(s, recallGrowth(s, card.difficulty(), r), grade);
    }

    /** After forgetting: the post-lapse formula, but never above S itself (or S/e^(w17·w18) with short-term on). */
    private double lapseStability(double s, double d, double r) {
        double afterLapse = round8(
                clampStability(w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14])));
        return Math.min(Math.max(round8(s / lapseDivisor), MIN_STABILITY), afterLapse);
    }

    /**
     * e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R))−1): the growth shared by Hard, Good and Easy, computed once
     * per review. The reference multiplies in this order, then by the Hard and Easy factors, so
     * sharing it changes no bit of the result.
     */
    private double recallGrowth(double s, double d, double r) {
        return expW8 * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1);
    }

    private double recallStability(double s, double growth, int grade) {
        double hardPenalty = grade == HARD ? w[15] : 1;
        double easyBonus = grade == EASY ? w[16] : 1;
        return round8(clampStability(s * (1 + growth * hardPenalty * easyBonus)));
    }

    /** Same-day review: S·S^(−w19)·e^(w17·(G−3+w18)); a success never lowers S. */
    private double shortTermStability(double s, int grade) {
        double increase = Math.pow(s, -w[19]) * Math.exp(w[17] * (grade - 3 + w[18]));
        if (grade >= HARD) {
            increase = Math.max(increase, 1.0);
        }
        return round8(clampStability(s * increase));
    }

    private static double clampStability(double s) {
        return Math.min(Math.max(s, MIN_STABILITY), MAX_STABILITY);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1), 10);
    }
}
