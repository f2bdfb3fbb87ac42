package quizline.store;

/** A scheduled review moves the card's schedule; a cram answer is logged but leaves it alone. */
public enum ReviewKind {
    REVIEW,
    CRAM;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
