package quizline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quizline.env.Env;
import quizline.pack.PackCache;
import quizline.pack.PackLibrary;
import quizline.text.Counted;
import quizline.ui.Visible;

@Command(
        name = "packs",
        mixinStandardHelpOptions = true,
        description = {
            "List every pack loaded, with its id, questions, version, asOf, title and source.",
            "The bundled packs, your packs folder's and QUIZLINE_PACKS', and with --store",
            "(or QUIZLINE_STORE) those published to the class on its PostgreSQL server."
        })
final class PacksCommand implements Callable<Integer>, ReadsEnv {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--store",
            paramLabel = "URL",
            description = "The class's PostgreSQL database (jdbc:postgresql://host:5432/db?user=...): its published"
                    + " packs too. Default: $QUIZLINE_STORE.")
    String store;

    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PackLibrary library = PackLibrary.load(env.dataDir(), env.packPaths(), PackCache.in(env.cacheDir()));
        String url = store != null ? store : env.store();
        if (url != null) {
            ClassPublished.addTo(library, url, env);
        }
        PrintWriter err = Visible.writer(spec.commandLine().getErr());
        library.warnings().forEach(w -> err.println("quizline: " + w));
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        List<PackLibrary.Loaded> packs = library.packs();
        if (packs.isEmpty()) {
            out.println("No packs loaded.");
            return ExitCodes.OK;
        }
        out.println(Counted.of(packs.size(), "pack") + ":");
        for (PackLibrary.Loaded loaded : packs) {
            out.println(loaded.pack().id() + "  "
                    + Counted.of(loaded.pack().questions().size(), "question") + "  version "
                    + loaded.pack().version() + ", as of " + loaded.pack().asOf());
            out.println("  " + loaded.pack().title());
            out.println("  " + (loaded.bundled() ? "bundled (" + loaded.origin() + ")" : loaded.origin()));
        }
        out.println("quizline pack info ID shows one in detail.");
        return ExitCodes.OK;
    }
}
