package quizline.session;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import quizline.schedule.Rating;
import quizline.store.CardKey;

/** The numbers a session ends with; {@code ratings} counts the grades given (cram answers have none). */
public record Summary(
        int asked,
        int right,
        int typo,
        int wrong,
        Map<Rating, Integer> ratings,
        List<CardKey> leeches,
        Duration elapsed) {
    public Summary {
        ratings = Map.copyOf(ratings);
        leeches = List.copyOf(leeches);
    }

    /** Right answers (typos count as right) over answered, 0 when nothing was answered. */
    public int accuracyPercent() {
        return asked == 0 ? 0 : (int) Math.round(100.0 * (right + typo) / asked);
    }

    /** How many answers got this grade. */
    public int rated(Rating rating) {
        return ratings.getOrDefault(rating, 0);
    }
}
