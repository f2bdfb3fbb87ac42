package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.HostilePack;

/** list, search, show and packs show the control characters a pack holds instead of sending them. */
class BrowseInjectionTest {
    @TempDir
    Path home;

    @Test
    void theBrowsingCommandsShowAHostilePacksTextVisibly() throws Exception {
        Path hostile = HostilePack.published(TerminalInjectionTest.HOSTILE, home);
        Browse browse = new Browse(home, ListCommandTest.NOW).with("QUIZLINE_PACKS", hostile.toString());
        Browse.Result list = browse.run("list", "--pack", "hostile");
        assertEquals(0, list.exit(), list.err());
        TerminalInjectionTest.assertShownNotObeyed(list.out() + list.err());
        assertTrue(list.out().contains("Which city^[[2J hosted?^MOVERWRITE"), list.out());
        Browse.Result search = browse.run("search", "hosted", "--pack", "hostile");
        TerminalInjectionTest.assertShownNotObeyed(search.out() + search.err());
        Browse.Result show = browse.run("show", "hostile/cloze");
        assertEquals(0, show.exit(), show.err());
        TerminalInjectionTest.assertShownNotObeyed(show.out() + show.err());
        Browse.Result packs = browse.run("packs");
        TerminalInjectionTest.assertShownNotObeyed(packs.out() + packs.err());
        assertTrue(packs.out().contains("Hostile^[]2;PACK-TITLE^G pack"), packs.out());
    }
}
