package quizline.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quizline.env.Env;
import quizline.fit.Evaluation;
import quizline.io.UserError;
import quizline.pack.Pack;
import quizline.pack.PackCache;
import quizline.pack.PackLibrary;
import quizline.pack.Question;
import quizline.schedule.FsrsParameters;
import quizline.session.ProfileSettings;
import quizline.session.StudyRules;
import quizline.store.SqlProgressStore;
import quizline.store.Stats;
import quizline.store.StudyDays;
import quizline.ui.LinePrinter;
import quizline.ui.SchedulerView;
import quizline.ui.StatsView;
import quizline.ui.Terminals;
import quizline.ui.Theme;
import quizline.ui.Visible;

@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "Show progress: reviews, streak, retention, accuracy per tag and what is due.",
            "In detail: reviews today, streak, true retention over 7 and 30 days, accuracy per tag, the hardest"
                    + " questions, cards due in the next 30 days and a 12-week review calendar.",
            "Charts fit the terminal's width; plain ASCII when NO_COLOR is set or output is not a terminal (then"
                    + " $COLUMNS, or 80, is the width)."
        })
final class StatsCommand implements Callable<Integer>, ReadsEnv {
    private static final int PLAIN_WIDTH = 80;

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile = new ProfileOptions();

    @Option(names = "--pack", paramLabel = "ID", description = "Only this pack's questions.")
    String packId;

    /** The run's environment, with "today"; tests set their own. */
    Env env;

    /** Whether output goes to a terminal; tests replace it. */
    BooleanSupplier terminal = Terminals::interactive;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Clock clock = env.clock();
        // The packs are read on a thread of their own while the profile is opened and read (and checked, on a third)
        CompletableFuture<PackLibrary> loading = CompletableFuture.supplyAsync(
                () -> PackLibrary.load(env.dataDir(), env.packPaths(), PackCache.in(env.cacheDir())));
        PrintWriter err = Visible.writer(spec.commandLine().getErr());
        PackLibrary library;
        Stats.Report report;
        int leechLapses;
        Scheduler scheduler;
        // No database yet is an empty history: shown as such, and no file is created for it.
        try (SqlProgressStore store = opened(loading)) {
            try {
                StudyRules rules = ProfileSettings.of(store.settings()).rules();
                leechLapses = rules.leechLapses();
                scheduler = scheduler(store, rules, clock.getZone());
                library = Background.join(loading);
                // A profile on a class's server counts the packs published there too
                ClassPublished.addTo(library, store);
                StudyDays days = new StudyDays(clock.getZone(), rules.dayStartsAt());
                report = new Stats(store, days, clock.instant()).report(packId, questionsOf(library));
                // Nothing read from the profile is shown, and nothing is kept in it, before the open's check says
                // it is sound
                store.awaitOpenCheck();
            } catch (RuntimeException e) {
                // What failed first when the packs were read before the profile was opened and checked, first
                Background.join(loading);
                store.awaitOpenCheck();
                throw e;
            }
            scheduler.calibrated().keep(store);
        }
        library.warnings().forEach(w -> err.println("quizline: " + w));
        boolean packLoaded = library.packList().stream().anyMatch(p -> p.id().equals(packId));
        if (packId != null && !packLoaded && report.answers() == 0 && report.cards() == 0) {
            throw new UserError("no pack with id \"" + packId + "\" and no progress for one (loaded: "
                    + String.join(
                            ", ", library.packList().stream().map(Pack::id).toList()) + ")");
        }
        Theme theme = Theme.of(env.color());
        if (terminal.getAsBoolean()) {
            LinePrinter.toTerminal(
                    theme,
                    width -> join(
                            StatsView.render(report, width, theme, leechLapses),
                            scheduler.view().apply(width)));
        } else {
            LinePrinter.plain(
                    spec.commandLine().getOut(),
                    join(
                            StatsView.render(report, plainWidth(), Theme.PLAIN, leechLapses),
                            scheduler.view().apply(plainWidth())));
        }
        return ExitCodes.OK;
    }

    /**
     * The loaded packs' questions as the report asks for them, a pack at a time: each pack's entries made when the
     * report first asks for that pack, as the pack with that id loaded last has them.
     */
    private static Stats.Questions questionsOf(PackLibrary library) {
        Map<String, List<Pack>> byId = new LinkedHashMap<>();
        for (Pack pack : library.packList()) {
            byId.computeIfAbsent(pack.id(), id -> new ArrayList<>()).add(pack);
        }
        Map<String, Map<String, Stats.QuestionInfo>> made = new HashMap<>();
        return new Stats.Questions() {
            @Override
            public java.util.Collection<String> packs() {
                return byId.keySet();
            }

            @Override
            public Map<String, Stats.QuestionInfo> of(String packId) {
                return made.computeIfAbsent(packId, id -> {
                    Map<String, Stats.QuestionInfo> questions = new HashMap<>();
                    for (Pack pack : byId.getOrDefault(id, List.of())) {
                        for (Question q : pack.questions()) {
                            questions.put(q.id(), new Stats.QuestionInfo(q.prompt(), q.tags()));
                        }
                    }
                    return questions;
                });
            }
        };
    }

    private static List<AttributedString> join(List<AttributedString> a, List<AttributedString> b) {
        List<AttributedString> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The profile, opened once the packs were read if it cannot be: their mistakes are said first, as ever. */
    private SqlProgressStore opened(CompletableFuture<PackLibrary> loading) {
        try {
            return profile.openForReadingBesideCheckOrEmpty(env);
        } catch (RuntimeException e) {
            Background.join(loading);
            throw e;
        }
    }

    /** The scheduler's part of the report, drawn at a width, and the calibration's sums still to keep. */
    private record Scheduler(IntFunction<List<AttributedString>> view, StatsCalibration.Calibrated calibrated) {}

    /** Which weights schedule, when they were fitted, and how their predictions of the profile's log came out. */
    private static Scheduler scheduler(SqlProgressStore store, StudyRules rules, ZoneId zone) {
        ProfileSettings settings = ProfileSettings.of(store.settings());
        String weights = settings.value("fsrs-params");
        StatsCalibration.Calibrated calibrated = new StatsCalibration.Calibrated(List.of(), Optional.empty());
        if (settings.value("scheduler").equals("fsrs6")) {
            FsrsParameters inUse = weights.isBlank() ? FsrsParameters.defaults() : FsrsParameters.parse(weights);
            // From the sums the store kept, the cards answered since replayed: not the whole log every time
            calibrated = StatsCalibration.calibrate(store, inUse, rules.dayStartsAt(), zone);
        }
        List<Evaluation.CalibrationRow> rows = calibrated.rows();
        return new Scheduler(
                width -> SchedulerView.render(
                        settings.value("scheduler"), weights, settings.value("fsrs-fitted"), rows, width),
                calibrated);
    }

    /** Output to a pipe or file has no width of its own: $COLUMNS when it is a number, else 80. */
    private int plainWidth() {
        return env.columns().orElse(PLAIN_WIDTH);
    }
}
