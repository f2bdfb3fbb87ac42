package quizline.store;

/** The database failed mid-session (disk full, file removed): unchecked, reported in one line by the command. */
public final class StoreFailure extends RuntimeException {
    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
