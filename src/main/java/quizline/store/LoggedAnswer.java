package quizline.store;

import java.time.Instant;
import quizline.pack.Verdict;
import quizline.schedule.CardState;
import quizline.schedule.Rating;

/** The few columns of a review that the statistics look at. */
record LoggedAnswer(
        CardKey key, Instant at, ReviewKind kind, Rating rating, Verdict correctness, CardState stateBefore) {

    boolean correct() {
        return correctness != Verdict.WRONG;
    }
}
