package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cloze of two blanks over pipes: {@code <} alone goes back to the first blank, and the last answers are judged. */
class ClozeBlanksIT {
    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    /** A pack of one cloze of two blanks, alone on the packs path. */
    private Map<String, String> environment() throws Exception {
        Path pack = home.resolve("blanks.json");
        Files.writeString(pack, """
                {"format": 1, "id": "blanks", "title": "Clozes", "version": 1, "asOf": "2024-07-05", "sources": [],
                 "questions": [{"id": "two", "type": "cloze",
                   "prompt": "The July 2024 SCO summit took place in {{Astana|Nur-Sultan}}, the capital of {{Kazakhstan}}."}]}
                """);
        Map<String, String> env = Program.environment(home);
        env.put("QUIZLINE_PACKS", pack.toString());
        return env;
    }

    @Test
    void aLessThanAloneGoesBackToTheFirstBlankToChangeIt() throws Exception {
        Map<String, String> env = environment();
        // Bishkek for the city, then back from the second blank: Astana replaces it, and both are judged right.
        Program.Result r = Program.run(env, "Bishkek\n<\nAstana\nKazakhstan\n\n", "study", "--pack", "blanks");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(
                out.contains("The July 2024 SCO summit took place in [Bishkek], the capital of _____.\n"
                        + "< alone: back to blank 1 to change it, or ! alone if you don't know.\n"
                        + "Blank 2 of 2: <\n"
                        + "The July 2024 SCO summit took place in _____, the capital of _____.\n"
                        + "Now: Bishkek (an empty line keeps it)\n"
                        + "Blank 1 of 2: Astana\n"
                        + "The July 2024 SCO summit took place in [Astana], the capital of _____.\n"),
                out);
        assertTrue(out.contains("Blank 2 of 2: Kazakhstan\n✓ Right.\n"), out);
        assertTrue(out.contains("Session over: 1 answered · 1 right · 0 with a typo · 0 wrong · 100%"), out);
    }

    @Test
    void upInATerminalGoesBackWithTheAnswerOnTheLineAndKeepsWhatWasHalfTyped() throws Exception {
        Tmux.assertInstalled();
        Map<String, String> env = environment();
        env.put("TERM", "xterm-256color");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        try (Tmux tmux = Tmux.start(Program.ROOT, 100, 30, env, "./quizline study --pack blanks --limit 1")) {
            tmux.waitFor("Blank 1 of 2:");
            tmux.type("Bishkek");
            tmux.keys("Enter");
            String second = tmux.waitFor(
                    "Up or Ctrl-P: back to blank 1 to change it, or Ctrl-G if you don't know\\.\nBlank 2 of 2:");
            assertTrue(second.contains("took place in [Bishkek], the capital of _____."), second);
            tmux.type("Kaz");
            tmux.keys("Up");
            // the first blank asked again, below the second (the screen shows it answered once already, above)
            tmux.waitFor("Blank 2 of 2:[\\s\\S]*Blank 1 of 2: Bishkek");
            // The earlier answer is on the line to change: erased and typed again.
            tmux.keys("C-u");
            tmux.type("Astana");
            tmux.keys("Enter");
            tmux.waitFor("Blank 1 of 2: Astana[\\s\\S]*Blank 2 of 2: Kaz");
            tmux.type("akhstan");
            tmux.keys("Enter");
            String judged = tmux.waitFor("Enter or Space: Good");
            assertTrue(judged.contains("Blank 2 of 2: Kazakhstan\n✓ Right."), judged);
            tmux.keys("Enter");
            String end = tmux.waitFor("\\[exited \\d+]");
            assertTrue(end.contains("Session over: 1 answered · 1 right"), end);
        }
    }
}
