package quizline.session;

import quizline.store.CardKey;
import java.time.Duration;
import java.util.List;

/** The numbers a session ends with. */
public record Summary(int asked, int right, int typo, int wrong, int[] ratings, List<CardKey> leeches,
        Duration elapsed) {
    public Summary {
        ratings = ratings.clone();
        leeches = List.copyOf(leeches);
    }

    /** Right answers (typos count as right) over answered, 0 when nothing was answered. */
    public int accuracyPercent() {
        return asked == 0 ? 0 : (int) Math.round(100.0 * (right + typo) / asked);
    }

    /** How many answers got each grade, Again to Easy. */
    public int rated(quizline.schedule.Rating rating) {
        return ratings[rating.grade() - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Summary s && asked == s.asked && right == s.right && typo == s.typo && wrong == s.wrong
                && java.util.Arrays.equals(ratings, s.ratings) && leeches.equals(s.leeches) && elapsed.equals(s.elapsed);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(asked, right, typo, wrong, java.util.Arrays.hashCode(ratings), leeches, elapsed);
    }
}
