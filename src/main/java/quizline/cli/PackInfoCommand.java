package quizline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quizline.pack.Pack;
import quizline.pack.PackFile;
import quizline.pack.Question;
import quizline.pack.Source;
import quizline.text.Counted;
import quizline.ui.Visible;

@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description = "Show what packs hold: questions by type and tag, sources, asOf and conflicts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "1:a pack cannot be read or is not valid", "2:bad command line"})
final class PackInfoCommand implements Callable<Integer> {
    private static final List<String> TYPES = List.of("choice", "multi", "short", "truefalse", "numeric", "cloze");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PACK", description = "Pack files (JSON).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        List<PackFile> packs = files.stream().map(PackFile::read).toList();
        for (int i = 0; i < packs.size(); i++) {
            if (i > 0) {
                out.println();
            }
            describe(packs.get(i), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void describe(PackFile file, PrintWriter out) {
        Pack pack = file.pack();
        out.println(file.name() + ": pack \"" + pack.id() + "\", " + pack.title());
        out.println("  version " + pack.version() + ", as of " + pack.asOf());
        if (pack.description() != null) {
            out.println("  " + pack.description());
        }
        Map<String, Integer> byType = new LinkedHashMap<>();
        TYPES.forEach(t -> byType.put(t, 0));
        Map<String, Integer> byTag = new LinkedHashMap<>();
        Map<String, Integer> bySource = new LinkedHashMap<>();
        int untagged = 0;
        int unsourced = 0;
        for (Question q : pack.questions()) {
            byType.merge(q.type(), 1, Integer::sum);
            q.tags().forEach(t -> byTag.merge(t, 1, Integer::sum));
            untagged += q.tags().isEmpty() ? 1 : 0;
            if (q.source() == null) {
                unsourced++;
            } else {
                bySource.merge(q.source().article(), 1, Integer::sum);
            }
        }
        out.println("  " + Counted.of(pack.questions().size(), "question") + ": "
                + String.join(
                        ", ",
                        byType.entrySet().stream()
                                .filter(e -> e.getValue() > 0)
                                .map(e -> e.getValue() + " " + e.getKey())
                                .toList()));
        List<Map.Entry<String, Integer>> tags = new ArrayList<>(byTag.entrySet());
        tags.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        out.println("  tags: "
                + (tags.isEmpty()
                        ? "none"
                        : String.join(
                                ", ",
                                tags.stream()
                                        .map(e -> e.getKey() + " " + e.getValue())
                                        .toList()))
                + (untagged > 0 && !tags.isEmpty() ? "; untagged " + untagged : ""));
        out.println("  sources: " + pack.sources().size());
        int width = pack.sources().stream()
                .mapToInt(s -> s.article().length())
                .max()
                .orElse(0);
        for (Source s : pack.sources()) {
            List<String> about = new ArrayList<>();
            if (s.outlet() != null) {
                about.add(s.outlet());
            }
            if (s.published() != null) {
                about.add(s.published().toString());
            }
            about.add(Counted.of(bySource.getOrDefault(s.article(), 0), "question"));
            out.println("    " + padded(s.article(), width) + "  " + String.join(", ", about));
        }
        out.println("  questions without a source: " + unsourced);
        long unresolved =
                pack.conflicts().stream().filter(c -> c.resolved() == null).count();
        out.println("  conflicts: " + pack.conflicts().size()
                + (pack.conflicts().isEmpty() ? "" : ", " + unresolved + " unresolved"));
    }

    private static String padded(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
