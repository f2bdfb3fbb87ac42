package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that only read progress, through the real jar: with no profile, none of them makes one. */
class ReadOnlyCommandsIT {
    @TempDir
    Path home;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    private record Case(int exit, List<String> args) {}

    @Test
    void noReadOnlyCommandCreatesAProfile() throws Exception {
        Map<String, String> env = Program.environment(home);
        env.put("QUIZLINE_NOW", "2026-12-05T09:00:00Z");
        Path data = home.resolve("data/quizline");
        List<Case> cases = List.of(
                new Case(0, List.of("stats")),
                new Case(0, List.of("flagged")),
                new Case(0, List.of("suspended")),
                new Case(1, List.of("suspended", "--unsuspend", "mini/host-city")),
                new Case(1, List.of("flagged", "--unflag", "mini/host-city")),
                new Case(1, List.of("export", "--revlog", home.resolve("r.csv").toString())),
                new Case(
                        1,
                        List.of("export", "--progress", home.resolve("p.json").toString())),
                new Case(1, List.of("doctor")));
        for (Case c : cases) {
            Program.Result r = Program.run(env, "", c.args().toArray(String[]::new));
            assertEquals(c.exit(), r.exit(), c.args() + ": " + r.out() + r.err());
            assertFalse(Files.exists(data.resolve("default.db")), c.args() + " made a profile");
        }
        assertFalse(Files.exists(home.resolve("r.csv")));
        assertFalse(Files.exists(home.resolve("p.json")));
    }

    @Test
    void aPackNoneMatchesIsRefusedWithThePacksThereAre() throws Exception {
        Map<String, String> env = Program.environment(home);
        for (String command : List.of("study", "stats", "flagged", "suspended")) {
            Program.Result r = Program.run(env, "", command, "--pack", "nope");
            assertEquals(1, r.exit(), command + ": " + r.out() + r.err());
            assertEquals(
                    "quizline: no pack with id \"nope\""
                            + (command.equals("stats") ? " and no progress for one" : "")
                            + " (loaded: sco-summits, mini)\n",
                    r.err(),
                    command);
        }
        assertFalse(Files.exists(home.resolve("data/quizline/default.db")), "no profile made to refuse a pack");
    }
}
