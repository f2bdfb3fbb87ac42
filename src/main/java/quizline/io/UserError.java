package quizline.io;

/**
 * A mistake the user can fix (a missing file, a bad option): one line on stderr, no stack trace. Every room throws
 * this one type; the command line's {@code Main} turns it into the exit code: 2 for a {@linkplain #usage() usage}
 * mistake, 1 for any other.
 */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean usage;

    public UserError(String message) {
        this(message, false);
    }

    private UserError(String message, boolean usage) {
        super(message, null, false, false);
        this.usage = usage;
    }

    /** A command line, option value or environment variable that cannot be used as given. */
    public static UserError usage(String message) {
        return new UserError(message, true);
    }

    /** Whether the mistake is in how quizline was called rather than in what it was given to read. */
    public boolean usage() {
        return usage;
    }
}
