package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A mistyped command or option names the nearest ones, as git does, rather than an index into the arguments. */
class UsageErrorsTest {
    @Test
    void anUnknownCommandSuggestsTheNearest() {
        Cli.Result r = Cli.run("stat");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals(
                "quizline: unknown command or argument 'stat'; did you mean stats or list?\n"
                        + "Try 'quizline --help' for more information.\n",
                r.err());
    }

    @Test
    void anUnknownOptionSuggestsTheNearest() {
        Cli.Result r = Cli.run("study", "--limt", "3");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals(
                "quizline: unknown option '--limt'; did you mean --limit?\n"
                        + "Try 'quizline study --help' for more information.\n",
                r.err());
    }

    @Test
    void nothingNearIsSaidPlainly() {
        Cli.Result r = Cli.run("xyzzy");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals(
                "quizline: unknown command or argument 'xyzzy'\nTry 'quizline --help' for more information.\n",
                r.err());
    }

    /** The review of issue 14: "--help summaries are cut mid-sentence" ("... and settle each"). */
    @Test
    void everyCommandsSummaryInTheHelpIsAWholeSentence() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exit());
        String commands = r.out().substring(r.out().indexOf("Commands:"));
        // Each summary starts at the command's name and runs until the next command's line
        for (String entry : commands.split("\n  (?=[a-z])")) {
            if (entry.startsWith("Commands:")) {
                continue;
            }
            String summary = entry.strip().replaceAll("\\s+", " ");
            assertTrue(summary.endsWith("."), "a summary cut short: " + summary);
        }
    }

    /** A name no file can have is a usage error in one line, not an internal error (the C locale's case: LauncherIT). */
    @Test
    void aFileNameNoFileCanHaveIsAUsageError() {
        Cli.Result r = Cli.run("validate", "a\u0000b.json");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("a^@b.json: a file name cannot hold a NUL character"), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("Exception"), r.err());
    }
}
