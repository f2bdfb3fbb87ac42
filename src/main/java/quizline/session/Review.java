package quizline.session;

import java.time.Instant;
import quizline.pack.Verdict;

/** One answered question, as the review log keeps it. */
public record Review(CardKey key, Instant at, String given, Verdict verdict, long durationMillis) {}
