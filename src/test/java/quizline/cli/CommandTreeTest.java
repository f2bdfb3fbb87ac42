package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import quizline.env.Env;

/** The command tree a run builds: only what its arguments need, since picocli reflects over every command given. */
class CommandTreeTest {
    private static final Env ENV =
            new Env(Map.of(), Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void aStudyWithOptionsBuildsTheRootAlone() {
        assertTrue(Main.commandLine(ENV, "--limit", "3", "--pack", "sco-summits")
                .getSubcommands()
                .isEmpty());
        assertTrue(Main.commandLine(ENV).getSubcommands().isEmpty());
        assertEquals(
                java.util.Set.of("stats"),
                Main.commandLine(ENV, "stats").getSubcommands().keySet());
    }

    @Test
    void helpTheVersionMistakesAndACommandAfterOptionsGetTheWholeTree() {
        int all = Subcommands.ALL.size();
        assertEquals(all, Main.commandLine(ENV, "--help").getSubcommands().size());
        assertEquals(all, Main.commandLine(ENV, "--version").getSubcommands().size());
        assertEquals(all, Main.commandLine(ENV, "--limt", "3").getSubcommands().size());
        assertEquals(all, Main.commandLine(ENV, "--limit", "x").getSubcommands().size());
        assertEquals(
                all,
                Main.commandLine(ENV, "--db", "p.db", "stats").getSubcommands().size());
    }

    @Test
    void theRootParsedFirstStillChecksItsOptionsWhenItRuns() {
        CommandLine cli = Main.commandLine(ENV, "--limit", "0");
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        assertEquals(ExitCodes.USAGE, cli.execute("--limit", "0"));
        assertTrue(err.toString().startsWith("quizline: --limit must be 1 or more, not 0"), err.toString());
    }
}
