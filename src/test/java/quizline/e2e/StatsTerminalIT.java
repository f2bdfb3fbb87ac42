package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ./quizline stats} in a real terminal after a session: both charts, drawn with blocks, within the width. */
class StatsTerminalIT {
    @TempDir
    Path home;

    @BeforeAll
    static void tmuxAndJar() throws Exception {
        Program.assertJarBuilt();
        Tmux.assertInstalled();
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 120})
    void bothChartsAppearAndFit(int columns) throws Exception {
        Program.inPackOrder(home);
        Program.Result studied = Program.run(
                home, "b\n\nSadyr Japorov\n\n2002\n\nt\n\nac\n4\nNur-Sultan\n\n", "study", "--pack", "mini");
        assertEquals(0, studied.exit(), studied.err());

        Map<String, String> env = Program.environment(home);
        env.put("TERM", "xterm-256color");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // Tall enough for the whole report, so nothing scrolls out of the captured screen.
        try (Tmux tmux = Tmux.start(Program.ROOT, columns, 60, env, "./quizline stats --pack mini")) {
            String screen = tmux.waitFor("\\[exited \\d+]");
            assertTrue(screen.contains("[exited 0]"), screen);
            List<String> lines = Arrays.asList(screen.split("\n"));
            for (String line : lines) {
                assertTrue(line.length() <= columns, "wider than " + columns + ": " + line);
            }
            assertTrue(screen.contains("Due in the next 30 days: 6 cards"), screen);
            // The forecast's bars are two columns wide at 120, one at 80: its axis is 90 or 60 long.
            String axis = "0 ┗" + "━".repeat(columns == 120 ? 90 : 60);
            assertTrue(lines.contains(axis), "no axis of the expected length:\n" + screen);
            assertTrue(screen.contains("█"), screen);
            assertTrue(screen.contains("Reviews in the last 12 weeks: 6 answers · busiest day 6"), screen);
            assertTrue(
                    lines.stream().anyMatch(l -> l.matches("Mon (·· |██ ){11}(··|██)")), "no calendar row:\n" + screen);
            assertTrue(screen.contains("    less · ░ ▒ ▓ █ more"), screen);
            assertTrue(
                    tmux.screenWithEscapes().matches("(?s).*\u001b\\[[0-9;]*3[1-6]m.*"),
                    "no colour in a colour terminal");
        }
    }
}
