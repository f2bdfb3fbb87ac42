package quizline.session;

import java.util.ArrayList;
import java.util.List;

/** Keeps reviews for the life of the process. */
public final class InMemoryReviewLog implements ReviewLog {
    private final List<Review> reviews = new ArrayList<>();

    @Override
    public void append(Review review) {
        reviews.add(review);
    }

    @Override
    public void removeLast(Review review) {
        if (!reviews.isEmpty() && reviews.get(reviews.size() - 1).equals(review)) {
            reviews.remove(reviews.size() - 1);
        }
    }

    @Override
    public List<Review> reviews() {
        return List.copyOf(reviews);
    }
}
