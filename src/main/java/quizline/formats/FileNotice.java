package quizline.formats;

/**
 * A problem or a warning about one line (1-based) of an imported file, and the column (1-based) where the format
 * tells it (XML does), else 0. A file without lines (an Anki package) has line 0, and its messages name the note.
 */
public record FileNotice(int line, int column, String message) {
    public FileNotice(int line, String message) {
        this(line, 0, message);
    }

    /** {@code file:line: message}, or {@code file:line:column: message}: the forms editors jump to. */
    public String format(String fileName) {
        return place(fileName) + ": " + message;
    }

    /** {@code file:line: warning: message}, with the column where there is one. */
    public String warning(String fileName) {
        return place(fileName) + ": warning: " + message;
    }

    private String place(String fileName) {
        return fileName + (line > 0 ? ":" + line : "") + (column > 0 ? ":" + column : "");
    }
}
