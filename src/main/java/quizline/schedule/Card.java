package quizline.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * The scheduling state of one card, as a scheduler leaves it after a review.
 *
 * @param state where the card is: new, in learning or relearning steps, or in review
 * @param step index into the learning or relearning steps the card has reached (0 when new or
 *     after a Hard/Good/Easy review; FSRS keeps it when a step of a day or more sends the card to
 *     Review)
 * @param stability FSRS: days for recall probability to fall to the 90 % mark (0 when new). SM-2:
 *     the current interval in days, the span it expects to keep recall near 90 %
 * @param difficulty FSRS difficulty in [1, 10]; 0 when new and for SM-2 cards
 * @param ease SM-2 ease factor (2.5 to start, never below 1.3); 0 for FSRS cards
 * @param lastReview instant of the latest review, {@code null} for a new card
 * @param due when the card is next due
 * @param reps number of reviews so far
 * @param lapses times the card was forgotten in Review
 * @param scheduledDays whole days of the current interval, 0 during a step shorter than a day
 * @param fuzzKey hash of the card's key; with the review count it seeds the interval fuzz, so a
 *     replay of the same log gives the same dates
 */
public record Card(
        CardState state,
        int step,
        double stability,
        double difficulty,
        double ease,
        Instant lastReview,
        Instant due,
        int reps,
        int lapses,
        int scheduledDays,
        long fuzzKey) {

    public Card {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        if (state != CardState.NEW && lastReview == null) {
            throw new IllegalArgumentException("a " + state.label() + " card needs its last review instant");
        }
    }

    /** A card never reviewed, due at {@code due}, whose fuzz is seeded from {@code key}. */
    public static Card newCard(String key, Instant due) {
        return new Card(CardState.NEW, 0, 0, 0, 0, null, due, 0, 0, 0, fuzzKeyOf(key));
    }

    /** A card never reviewed, due at {@code due}, with no key of its own (fuzz seeded from the review count alone). */
    public static Card newCard(Instant due) {
        return new Card(CardState.NEW, 0, 0, 0, 0, null, due, 0, 0, 0, 0L);
    }

    /** FNV-1a over the key's UTF-16 units: stable across runs and JVMs, unlike String.hashCode's contract. */
    public static long fuzzKeyOf(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
