package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./quizline} in a real terminal (tmux): single keys, line editing, Ctrl-D, Ctrl-C, colours. */
class TerminalIT {
    @TempDir
    Path home;

    @BeforeAll
    static void tmuxAndJar() throws Exception {
        Program.assertJarBuilt();
        Tmux.assertInstalled();
    }

    private Tmux start(int columns, Map<String, String> extraEnv) throws Exception {
        return start(columns, extraEnv, "default");
    }

    /** Each profile has its own progress, so one test can start several fresh sessions. */
    private Tmux start(int columns, Map<String, String> extraEnv, String profile) throws Exception {
        Map<String, String> env = Program.environment(home);
        env.put("TERM", "xterm-256color");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(extraEnv);
        Program.inPackOrder(env, profile);
        return Tmux.start(Program.ROOT, columns, 24, env, "./quizline study --pack mini --profile " + profile);
    }

    @Test
    void answersAChoiceWithOneKeyATypedAnswerWithATypoThenCtrlD() throws Exception {
        try (Tmux tmux = start(80, Map.of())) {
            tmux.waitFor("Press a–d or 1–4 \\(Ctrl-G: I don't know, \\? more keys\\)\\.");
            tmux.keys("b");
            String afterChoice = tmux.waitFor("Enter or Space: Good");
            assertTrue(afterChoice.contains("✓ Right."), afterChoice);
            assertTrue(afterChoice.contains("Answer: b) Astana"), afterChoice);
            assertTrue(afterChoice.contains("“The summit was held in Astana this year.”"), afterChoice);
            // Intervals of a day or more carry fuzz, seeded by the card: only their shape is fixed here.
            assertTrue(
                    afterChoice.matches("(?s).*1 Again 1m · 2 Hard 6m · \\[3 Good 10m] · 4 Easy \\d+d\n.*"),
                    afterChoice);
            assertTrue(afterChoice.matches("(?s).*\n6 left · 1 answered · 100% · \\d+s\\s*"), afterChoice);

            tmux.keys("Space");
            tmux.waitFor("Your answer:");
            tmux.type("Sadyr Zhaparof!");
            tmux.keys("Enter");
            // The grade line comes last: waiting for the verdict alone read the screen before the answer was on it
            String afterTyped = tmux.waitFor("Enter or Space: Hard");
            assertTrue(afterTyped.contains("Your answer: Sadyr Zhaparof!"), "! must stay literal:\n" + afterTyped);
            assertTrue(
                    afterTyped.contains("✓ Right, with a typo: you typed \"Sadyr Zhaparof!\"; the pack has"),
                    afterTyped);
            assertTrue(afterTyped.contains("Answer: Sadyr Zhaparov (also accepted: Sadyr Japarov)"), afterTyped);
            assertTrue(afterTyped.contains("[2 Hard 6m]"), afterTyped);

            // u takes back the first answer and asks it again, keeping the typed one; 4 grades it Easy this time.
            tmux.keys("u");
            tmux.waitFor("Undone: Good on “Which city hosted the 2024 summit\\?”; asked again now\\.");
            tmux.keys("b");
            tmux.waitFor("Enter or Space: Good");
            tmux.keys("4");
            // The kept answer comes back for its grade; ? lists the keys, s saves it (Hard) and suspends it.
            tmux.waitFor("Back to your answer to “Who was president of Kyrgyzstan in 2024\\?”:");
            tmux.keys("?");
            tmux.waitFor("b: bury: save with Hard");
            tmux.keys("s");
            // Ctrl-D at the next question's line, once it is read (sent earlier, it could reach no reader)
            tmux.waitFor("Suspended: not asked again until.*Your answer:");
            tmux.keys("C-d");
            String end = tmux.waitFor("\\[exited \\d+]");
            assertTrue(end.contains("Session over: 2 answered · 1 right · 1 with a typo · 0 wrong · 100%"), end);
            assertTrue(end.contains("Grades: 0 Again · 1 Hard · 0 Good · 1 Easy"), end);
            assertTrue(end.contains("[exited 0]"), end);
            assertFalse(end.contains("Exception"), end);
        }
    }

