package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quizline packs} and {@code quizline pack info ID}: the packs a student has, bundled ones too. */
class PacksCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path home;

    @Test
    void packsListsTheBundledPackAndTheUsersOwnWithWhereEachCameFrom() {
        Browse.Result r = new Browse(home, NOW).run("packs");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("2 packs:", lines[0]);
        assertTrue(lines[1].matches("sco-summits  \\d+ questions  version \\d+, as of \\d{4}-\\d\\d-\\d\\d"), lines[1]);
        assertEquals("  bundled (questions/sco-summits.json)", lines[3]);
        assertEquals("mini  6 questions  version 1, as of 2024-07-05", lines[4]);
        assertEquals("  Mini pack for tests", lines[5]);
        assertEquals("  " + Browse.MINI, lines[6]);
        assertEquals("quizline pack info ID shows one in detail.", lines[7]);
        assertFalse(Files.exists(home.resolve("data")), "packs creates nothing");
    }

    @Test
    void aBrokenPackIsReportedOnStderrAndTheOthersAreListed() throws Exception {
        Path broken = Files.writeString(home.resolve("broken.json"), "{\"format\": 1,");
        Browse.Result r = new Browse(home, NOW)
                .with("QUIZLINE_PACKS", Browse.MINI + ":" + broken)
                .run("packs");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("2 packs:\n"), r.out());
        assertTrue(r.err().contains(broken + ": skipped"), r.err());
    }

    @Test
    void packInfoTakesTheIdOfALoadedPackAsWellAsAFile() {
        Browse browse = new Browse(home, NOW);
        Browse.Result byId = browse.run("pack", "info", "mini");
        assertEquals(0, byId.exit(), byId.err());
        Browse.Result byFile = browse.run("pack", "info", Browse.MINI.toString());
        assertEquals(byFile.out(), byId.out());
        Browse.Result bundled = browse.run("pack", "info", "sco-summits");
        assertEquals(0, bundled.exit(), bundled.err());
        assertTrue(
                bundled.out().startsWith("bundled questions/sco-summits.json: pack \"sco-summits\", "), bundled.out());
    }

    @Test
    void packInfoOfNeitherAFileNorAPackIdNamesThePacksLoaded() {
        Browse.Result r = new Browse(home, NOW).run("pack", "info", "minni");
        assertEquals(1, r.exit());
        assertEquals(
                "quizline: minni: no such file, nor a loaded pack with that id (loaded: sco-summits, mini)\n", r.err());
        Browse.Result missingFile = new Browse(home, NOW).run("pack", "info", "gone.json");
        assertEquals(1, missingFile.exit());
        assertEquals("quizline: gone.json: no such file\n", missingFile.err());
    }
}
