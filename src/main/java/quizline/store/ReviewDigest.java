package quizline.store;

import java.time.Instant;
import quizline.pack.Verdict;
import quizline.schedule.CardState;
import quizline.schedule.Rating;

/**
 * What a class's report reads of one review of a pack: the question, when, whether scheduled or cram, the grade and
 * verdict, the answer typed when it was judged wrong (null otherwise: a right answer is the key's, and the report lists
 * only wrong ones), the fingerprint of the key it was asked with, the card's state before and after, and when the card
 * fell due after it. Read without the card states' other figures, which the report does not need: a class's 200,000
 * reviews are read in a fraction of the time whole {@link ReviewRecord}s take.
 */
public record ReviewDigest(
        String questionId,
        Instant at,
        ReviewKind kind,
        Rating rating,
        Verdict correctness,
        String wrongAnswer,
        String answerHash,
        CardState before,
        CardState after,
        Instant dueAfter) {

    /** The digest of a whole review. */
    public static ReviewDigest of(ReviewRecord r) {
        return new ReviewDigest(
                r.key().questionId(),
                r.at(),
                r.kind(),
                r.rating(),
                r.correctness(),
                r.correctness() == Verdict.WRONG ? r.given() : null,
                r.answerHash(),
                r.before().state(),
                r.after().state(),
                r.after().due());
    }
}
