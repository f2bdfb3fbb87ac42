package quizline.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * Anki's legacy SM-2 flavour. A card learns through the same learning steps as FSRS, graduates to
 * 1 day (4 days on Easy) with ease 2.5, and then grows by its ease: Hard ×1.2 and ease −0.15,
 * Good ×ease (plus half the days it was late), Easy ×ease×1.3 (plus all the days late) and ease
 * +0.15, each at least a day beyond the grade below. A lapse costs 0.20 ease (never below 1.3),
 * goes through the relearning steps and comes back at 1 day (2 on Easy).
 *
 * <p>Hard on a step repeats that step, except on the first step, where it is the mean of the first
 * two (1.5 times a single step, at most a day more). Steps of a day or more stay steps.
 * {@link Card#stability()} holds the current interval in days, the span SM-2 expects to keep
 * recall near 90 %, which is what {@link #retrievability} assumes.
 */
public final class Sm2 implements Scheduler {
    static final double STARTING_EASE = 2.5;
    static final double MIN_EASE = 1.3;
    static final double AGAIN_EASE_PENALTY = 0.20;
    static final double HARD_EASE_PENALTY = 0.15;
    static final double EASY_EASE_BONUS = 0.15;
    static final double HARD_FACTOR = 1.2;
    static final double EASY_BONUS = 1.3;
    static final int GRADUATING_INTERVAL = 1;
    static final int EASY_INTERVAL = 4;
    /** New interval after a lapse: 0 × the old one, raised to the 1-day minimum. */
    static final int LAPSE_INTERVAL = 1;

    private final SchedulerOptions options;
    private final int[] learningSteps;
    private final int[] relearningSteps;
    private final int maxInterval;
    private final boolean fuzz;

    public Sm2(SchedulerOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.learningSteps = options.learningSteps().toArray();
        this.relearningSteps = options.relearningSteps().toArray();
        this.maxInterval = options.maxInterval();
        this.fuzz = options.fuzz();
    }

    public Sm2() {
        this(SchedulerOptions.defaults());
    }

    public SchedulerOptions options() {
        return options;
    }

    @Override
    public Card next(Card card, Rating rating, Instant now) {
        double unit = fuzz ? Fuzz.draw(card.fuzzKey(), card.reps() + 1) : 0;
        return switch (card.state()) {
            case NEW ->
                stepped(
                        card,
                        rating,
                        now,
                        learningSteps,
                        CardState.LEARNING,
                        STARTING_EASE,
                        GRADUATING_INTERVAL,
                        EASY_INTERVAL,
                        unit);
            case LEARNING ->
                stepped(
                        card,
                        rating,
                        now,
                        learningSteps,
                        CardState.LEARNING,
                        card.ease(),
                        GRADUATING_INTERVAL,
                        EASY_INTERVAL,
                        unit);
            case RELEARNING ->
                stepped(
                        card,
                        rating,
                        now,
                        relearningSteps,
                        CardState.RELEARNING,
                        card.ease(),
                        LAPSE_INTERVAL,
                        LAPSE_INTERVAL + 1,
                        unit);
            case REVIEW -> reviewed(card, rating, now, unit);
        };
    }

    /** 0.9^(t/I): SM-2 aims for about 90 % recall at the end of the interval I. */
    @Override
    public double retrievability(Card card, Instant now) {
        if (card.state() == CardState.NEW || card.stability() <= 0) {
            return 0;
        }
        return Math.pow(0.9, Days.sinceOrZero(card.lastReview(), now) / card.stability());
    }

    private Card stepped(
            Card card,
            Rating rating,
            Instant now,
            int[] steps,
            CardState to,
            double ease,
            int goodInterval,
            int easyInterval,
            double unit) {
        if (steps.length == 0) {
            return graduated(card, now, ease, rating == Rating.EASY ? easyInterval : goodInterval, unit);
        }
        int index = Math.min(card.step(), steps.length - 1);
        return switch (rating) {
            case AGAIN -> onStep(card, now, to, 0, steps[0], ease);
            case HARD -> onStep(card, now, to, index, index == 0 ? firstStepHard(steps) : steps[index], ease);
            case GOOD ->
                index + 1 < steps.length
                        ? onStep(card, now, to, index + 1, steps[index + 1], ease)
                        : graduated(card, now, ease, goodInterval, unit);
            case EASY -> graduated(card, now, ease, easyInterval, unit);
        };
    }

    private static int firstStepHard(int[] steps) {
        if (steps.length > 1) {
            return (int) Math.round((steps[0] + steps[1]) / 2.0);
        }
        return (int) Math.min(Math.round(steps[0] * 1.5), steps[0] + (long) Days.MINUTES_PER_DAY);
    }

    private Card reviewed(Card card, Rating rating, Instant now, double unit) {
        int elapsed = Days.elapsed(card.lastReview(), now);
        int current = Math.max(1, card.scheduledDays());
        int late = Math.max(0, elapsed - current);
        double ease = card.ease();
        if (rating == Rating.AGAIN) {
            double lowered = Math.max(MIN_EASE, ease - AGAIN_EASE_PENALTY);
            Card lapsed = new Card(
                    card.state(),
                    card.step(),
                    card.stability(),
                    card.difficulty(),
                    lowered,
                    card.lastReview(),
                    card.due(),
                    card.reps(),
                    card.lapses() + 1,
                    card.scheduledDays(),
                    card.fuzzKey());
            if (relearningSteps.length == 0) {
                return graduated(lapsed, now, lowered, LAPSE_INTERVAL, unit);
            }
            return onStep(lapsed, now, CardState.RELEARNING, 0, relearningSteps[0], lowered);
        }
        int hard = capped(Math.max(current + 1L, Math.round(current * HARD_FACTOR)));
        if (rating == Rating.HARD) {
            return inReview(card, now, Math.max(MIN_EASE, ease - HARD_EASE_PENALTY), fuzzed(hard, elapsed, unit));
        }
        int good = capped(Math.max(hard + 1L, Math.round((current + late / 2) * ease)));
        if (rating == Rating.GOOD) {
            return inReview(card, now, ease, fuzzed(good, elapsed, unit));
        }
        int easy = capped(Math.max(good + 1L, Math.round((current + late) * ease * EASY_BONUS)));
        return inReview(card, now, ease + EASY_EASE_BONUS, fuzzed(easy, elapsed, unit));
    }

    private int capped(long days) {
        return (int) Math.min(days, maxInterval);
    }

    private int fuzzed(int days, int elapsed, double unit) {
        return fuzz ? Fuzz.apply(days, elapsed, maxInterval, unit) : days;
    }

    private Card graduated(Card card, Instant now, double ease, int days, double unit) {
        return inReview(card, now, ease, fuzzed(Math.min(days, maxInterval), 0, unit));
    }

    private static Card inReview(Card card, Instant now, double ease, int days) {
        return new Card(
                CardState.REVIEW,
                0,
                days,
                0,
                ease,
                now,
                now.plusSeconds(days * Days.SECONDS_PER_DAY),
                card.reps() + 1,
                card.lapses(),
                days,
                card.fuzzKey());
    }

    private static Card onStep(Card card, Instant now, CardState to, int index, int minutes, double ease) {
        return new Card(
                to,
                index,
                minutes / (double) Days.MINUTES_PER_DAY,
                0,
                ease,
                now,
                now.plusSeconds(minutes * 60L),
                card.reps() + 1,
                card.lapses(),
                minutes / Days.MINUTES_PER_DAY,
                card.fuzzKey());
    }
}
