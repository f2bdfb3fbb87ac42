package quizline.schedule;

import java.time.Instant;

/**
 * Turns a card's state, a rating and the review instant into the card's next state. Pure: time
 * is an argument and nothing is read or written outside the values passed in.
 */
public sealed interface Scheduler permits Fsrs6, Sm2 {

    /** The card after being rated {@code rating} at {@code now}. */
    Card next(Card card, Rating rating, Instant now);

    /** All four outcomes of a review at {@code now}, for showing the interval on each answer button. */
    default Preview preview(Card card, Instant now) {
        return new Preview(
                next(card, Rating.AGAIN, now),
                next(card, Rating.HARD, now),
                next(card, Rating.GOOD, now),
                next(card, Rating.EASY, now));
    }

    /** Probability of recalling the card at {@code now}, in [0, 1]; 0 for a card never reviewed. */
    double retrievability(Card card, Instant now);
}
