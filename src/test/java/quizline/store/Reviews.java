package quizline.store;

import java.time.Duration;
import java.time.Instant;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Rating;

/**
 * Review records for tests, chained per card as a session chains them: each review's card
 * before is the previous review's card after. Only the fields the tools read are meaningful.
 */
final class Reviews {
    private Reviews() {}

    static CardKey key(String questionId) {
        return new CardKey("mini", questionId);
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    /** A card in {@code state}, last reviewed at {@code last}, due at {@code due}, with {@code lapses}. */
    static Card card(CardState state, Instant last, Instant due, int lapses) {
        if (state == CardState.NEW) {
            return Card.newCard("mini/x", Instant.EPOCH);
        }
        return new Card(state, 0, 3.5, 5.25, 0, last, due, lapses + 1, lapses, 3, 42L);
    }

    /** A scheduled review at {@code at} of a card that was {@code before}; afterwards it is due {@code next} later. */
    static ReviewRecord review(
            CardKey key, Instant at, Card before, Rating rating, Verdict correctness, Duration next) {
        CardState afterState = rating != Rating.AGAIN
                ? CardState.REVIEW
                : before.state() == CardState.REVIEW || before.state() == CardState.RELEARNING
                        ? CardState.RELEARNING
                        : CardState.LEARNING;
        int lapses = before.lapses() + (rating == Rating.AGAIN && before.state() == CardState.REVIEW ? 1 : 0);
        Card after = card(afterState, at, at.plus(next), lapses);
        return new ReviewRecord(
                key, at, rating, "typed", correctness, 1500, before, after, ReviewKind.REVIEW, "hash-" + key);
    }

    /** A cram answer: logged, the card unchanged. */
    static ReviewRecord cram(CardKey key, Instant at, Card card, Rating rating, Verdict correctness) {
        return new ReviewRecord(key, at, rating, "typed", correctness, 900, card, card, ReviewKind.CRAM, "hash-" + key);
    }

    static ReviewRecord first(CardKey key, Instant at, Rating rating, Verdict correctness, Duration next) {
        return review(key, at, card(CardState.NEW, null, at, 0), rating, correctness, next);
    }

    /** The next scheduled review of the card {@code previous} left behind. */
    static ReviewRecord then(ReviewRecord previous, Instant at, Rating rating, Verdict correctness, Duration next) {
        return review(previous.key(), at, previous.after(), rating, correctness, next);
    }
}
