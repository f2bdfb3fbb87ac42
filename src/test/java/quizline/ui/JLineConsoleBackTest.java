package quizline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/** Up and Ctrl-P at a typed answer: back, with the line as it stood, only where going back is allowed. */
class JLineConsoleBackTest {
    private static JLineConsole console(String input) throws IOException {
        Terminal terminal = TerminalBuilder.builder()
                .system(false)
                .type("xterm-256color")
                .streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream())
                .encoding(StandardCharsets.UTF_8)
                .size(new Size(80, 24))
                .build();
        return new JLineConsole(terminal, Theme.PLAIN);
    }

    @Test
    void upAndCtrlPGoBackWithTheLineAsItStood() throws Exception {
        try (JLineConsole console = console("Kaz\033[A")) {
            assertEquals(Console.BACK + "Kaz", console.readAnswer("Blank 2 of 2: ", "", true));
        }
        try (JLineConsole console = console("\u0010")) {
            assertEquals(Console.BACK, console.readAnswer("Blank 2 of 2: ", "", true));
        }
        // The earlier answer is on the line to change: here a letter is added to it.
        try (JLineConsole console = console("a\r")) {
            assertEquals("Astanaa", console.readAnswer("Blank 1 of 2: ", "Astana", false));
        }
    }

    @Test
    void elsewhereUpChangesNothingAndCtrlGStillSaysIDontKnow() throws Exception {
        try (JLineConsole console = console("Sadyr\033[A\u0010 Japarov\r")) {
            assertEquals("Sadyr Japarov", console.readAnswer("Your answer: "));
        }
        try (JLineConsole console = console("Ast\u0007")) {
            assertEquals(Console.DONT_KNOW, console.readAnswer("Blank 2 of 2: ", "", true));
        }
    }
}
