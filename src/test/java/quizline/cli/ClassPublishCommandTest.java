package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import quizline.env.Env;
import quizline.pack.PackLibrary;

class ClassPublishCommandTest {
    private static final Path MINI = Path.of("src/test/resources/packs/mini.json");

    @TempDir
    Path home;

    private String v1;
    private Path packs;

    @BeforeEach
    void setUp() throws Exception {
        v1 = Files.readString(MINI);
        packs = home.resolve("data/quizline/packs");
    }

    private Cli.Result run(String... args) {
        Env env = new Env(
                Map.of(
                        "HOME",
                        home.toString(),
                        "XDG_DATA_HOME",
                        home.resolve("data").toString()),
                Clock.fixed(Instant.parse("2024-07-10T12:00:00Z"), ZoneOffset.UTC));
        CommandLine cli = Main.commandLine(env, args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Cli.Result(cli.execute(args), out.toString(), err.toString());
    }

    /** The error after lint's warnings. */
    private static String lastLine(String err) {
        List<String> lines = err.lines().toList();
        return lines.get(lines.size() - 1) + "\n";
    }

    private Path file(String name, String text) throws Exception {
        Path f = home.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** Version 2: belarus removed, a question added, founded's answer changed, host-city reworded. */
    private String v2() {
        return v1.replace("\"version\": 1", "\"version\": 2")
                .replace("\"answer\": 2001}", "\"answer\": 2002}")
                .replace("Which city hosted the 2024 summit?", "Which city hosted the SCO's 2024 summit?")
                .replace(
                        "    {\"id\": \"belarus\", \"type\": \"truefalse\", \"tags\": [\"members\"],"
                                + " \"prompt\": \"Belarus joined in 2024.\", \"answer\": true},\n",
                        "    {\"id\": \"iran\", \"type\": \"truefalse\", \"tags\": [\"members\"],"
                                + " \"prompt\": \"Iran joined in 2023.\", \"answer\": true},\n");
    }

    @Test
    void firstPublicationWritesThePackWhereTheClassStudiesFrom() throws Exception {
        Cli.Result r = run("class", "publish", file("mini.json", v1).toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("Published mini v1 (6 questions): " + packs.resolve("mini.json") + "\n", r.out());
        assertEquals(v1, Files.readString(packs.resolve("mini.json")));
        // lint's warnings are shown; they do not stop it
        assertTrue(r.err().contains(":16:6: warning: question \"founded\" has no source\n"), r.err());
        PackLibrary library = PackLibrary.load(home.resolve("data/quizline"), List.of());
        assertEquals(1, library.pack("mini").orElseThrow().pack().version());
    }

    @Test
    void theSameContentAgainIsANoOpWhateverItsLayout() throws Exception {
        assertEquals(
                0, run("class", "publish", file("mini.json", v1).toString()).exit());
        Path published = packs.resolve("mini.json");
        long before = Files.getLastModifiedTime(published).toMillis();
        Cli.Result again = run(
                "class",
                "publish",
                file("relaid.json", v1.replace("\n  ", "\n    ")).toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals("mini v1 is already published, the same: nothing to do (" + published + ").\n", again.out());
        assertEquals(v1, Files.readString(published));
        assertEquals(before, Files.getLastModifiedTime(published).toMillis());
    }

    @Test
    void aNewerVersionReplacesItAndSaysWhatChangesForStudents() throws Exception {
        // published by hand earlier under another file name: replaced, so students load one version only
        Files.createDirectories(packs);
        Files.writeString(packs.resolve("mini-old.json"), v1);
        Cli.Result r = run("class", "publish", file("mini.json", v2()).toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                "Published mini v2 (6 questions) in place of v1: " + packs.resolve("mini.json") + "\n"
                        + "  1 question added: iran\n"
                        + "  1 question removed, their history kept: belarus\n"
                        + "  1 answer changed, those questions start again for every student: founded\n",
                r.out());
        assertEquals(v2(), Files.readString(packs.resolve("mini.json")));
        assertFalse(Files.exists(packs.resolve("mini-old.json")));
    }

    @Test
    void anOlderVersionIsRefusedUnlessForced() throws Exception {
        assertEquals(
                0, run("class", "publish", file("mini2.json", v2()).toString()).exit());
        Path old = file("mini.json", v1);
        Cli.Result refused = run("class", "publish", old.toString());
        assertEquals(1, refused.exit());
        assertEquals(
                "quizline: " + old + ": not published: v1 is older than the v2 published (" + packs.resolve("mini.json")
                        + "); --force publishes it anyway\n",
                lastLine(refused.err()));
        assertEquals(v2(), Files.readString(packs.resolve("mini.json")));
        Cli.Result forced = run("class", "publish", "--force", old.toString());
        assertEquals(0, forced.exit(), forced.err());
        assertEquals(v1, Files.readString(packs.resolve("mini.json")));
    }

    @Test
    void otherContentUnderThePublishedVersionIsRefused() throws Exception {
        assertEquals(
                0, run("class", "publish", file("mini.json", v1).toString()).exit());
        Path changed = file("changed.json", v2().replace("\"version\": 2", "\"version\": 1"));
        Cli.Result r = run("class", "publish", changed.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("v1 is already published with other content"), r.err());
        assertEquals(v1, Files.readString(packs.resolve("mini.json")));
    }

    @Test
    void aBrokenPackIsRefusedAtItsLineAndNothingIsWritten() throws Exception {
        assertEquals(
                0, run("class", "publish", file("mini.json", v1).toString()).exit());
        Path broken = file("broken.json", v2().replace("\"answer\": 2002}", "\"answer\": \"soon\"}"));
        Cli.Result r = run("class", "publish", broken.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(broken + ":16:"), r.err());
        assertTrue(
                r.err()
                        .endsWith("quizline: " + broken + ": not published: fix the errors above first (quizline lint "
                                + broken + ")\n"),
                r.err());
        assertEquals(v1, Files.readString(packs.resolve("mini.json")));
    }

    @Test
    void draftsAndTheBundledPacksIdAreRefused() throws Exception {
        Path draft =
                file("draft.json", v1.replace("\"id\": \"founded\",", "\"id\": \"founded\", \"status\": \"draft\","));
        Cli.Result r = run("class", "publish", draft.toString());
        assertEquals(1, r.exit());
        assertEquals(
                "quizline: " + draft + ": not published: a draft (1 question not reviewed yet); review it first"
                        + " (quizline review " + draft + ")\n",
                lastLine(r.err()));
        Path bundled = file("sco.json", v1.replace("\"id\": \"mini\"", "\"id\": \"sco-summits\""));
        Cli.Result b = run("class", "publish", bundled.toString());
        assertEquals(1, b.exit());
        assertTrue(b.err().contains("is a pack bundled with quizline"), b.err());
        assertFalse(Files.exists(packs));
    }

    @Test
    void aMissingFileIsOneLine() {
        Cli.Result r = run("class", "publish", home.resolve("none.json").toString());
        assertEquals(1, r.exit());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
