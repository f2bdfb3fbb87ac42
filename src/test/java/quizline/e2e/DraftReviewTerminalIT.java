package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./quizline review} in a real terminal: a draft reviewed to a clean pack, then resumed with nothing left. */
class DraftReviewTerminalIT {
    private static final Path FIXTURE = Program.ROOT.resolve("src/test/resources/review");

    @TempDir
    Path home;

    @TempDir
    Path work;

    @BeforeAll
    static void tmuxAndJar() throws Exception {
        Program.assertJarBuilt();
        Tmux.assertInstalled();
    }

    private Tmux start(String arguments) throws Exception {
        Map<String, String> env = Program.environment(home);
        env.put("TERM", "xterm-256color");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return Tmux.start(Program.ROOT, 100, 30, env, "./quizline review " + arguments);
    }

    @Test
    void reviewsADraftToACleanPackThenResumesWithNothingLeft() throws Exception {
        Files.createDirectories(work.resolve("articles"));
        for (String article : List.of("club-notes.txt", "club-news.txt")) {
            Files.copy(
                    FIXTURE.resolve("articles").resolve(article),
                    work.resolve("articles").resolve(article));
        }
        Path draft = Files.copy(FIXTURE.resolve("club-draft.json"), work.resolve("club-draft.json"));
        Path out = work.resolve("club.json");

        try (Tmux tmux = start(draft.toString())) {
            // The doubtful first: the open conflict, then the question it covers, then the rest in draft order.
            // Wait for the whole conflict to be drawn, not only its heading.
            String conflict = tmux.waitFor("Conflict 1 of 6.*For a name, the other spelling");
            assertTrue(conflict.contains("0/5 reviewed · 1 conflict left"), conflict);
            assertTrue(conflict.contains("1) Ilya Sorokin · club-notes.txt"), conflict);
            assertTrue(conflict.contains("2) Ilia Sorokin · club-news.txt"), conflict);
            tmux.keys("s");
            tmux.waitFor("Question 2 of 6.*Waits for: conflict chair-spelling");
            tmux.keys("s");
            String first = tmux.waitFor("Question 3 of 6.*a accept · r reject");
            assertTrue(first.contains("“The Lakeside Chess Club was founded in 1987 by Marta Kowalczyk.”"), first);
            tmux.keys("a");
            tmux.waitFor("Question 4 of 6");
            tmux.keys("a");
            tmux.waitFor("Question 5 of 6");
            tmux.keys("e");
            tmux.waitFor("Edit which field\\?");
            tmux.keys("n");
            tmux.waitFor("A number\\.\\s*\nAnswer: 1988");
            tmux.keys("BSpace", "BSpace", "BSpace", "BSpace");
            tmux.type("1987");
            tmux.keys("Enter");
            tmux.waitFor("Saved the new answer");
            tmux.keys("a");
            tmux.waitFor("Question 6 of 6");
            tmux.keys("r");
            String end = tmux.waitFor("\\[exited \\d+]");
            assertTrue(end.contains("End of the draft: 4/5 reviewed · 1 conflict left."), end);
            assertTrue(end.contains("[exited 0]"), end);
        }
        String sidecar = Files.readString(work.resolve("club-draft.review.json"));
        assertTrue(
                sidecar.contains("\"founded\" : {\n      \"decision\" : \"accept\",\n      \"edits\" : {\n"
                        + "        \"answer\" : \"1987\""),
                sidecar);
        assertTrue(sidecar.contains("\"members\" : {\n      \"decision\" : \"reject\""), sidecar);

        try (Tmux tmux = start(draft + " --out " + out)) {
            String resumed = tmux.waitFor("Conflict 1 of 2.*For a name, the other spelling");
            assertTrue(resumed.contains("4/5 reviewed · 1 conflict left"), resumed);
            tmux.keys("2");
            String chair = tmux.waitFor("Question 2 of 2.*a accept · r reject");
            assertTrue(chair.contains("chair: answer Ilia Sorokin · also accepted: Ilya Sorokin"), chair);
            tmux.keys("a");
            String end = tmux.waitFor("\\[exited \\d+]");
            assertTrue(end.contains("4 accepted · 1 rejected · 0 left."), end);
            assertTrue(end.contains("Wrote " + out + ": 4 questions."), end);
            assertTrue(end.contains("[exited 0]"), end);
            assertFalse(end.contains("Exception"), end);
        }
        assertTrue(Files.readString(work.resolve("club-draft.review.json"))
                .contains("\"chair-spelling\" : \"Ilia Sorokin\""));

        Program.Result validate = Program.run(home, "", "validate", out.toString());
        assertEquals(0, validate.exit(), validate.out() + validate.err());
        Program.Result lint = Program.run(home, "", "lint", out.toString());
        assertEquals(0, lint.exit(), lint.out() + lint.err());
        assertFalse(lint.out().contains("error:"), lint.out());

        try (Tmux tmux = start(draft.toString())) {
            String again = tmux.waitFor("\\[exited \\d+]");
            assertTrue(again.contains("Nothing left to review: 5/5 reviewed · 0 conflicts left."), again);
        }
    }
}
