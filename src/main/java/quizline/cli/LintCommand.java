package quizline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quizline.env.Env;
import quizline.lint.Finding;
import quizline.lint.PackLint;
import quizline.lint.Severity;
import quizline.pack.LocatedJson;
import quizline.pack.PackReader;
import quizline.ui.Visible;

@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = {
            "Check packs for weak or wrong questions, beyond what validate checks.",
            "Prints file:line:col: error|warning: message for each finding, or FILE: OK.",
            "Errors: the answer in the prompt; a wrong choice that is the answer or another",
            "name for it; unresolved conflicts; anything validate reports.",
            "Warnings: fewer than three choices; a short answer that is a name of several",
            "words with no alternatives; two questions with the same prompt; asOf more than",
            "a year old; a question without a source."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings or not)", "1:a pack has errors or cannot be read", "2:bad command line"})
final class LintCommand implements Callable<Integer>, ReadsEnv {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PACK", description = "Pack files (JSON).")
    List<Path> files = new ArrayList<>();

    /** Today, for the age of asOf. */
    private Clock clock;

    @Override
    public void useEnv(Env env) {
        this.clock = env.clock();
    }

    /** A finding at its place in the file. */
    /** A finding at its place in the file; {@code severity} is {@code error} or {@code warning}. */
    record Located(int line, int column, String severity, String message) {
        String format(String fileName) {
            return fileName + ":" + line + ":" + column + ": " + severity + ": " + message;
        }

        boolean error() {
            return severity.equals(Severity.ERROR.label());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        return ValidateCommand.checkEach(files, out, (file, text) -> {
            String name = file.toString();
            List<Located> found = findings(text, LocalDate.now(clock));
            found.forEach(f -> out.println(f.format(name)));
            if (found.isEmpty()) {
                out.println(name + ": OK");
            }
            return found.stream().noneMatch(Located::error);
        });
    }

    /** What lint finds in a pack's text (validate's problems as errors first, when there are any), in file order. */
    static List<Located> findings(String text, LocalDate today) {
        PackReader.Result result = PackReader.read(text);
        if (!result.ok()) {
            return result.problems().stream()
                    .map(p -> new Located(p.line(), p.column(), Severity.ERROR.label(), p.message()))
                    .toList();
        }
        LocatedJson json;
        try {
            json = LocatedJson.read(text);
        } catch (LocatedJson.SyntaxException e) {
            throw new IllegalStateException("a pack that was read once no longer parses", e);
        }
        List<Located> located = new ArrayList<>();
        for (Finding f : PackLint.check(result.pack().orElseThrow(), today)) {
            LocatedJson.Position p = json.position(f.pointer());
            located.add(new Located(p.line(), p.column(), f.severity().label(), f.message()));
        }
        located.sort(Comparator.comparingInt(Located::line).thenComparingInt(Located::column));
        return located;
    }
}
