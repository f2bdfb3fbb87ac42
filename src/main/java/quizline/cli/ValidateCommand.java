package quizline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quizline.env.Env;
import quizline.facts.ArticleLibrary;
import quizline.io.TextFile;
import quizline.io.UserError;
import quizline.pack.PackReader;
import quizline.ui.Visible;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check question packs: JSON syntax, fields, answers, ids and source offsets.",
            "Prints OK for each good file and every problem of a bad one as file:line:col: message."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is a valid pack", "1:a file has problems or cannot be read", "2:bad command line"
        })
final class ValidateCommand implements Callable<Integer>, ReadsEnv {
    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pack files (JSON).")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--articles",
            paramLabel = "DIR",
            description = "Folder of source articles, to check source offsets (repeatable; also $QUIZLINE_ARTICLES).")
    List<Path> articleFolders = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        return checkEach(files, out, (file, text) -> {
            String name = file.toString();
            ArticleLibrary articles = ArticleLibrary.of(
                    articleFolders, env.articleFolders(), file.toAbsolutePath().getParent());
            PackReader.Result result = PackReader.read(text, articles::text);
            if (result.ok()) {
                out.println(name + ": OK");
            } else {
                result.problems().forEach(p -> out.println(p.format(name)));
            }
            return result.ok();
        });
    }

    /** Checks one readable file, printing what it finds; true when the file passes. */
    interface FileCheck {
        boolean check(Path file, String text);
    }

    /**
     * Runs a check over every file (validate's, and lint's): an unreadable one is reported in one line and counts as
     * failed, the others go to {@code check}. Exit code 1 when any file failed.
     */
    static int checkEach(List<Path> files, PrintWriter out, FileCheck check) {
        int exit = ExitCodes.OK;
        for (Path file : files) {
            boolean passed;
            try {
                passed = check.check(file, TextFile.read(file));
            } catch (UserError e) {
                out.println(e.getMessage());
                passed = false;
            }
            if (!passed) {
                exit = ExitCodes.FAILURE;
            }
        }
        out.flush();
        return exit;
    }
}
