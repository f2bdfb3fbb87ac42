package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jar over pipes: study two questions of the bundled pack, then look at them with the browsing commands. */
class BrowseIT {
    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    @Test
    void studiedQuestionsAreListedSearchedShownSuspendedAndThePacksListed() throws Exception {
        Map<String, String> env = Program.environment(home);
        env.put("TZ", "UTC");
        Program.inPackOrder(env, "default");
        env.put("QUIZLINE_NOW", "2026-12-01T09:00:00Z");
        // "I don't know" to the bundled pack's first two questions: each graded Again, back within the day
        Program.Result study = Program.run(env, "!\n!\n", "study", "--pack", "sco-summits", "--limit", "2");
        assertEquals(0, study.exit(), study.err());

        Program.Result today = Program.run(env, "", "list", "--pack", "sco-summits", "--due");
        assertEquals(0, today.exit(), today.err());
        assertTrue(
                today.out()
                        .startsWith("2 questions in pack sco-summits due today:\n"
                                + "sco-summits/sco-founding-year · numeric · learning · due in "),
                today.out());
        assertTrue(today.out().contains("\nsco-summits/sco-founded-2002-false · truefalse · learning · due in "));

        env.put("QUIZLINE_NOW", "2026-12-02T09:00:00Z");
        Program.Result tomorrow = Program.run(env, "", "list", "--due");
        assertTrue(
                tomorrow.out().contains("sco-summits/sco-founding-year · numeric · learning · due now\n"),
                tomorrow.out());

        Program.Result search = Program.run(env, "", "search", "FOUNDING-YEAR");
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().startsWith("1 question matching \"FOUNDING-YEAR\":\n"), search.out());

        Program.Result show = Program.run(env, "", "show", "sco-founding-year");
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().startsWith("sco-summits/sco-founding-year · numeric · learning · due now\n"), show.out());
        assertTrue(
                show.out().contains("\nHistory (1 answer):\n  1 Dec 2026 09:00 · (no answer) · wrong · Again"),
                show.out());

        Program.Result suspend = Program.run(env, "", "card", "sco-founding-year", "--suspend");
        assertEquals(0, suspend.exit(), suspend.err());
        Program.Result suspended = Program.run(env, "", "list", "--suspended");
        assertTrue(
                suspended
                        .out()
                        .startsWith("1 question suspended:\n"
                                + "sco-summits/sco-founding-year · numeric · learning, suspended · due now\n"),
                suspended.out());
        Program.Result due = Program.run(env, "", "list", "--due");
        assertTrue(due.out().startsWith("1 question due today:\nsco-summits/sco-founded-2002-false"), due.out());
        assertEquals(
                0,
                Program.run(env, "", "card", "sco-summits/sco-founding-year", "--unsuspend")
                        .exit());

        Program.Result packs = Program.run(env, "", "packs");
        assertEquals(0, packs.exit(), packs.err());
        assertTrue(
                packs.out().startsWith("2 packs:\nsco-summits  " + Program.bundledQuestions() + " questions"),
                packs.out());
        assertTrue(packs.out().contains("\n  bundled (questions/sco-summits.json)\nmini  6 questions"), packs.out());

        Program.Result unknown = Program.run(env, "", "show", "sco-founding-yaer");
        assertEquals(1, unknown.exit());
        assertTrue(
                unknown.err()
                        .startsWith("quizline: no question \"sco-founding-yaer\" (nearest: "
                                + "sco-summits/sco-founding-year"),
                unknown.err());
        assertEquals("", unknown.out());

        Program.Result reset = Program.run(env, "", "card", "sco-founded-2002-false", "--reset");
        assertEquals(0, reset.exit(), reset.err());
        assertTrue(reset.out().startsWith("Reset sco-summits/sco-founded-2002-false: it is new again"), reset.out());
        Program.Result shownAfter = Program.run(env, "", "show", "sco-founded-2002-false");
        assertTrue(
                shownAfter.out().startsWith("sco-summits/sco-founded-2002-false · truefalse · new\n"),
                shownAfter.out());
        assertTrue(shownAfter.out().contains("\nHistory (1 answer):\n"), shownAfter.out());

        // The reset is logged: the doctor rebuilds the cards from the log and finds them as they are
        Program.Result doctor = Program.run(env, "", "doctor");
        assertEquals(0, doctor.exit(), doctor.err());
        assertTrue(doctor.out().contains("ok: 0 differences in 1 card"), doctor.out());
        // Studied again from new: the chain goes on without a break
        Program.Result studyAgain = Program.run(env, "!\n", "study", "--pack", "sco-summits", "--limit", "1", "--cram");
        assertEquals(0, studyAgain.exit(), studyAgain.err());
        assertEquals(0, Program.run(env, "", "doctor").exit());
    }
}
