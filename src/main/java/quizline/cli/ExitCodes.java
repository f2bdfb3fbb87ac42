package quizline.cli;

/** The exit codes of every command, in one place. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Bad input: a pack with problems, a file that cannot be read. */
    public static final int FAILURE = 1;
    /** A command line that does not parse. */
    public static final int USAGE = 2;
    /** A defect in quizline itself. */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
