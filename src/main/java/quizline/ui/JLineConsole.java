package quizline.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;
import org.jline.utils.Signals;
import org.jline.utils.Status;

/**
 * A real terminal through JLine: single keys, line editing, a status line at the bottom. A resize draws the screen
 * again at the new size: what was printed, wrapped anew (see {@link Scrollback}), then the line being read, the
 * answer typed so far kept.
 */
public final class JLineConsole implements Console {
    private static final int CTRL_C = 3;
    private static final int CTRL_D = 4;
    private static final int CTRL_Z = 26;
    private static final int ESC = 27;
    /** Long enough for the rest of an escape sequence to arrive, short enough not to be felt. */
    private static final long SEQUENCE_GAP_MILLIS = 30;

    private final Terminal terminal;
    private final AnswerReader answers;
    /** Typed answers: as {@code answers}, and Ctrl-G says "I don't know". */
    private final AnswerReader typed;

    private final Theme theme;
    private final Status status;
    /** Whether Up and Ctrl-P go back at the answer being read; what the line held when they did. */
    private volatile boolean backAllowed;

    private volatile String wentBack;

    /** What was printed, to draw again after a resize. Guarded by {@code this}, as is all output. */
    private final Scrollback shown = new Scrollback();
    /** The size the screen is laid out for. */
    private Size laidOut;
    /** The prompt of the line being read, unwrapped; null between reads. */
    private String readingPrompt;

    private boolean closed;

    public JLineConsole(Terminal terminal, Theme theme) {
        this.terminal = terminal;
        this.theme = theme;
        // Answers get their own reader: no history, no completion, and '!' stays a '!'.
        this.answers = reader(terminal, this::resizedWhileReading);
        this.typed = reader(terminal, this::resizedWhileReading);
        bindDontKnow(typed);
        bindBack(typed, () -> backAllowed, draft -> wentBack = draft);
        this.status = Status.getStatus(terminal, true);
        // The status line's row is taken before anything is printed: Status takes it by scrolling the screen up a
        // line, which, once the first screen is printed, scrolls its first line away.
        if (status != null) {
            status.update(List.of(AttributedString.EMPTY));
        }
        this.laidOut = terminal.getSize();
        // While a line is read, its reader handles the signal (and calls resizedWhileReading), then puts this back.
        terminal.handle(Terminal.Signal.WINCH, signal -> resized());
    }

    private static AnswerReader reader(Terminal terminal, Consumer<AnswerReader> resized) {
        AnswerReader reader = new AnswerReader(terminal, resized);
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        reader.option(LineReader.Option.AUTO_FRESH_LINE, true);
        return reader;
    }

    /** A line reader that, when the terminal is resized, first lets the console draw again what is above the line. */
    private static final class AnswerReader extends LineReaderImpl {
        private final Consumer<AnswerReader> resized;

        AnswerReader(Terminal terminal, Consumer<AnswerReader> resized) {
            super(terminal, terminal.getName(), null);
            this.resized = resized;
        }

        @Override
        protected synchronized void handleSignal(Terminal.Signal signal) {
            if (signal == Terminal.Signal.WINCH) {
                resized.accept(this);
            }
            // Then the reader itself: it draws the prompt and the line typed so far below what was drawn again.
            super.handleSignal(signal);
        }
    }

