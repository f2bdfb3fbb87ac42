package quizline.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import quizline.repl.Console;
import quizline.repl.DashboardView;
import quizline.repl.JLineConsole;
import quizline.repl.PlainConsole;
import quizline.repl.StudyScreen;
import quizline.repl.Theme;
import quizline.session.InMemoryReviewLog;
import quizline.session.Overview;
import quizline.session.StudyFilter;
import quizline.session.StudyItem;
import quizline.session.StudyQueue;
import quizline.session.StudySession;

/** Loads the packs, shows the dashboard and runs a session on the terminal or in plain mode. */
final class StudyRun {
    private StudyRun() {}

    static int run(CommandSpec spec, StudyOptions options) {
        if (options.limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + options.limit);
        }
        Map<String, String> env = System.getenv();
        PackLibrary library = PackLibrary.load(env);
        library.warnings().forEach(w -> System.err.println("quizline: " + w));
        if (options.packId != null && library.packList().stream().noneMatch(p -> p.id().equals(options.packId))) {
            throw new UserError("no pack with id \"" + options.packId + "\" (loaded: "
                    + String.join(", ", library.packList().stream().map(p -> p.id()).toList()) + ")");
        }
        StudyFilter filter = new StudyFilter(options.packId, options.tag, options.limit);
        List<StudyItem> queue = StudyQueue.build(library.packList(), filter);
        Function<String, Optional<String>> articles = articleLookup(library, options, env);

        boolean interactive = Terminals.interactive();
        Theme theme = Theme.forEnvironment(env);
        try (Console console = interactive ? JLineConsole.open(theme)
                : new PlainConsole(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                        new PrintStream(System.out, true, StandardCharsets.UTF_8), 80)) {
            DashboardView.print(console, Overview.withoutHistory(library.packList(), queue));
            if (queue.isEmpty()) {
                console.println("Nothing to study" + (options.tag == null ? "." : " with tag \"" + options.tag + "\"."));
                return ExitCodes.OK;
            }
            StudySession session = new StudySession(queue, Clock.systemDefaultZone(), new InMemoryReviewLog());
            new StudyScreen(console, session, articles).run();
        }
        return ExitCodes.OK;
    }

    /** Articles are looked up in the given folders, $QUIZLINE_ARTICLES, and beside user packs. */
    private static Function<String, Optional<String>> articleLookup(PackLibrary library, StudyOptions options,
            Map<String, String> env) {
        List<ArticleLibrary> libraries = library.packs().stream()
                .map(loaded -> ArticleLibrary.of(options.articleFolders, env, loaded.folder()))
                .toList();
        ArticleLibrary general = ArticleLibrary.of(options.articleFolders, env, null);
        return name -> {
            Optional<String> found = general.text(name);
            for (int i = 0; found.isEmpty() && i < libraries.size(); i++) {
                found = libraries.get(i).text(name);
            }
            return found;
        };
    }
}
