package quizline.store;

import java.time.Instant;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.Rating;

/**
 * One answered question as the review log keeps it: what was typed, how it was judged, the grade,
 * the card's scheduling state before and after (equal for a cram answer), and the fingerprint of
 * the answer it was asked with (so a changed answer can reset the card).
 */
public record ReviewRecord(
        CardKey key,
        Instant at,
        Rating rating,
        String given,
        Verdict correctness,
        long durationMillis,
        Card before,
        Card after,
        ReviewKind kind,
        String answerHash) {}
