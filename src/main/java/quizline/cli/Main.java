package quizline.cli;

import picocli.CommandLine;

/** Process entry point: parses arguments with picocli and maps every failure to an exit code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new QuizlineCommand());
        return cli.execute(args);
    }
}
