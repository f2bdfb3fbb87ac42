package quizline.draft;

import quizline.text.Counted;

/** How far a review has come: questions accepted or rejected out of all, and conflicts still open. */
public record Progress(int reviewed, int questions, int conflictsLeft) {
    /** {@code 12/40 reviewed · 3 conflicts left}. */
    public String text() {
        return reviewed + "/" + questions + " reviewed · " + Counted.of(conflictsLeft, "conflict") + " left";
    }
}
