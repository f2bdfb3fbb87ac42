package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instructor publishes the mini pack, a student studies it from the class's packs folder (no QUIZLINE_PACKS), and
 * a second version replaces it: the student's progress is kept by the pack-change rules, the question whose answer
 * changed starts again, and the report keeps the removed question's history.
 */
class ClassPublishIT {
    @TempDir
    Path home;

    /** A first session over the mini pack in its order: 5 right, 1 with a typo; founders graded Easy. */
    static final String EVERY_QUESTION_ANSWERED = "b\n\nSadyr Japorov\n\n2001\n\nt\n\nac\n4\nNur-Sultan\n\n";

    /** Version 2 of the mini pack: belarus removed, founded's answer changed to 2002. */
    static String secondVersion(String v1) {
        return v1.replace("\"version\": 1", "\"version\": 2")
                .replace("\"answer\": 2001}", "\"answer\": 2002}")
                .replace(
                        "    {\"id\": \"belarus\", \"type\": \"truefalse\", \"tags\": [\"members\"],"
                                + " \"prompt\": \"Belarus joined in 2024.\", \"answer\": true},\n",
                        "");
    }

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    @Test
    void aNewVersionReachesTheStudentWithTheirProgressKept() throws Exception {
        Map<String, String> env = Program.environment(home);
        env.remove("QUIZLINE_PACKS");
        env.put("TZ", "UTC");
        env.put("NO_COLOR", "1");
        env.put("QUIZLINE_NOW", "2026-12-05T09:00:00Z");
        String v1 = Files.readString(Program.TEST_PACKS.resolve("mini.json"));
        Path file = home.resolve("mini.json");
        Files.writeString(file, v1);
        Program.Result first = Program.run(env, "", "class", "publish", file.toString());
        assertEquals(0, first.exit(), first.err());
        Path published = home.resolve("data/quizline/packs/mini.json");
        assertEquals("Published mini v1 (6 questions): " + published + "\n", first.out());

        Program.inPackOrder(env, "ann");
        Program.Result study = Program.run(env, EVERY_QUESTION_ANSWERED, "study", "--pack", "mini", "--profile", "ann");
        assertEquals(0, study.exit(), study.err());

        String v2 = secondVersion(v1);
        Files.writeString(file, v2);
        env.put("QUIZLINE_NOW", "2026-12-06T09:00:00Z");
        Program.Result second = Program.run(env, "", "class", "publish", file.toString());
        assertEquals(0, second.exit(), second.err());
        assertEquals(
                "Published mini v2 (5 questions) in place of v1: " + published + "\n"
                        + "  1 question removed, their history kept: belarus\n"
                        + "  1 answer changed, those questions start again for every student: founded\n",
                second.out());
        Program.Result again = Program.run(env, "", "class", "publish", file.toString());
        assertEquals("mini v2 is already published, the same: nothing to do (" + published + ").\n", again.out());
        Files.writeString(file, v1);
        Program.Result older = Program.run(env, "", "class", "publish", file.toString());
        assertEquals(1, older.exit());
        assertEquals(v2, Files.readString(published));

        // What ann studies now: v2, her answers kept but for the question whose answer changed
        Program.Result list = Program.run(env, "", "list", "--pack", "mini", "--profile", "ann");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("mini/founded · numeric · new\n"), list.out());
        assertTrue(list.out().contains("mini/founders · multi · review · due in "), list.out());
        assertTrue(list.out().contains("mini/host-city · choice · learning · due now"), list.out());

        Program.Result report = Program.run(env, "", "class", "report", "--pack", "mini", "--csv");
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().contains("\nbelarus,false,1,1,100.00,,,,false,,,,,,,,0,\n"), report.out());
        // ann's 2001 answered a question that keyed 2001: no answer to the one that keys 2002 now
        assertTrue(report.out().contains("\nfounded,true,0,0,,,,,false,,,,,,,,0,\n"), report.out());
    }
}
