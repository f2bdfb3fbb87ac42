package quizline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quizline.classroom.ClassPacks;
import quizline.classroom.PacksFolder;
import quizline.classroom.Publication;
import quizline.classroom.ServerPacks;
import quizline.env.Env;
import quizline.io.TextFile;
import quizline.io.UserError;
import quizline.pack.Pack;
import quizline.pack.PackLibrary;
import quizline.pack.PackReader;
import quizline.text.Counted;
import quizline.ui.Visible;

@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Make a pack the version every student of the class studies.",
            "The pack is checked as lint checks it, then written whole to the packs folder the class's profiles study from ($XDG_DATA_HOME/quizline/packs), or with --store (or QUIZLINE_STORE) to the class's PostgreSQL database, as the instructor's role.",
            "A newer version replaces the one published, the same content again changes nothing; an older version, or the same version with other content, is refused unless --force. Progress is kept by pack id and question id, as with any pack change."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:published, or already published",
            "1:the pack has errors, is a draft, or is refused against the published one",
            "2:bad command line"
        })
final class ClassPublishCommand implements Callable<Integer>, ReadsEnv {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACK.json", description = "The pack file to publish.")
    Path file;

    @Option(names = "--force", description = "Publish an older version, or other content under the same version.")
    boolean force;

    @Option(
            names = "--store",
            paramLabel = "URL",
            description = "The class's PostgreSQL database (jdbc:postgresql://host:5432/db?user=...), as the"
                    + " instructor's role, the tables' owner. Default: $QUIZLINE_STORE, else the packs folder.")
    String store;

    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        PrintWriter err = Visible.writer(spec.commandLine().getErr());
        ClassPacks packs = classPacks();
        String name = file.toString();
        String text = TextFile.read(file);
        List<LintCommand.Located> findings = LintCommand.findings(text, LocalDate.now(env.clock()));
        findings.forEach(f -> err.println(f.format(name)));
        err.flush();
        if (findings.stream().anyMatch(LintCommand.Located::error)) {
            throw new UserError(name + ": not published: fix the errors above first (quizline lint " + name + ")");
        }
        Pack pack = PackReader.read(text).pack().orElseThrow();
        String draft = PackLibrary.draftState(pack);
        if (draft != null) {
            throw new UserError(
                    name + ": not published: a draft (" + draft + "); review it first (quizline review " + name + ")");
        }
        PackLibrary library = PackLibrary.load(env.dataDir(), List.of());
        if (library.pack(pack.id()).filter(PackLibrary.Loaded::bundled).isPresent()) {
            throw new UserError(name + ": not published: pack id \"" + pack.id()
                    + "\" is a pack bundled with quizline, which students would study instead; give it another id");
        }
        Optional<ClassPacks.Published> published = packs.published(pack.id());
        Publication.Outcome outcome = Publication.decide(published.map(ClassPacks.Published::pack), pack);
        String was = published.map(p -> "v" + p.pack().version()).orElse("");
        if (!outcome.writes(force)) {
            return switch (outcome) {
                case SAME -> {
                    out.println(pack.id() + " v" + pack.version() + " is already published, the same: nothing to do ("
                            + published.orElseThrow().where() + ").");
                    out.flush();
                    yield ExitCodes.OK;
                }
                case OLDER ->
                    throw new UserError(name + ": not published: v" + pack.version() + " is older than the " + was
                            + " published (" + published.orElseThrow().where() + "); --force publishes it anyway");
                default ->
                    throw new UserError(name + ": not published: " + was + " is already published with other"
                            + " content (" + published.orElseThrow().where() + "); raise the version, or --force");
            };
        }
        String where = packs.publish(pack, text, published);
        out.println("Published " + pack.id() + " v" + pack.version() + " ("
                + Counted.of(pack.questions().size(), "question") + ")"
                + (published.isEmpty() ? "" : " in place of " + was) + ": " + where);
        published.ifPresent(p -> changes(out, Publication.Changes.between(p.pack(), pack)));
        out.flush();
        return ExitCodes.OK;
    }

    /** What students will see change, by the pack-change rules. */
    private static void changes(PrintWriter out, Publication.Changes c) {
        if (!c.added().isEmpty()) {
            out.println("  " + Counted.of(c.added().size(), "question") + " added: " + String.join(", ", c.added()));
        }
        if (!c.removed().isEmpty()) {
            out.println("  " + Counted.of(c.removed().size(), "question") + " removed, their history kept: "
                    + String.join(", ", c.removed()));
        }
        if (!c.answerChanged().isEmpty()) {
            out.println("  " + Counted.of(c.answerChanged().size(), "answer") + " changed, those questions start again"
                    + " for every student: " + String.join(", ", c.answerChanged()));
        }
    }

    /**
     * Where the class's packs are: the class's PostgreSQL database when one is named, else the packs folder of the data
     * folder, which every profile there studies from.
     */
    private ClassPacks classPacks() {
        String url = store != null ? store : env.store();
        if (url == null) {
            return new PacksFolder(env.dataDir().resolve("packs"));
        }
        ProfileOptions.checkedServer(url);
        return new ServerPacks(url, env.serverUser(), env.serverPassword(), env.clock());
    }
}
