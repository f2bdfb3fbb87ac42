package quizline.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import quizline.env.Env;
import quizline.facts.ArticleLibrary;
import quizline.io.UserError;
import quizline.pack.PackCache;
import quizline.pack.PackLibrary;
import quizline.session.AnswerChanges;
import quizline.session.CramQueue;
import quizline.session.Overview;
import quizline.session.ProfileSettings;
import quizline.session.Queue;
import quizline.session.StudyItem;
import quizline.session.StudyQueue;
import quizline.session.StudyRules;
import quizline.session.StudySession;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.SqlProgressStore;
import quizline.store.Stats;
import quizline.store.StudyDays;
import quizline.ui.Articles;
import quizline.ui.ComeBackLine;
import quizline.ui.Console;
import quizline.ui.DashboardView;
import quizline.ui.JLineConsole;
import quizline.ui.PlainConsole;
import quizline.ui.StudyScreen;
import quizline.ui.Terminals;
import quizline.ui.Theme;
import quizline.ui.Visible;

/** Loads the packs, shows the dashboard and runs a session on the terminal or in plain mode. */
final class StudyRun {
    private StudyRun() {}

    static int run(CommandSpec spec, StudyOptions options, Env env) {
        if (options.limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + options.limit);
        }
        for (java.nio.file.Path folder : options.articleFolders) {
            if (!java.nio.file.Files.isDirectory(folder)) {
                throw new UserError("--articles " + folder + ": no such folder");
            }
        }
        // Opening the database (native library, schema check) overlaps with reading the packs. A profile not made
        // yet is made only once the packs hold what was asked: a mistake ("--pack nope") leaves no file behind.
        // Meanwhile the driver is readied for it (its native library loaded), which makes no file.
        java.nio.file.Path file = options.profile.fileOrNull(env);
        boolean fresh = file != null && !java.nio.file.Files.exists(file);
        CompletableFuture<Void> asked = fresh ? new CompletableFuture<>() : CompletableFuture.completedFuture(null);
        CompletableFuture<Void> ready = fresh
                ? CompletableFuture.runAsync(quizline.store.SqliteProgressStore::prepare)
                : CompletableFuture.completedFuture(null);
        CompletableFuture<SqlProgressStore> opening =
                asked.thenCombine(ready, (a, r) -> a).thenApplyAsync(v -> options.profile.openForStudy(env));
        // A profile in a file is read for the first screen as soon as it is open, while the packs are still read: the
        // cards in play and the history line need nothing of the packs. (A class on a server reads its published
        // packs through the store while the packs are read, so its store is read after them.)
        CompletableFuture<FirstRead> reading =
                file == null ? null : opening.thenApplyAsync(store -> FirstRead.of(store, env.clock()));
        try {
            int exit = run(options, env, opening, asked, reading);
            // A session that wrote nothing has not met the open's verdict yet: a damaged profile is said so all the
            // same
            SqlProgressStore store = Background.join(opening);
            store.awaitOpenCheck();
            // What the start's check of changed answers found, kept for the next start if no write of this one did
            store.keepAnswersAgreed();
            return exit;
        } finally {
            asked.cancel(false);
            // Closed once nothing reads it any more, before the command returns: a study that fails early (a pack
            // that is not there) must not leave a thread reading the profile, nor the file open, behind it
            (reading == null ? opening : reading).handle((r, e) -> null).join();
            opening.handle((store, e) -> {
                        if (store != null) {
                            store.close();
                        }
                        return null;
                    })
                    .join();
        }
    }

    /**
     * What the first screen reads of the profile, in the order a study reads the clock: the settings, the day's
     * bounds as of {@code now}, the cards in play, and the history line as of the clock's next reading.
     */
    private record FirstRead(
            ProfileSettings settings,
            Instant now,
            Instant dayStart,
            Instant dayEnd,
            ProgressStore.StudyCards cards,
            Stats.Brief brief) {
        static FirstRead of(SqlProgressStore store, Clock clock) {
            ProfileSettings settings = ProfileSettings.of(store.settings());
            StudyRules rules = settings.rules();
            Instant now = clock.instant();
            Instant dayStart = rules.dayStart(now, clock.getZone());
            Instant dayEnd = rules.dayEnd(now, clock.getZone());
            ProgressStore.StudyCards cards = store.studyCards(dayStart, dayEnd);
            Stats.Brief brief =
                    new Stats(store, new StudyDays(clock.getZone(), rules.dayStartsAt()), clock.instant()).brief();
            return new FirstRead(settings, now, dayStart, dayEnd, cards, brief);
        }
    }

    private static int run(
            StudyOptions options,
            Env env,
            CompletableFuture<SqlProgressStore> opening,
            CompletableFuture<Void> asked,
            CompletableFuture<FirstRead> reading) {
        Clock clock = env.clock();
        PackLibrary library = PackLibrary.load(env.dataDir(), env.packPaths(), PackCache.in(env.cacheDir()));
        if (options.profile.fileOrNull(env) == null) {
            // A class on a server: the packs its instructor published join those found here, the higher version winning
            ClassPublished.addTo(library, Background.join(opening));
        }
        boolean published =
                options.packId == null || library.packList().stream().anyMatch(p -> p.id().equals(options.packId));
        if (!published) {
            for (PackLibrary.Loaded draft : library.drafts()) {
                if (draft.pack().id().equals(options.packId)) {
                    throw new UserError(draft.origin() + ": pack \"" + options.packId
                            + "\" is a draft, not studied: review it first " + "(quizline review " + draft.origin()
                            + ")");
                }
            }
        }
        library.warnings().forEach(w -> System.err.println(Visible.text("quizline: " + w)));
        if (!published) {
            throw new UserError("no pack with id \"" + options.packId + "\" (loaded: "
                    + String.join(
                            ", ", library.packList().stream().map(p -> p.id()).toList()) + ")");
        }
        List<StudyItem> items = StudyQueue.select(library.packList(), options.packId, options.tag);
        if (items.isEmpty() && options.tag != null) {
            // A misspelt tag is a mistake to say, with the tags there are, not an empty session
            java.util.SortedSet<String> tags = new java.util.TreeSet<>();
            StudyQueue.select(library.packList(), options.packId, null)
                    .forEach(i -> tags.addAll(i.question().tags()));
            throw new UserError("no question has the tag \"" + options.tag + "\""
                    + (tags.isEmpty() ? "" : " (tags: " + String.join(", ", tags) + ")"));
        }
        asked.complete(null);
        // Closed by the caller, which also closes it when this throws before getting here.
        SqlProgressStore store = Background.join(opening);
        FirstRead first = Background.join(reading == null ? opening.thenApply(s -> FirstRead.of(s, clock)) : reading);
        ProfileSettings settings = first.settings();
        StudyRules rules = settings.rules();
        Instant now = first.now();
        Instant dayStart = first.dayStart();
        Instant dayEnd = first.dayEnd();
        ProgressStore.StudyCards cards = first.cards();
        List<String> resets = AnswerChanges.resetChanged(store, library.packs(), cards);
        // The limits count the packs loaded here: reviews of another machine's packs, imported, use up none of them
        ProgressStore.Today today = new ProgressStore.Today(
                dayStart,
                library.packList().stream().map(quizline.pack.Pack::id).collect(java.util.stream.Collectors.toSet()));
        // Suspended and buried questions are neither asked nor counted, in cram too.
        java.util.Set<CardKey> suspendedKeys = store.suspended().keySet();
        java.util.Set<CardKey> setAside = new java.util.HashSet<>(suspendedKeys);
        setAside.addAll(store.buried(now));
        List<StudyItem> askable =
                items.stream().filter(i -> !setAside.contains(i.key())).toList();
        StudyQueue scheduled = new StudyQueue(askable, cards, rules, store.counts(today), today, dayEnd, options.limit);
        // Cram drills any question from its state: all of them are read
        Queue queue = options.cram ? new CramQueue(askable, store.states(), options.limit) : scheduled;
        Articles articles = articleLookup(library, options, env);

        boolean interactive = Terminals.interactive();
        Theme theme = Theme.of(env.color());
        try (Console console = interactive
                ? JLineConsole.open(theme)
                : new PlainConsole(
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                        new PrintStream(System.out, true, StandardCharsets.UTF_8),
                        80)) {
            DashboardView.print(
                    console, new Overview(library.packList(), scheduled.dueToday(), scheduled.newAvailable()));
            DashboardView.printHistory(console, first.brief());
            // printed as paragraphs, so a narrow terminal wraps them at word boundaries as it does the questions
            resets.forEach(line -> console.print(new AttributedString(line), 0));
            if (queue.next(clock.instant()).isEmpty()) {
                if (items.isEmpty()) {
                    console.println(
                            "No questions" + (options.tag == null ? "." : " with tag \"" + options.tag + "\"."));
                    return ExitCodes.OK;
                }
                console.print(new AttributedString("Nothing due now; --cram drills the questions anyway."), 0);
                if (askable.size() < items.size()) {
                    long suspended = items.stream()
                            .filter(i -> suspendedKeys.contains(i.key()))
                            .count();
                    console.print(
                            new AttributedString(quizline.text.Counted.of(items.size() - askable.size(), "question")
                                    + " set aside (" + suspended + " suspended, "
                                    + (items.size() - askable.size() - suspended)
                                    + " buried until the next study day); `quizline suspended` lists the suspended."),
                            0);
                }
                // Nothing due: when the rest comes back needs every card's state and due time
                ComeBackLine.text(scheduled.comeBack(store.dues(), clock.instant(), clock.getZone()))
                        .ifPresent(line -> console.print(new AttributedString(line), 0));
                return ExitCodes.OK;
            }
            StudySession session =
                    new StudySession(queue, settings.scheduler(true), store, clock, rules, options.limit);
            // The open's check reads the whole file: started while the student reads the first question, it does not
            // slow the reads that question needs; the first answer's save waits for its verdict
            session.onFirstShown(store::startOpenCheck);
            new StudyScreen(console, session, articles).run();
        }
        return ExitCodes.OK;
    }

    /** Articles are looked up in the given folders, $QUIZLINE_ARTICLES, and beside user packs. */
    private static Articles articleLookup(PackLibrary library, StudyOptions options, Env env) {
        List<java.nio.file.Path> fromEnv = env.articleFolders();
        List<ArticleLibrary> libraries = library.packs().stream()
                .map(loaded -> ArticleLibrary.of(options.articleFolders, fromEnv, loaded.folder()))
                .toList();
        ArticleLibrary general = ArticleLibrary.of(options.articleFolders, fromEnv, null);
        java.util.Set<String> places = new java.util.LinkedHashSet<>();
        general.folders().forEach(folder -> places.add(folder.toString()));
        libraries.forEach(each -> each.folders().forEach(folder -> places.add(folder.toString())));
        return Articles.of(
                name -> {
                    Optional<String> found = general.text(name);
                    for (int i = 0; found.isEmpty() && i < libraries.size(); i++) {
                        found = libraries.get(i).text(name);
                    }
                    return found;
                },
                List.copyOf(places));
    }
}
