package quizline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quizline.io.OutputFile;
import quizline.io.UserError;
import quizline.pack.Pack;
import quizline.pack.PackFile;
import quizline.pack.PackJson;
import quizline.pack.PackMerge;
import quizline.pack.PackRules;
import quizline.text.Counted;
import quizline.ui.Visible;

@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Combine packs into one: the first pack's id, title and version, the earliest asOf, and every source, question and conflict.",
            "A question id (or source, or conflict) in two packs is kept once when both are the same; when they differ, each clash is reported and nothing is written."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the merged pack was written",
            "1:a clash, a pack that cannot be read, or an output problem",
            "2:bad command line"
        })
final class PackMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "PACK", description = "The packs to merge, the first one leading.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "PACK.json", description = "Where to write the merged pack.")
    Path out;

    @Option(names = "--force", description = "Overwrite the output file if it exists.")
    boolean force;

    @Override
    public Integer call() {
        List<PackFile> packs = files.stream().map(PackFile::read).toList();
        PackMerge.Merged merge = PackMerge.merge(packs);
        if (!merge.ok()) {
            PrintWriter err = Visible.writer(spec.commandLine().getErr());
            merge.clashes().forEach(err::println);
            err.flush();
            throw new UserError(
                    "nothing written: " + Counted.of(merge.clashes().size(), "clash") + " between the packs");
        }
        Pack merged = merge.pack();
        List<String> problems = PackRules.check(merged);
        if (!problems.isEmpty()) {
            throw new UserError("the merged pack would not be valid: " + problems.get(0));
        }
        String json = PackJson.write(merged);
        Optional<String> tooLong = PackJson.tooLong(json);
        if (tooLong.isPresent()) {
            throw new UserError("nothing written: " + tooLong.get());
        }
        OutputFile.write(out, json, force);
        PrintWriter stdout = Visible.writer(spec.commandLine().getOut());
        List<String> from = packs.stream()
                .map(file -> file.name() + " (" + file.pack().questions().size() + ")")
                .toList();
        stdout.println("wrote " + out + ": " + Counted.of(merged.questions().size(), "question") + " from "
                + String.join(", ", from)
                + (merge.keptOnce() == 0 ? "" : "; " + merge.keptOnce() + " found twice, alike, kept once")
                + "; as of " + merged.asOf());
        stdout.flush();
        return ExitCodes.OK;
    }
}
