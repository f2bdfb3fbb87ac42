package quizline.cli;

/** A mistake the user can fix (a missing file, a bad option): one line on stderr, no stack trace. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public UserError(String message) {
        this(message, ExitCodes.FAILURE);
    }

    public UserError(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
