package quizline.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * A console fed from a script: each entry is a line (or a key, with {@code singleKeys}),
 * {@link #EOF} for Ctrl-D and {@link #CTRL_C} for Ctrl-C. Records everything printed.
 */
final class ScriptedConsole implements Console {
    static final String EOF = "\u0004";
    static final String CTRL_C = "\u0003";
    /** At a pre-filled line: Enter without changing it. */
    static final String KEEP = "\u0000keep";

    private final Deque<String> script;
    private final boolean singleKeys;
    private final int width;
    private final Theme theme;
    /** Lines printed by the screen (prompts excluded). */
    final List<AttributedString> printed = new ArrayList<>();

    private final StringBuilder transcript = new StringBuilder();
    final List<String> statuses = new ArrayList<>();

    ScriptedConsole(boolean singleKeys, int width, Theme theme, String... script) {
        this.singleKeys = singleKeys;
        this.width = width;
        this.theme = theme;
        this.script = new ArrayDeque<>(List.of(script));
    }

    /** Everything shown, prompts and the lines typed at them included, as a plain text. */
    String transcript() {
        return transcript.toString();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public boolean singleKeys() {
        return singleKeys;
    }

    @Override
    public Theme theme() {
        return theme;
    }

    @Override
    public void println(AttributedString line) {
        printed.add(line);
        transcript.append(line).append('\n');
    }

    private String next() throws EndOfInput, Interrupted {
        String entry = script.poll();
        if (entry == null || entry.equals(EOF)) {
            throw new EndOfInput();
        }
        if (entry.equals(CTRL_C)) {
            throw new Interrupted();
        }
        return entry;
    }

    @Override
    public String readLine(String prompt) throws EndOfInput, Interrupted {
        String line = next();
        transcript.append(prompt).append(line).append('\n');
        return line;
    }

    /** Records the pre-filled text in brackets; {@link #KEEP} submits it unchanged, any other entry replaces it. */
    @Override
    public String readLine(String prompt, String initialText) throws EndOfInput, Interrupted {
        String entry = next();
        String line = entry.equals(KEEP) ? initialText : entry;
        transcript
                .append(prompt)
                .append('[')
                .append(initialText)
                .append("] ")
                .append(line)
                .append('\n');
        return line;
    }

    @Override
    public char readKey() throws EndOfInput, Interrupted {
        return next().charAt(0);
    }

    @Override
    public void status(String text) {
        statuses.add(text);
    }

    @Override
    public void close() {}
}
