package quizline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quizline.pack.Conflict;
import quizline.pack.Doubt;
import quizline.pack.Pack;
import quizline.pack.PackJson;
import quizline.pack.PackRules;
import quizline.pack.Question;
import quizline.pack.Source;
import quizline.text.Counted;
import quizline.ui.Visible;

@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Combine packs into one: the first pack's id, title and version, the earliest",
            "asOf, and every source, question and conflict. A question id (or source, or",
            "conflict) in two packs is kept once when both are the same; when they differ,",
            "each clash is reported and nothing is written."
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

    /** Where something kept in the merge came from, for clash messages. */
    private record Origin<T>(T value, String at) {}

    @Override
    public Integer call() {
        List<PackFile> packs = files.stream().map(PackFile::read).toList();
        List<String> clashes = new ArrayList<>();
        Map<String, Origin<Source>> sources = new LinkedHashMap<>();
        Map<String, Origin<Question>> questions = new LinkedHashMap<>();
        Map<String, Origin<Conflict>> conflicts = new LinkedHashMap<>();
        List<String> counts = new ArrayList<>();
        int keptOnce = 0;
        LocalDate asOf = packs.get(0).pack().asOf();
        for (PackFile file : packs) {
            Pack pack = file.pack();
            for (int i = 0; i < pack.sources().size(); i++) {
                Source s = pack.sources().get(i);
                add(
                        sources,
                        s.article(),
                        s,
                        file.at("/sources/" + i + "/article"),
                        "source \"" + s.article() + "\"",
                        clashes);
            }
            int added = 0;
            for (int i = 0; i < pack.questions().size(); i++) {
                Question q = pack.questions().get(i);
                if (add(
                        questions,
                        q.id(),
                        q,
                        file.at("/questions/" + i + "/id"),
                        "question id \"" + q.id() + "\"",
                        clashes)) {
                    added++;
                }
            }
            keptOnce += pack.questions().size() - added;
            for (int i = 0; i < pack.conflicts().size(); i++) {
                Conflict c = pack.conflicts().get(i);
                add(conflicts, c.id(), c, file.at("/conflicts/" + i + "/id"), "conflict \"" + c.id() + "\"", clashes);
            }
            counts.add(file.name() + " (" + pack.questions().size() + ")");
            asOf = pack.asOf().isBefore(asOf) ? pack.asOf() : asOf;
        }
        if (!clashes.isEmpty()) {
            PrintWriter err = Visible.writer(spec.commandLine().getErr());
            clashes.forEach(err::println);
            err.flush();
            throw new UserError("nothing written: " + Counted.of(clashes.size(), "clash") + " between the packs");
        }
        Pack first = packs.get(0).pack();
        // Drafts merged keep their doubtful facts, for the questions kept
        Set<String> facts = values(questions).stream()
                .map(Question::fact)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<Doubt> doubts = packs.stream()
                .flatMap(p -> p.pack().doubts().stream())
                .filter(d -> facts.contains(d.fact()))
                .distinct()
                .toList();
        Pack merged = new Pack(
                first.schema(),
                first.format(),
                first.id(),
                first.title(),
                first.version(),
                asOf,
                first.description(),
                values(sources),
                values(questions),
                values(conflicts),
                doubts);
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
        stdout.println("wrote " + out + ": " + Counted.of(questions.size(), "question") + " from "
                + String.join(", ", counts) + (keptOnce == 0 ? "" : "; " + keptOnce + " found twice, alike, kept once")
                + "; as of " + asOf);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** @return whether the value was added, rather than found already (alike, or clashing) */
    private static <T> boolean add(
            Map<String, Origin<T>> kept, String key, T value, String at, String what, List<String> clashes) {
        Origin<T> earlier = kept.get(key);
        if (earlier == null) {
            kept.put(key, new Origin<>(value, at));
            return true;
        }
        if (!earlier.value().equals(value)) {
            clashes.add(at + ": " + what + " is also at " + earlier.at() + ", and the two differ");
        }
        return false;
    }

    private static <T> List<T> values(Map<String, Origin<T>> kept) {
        return kept.values().stream().map(Origin::value).toList();
    }
}
