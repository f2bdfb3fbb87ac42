package quizline.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.jline.utils.AttributedString;

/**
 * Plain mode, for pipes and scripts: one answer per line, no escape codes (control characters in
 * what is printed are shown by {@link Visible}), the status printed as an ordinary line. Needs no terminal library at all, which also keeps start-up fast.
 */
public final class PlainConsole implements Console {
    private final BufferedReader in;
    private final PrintStream out;
    private final int width;

    public PlainConsole(BufferedReader in, PrintStream out, int width) {
        this.in = in;
        this.out = out;
        this.width = width;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public boolean singleKeys() {
        return false;
    }

    @Override
    public Theme theme() {
        return Theme.PLAIN;
    }

    @Override
    public void println(AttributedString line) {
        out.println(Visible.text(line.toString()));
    }

    @Override
    public String readLine(String prompt) throws EndOfInput {
        out.print(Visible.text(prompt));
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                out.println();
                throw new EndOfInput();
            }
            // Piped input is not echoed by any terminal: echo it so the transcript reads as a dialogue.
            out.println(Visible.text(line));
            return line;
        } catch (IOException e) {
            throw new EndOfInput();
        }
    }

    /** Prints the current value on a line of its own: a pipe has no line to pre-fill. */
    @Override
    public String readLine(String prompt, String initialText) throws EndOfInput {
        out.println(Visible.text("Now: " + initialText + " (an empty line keeps it)"));
        String line = readLine(prompt);
        return line.isEmpty() ? initialText : line;
    }

    @Override
    public char readKey() {
        throw new UnsupportedOperationException("plain mode reads lines, not keys");
    }

    @Override
    public void status(String text) {
        out.println(Visible.text("[" + text + "]"));
    }

    @Override
    public void close() {
        out.flush();
    }
}
