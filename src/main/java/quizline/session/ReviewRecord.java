package quizline.session;

import java.time.Instant;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.Rating;

/**
 * One answered question as the review log keeps it: what was typed, how it was judged, the grade,
 * and the card's scheduling state before and after (equal for a cram answer).
 */
public record ReviewRecord(
        CardKey key,
        Instant at,
        Rating rating,
        String given,
        Verdict verdict,
        long durationMillis,
        Card before,
        Card after,
        ReviewKind kind,
        String answerHash) {}
