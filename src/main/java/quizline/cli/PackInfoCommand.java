package quizline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
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
import quizline.env.Env;
import quizline.io.UserError;
import quizline.pack.Pack;
import quizline.pack.PackCache;
import quizline.pack.PackFile;
import quizline.pack.PackLibrary;
import quizline.pack.Question;
import quizline.pack.Source;
import quizline.text.Counted;
import quizline.ui.Visible;

@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description = {
            "Show what packs hold: questions by type and tag, sources, asOf and conflicts.",
            "A PACK is a pack file, or the id of a loaded pack (quizline packs lists them)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "1:a pack cannot be read or is not valid", "2:bad command line"})
final class PackInfoCommand implements Callable<Integer>, ReadsEnv {
    private static final List<String> TYPES = List.of("choice", "multi", "short", "truefalse", "numeric", "cloze");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PACK", description = "Pack files (JSON), or ids of loaded packs.")
    List<String> packs = new ArrayList<>();

    private Env env;

    /** The packs loaded, read once and only when a PACK is not a file. */
    private PackLibrary library;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        List<Named> named = packs.stream().map(this::named).toList();
        for (int i = 0; i < named.size(); i++) {
            if (i > 0) {
                out.println();
            }
            describe(named.get(i), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A pack and what its header calls it: the file's name, or the loaded pack's origin. */
    private record Named(String name, Pack pack) {}

    /**
     * A file that is there is read as one (a file named like a pack id wins); anything else is looked up among the
     * packs loaded, and when it is neither, the file name's own problem is shown for what looks like a path.
     */
    private Named named(String given) {
        Path file = Path.of(given);
        if (Files.exists(file) || looksLikeFile(given)) {
            PackFile read = PackFile.read(file);
            return new Named(read.name(), read.pack());
        }
        if (library == null) {
            library = PackLibrary.load(env.dataDir(), env.packPaths(), PackCache.in(env.cacheDir()));
            PrintWriter err = Visible.writer(spec.commandLine().getErr());
            library.warnings().forEach(w -> err.println("quizline: " + w));
        }
        return library.pack(given)
                .map(loaded ->
                        new Named(loaded.bundled() ? "bundled " + loaded.origin() : loaded.origin(), loaded.pack()))
                .orElseThrow(() -> new UserError(given + ": no such file, nor a loaded pack with that id (loaded: "
                        + String.join(", ", library.ids()) + ")"));
    }

    private static boolean looksLikeFile(String given) {
        return given.endsWith(".json") || given.contains("/") || given.contains(java.io.File.separator);
    }

    private static void describe(Named named, PrintWriter out) {
        Pack pack = named.pack();
        out.println(named.name() + ": pack \"" + pack.id() + "\", " + pack.title());
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
