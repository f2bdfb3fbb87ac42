package quizline.schedule;

/** Where a card is in its life: never seen, in (re)learning steps, or on day intervals. */
public enum CardState {
    NEW("New"),
    LEARNING("Learning"),
    REVIEW("Review"),
    RELEARNING("Relearning");

    private final String label;

    CardState(String label) {
        this.label = label;
    }

    /** The spelling the FSRS tools use: {@code New}, {@code Learning}, {@code Review}, {@code Relearning}. */
    public String label() {
        return label;
    }
}