    public static JLineConsole open(Theme theme) {
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).build();
            // The terminal closed (a window shut, a connection dropped): left to its default, SIGHUP
            // ends the JVM at once and the answer on screen, judged but not graded, is lost. Caught,
            // the next read from the gone terminal is the end of input, and the session keeps that
            // answer with its suggested grade and ends, as at Ctrl-D.
            Signals.register("HUP", () -> {});
            return new JLineConsole(terminal, theme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int width() {
        int width = terminal.getWidth();
        return width > 0 ? width : 80;
    }

    @Override
    public boolean singleKeys() {
        return true;
    }

    @Override
    public Theme theme() {
        return theme;
    }

    /** A line as it is: one longer than the width the terminal wraps; drawn again after a resize, it is wrapped at words. */
    @Override
    public synchronized void println(AttributedString line) {
        AttributedString visible = Visible.text(line);
        shown.add(visible, 0);
        terminal.writer().println(render(visible));
        terminal.flush();
    }

    @Override
    public synchronized void print(AttributedString text, int indent) {
        AttributedString visible = Visible.text(text);
        shown.add(visible, indent);
        for (AttributedString line : Wrap.wrap(visible, width(), indent)) {
            terminal.writer().println(render(line));
        }
        terminal.flush();
    }

    private String render(AttributedString line) {
        return theme == Theme.PLAIN ? line.toString() : line.toAnsi(terminal);
    }

    /** The terminal was resized while no line is read: a key may be awaited, on the line below what is shown. */
    private synchronized void resized() {
        Size size = terminal.getSize();
        if (!closed && changed(size)) {
            redraw(size, 1);
        }
    }

    /** The terminal was resized while {@code reader} reads a line: what is above it is drawn again, and its prompt wrapped anew. */
    private synchronized void resizedWhileReading(AnswerReader reader) {
        Size size = terminal.getSize();
        if (closed || readingPrompt == null || !changed(size)) {
            return;
        }
        String prompt = wrapped(readingPrompt, size.getColumns());
        reader.setPrompt(prompt);
        // The rows the reader will take below: the prompt and the line typed so far.
        int rows = new AttributedString(prompt + reader.getBuffer().toString())
                .columnSplitLength(size.getColumns())
                .size();
        redraw(size, rows);
    }

    private boolean changed(Size size) {
        return size.getColumns() > 0
                && size.getRows() > 0
                && (size.getColumns() != laidOut.getColumns() || size.getRows() != laidOut.getRows());
    }

    /**
     * Clears the screen and prints again the last of what was shown, wrapped at the new width, as much as fits above
     * the status line and the {@code below} rows left for what is being read.
     */
    private void redraw(Size size, int below) {
        laidOut = size;
        if (status != null) {
            status.resize(size);
        }
        terminal.puts(Capability.clear_screen);
        int rows = size.getRows() - (status == null ? 0 : status.size()) - below;
        for (AttributedString line : shown.lastLines(size.getColumns(), Math.max(0, rows))) {
            terminal.writer().println(render(line));
        }
        if (status != null) {
            status.redraw();
        }
        terminal.flush();
    }

    /**
     * A prompt wrapped at word boundaries to {@code width}, its lines joined by newlines (the reader shows each on a
     * row of its own), the spaces it ends with kept.
     */
    static String wrapped(String prompt, int width) {
        int end = prompt.length();
        while (end > 0 && prompt.charAt(end - 1) == ' ') {
            end--;
        }
        return Wrap.wrap(new AttributedString(prompt.substring(0, end)), width, 0).stream()
                        .map(AttributedString::toString)
                        .collect(Collectors.joining("\n"))
                + prompt.substring(end);
    }

    @Override
    public String readLine(String prompt) throws EndOfInput, Interrupted {
        return readLine(prompt, "");
    }

    @Override
    public String readLine(String prompt, String initialText) throws EndOfInput, Interrupted {
        return read(answers, prompt, initialText);
    }

    /**
     * Reads a line with {@code reader}, its prompt wrapped to the width; what it leaves on screen, the prompt and the
     * line, is kept to be drawn again after a resize.
     */
    private String read(AnswerReader reader, String prompt, String initialText) throws EndOfInput, Interrupted {
        // JLine reads escape sequences in a prompt as styles; the line being edited it shows as ^X itself.
        String visible = Visible.text(prompt);
        String line = null;
        synchronized (this) {
            readingPrompt = visible;
        }
        try {
            line = reader.readLine(wrapped(visible, width()), null, initialText);
            return line;
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            throw new EndOfInput();
        } finally {
            synchronized (this) {
                readingPrompt = null;
                shown.add(
                        new AttributedString(
                                visible + (line == null || line.equals(DONT_KNOW) ? "" : Visible.text(line))),
                        0);
            }
        }
    }

    /** Ctrl-G, in every keymap that edits a line, replaces the line with {@link Console#DONT_KNOW} and accepts it. */
    static void bindDontKnow(LineReader reader) {
        reader.getWidgets().put(DONT_KNOW_WIDGET, () -> {
            reader.getBuffer().clear();
            reader.getBuffer().write(DONT_KNOW);
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        for (String map : List.of(LineReader.EMACS, LineReader.VIINS, LineReader.VICMD, LineReader.MAIN)) {
            var keyMap = reader.getKeyMaps().get(map);
            if (keyMap != null) {
                keyMap.bind(new org.jline.reader.Reference(DONT_KNOW_WIDGET), org.jline.keymap.KeyMap.ctrl('G'));
            }
        }
    }

    private static final String DONT_KNOW_WIDGET = "quizline-dont-know";

    /** How long a Ctrl-Z waits for the stop it asked for to come and go before going on without it. */
    private static final long STOP_WAIT_MILLIS = 2_000;

    @Override
    public String readAnswer(String prompt) throws EndOfInput, Interrupted {
        return readAnswer(prompt, "", false);
    }

    @Override
    public String readAnswer(String prompt, String initialText, boolean back) throws EndOfInput, Interrupted {
        backAllowed = back;
        wentBack = null;
        try {
            String line = read(typed, prompt, initialText);
            return wentBack != null ? BACK + wentBack : line;
        } finally {
            backAllowed = false;
        }
    }

    /**
     * Up and Ctrl-P, where {@code allowed}, hand the line as it stands to {@code wentBack} and accept an empty one (the
     * screen shows the earlier blank next); elsewhere they do what they always do.
     */
    static void bindBack(
            LineReader reader,
            java.util.function.BooleanSupplier allowed,
            java.util.function.Consumer<String> wentBack) {
        reader.getWidgets().put(BACK_WIDGET, () -> {
            if (!allowed.getAsBoolean()) {
                reader.callWidget(LineReader.UP_LINE_OR_HISTORY);
                return true;
            }
            wentBack.accept(reader.getBuffer().toString());
            reader.getBuffer().clear();
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        var keys =
                new java.util.ArrayList<CharSequence>(List.of(org.jline.keymap.KeyMap.ctrl('P'), "\033[A", "\033OA"));
        String up = org.jline.keymap.KeyMap.key(reader.getTerminal(), org.jline.utils.InfoCmp.Capability.key_up);
        if (up != null && !up.isEmpty()) {
            keys.add(up);
        }
        for (String map : List.of(LineReader.EMACS, LineReader.VIINS, LineReader.MAIN)) {
            var keyMap = reader.getKeyMaps().get(map);
            if (keyMap != null) {
                keyMap.bind(new org.jline.reader.Reference(BACK_WIDGET), keys);
            }
        }
    }

    private static final String BACK_WIDGET = "quizline-back";

    @Override
    public char readKey() throws EndOfInput, Interrupted {
        Attributes saved = terminal.enterRawMode();
        try {
            // Without ISIG, Ctrl-C arrives as a key we can act on instead of a signal.
            Attributes raw = new Attributes(terminal.getAttributes());
            raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
            terminal.setAttributes(raw);
            NonBlockingReader reader = terminal.reader();
            while (true) {
                int c = reader.read();
                if (c == -1 || c == CTRL_D) {
                    throw new EndOfInput();
                }
                if (c == CTRL_C) {
                    throw new Interrupted();
                }
                if (c == CTRL_Z) {
                    suspend(saved, raw);
                    continue;
                }
                if (c == ESC) {
                    while (reader.read(SEQUENCE_GAP_MILLIS) >= 0) {
                        // Swallow the rest of an arrow or function key.
                    }
                    continue;
                }
                return c == '\r' ? '\n' : (char) c;
            }
        } catch (IOException e) {
            throw new EndOfInput();
        } finally {
            terminal.setAttributes(saved);
        }
    }

    /**
     * Ctrl-Z, which the raw mode of a one-key prompt reads as a key: stops quizline the way the
     * terminal would (the shell's own modes back, then SIGTSTP to ourselves); after {@code fg} the
     * prompt's raw mode returns and the same question waits for its key. Without a shell to resume
     * it (no job control) the stop is not attempted.
     */
    private void suspend(Attributes cooked, Attributes raw) throws IOException {
        terminal.setAttributes(cooked);
        println("");
        // The stop arrives after `kill` returns: wait for the continue signal, so that the raw mode is set again and
        // the line below printed after `fg`, not before the stop (a key typed then would sit in the shell's modes).
        // A stop that never comes (the signal ignored) ends the wait after a while; time stopped does not count.
        java.util.concurrent.CountDownLatch resumed = new java.util.concurrent.CountDownLatch(1);
        Terminal.SignalHandler before = terminal.handle(Terminal.Signal.CONT, signal -> resumed.countDown());
        try {
            new ProcessBuilder(
                            "kill",
                            "-TSTP",
                            String.valueOf(ProcessHandle.current().pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
            resumed.await(STOP_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            terminal.handle(Terminal.Signal.CONT, before);
            terminal.setAttributes(raw);
        }
        // Said once the keys are read again, so a key pressed after this line is never lost to the shell's modes
        print(new AttributedString("Back at the same question: press its key.", theme.dim()), 0);
    }

    @Override
    public synchronized void status(String text) {
        status.update(List.of(new AttributedString(Visible.text(text), theme.dim())));
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            status.update(List.of());
            status.close();
            terminal.close();
        } catch (IOException e) {
            // Closing a terminal we are leaving: nothing left to tell anyone.
        } catch (IllegalStateException e) {
            // JLine closed it already (its reading thread does at the end of the input): its status line is gone too
        }
    }
}
