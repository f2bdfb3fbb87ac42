package quizline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine;

/** Runs quizline in-process, as Main does, with stdout and stderr captured and today fixed. */
final class Cli {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    record Result(int exit, String out, String err) {}

    private Cli() {}

    static Result run(String... args) {
        // Every command that reads the time gets this clock, as Main gives them the run's clock.
        CommandLine cli =
                Main.commandLine(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
