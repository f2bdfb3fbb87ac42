package quizline.store;

/**
 * An answer that can no longer be taken back: another session has reviewed the card since, so
 * putting back the state before it would throw that review's result away. Nothing was changed.
 */
public final class UndoRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UndoRefused(CardKey key) {
        super("Cannot undo: another session has answered " + key + " since; both answers stay.");
    }
}
