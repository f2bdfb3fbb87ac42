package quizline.store;

/** The database failed mid-session (disk full, file removed): unchecked, reported in one line by the command. */
public final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
