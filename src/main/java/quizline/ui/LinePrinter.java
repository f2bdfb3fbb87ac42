package quizline.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntFunction;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;

/** Prints finished lines of output (a report, no questions asked): to the terminal, or as plain text. */
public final class LinePrinter {
    private LinePrinter() {}

    /** Renders for the terminal's width and prints with its colours; a dumb terminal of width 0 counts as 80. */
    public static void toTerminal(Theme theme, IntFunction<List<AttributedString>> render) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
            PrintWriter out = terminal.writer();
            for (AttributedString line : render.apply(width)) {
                AttributedString shown = Visible.text(line);
                out.println(theme.equals(Theme.PLAIN) ? shown.toString() : shown.toAnsi(terminal));
            }
            terminal.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void plain(PrintWriter out, List<AttributedString> lines) {
        lines.forEach(line -> out.println(Visible.text(line.toString())));
        out.flush();
    }
}
