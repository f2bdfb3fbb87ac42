package quizline.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.NonBlockingReader;
import org.jline.utils.Signals;
import org.jline.utils.Status;

/** A real terminal through JLine: single keys, line editing, a status line at the bottom. */
public final class JLineConsole implements Console {
    private static final int CTRL_C = 3;
    private static final int CTRL_D = 4;
    private static final int CTRL_Z = 26;
    private static final int ESC = 27;
    /** Long enough for the rest of an escape sequence to arrive, short enough not to be felt. */
    private static final long SEQUENCE_GAP_MILLIS = 30;

    private final Terminal terminal;
    private final LineReader answers;
    /** Typed answers: as {@code answers}, and Ctrl-G says "I don't know". */
    private final LineReader typed;

    private final Theme theme;
    private final Status status;

    public JLineConsole(Terminal terminal, Theme theme) {
        this.terminal = terminal;
        this.theme = theme;
        // Answers get their own reader: no history, no completion, and '!' stays a '!'.
        this.answers = LineReaderBuilder.builder()
                .terminal(terminal)
                .variable(LineReader.DISABLE_HISTORY, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
        this.typed = LineReaderBuilder.builder()
                .terminal(terminal)
                .variable(LineReader.DISABLE_HISTORY, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
        bindDontKnow(typed);
        this.status = Status.getStatus(terminal, true);
        // The status line's row is taken before anything is printed: Status takes it by scrolling the screen up a
        // line, which, once the first screen is printed, scrolls its first line away.
        if (status != null) {
            status.update(List.of(AttributedString.EMPTY));
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

    @Override
    public void println(AttributedString line) {
        AttributedString shown = Visible.text(line);
        terminal.writer().println(theme == Theme.PLAIN ? shown.toString() : shown.toAnsi(terminal));
        terminal.flush();
    }

    @Override
    public String readLine(String prompt) throws EndOfInput, Interrupted {
        return readLine(prompt, "");
    }

    @Override
    public String readLine(String prompt, String initialText) throws EndOfInput, Interrupted {
        try {
            // JLine reads escape sequences in a prompt as styles; the line being edited it shows as ^X itself.
            return answers.readLine(Visible.text(prompt), null, initialText);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            throw new EndOfInput();
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
        try {
            return typed.readLine(Visible.text(prompt), null, "");
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            throw new EndOfInput();
        }
    }

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
        terminal.writer().println();
        terminal.flush();
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
        terminal.writer()
                .println(new AttributedString("Back at the same question: press its key.", theme.dim())
                        .toAnsi(terminal));
        terminal.flush();
    }

    @Override
    public void status(String text) {
        status.update(List.of(new AttributedString(Visible.text(text), theme.dim())));
    }

    @Override
    public void close() {
        try {
            status.update(List.of());
            status.close();
            terminal.close();
        } catch (IOException e) {
            // Closing a terminal we are leaving: nothing left to tell anyone.
        }
    }
}
