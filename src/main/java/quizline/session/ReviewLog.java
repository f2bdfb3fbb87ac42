package quizline.session;

import java.util.List;

/**
 * Where a session's answers go. The session only appends; keeping them (in memory, in a database)
 * is the implementation's business.
 */
public interface ReviewLog {
    void append(Review review);

    /** Takes back the newest review, for undo. */
    void removeLast(Review review);

    List<Review> reviews();
}
