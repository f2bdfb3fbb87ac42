package quizline.schedule;

import java.time.Instant;
import java.util.Objects;

/** The card after each of the four possible ratings. */
public record Preview(Card again, Card hard, Card good, Card easy) {

    public Preview {
        Objects.requireNonNull(again, "again");
        Objects.requireNonNull(hard, "hard");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(easy, "easy");
    }

    public Card outcome(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }

    /** The answer-button line: {@code 1 Again 10m · 2 Hard 2d · 3 Good 4d · 4 Easy 11d}. */
    public String buttons(Instant now) {
        StringBuilder line = new StringBuilder();
        for (Rating rating : Rating.values()) {
            if (line.length() > 0) {
                line.append(" · ");
            }
            line.append(rating.grade())
                    .append(' ')
                    .append(rating.label())
                    .append(' ')
                    .append(Intervals.between(now, outcome(rating).due()));
        }
        return line.toString();
    }
}
