package quizline.fit;

import java.time.Instant;

/**
 * One review as logged, the unit the optimiser reads.
 *
 * @param cardId the card reviewed
 * @param time when it was answered
 * @param grade 1 Again, 2 Hard, 3 Good, 4 Easy
 * @param state the card's state before it: 0 new, 1 learning, 2 review, 3 relearning; -1 when the
 *     log does not say
 */
public record LoggedReview(String cardId, Instant time, int grade, int state) {
    public static final int UNKNOWN_STATE = -1;

    boolean learning() {
        return state == 0 || state == 1;
    }
}
