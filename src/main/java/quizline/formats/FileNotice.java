package quizline.formats;

/** A problem or a warning about one line (1-based) of an imported file. */
public record FileNotice(int line, String message) {
    /** {@code file:line: message}, the form editors jump to. */
    public String format(String fileName) {
        return fileName + ":" + line + ": " + message;
    }
}
