package quizline.classroom;

import java.util.List;
import java.util.Map;
import quizline.store.ProgressStore.Flag;
import quizline.store.ReviewDigest;

/**
 * What a class has done with one pack: each student's reviews of its questions, oldest first, and the flags they raised
 * on them. Every student of the class is a key of {@code reviews}, with an empty list when they have not started.
 */
public record ClassRecords(Map<String, List<ReviewDigest>> reviews, Map<String, List<Flag>> flags) {
    public ClassRecords {
        // Oldest first, whatever the store's order: a clock set back, or an import, can log a review after a later one
        Map<String, List<ReviewDigest>> sorted = new java.util.HashMap<>();
        reviews.forEach((student, answers) -> sorted.put(
                student,
                answers.stream()
                        .sorted(java.util.Comparator.comparing(ReviewDigest::at))
                        .toList()));
        reviews = Map.copyOf(sorted);
        flags = Map.copyOf(flags);
    }
}
