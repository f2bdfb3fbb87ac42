package quizline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;
import quizline.env.Env;

/**
 * Runs quizline in-process as Main does, with the whole command tree, in an environment of the test's: its data
 * folder under {@code home}, the test pack loaded beside the bundled one, and the clock fixed at {@code now}.
 */
final class Browse {
    static final Path MINI = Path.of("src/test/resources/packs/mini.json").toAbsolutePath();

    record Result(int exit, String out, String err) {}

    private final Map<String, String> variables = new HashMap<>();
    private Instant now;

    Browse(Path home, Instant now) {
        variables.put("HOME", home.toString());
        variables.put("XDG_DATA_HOME", home.resolve("data").toString());
        variables.put(Env.PACKS, MINI.toString());
        this.now = now;
    }

    /** Another value for one variable (COLUMNS, QUIZLINE_PACKS, …). */
    Browse with(String variable, String value) {
        variables.put(variable, value);
        return this;
    }

    Browse at(Instant now) {
        this.now = now;
        return this;
    }

    Result run(String... args) {
        CommandLine cli = Main.commandLine(new Env(variables, Clock.fixed(now, ZoneOffset.UTC)), args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
