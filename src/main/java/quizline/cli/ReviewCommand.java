package quizline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import quizline.draft.ApplyDecisions;
import quizline.draft.Decisions;
import quizline.draft.ReviewFile;
import quizline.draft.ReviewSession;
import quizline.env.Env;
import quizline.facts.ArticleLibrary;
import quizline.io.OutputFile;
import quizline.io.ProcessLock;
import quizline.io.UserError;
import quizline.pack.PackFile;
import quizline.pack.PackJson;
import quizline.pack.PackRules;
import quizline.ui.Console;
import quizline.ui.DraftReviewScreen;
import quizline.ui.JLineConsole;
import quizline.ui.PlainConsole;
import quizline.ui.Terminals;
import quizline.ui.Theme;

@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Review a generated draft: accept, reject or edit each question and settle each conflict.",
            "Keys: a accept, r reject, s skip, e edit (then p prompt, n answer, l aliases, c choices, x explanation),"
                    + " 1-9 pick a conflict's value, b back, q quit, ? keys.",
            "Every decision is saved at once to DRAFT.review.json beside the draft; running review again goes on"
                    + " where it stopped, and a regenerated draft keeps them.",
            "With --out, q or the end of the draft writes the published pack (accepted questions only)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:reviewed (and the pack written, with --out)",
            "1:the draft, the review file or the pack has problems",
            "2:bad command line"
        })
final class ReviewCommand implements Callable<Integer>, ReadsEnv {
    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft pack (JSON), e.g. from generate.")
    Path draft;

    @Option(names = "--out", paramLabel = "PACK", description = "Write the published pack here when the review ends.")
    Path out;

    @Option(
            names = "--articles",
            paramLabel = "DIR",
            description = "Folder of source articles, to show each question's sentence (repeatable; also "
                    + "$QUIZLINE_ARTICLES and articles/ beside the draft).")
    List<Path> articleFolders = new ArrayList<>();

    @Option(names = "--force", description = "Overwrite the --out file if it exists.")
    boolean force;

    /** Plain mode's input and output; tests hand in their own. */
    InputStream input = System.in;

    PrintStream output = System.out;

    @Override
    @SuppressWarnings("try") // the lock is held by the try, never read in it
    public Integer call() {
        PackFile draftFile = PackFile.read(draft);
        try (ProcessLock lock = lockDraft()) {
            return review(draftFile);
        } catch (IOException e) {
            throw new UserError(ReviewFile.lockBeside(draft) + ": " + e.getMessage());
        }
    }

    /** Held for the whole session, so that the decisions loaded now are the ones this session saves over. */
    private ProcessLock lockDraft() throws IOException {
        try {
            return ProcessLock.take(ReviewFile.lockBeside(draft), env.clock());
        } catch (ProcessLock.HeldException e) {
            throw new UserError(draft + ": being reviewed by another quizline review (" + e.holder()
                    + "); finish or quit that one first, or its decisions and this one's would overwrite each other.");
        }
    }

    private int review(PackFile draftFile) {
        ReviewFile reviewFile = ReviewFile.beside(draft);
        Decisions decisions;
        try {
            decisions = reviewFile.load();
        } catch (IOException e) {
            throw new UserError(reviewFile.path() + ": " + e.getMessage());
        }
        if (out != null && !force && Files.exists(out) && !ownOutput(decisions)) {
            // Said now, not after the author has worked through the whole draft.
            throw OutputFile.alreadyExists(out);
        }
        ArticleLibrary articles = ArticleLibrary.of(
                articleFolders, env.articleFolders(), draft.toAbsolutePath().getParent());
        ReviewSession session = new ReviewSession(draftFile.pack(), decisions, reviewFile::save);
        Theme theme = Theme.of(env.color());
        try (Console console = Terminals.interactive()
                ? JLineConsole.open(theme)
                : new PlainConsole(
                        new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)),
                        new PrintStream(output, true, StandardCharsets.UTF_8),
                        80)) {
            DraftReviewScreen.Ending ending = new DraftReviewScreen(console, session, articles::text).run();
            console.println("Decisions: " + reviewFile.path());
            if (out == null) {
                return ExitCodes.OK;
            }
            if (ending == DraftReviewScreen.Ending.INTERRUPTED) {
                console.println(out + ": not written (q or the end of the draft writes it).");
                return ExitCodes.OK;
            }
            return publish(console, session, articles);
        } catch (UncheckedIOException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The --out file is what this review last wrote, unchanged since: resuming may replace it. */
    private boolean ownOutput(Decisions decisions) {
        if (!Files.isRegularFile(out)) {
            return false;
        }
        try {
            return decisions.wrote(Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the pack students get, after checking it as validate would. */
    private int publish(Console console, ReviewSession session, ArticleLibrary articles) {
        ApplyDecisions.Applied applied = ApplyDecisions.apply(session.draft(), session.decisions(), true);
        // The counts are on screen already; only what needs the author's hand gets a line of its own.
        applied.notes().stream()
                .filter(note -> note.contains(": edit not applied: "))
                .forEach(console::println);
        if (applied.pack().questions().isEmpty()) {
            console.println(out + ": not written: no question is accepted yet.");
            return ExitCodes.FAILURE;
        }
        List<String> problems = PackRules.check(applied.pack(), articles::text);
        if (!problems.isEmpty()) {
            problems.forEach(p -> console.println(out + ": " + p));
            console.println(out + ": not written: the pack has the problems above.");
            return ExitCodes.FAILURE;
        }
        String text = PackJson.write(applied.pack());
        Optional<String> tooLong = PackJson.tooLong(text);
        if (tooLong.isPresent()) {
            console.println(out + ": not written: " + tooLong.get() + ".");
            return ExitCodes.FAILURE;
        }
        OutputFile.write(out, text, force || ownOutput(session.decisions()));
        session.wrote(text);
        console.println("Wrote " + out + ": " + applied.pack().questions().size() + " questions.");
        return ExitCodes.OK;
    }
}
