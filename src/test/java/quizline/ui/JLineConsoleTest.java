package quizline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedStringBuilder;
import org.junit.jupiter.api.Test;

/** The terminal console in colour: its own styles are escape sequences, a pack's never are. */
class JLineConsoleTest {
    /** Sequences a hostile pack carries: window title, screen clear, C1 CSI and OSC, BEL, bare CR. */
    private static final List<String> PACK_SEQUENCES =
            List.of("\u001b]0;", "\u001b[2J", "\u009b", "\u009d", "\u0007", "\rOVERWRITE", "\b");

    @Test
    void printsThePacksControlCharactersVisiblyBetweenItsOwnColours() throws IOException, Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // the answer is typed once the prompt is drawn, as a person types it: an answer already waiting when the
        // line editor starts lets it accept the line without drawing the prompt at all (a failure in one CI run)
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream typed = new PipedInputStream(keys);
        Thread typist = new Thread(() -> {
            try {
                long until = System.nanoTime() + 10_000_000_000L;
                while (!bytes.toString(StandardCharsets.UTF_8).contains("the blank: ") && System.nanoTime() < until) {
                    Thread.sleep(5);
                }
                keys.write("my answer\r".getBytes(StandardCharsets.UTF_8));
                keys.flush();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        typist.setDaemon(true);
        typist.start();
        Terminal terminal = TerminalBuilder.builder()
                .system(false)
                .type("xterm-256color")
                .streams(typed, bytes)
                .encoding(StandardCharsets.UTF_8)
                .size(new Size(80, 24))
                .build();
        String answer;
        try (JLineConsole console = new JLineConsole(terminal, Theme.COLOR)) {
            console.println(new AttributedStringBuilder()
                    .styled(Theme.COLOR.title(), "Which city\u001b[2J hosted?\rOVERWRITE\u001b]0;TITLE\u0007")
                    .append(" Bishkek\u009b2J \u009d0;x\u009c Astana\b\bXX")
                    .toAttributedString());
            console.status("pack\u001b]0;STATUS\u0007 1/3");
            answer = console.readLine("Fill\u001b[2J the blank: ");
        }
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("my answer", answer);
        for (String sequence : PACK_SEQUENCES) {
            assertFalse(
                    shown.contains(sequence),
                    () -> "sent " + sequence.replace("\u001b", "ESC") + " in:\n" + Visible.text(shown));
        }
        assertTrue(shown.contains("\u001b[1m"), "the theme's bold is still sent:\n" + Visible.text(shown));
        assertTrue(shown.contains("Which city^[[2J hosted?^MOVERWRITE^[]0;TITLE^G"), Visible.text(shown));
        assertTrue(shown.contains("Bishkek\\u009B2J \\u009D0;x\\u009C Astana^H^HXX"), Visible.text(shown));
        assertTrue(shown.contains("pack^[]0;STATUS^G 1/3"), Visible.text(shown));
        assertTrue(shown.contains("Fill^[[2J the blank: "), Visible.text(shown));
    }
}
