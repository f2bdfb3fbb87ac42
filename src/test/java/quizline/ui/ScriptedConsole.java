package quizline.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * A console fed from a script: each entry is a line (or a key, with {@code singleKeys}),
 * {@link #EOF} for Ctrl-D, {@link #CTRL_C} for Ctrl-C and {@link #resize} for the terminal
 * resized while the answer is awaited. Records everything printed.
 */
final class ScriptedConsole implements Console {
    static final String EOF = "\u0004";
    static final String CTRL_C = "\u0003";
    /** At a pre-filled line: Enter without changing it. */
    static final String KEEP = "\u0000keep";

    private final Deque<String> script;
    private final boolean singleKeys;
    private int width;
    private final Theme theme;
    /** Lines printed by the screen (prompts excluded). */
    final List<AttributedString> printed = new ArrayList<>();

    private final StringBuilder transcript = new StringBuilder();
    final List<String> statuses = new ArrayList<>();

    /** Rows of the simulated terminal, the status line included. */
    static final int ROWS = 24;

    private static final String RESIZE = "\u0000resize:";
    /** What was printed, as a terminal console keeps it to draw again after a resize. */
    private final Scrollback scrollback = new Scrollback();
    /** Each screen drawn again after a resize, as plain lines (the status line left out). */
    final List<List<String>> redrawn = new ArrayList<>();
    /** The prompt of the line being read, or null while a key is awaited. */
    private String reading;

    /** A script entry: the terminal is resized to {@code columns} while the next key or line is awaited. */
    static String resize(int columns) {
        return RESIZE + columns;
    }

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
        scrollback.add(line, 0);
        show(line);
    }

    @Override
    public void print(AttributedString text, int indent) {
        scrollback.add(text, indent);
        Wrap.wrap(text, width, indent).forEach(this::show);
    }

    private void show(AttributedString line) {
        printed.add(line);
        transcript.append(line).append('\n');
    }

    /**
     * As a terminal console draws the screen again after a resize: the last of what was printed, wrapped at the new
     * width, above the status line and the rows left for what is read (the wrapped prompt, or the cursor's row).
     */
    private void resized(int columns) {
        width = columns;
        List<String> prompt = reading == null
                ? List.of()
                : List.of(JLineConsole.wrapped(reading, columns).split("\n"));
        List<String> screen = new ArrayList<>();
        scrollback
                .lastLines(columns, ROWS - 1 - Math.max(1, prompt.size()))
                .forEach(line -> screen.add(line.toString()));
        screen.addAll(prompt);
        redrawn.add(screen);
    }

    private String next() throws EndOfInput, Interrupted {
        String entry = script.poll();
        while (entry != null && entry.startsWith(RESIZE)) {
            resized(Integer.parseInt(entry.substring(RESIZE.length())));
            entry = script.poll();
        }
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
        reading = prompt;
        String line;
        try {
            line = next();
        } finally {
            reading = null;
        }
        scrollback.add(new AttributedString(prompt + line), 0);
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
