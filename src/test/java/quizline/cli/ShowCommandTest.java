package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quizline show ID}: one question, its answer and its history; IDs as PACK/ID or a unique bare id. */
class ShowCommandTest {
    @TempDir
    Path home;

    @Test
    void showPrintsTheQuestionItsAnswerAndEveryAnswerToIt() throws Exception {
        ListCommandTest.profile(home);
        Browse.Result r = new Browse(home, ListCommandTest.NOW).run("show", "mini/host-city");
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                mini/host-city · choice · review · due in 4d (2026-11-29 09:00)
                  Which city hosted the 2024 summit?
                    a) Samarkand
                    b) Astana
                    c) Bishkek
                    d) Dushanbe
                Answer: b) Astana
                Explanation: The 2024 summit met in the Kazakh capital.
                Tags: hosts
                History (1 answer):
                  24 Nov 2026 09:00 · “typed” · right · Good · next in 5d
                """, r.out());
    }

    @Test
    void aBareIdUniqueAcrossPacksIsEnoughAndNeverCreatesAProfile() {
        Browse.Result r = new Browse(home, ListCommandTest.NOW).run("show", "founded");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("mini/founded · numeric · new\n"), r.out());
        assertTrue(r.out().endsWith("Answer: 2001\nTags: dates\nHistory: never answered.\n"), r.out());
        assertFalse(Files.exists(home.resolve("data/quizline/default.db")));
    }

    @Test
    void anAmbiguousIdListsItsPacksAndAnUnknownOneTheNearestIds() throws Exception {
        Path twin = Files.writeString(
                home.resolve("twin.json"),
                Files.readString(Browse.MINI).replace("\"id\": \"mini\"", "\"id\": \"twin\""));
        Browse browse = new Browse(home, ListCommandTest.NOW).with("QUIZLINE_PACKS", Browse.MINI + ":" + twin);
        Browse.Result ambiguous = browse.run("show", "host-city");
        assertEquals(1, ambiguous.exit());
        assertEquals(
                "quizline: question id \"host-city\" is in more than one pack: mini/host-city, twin/host-city;"
                        + " name one as PACK/ID\n",
                ambiguous.err());
        assertEquals(0, browse.run("show", "twin/host-city").exit());
        Browse.Result unknown = browse.run("show", "mini/host-citty");
        assertEquals(1, unknown.exit());
        assertTrue(
                unknown.err().startsWith("quizline: no question \"mini/host-citty\" (nearest: mini/host-city, "),
                unknown.err());
        assertTrue(unknown.err().endsWith("; quizline list shows them all)\n"), unknown.err());
        assertEquals(1, unknown.err().lines().count());
    }
}
