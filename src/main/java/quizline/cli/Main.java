package quizline.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import quizline.env.Env;
import quizline.io.UserError;
import quizline.store.SqliteLibrary;
import quizline.store.StoreFailure;
import quizline.ui.Visible;

/** Process entry point: parses arguments with picocli and maps every failure to an exit code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return run(System.getenv(), new PrintWriter(System.err, true), args);
    }

    /** Runs in this environment, read once here into the {@link Env} every command is given. */
    static int run(Map<String, String> variables, PrintWriter err, String... args) {
        Env env;
        try {
            env = Env.of(variables, Clock.systemDefaultZone());
        } catch (UserError e) {
            PrintWriter visible = Visible.writer(err);
            visible.println("quizline: " + e.getMessage());
            visible.flush();
            return exitCode(e);
        }
        try {
            SqliteLibrary.keepIn(env.cacheDir());
        } catch (RuntimeException e) {
            // a cache folder the JVM cannot name: the driver unpacks its library itself, and the command that
            // keeps packs in that folder says what is wrong with it
        }
        return commandLine(env, args).execute(args);
    }

    /** The whole command tree with quizline's error handling, also used by tests that run commands in-process. */
    public static CommandLine commandLine() {
        return commandLine(Clock.systemDefaultZone());
    }

    /** The whole command tree in this process's environment, every command reading the time from {@code clock}. */
    public static CommandLine commandLine(Clock clock) {
        return build(Subcommands.ALL.keySet(), new Env(System.getenv(), clock));
    }

    /**
     * The command tree these arguments need. picocli reflects over every command it is given, so
     * a run that names its command (or none, to study) builds only that one: start-up is what the
     * student waits for before the first question. A study with options ({@code --limit 5}, {@code --db FILE}) is
     * parsed by the root alone first, and keeps it when that reads every argument; help, the version, errors and a
     * command named after options get the full tree (its usage, its suggestions).
     */
    static CommandLine commandLine(Env env, String... args) {
        if (args.length == 0) {
            return build(java.util.Set.of(), env);
        }
        if (Subcommands.ALL.containsKey(args[0])) {
            return build(java.util.Set.of(args[0]), env);
        }
        CommandLine root = build(java.util.Set.of(), env);
        if (studiesWith(root, args)) {
            return root;
        }
        return build(Subcommands.ALL.keySet(), env);
    }

    /** Whether the root command alone reads every argument as a study's option, asking for no help or version. */
    private static boolean studiesWith(CommandLine root, String... args) {
        try {
            CommandLine.ParseResult parsed = root.parseArgs(args);
            return parsed.unmatched().isEmpty() && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
        } catch (CommandLine.ParameterException e) {
            return false;
        }
    }

    /** The command tree of these subcommands, each given {@code env}; its QUIZLINE_DEBUG adds a defect's stack trace. */
    private static CommandLine build(java.util.Set<String> names, Env env) {
        QuizlineCommand root = new QuizlineCommand();
        root.useEnv(env);
        CommandLine cli = new CommandLine(root, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K command = CommandLine.defaultFactory().create(type);
                if (command instanceof ReadsEnv reader) {
                    reader.useEnv(env);
                }
                return command;
            }
        });
        Subcommands.ALL.forEach((name, type) -> {
            if (names.contains(name)) {
                cli.addSubcommand(name, type);
            }
        });
        // After the subcommands: picocli registers a converter with the commands it already has
        cli.registerConverter(java.nio.file.Path.class, name -> {
            try {
                return java.nio.file.Path.of(name);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException(unnameable(name, e.getReason()));
            }
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> handleExecutionException(e, line, env.debug()));
        cli.setParameterExceptionHandler(Main::handleParameterException);
        return cli;
    }

    /** Maps a failure to its exit code and one line; {@code debug} (QUIZLINE_DEBUG) adds a defect's stack trace. */
    private static int handleExecutionException(Exception e, CommandLine cli, boolean debug) {
        // Messages quote file names and file contents: shown, never obeyed by the terminal.
        return failure(e, Visible.writer(cli.getErr()), debug);
    }

    /** The line and exit code for a command's failure: the user's to fix, or a defect of quizline's to report. */
    static int failure(Exception e, PrintWriter err, boolean debug) {
        if (e instanceof UserError user) {
            err.println("quizline: " + user.getMessage());
            err.flush();
            return exitCode(user);
        }
        if (e instanceof StoreFailure failure) {
            err.println("quizline: " + failure.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
        if (e instanceof java.nio.file.InvalidPathException path) {
            // LC_ALL=C: the JVM cannot name a file whose name is not ASCII (a home or data folder "Müller")
            err.println("quizline: " + unnameable(path.getInput(), path.getReason()));
            err.flush();
            return ExitCodes.FAILURE;
        }
        // A defect, not a user mistake: say so in one line and ask for a report; the trace only on request.
        err.println("quizline: internal error: " + e
                + " (a defect in quizline: please report it, with the output of QUIZLINE_DEBUG=1)");
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** A usage mistake exits 2, any other mistake of the user's 1. */
    static int exitCode(UserError e) {
        return e.usage() ? ExitCodes.USAGE : ExitCodes.FAILURE;
    }

    /**
     * Why a file cannot be named: the locale's character set (LC_ALL=C) cannot write its name, which the JVM then
     * reads as "??". The launcher runs the JVM with UTF-8 file names; a bare {@code java -jar} takes the locale's.
     */
    static String unnameable(String name, String reason) {
        if (reason.contains("Nul character")) {
            return name + ": a file name cannot hold a NUL character";
        }
        return name + ": this file name cannot be written in the locale's character set ("
                + System.getProperty("sun.jnu.encoding", "unknown")
                + "); run with a UTF-8 locale (LC_ALL=C.UTF-8) or through ./quizline";
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = Visible.writer(cli.getErr());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            // "stat" for "stats", "--limt" for "--limit": the nearest names picocli finds, as git does it
            String word = unmatched.getUnmatched().get(0);
            List<String> near = unmatched.getSuggestions();
            err.println("quizline: unknown " + (word.startsWith("-") ? "option" : "command or argument") + " '" + word
                    + "'"
                    + (near.isEmpty()
                            ? ""
                            : "; did you mean " + String.join(" or ", near.subList(0, Math.min(2, near.size())))
                                    + "?"));
        } else {
            err.println("quizline: " + e.getMessage());
        }
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
