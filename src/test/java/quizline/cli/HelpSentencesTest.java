package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What {@code --help} says of each command, the lines a user reads first (the prose before any example), is written
 * in whole sentences: a capital letter first, a full stop last.
 */
class HelpSentencesTest {
    /** Every command under {@code cli}, subcommands of subcommands included, by its full name. */
    private static void commands(CommandLine cli, List<CommandLine> all) {
        all.add(cli);
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (!all.contains(sub)) {
                commands(sub, all);
            }
        }
    }

    /** Why a summary is not whole sentences, or null when it is. */
    private static String problem(String summary) {
        if (summary.isBlank()) {
            return "no summary";
        }
        if (!Character.isUpperCase(summary.codePointAt(0))) {
            return "does not start with a capital letter";
        }
        if (!summary.endsWith(".")) {
            return "does not end with a full stop";
        }
        if (summary.contains("  ") || summary.contains(" .") || summary.contains("..")) {
            return "has a gap or a stray full stop";
        }
        return null;
    }

    /** Every command of quizline's tree, help included. */
    private static List<CommandLine> all() {
        List<CommandLine> all = new ArrayList<>();
        commands(Main.commandLine(), all);
        return all;
    }

    /**
     * The list of commands under {@code quizline --help} (or {@code class --help}) shows each command's first
     * description line alone: it is a whole sentence, not one cut off where a longer description wraps.
     */
    @Test
    void theLineACommandListShowsIsAWholeSentence() {
        List<String> problems = new ArrayList<>();
        for (CommandLine cli : all()) {
            String[] description = cli.getCommandSpec().usageMessage().description();
            if (cli.getCommandSpec().usageMessage().hidden() || description.length == 0) {
                continue;
            }
            String problem = problem(description[0].strip());
            if (problem != null) {
                problems.add(cli.getCommandSpec().qualifiedName() + ": " + problem + ": " + description[0]);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCommandsSummaryIsWholeSentences() {
        List<CommandLine> all = all();
        List<String> problems = new ArrayList<>();
        for (CommandLine cli : all) {
            if (cli.getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            // The prose before the first example (an indented line) or blank line
            List<String> prose = new ArrayList<>();
            for (String line : cli.getCommandSpec().usageMessage().description()) {
                if (line.isBlank() || line.startsWith(" ")) {
                    break;
                }
                prose.add(line.strip());
            }
            String summary = String.join(" ", prose);
            String problem = problem(summary);
            if (problem != null) {
                problems.add(cli.getCommandSpec().qualifiedName() + ": " + problem + ": " + summary);
            }
        }
        assertEquals(List.of(), problems);
        // help and every subcommand, so a command added later is checked too
        assertEquals(true, all.size() > 10, all.toString());
    }
}
