package quizline.draft;

/** One stop of a review: a draft question to decide, or a conflict to settle. */
public sealed interface ReviewItem {
    String id();

    record QuestionItem(String id) implements ReviewItem {}

    record ConflictItem(String id) implements ReviewItem {}
}
