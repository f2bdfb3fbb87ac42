package quizline.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/** Replays a review log through a scheduler, each card starting new at its first review. */
public final class Replay {

    /** One logged review. */
    public record Review(String cardId, Instant time, Rating rating) {
        public Review {
            Objects.requireNonNull(cardId, "cardId");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(rating, "rating");
        }
    }

    /**
     * A review and what it did.
     *
     * @param index 0-based position of the review within its card
     * @param retrievability recall probability the scheduler used, from the state before the
     *     review; empty on the card's first review
     * @param card the card after the review
     */
    public record Outcome(
            String cardId, int index, Instant time, Rating rating, OptionalDouble retrievability, Card card) {}

    private Replay() {}

    /**
     * Groups the reviews by card, keeping file order within a card, and replays each card from
     * new. Cards come out in order of first appearance.
     *
     * @throws IllegalArgumentException if a card's review falls on an earlier UTC date than its previous one
     */
    public static List<Outcome> run(Scheduler scheduler, List<Review> reviews) {
        Map<String, List<Review>> byCard = new LinkedHashMap<>();
        for (Review review : reviews) {
            byCard.computeIfAbsent(review.cardId(), id -> new ArrayList<>()).add(review);
        }
        List<Outcome> outcomes = new ArrayList<>(reviews.size());
        for (Map.Entry<String, List<Review>> entry : byCard.entrySet()) {
            String cardId = entry.getKey();
            List<Review> history = entry.getValue();
            Card card = Card.newCard(cardId, history.get(0).time());
            for (int i = 0; i < history.size(); i++) {
                Review review = history.get(i);
                OptionalDouble r = card.state() == CardState.NEW
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(scheduler.retrievability(card, review.time()));
                card = scheduler.next(card, review.rating(), review.time());
                outcomes.add(new Outcome(cardId, i, review.time(), review.rating(), r, card));
            }
        }
        return outcomes;
    }
}
