package quizline.ui;

import org.jline.utils.AttributedString;

/**
 * The terminal as the study screen sees it. Keeping it behind this interface (as jshell keeps
 * JLine behind IOContext) lets the screen's logic run in tests without a terminal.
 */
public interface Console extends AutoCloseable {
    /** Columns to wrap at. */
    int width();

    /** True when single keys can be read (a real terminal); false in plain mode. */
    boolean singleKeys();

    Theme theme();

    void println(AttributedString line);

    default void println(String line) {
        println(new AttributedString(line));
    }

    /**
     * Prints a paragraph wrapped at word boundaries to the {@link #width()}, lines after the first indented by
     * {@code indent}. A terminal that is resized wraps it again at the new width.
     */
    default void print(AttributedString text, int indent) {
        Wrap.wrap(text, width(), indent).forEach(this::println);
    }

    /**
     * Reads one line; in a terminal with line editing and without history.
     *
     * @throws EndOfInput at end of input or Ctrl-D
     * @throws Interrupted on Ctrl-C
     */
    String readLine(String prompt) throws EndOfInput, Interrupted;

    /**
     * Reads one line starting from {@code initialText}, for editing a value in place. Where the
     * console cannot pre-fill a line (plain mode), an empty line keeps {@code initialText}.
     *
     * @throws EndOfInput at end of input or Ctrl-D
     * @throws Interrupted on Ctrl-C
     */
    String readLine(String prompt, String initialText) throws EndOfInput, Interrupted;

    /** What {@link #readAnswer} returns for Ctrl-G: the student says they do not know. */
    String DONT_KNOW = "\u0007";

    /**
     * Reads a typed answer: a line, every character literal; in a terminal Ctrl-G returns
     * {@link #DONT_KNOW} at once. Where there are no keys to bind (plain mode), just a line.
     *
     * @throws EndOfInput at end of input or Ctrl-D
     * @throws Interrupted on Ctrl-C
     */
    default String readAnswer(String prompt) throws EndOfInput, Interrupted {
        return readLine(prompt);
    }

    /**
     * What {@link #readAnswer(String, String, boolean)} returns, followed by the line as it stood, for Up or Ctrl-P
     * where the student may go back (to a cloze's earlier blank).
     */
    String BACK = "\u0010";

    /**
     * Reads a typed answer starting from {@code initialText} (an answer given before, to change); where {@code back},
     * Up or Ctrl-P in a terminal returns {@link #BACK} followed by the line as it stood. Where the line cannot be
     * pre-filled (plain mode), an empty line keeps {@code initialText}, and there are no keys to bind.
     *
     * @throws EndOfInput at end of input or Ctrl-D
     * @throws Interrupted on Ctrl-C
     */
    default String readAnswer(String prompt, String initialText, boolean back) throws EndOfInput, Interrupted {
        return initialText.isEmpty() ? readAnswer(prompt) : readLine(prompt, initialText);
    }

    /**
     * Reads one key press (only when {@link #singleKeys()}); Enter comes back as {@code '\n'}.
     *
     * @throws EndOfInput on Ctrl-D
     * @throws Interrupted on Ctrl-C
     */
    char readKey() throws EndOfInput, Interrupted;

    /** The progress line; a terminal keeps it at the bottom, plain mode prints it as a line. */
    void status(String text);

    @Override
    void close();

    /** Input ended (Ctrl-D or end of piped input): save and leave. */
    final class EndOfInput extends Exception {
        private static final long serialVersionUID = 1L;

        public EndOfInput() {
            super(null, null, false, false);
        }
    }

    /** Ctrl-C: end the session with its summary. */
    final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;

        public Interrupted() {
            super(null, null, false, false);
        }
    }
}
