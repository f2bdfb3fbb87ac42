package quizline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quizline.draft.ApplyDecisions;
import quizline.draft.Decisions;
import quizline.facts.ArticleFiles;
import quizline.facts.FactExtractor;
import quizline.generate.ArticleFacts;
import quizline.generate.DraftGenerator;
import quizline.generate.DraftRefused;
import quizline.generate.DraftSpec;
import quizline.generate.HandwrittenMerge;
import quizline.io.OutputFile;
import quizline.io.TextFile;
import quizline.io.UserError;
import quizline.pack.Pack;
import quizline.pack.PackFile;
import quizline.pack.PackJson;
import quizline.pack.PackRules;
import quizline.ui.ProgressBar;
import quizline.ui.Terminals;
import quizline.ui.Visible;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Write a draft question pack from news articles, or publish one with --decisions.",
            "The draft holds the questions each fact fits, every one citing its sentence, and the conflicts where sentences disagree (status draft-conflict).",
            "With --decisions, write the published pack instead: the review's accepted questions and settled"
                    + " conflicts, plus the questions of --add."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:pack written",
            "1:a file cannot be read or written, or no question was found",
            "2:bad command line"
        })
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "ARTICLE",
            description = "Article text files (UTF-8), or folders of them (their *.txt files).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--id", required = true, paramLabel = "PACK_ID", description = "The pack's id.")
    String id;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the pack.")
    Path out;

    @Option(
            names = "--title",
            paramLabel = "TITLE",
            description = "The pack's title (default: the --add pack's, else the id).")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of every article given.")
    LocalDate date;

    @Option(
            names = "--dates",
            paramLabel = "FILE",
            description = "Publication dates per article: lines of file name, tab, YYYY-MM-DD ('-' when not known).")
    Path datesFile;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            description = "The date the facts hold on (default: the latest article date).")
    LocalDate asOf;

    @Option(
            names = "--decisions",
            paramLabel = "REVIEW.json",
            description = "An author's review of the draft: write the published pack it makes.")
    Path decisionsFile;

    @Option(
            names = "--add",
            paramLabel = "PACK.json",
            description = "Hand-written questions to put first; their header (description, sources' outlets) is kept.")
    Path addFile;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    /** Tests set this; otherwise the bar is drawn only when stderr is a terminal. */
    Boolean progressBar;

    @Override
    public Integer call() {
        List<ArticleFiles.Text> articles = ArticleFiles.read(files, date, datesFile);
        Decisions decisions = decisionsFile == null ? null : readDecisions(decisionsFile);
        Pack handwritten = addFile == null ? null : PackFile.read(addFile).pack();
        PrintWriter err = Visible.writer(spec.commandLine().getErr());

        boolean bar = progressBar != null ? progressBar : articles.size() > 1 && Terminals.stderrIsTerminal();
        // The bar redraws itself with CR: it writes to stderr as it is.
        ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), articles.size(), bar);
        List<FactExtractor.Reading> readings = DraftGenerator.read(articles, progress::step);
        progress.finish();
        readings.forEach(reading -> reading.warning().ifPresent(err::println));
        List<ArticleFacts> facts = readings.stream().map(ArticleFacts::of).toList();

        String packTitle = title != null ? title : handwritten != null ? handwritten.title() : id;
        Pack pack;
        try {
            pack = DraftGenerator.generate(new DraftSpec(id, packTitle, Optional.ofNullable(asOf)), facts);
        } catch (DraftRefused e) {
            throw new UserError(e.getMessage());
        }
        int conflicts = pack.conflicts().size();
        if (decisions != null) {
            ApplyDecisions.Applied applied = ApplyDecisions.apply(pack, decisions, true);
            applied.notes().forEach(n -> err.println("note: " + n));
            pack = applied.pack();
        }
        if (handwritten != null) {
            try {
                pack = HandwrittenMerge.merge(pack, handwritten, packTitle);
                pack = withSchemaFrom(pack, addFile);
            } catch (DraftRefused e) {
                throw new UserError(addFile + ": " + e.getMessage());
            }
        }
        List<String> problems = PackRules.check(pack);
        if (!problems.isEmpty()) {
            throw new UserError(out + ": the pack would not be valid: " + problems.get(0));
        }
        String text = PackJson.write(pack);
        Optional<String> tooLong = PackJson.tooLong(text);
        if (tooLong.isPresent()) {
            throw new UserError(out + ": not written: " + tooLong.get());
        }
        OutputFile.write(out, text, force);
        err.println(out + ": " + pack.questions().size() + " questions from " + articles.size() + " articles"
                + (decisions == null ? ", " + conflicts + " conflicts" : ""));
        err.flush();
        return ExitCodes.OK;
    }

    /**
     * The added pack's {@code $schema} points at the schema from where that pack lies; the pack written to
     * {@code --out} elsewhere must point at it from there.
     */
    private Pack withSchemaFrom(Pack pack, Path added) {
        String schema = pack.schema();
        if (schema == null || schema.contains(":") || schema.startsWith("/")) {
            return pack;
        }
        Path target = parentOf(added).resolve(schema).normalize();
        String relative = parentOf(out).relativize(target).toString().replace('\\', '/');
        return pack.withSchema(relative);
    }

    private static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }

    private static Decisions readDecisions(Path file) {
        try {
            return Decisions.parse(TextFile.read(file));
        } catch (IOException e) {
            throw new UserError(file + ": not a review file: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
