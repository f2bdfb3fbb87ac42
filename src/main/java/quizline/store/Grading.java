package quizline.store;

import quizline.schedule.Card;
import quizline.schedule.CardState;

/** The check every store makes on what a grading returns, so the review log stays one chain per card. */
final class Grading {
    private Grading() {}

    /**
     * The review, if it is of {@code key} and graded from {@code current}: the stored state, or
     * any new card when {@code stored} is false (the card has no state yet).
     */
    static ReviewRecord checked(CardKey key, Card current, boolean stored, ReviewRecord review) {
        if (!review.key().equals(key)) {
            throw new IllegalArgumentException("a review of " + review.key() + " recorded as one of " + key);
        }
        boolean fromCurrent =
                stored ? review.before().equals(current) : review.before().state() == CardState.NEW;
        if (!fromCurrent) {
            throw new IllegalArgumentException(
                    "the review of " + key + " was graded from a state other than the stored one");
        }
        return review;
    }
}
