package quizline.store;

/** A progress file that cannot be imported; the message is {@code file:line: what is wrong} (or {@code file: ...}). */
public final class ArchiveException extends Exception {
    private static final long serialVersionUID = 1L;

    ArchiveException(String file, int line, String detail) {
        super(line > 0 ? file + ":" + line + ": " + detail : file + ": " + detail);
    }
}
