package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quizline card ID --suspend|--unsuspend}: the store's suspension, as s and suspended --unsuspend use it. */
class CardCommandTest {
    @TempDir
    Path home;

    @Test
    void suspendSetsAQuestionAsideUntilUnsuspended() {
        Browse browse = new Browse(home, ListCommandTest.NOW);
        Browse.Result suspended = browse.run("card", "host-city", "--suspend");
        assertEquals(0, suspended.exit(), suspended.err());
        assertEquals(
                "Suspended mini/host-city: it is not asked until quizline card mini/host-city --unsuspend.\n",
                suspended.out());
        assertEquals(
                "mini/host-city is already suspended.\n",
                browse.run("card", "mini/host-city", "--suspend").out());
        assertTrue(browse.run("list", "--suspended").out().startsWith("1 question suspended:\nmini/host-city"));
        assertTrue(browse.run("suspended").out().contains("mini/host-city  since 2026-11-25 09:00\n"));
        Browse.Result lifted = browse.run("card", "host-city", "--unsuspend");
        assertEquals(0, lifted.exit(), lifted.err());
        assertEquals("Unsuspended mini/host-city: it is asked again when it is due.\n", lifted.out());
        assertEquals(
                "No questions suspended.\n", browse.run("list", "--suspended").out());
        Browse.Result again = browse.run("card", "host-city", "--unsuspend");
        assertEquals(1, again.exit());
        assertEquals(
                "quizline: mini/host-city is not suspended (quizline list --suspended lists those that are)\n",
                again.err());
    }

    @Test
    void resetMakesAStudiedQuestionNewAgainKeepingItsHistoryAndDoctorStaysClean() throws Exception {
        ListCommandTest.profile(home);
        Browse browse = new Browse(home, ListCommandTest.NOW);
        Browse.Result reset = browse.run("card", "host-city", "--reset");
        assertEquals(0, reset.exit(), reset.err());
        assertEquals(
                "Reset mini/host-city: it is new again; its 1 answer stays in its history"
                        + " (quizline show mini/host-city).\n",
                reset.out());
        Browse.Result shown = browse.run("show", "mini/host-city");
        assertTrue(shown.out().startsWith("mini/host-city · choice · new\n"), shown.out());
        assertTrue(shown.out().contains("\nHistory (1 answer):\n"), shown.out());
        Browse.Result doctor = browse.run("doctor");
        assertEquals(0, doctor.exit(), doctor.err());
        assertTrue(doctor.out().contains("ok: 0 differences in 1 card"), doctor.out());
        assertTrue(browse.run("show", "mini/host-city").out().startsWith("mini/host-city · choice · new\n"));
        Browse.Result again = browse.run("card", "host-city", "--reset");
        assertEquals(1, again.exit());
        assertEquals("quizline: mini/host-city is new: it has no schedule to reset\n", again.err());
    }

    @Test
    void oneActionIsNeededAndAnUnknownIdNamesTheNearest() {
        Browse browse = new Browse(home, ListCommandTest.NOW);
        assertEquals(2, browse.run("card", "host-city").exit());
        assertEquals(
                2, browse.run("card", "host-city", "--suspend", "--unsuspend").exit());
        Browse.Result unknown = browse.run("card", "hots-city", "--suspend");
        assertEquals(1, unknown.exit());
        assertTrue(
                unknown.err().startsWith("quizline: no question \"hots-city\" (nearest: mini/host-city"),
                unknown.err());
    }
}