    @Test
    void ctrlCAtATypedAnswerEndsWithTheSummary() throws Exception {
        try (Tmux tmux = start(80, Map.of())) {
            tmux.waitFor("Press a–d");
            tmux.keys("1");
            tmux.waitFor("Enter or Space: Again");
            tmux.keys("Enter");
            tmux.waitFor("Your answer:");
            tmux.type("half typed");
            tmux.keys("C-c");
            String end = tmux.waitFor("\\[exited \\d+]");
            assertTrue(end.contains("Session over: 1 answered · 0 right · 0 with a typo · 1 wrong"), end);
            assertTrue(end.contains("[exited 0]"), end);
        }
    }

    @Test
    void noColorMeansNoColourAndNarrowTerminalsWrap() throws Exception {
        try (Tmux tmux = start(40, Map.of("NO_COLOR", "1"))) {
            tmux.waitFor("Press a–d");
            tmux.keys("b");
            String screen = tmux.waitFor("Enter or Space");
            for (String line : screen.split("\n")) {
                assertTrue(line.length() <= 40, "wider than the terminal: " + line);
            }
            assertTrue(screen.contains("Which city hosted the 2024 summit?"), screen);
            assertTrue(screen.contains("“The summit was held in"), screen);
            String escapes = tmux.screenWithEscapes();
            assertFalse(escapes.matches("(?s).*\u001b\\[[0-9;]*3[1-6]m.*"), "a colour despite NO_COLOR:\n" + escapes);
            tmux.keys("C-d");
            tmux.waitFor("Session over");
        }
        try (Tmux tmux = start(80, Map.of(), "colour")) {
            tmux.waitFor("Press a–d");
            tmux.keys("b");
            tmux.waitFor("Enter or Space");
            assertTrue(
                    tmux.screenWithEscapes().matches("(?s).*\u001b\\[[0-9;]*3[1-6]m.*"),
                    "no colour in a colour terminal");
            tmux.keys("C-c");
            tmux.waitFor("Session over");
        }
    }

    /**
     * The terminal closed (window shut, ssh dropped) while an answer's feedback shows: the answer
     * was judged and seen, so it is kept with the suggested grade, as Ctrl-D keeps it.
     */
    @Test
    void aTerminalClosedAfterAnAnswerKeepsIt() throws Exception {
        Path db = home.resolve("data/quizline/hangup.db");
        try (Tmux tmux = start(80, Map.of(), "hangup")) {
            tmux.waitFor("Press a–d");
            tmux.keys("b");
            tmux.waitFor("Enter or Space: Good");
            tmux.hangUp();
        }
        long deadline = System.currentTimeMillis() + 20_000;
        int stored = 0;
        while (stored == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            stored = reviews(db);
        }
        assertEquals(1, stored, "the answer judged before the terminal closed was lost");
    }

    /**
     * Ctrl-Z at a one-key prompt suspends quizline as it does any terminal program; the shell's
     * {@code fg} brings it back to the same question, and "fg" is never read as the answer f.
     */
    @Test
    void ctrlZSuspendsAndFgResumesTheSameQuestion() throws Exception {
        Map<String, String> env = Program.environment(home);
        env.put("TERM", "xterm-256color");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Program.inPackOrder(env, "suspend");
        try (Tmux tmux = Tmux.start(Program.ROOT, 80, 24, env, "bash --norc -i")) {
            tmux.waitFor("(?m)[$#] *$"); // the shell's prompt
            tmux.type("./quizline study --pack mini --profile suspend");
            tmux.keys("Enter");
            tmux.waitFor("Press a–d");
            tmux.keys("C-z");
            tmux.waitFor("Stopped");
            tmux.type("fg");
            tmux.keys("Enter");
            tmux.waitFor("Back at the same question: press its key\\.");
            tmux.keys("b");
            String answered = tmux.waitFor("Enter or Space: Good");
            assertFalse(answered.contains("Not an answer"), answered);
        }
    }

    private static int reviews(Path db) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM review")) {
            return r.getInt(1);
        }
    }
}
