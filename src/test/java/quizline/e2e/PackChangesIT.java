package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authors edit packs between sessions; progress follows the question id and its keyed answer. */
class PackChangesIT {
    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    private static final String PACK = """
            {"format": 1, "id": "edit", "title": "Edited pack", "version": 1, "asOf": "2024-07-05", "sources": [],
             "questions": [
              {"id": "host", "type": "short", "prompt": "%s", "answer": "%s"},
              {"id": "year", "type": "numeric", "prompt": "Founded in which year?", "answer": 2001}%s
             ]}
            """;

    private Map<String, String> env(Path pack) {
        Map<String, String> env = Program.environment(home);
        env.put("QUIZLINE_PACKS", pack.toString());
        return env;
    }

    @Test
    void rewordingKeepsProgressAChangedAnswerResetsItWithANoticeAndRemovedQuestionsKeepHistory() throws Exception {
        Path pack = home.resolve("edit.json");
        Files.writeString(pack, PACK.formatted("Which city hosted the summit?", "Astana", ""));
        // Answer both, right, with Easy: they graduate for days.
        Program.inPackOrder(env(pack), "default");
        Program.Result first = Program.run(env(pack), "Astana\n4\n2001\n4\n", "study", "--pack", "edit");
        assertEquals(0, first.exit(), first.err());
        assertEquals(2, first.out().split("Saved: Easy", -1).length - 1, first.out());

        // A reworded prompt: same progress, nothing due, no notice.
        Files.writeString(pack, PACK.formatted("Where did the summit meet?", "Astana", ""));
        Program.Result reworded = Program.run(env(pack), "", "study", "--pack", "edit");
        assertTrue(reworded.out().contains("Due now 0 · new today 0"), reworded.out());
        assertFalse(reworded.out().contains("Notice"), reworded.out());

        // A changed answer: that card starts again, and the session says so.
        Files.writeString(pack, PACK.formatted("Where did the summit meet?", "Samarkand", ""));
        Program.Result changed = Program.run(env(pack), "", "study", "--pack", "edit");
        assertTrue(
                changed.out()
                        .contains("Notice: the answer to edit/host changed in the pack, so its progress starts\n"
                                + "again (its history is kept)."),
                changed.out());
        assertTrue(changed.out().contains("Due now 0 · new today 1"), changed.out());

        // A question removed and brought back keeps its place: the year card is still scheduled.
        Files.writeString(pack, """
                {"format": 1, "id": "edit", "title": "Edited pack", "version": 2, "asOf": "2024-07-05", "sources": [],
                 "questions": [{"id": "host", "type": "short", "prompt": "Where?", "answer": "Samarkand"}]}
                """);
        assertEquals(0, Program.run(env(pack), "", "study", "--pack", "edit").exit());
        Files.writeString(pack, PACK.formatted("Where?", "Samarkand", ""));
        Program.Result back = Program.run(env(pack), "", "study", "--pack", "edit");
        assertTrue(back.out().contains("Due now 0 · new today 1"), back.out());
        assertFalse(back.out().contains("Notice"), back.out());

        // Learned again with the new answer: the sessions after it find every card agreeing, and the next change of
        // that answer is found all the same
        Program.Result relearned = Program.run(env(pack), "Samarkand\n4\n", "study", "--pack", "edit");
        assertTrue(relearned.out().contains("Saved: Easy"), relearned.out());
        Program.Result unchanged = Program.run(env(pack), "", "study", "--pack", "edit");
        assertTrue(unchanged.out().contains("Due now 0 · new today 0"), unchanged.out());
        assertFalse(unchanged.out().contains("Notice"), unchanged.out());
        Files.writeString(pack, PACK.formatted("Where?", "Tashkent", ""));
        Program.Result changedAgain = Program.run(env(pack), "", "study", "--pack", "edit");
        assertTrue(changedAgain.out().contains("Notice: the answer to edit/host changed"), changedAgain.out());
        assertTrue(changedAgain.out().contains("Due now 0 · new today 1"), changedAgain.out());
    }
}
