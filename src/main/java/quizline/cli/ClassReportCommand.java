package quizline.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quizline.classroom.ClassAnalysis;
import quizline.classroom.ClassProgress;
import quizline.classroom.ClassRecords;
import quizline.classroom.ClassReport;
import quizline.classroom.ProfileFolderClass;
import quizline.classroom.ServerClass;
import quizline.classroom.ServerPacks;
import quizline.env.Env;
import quizline.io.UserError;
import quizline.pack.Pack;
import quizline.pack.PackCache;
import quizline.pack.PackLibrary;
import quizline.pack.Question;
import quizline.session.StudyRules;
import quizline.store.StudyDays;
import quizline.ui.ClassReportView;
import quizline.ui.LinePrinter;
import quizline.ui.Terminals;
import quizline.ui.Theme;
import quizline.ui.Visible;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "A pack's questions by Moodle's item analysis, and each student's progress.",
            "Per question: the facility index, standard deviation, discrimination index and discriminative efficiency, flagged below Moodle's thresholds, the most common wrong answers and the students' flags; then each student's reviews, retention, due backlog, last answer and streak.",
            "Every profile of the data folder ($XDG_DATA_HOME/quizline/NAME.db) is a student, read only; with --store (or QUIZLINE_STORE), every profile of the class's PostgreSQL database that your role may read."
        })
final class ClassReportCommand implements Callable<Integer>, ReadsEnv {
    private static final int PLAIN_WIDTH = 80;

    @Spec
    CommandSpec spec;

    @Option(names = "--pack", required = true, paramLabel = "ID", description = "The pack to report on.")
    String packId;

    @Option(
            names = "--csv",
            arity = "0..1",
            fallbackValue = "questions",
            paramLabel = "TABLE",
            description = "CSV instead, with a header row: the questions (the default) or the students.")
    Optional<Table> csv = Optional.empty();

    @Option(
            names = "--store",
            paramLabel = "URL",
            description = "The class's PostgreSQL database (jdbc:postgresql://host:5432/db?user=...), read as your role"
                    + " may: every student for the instructor. Default: $QUIZLINE_STORE, else the data folder.")
    String store;

    enum Table {
        questions,
        students
    }

    /** Whether output goes to a terminal; tests replace it. */
    BooleanSupplier terminal = Terminals::interactive;

    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Clock clock = env.clock();
        // The packs as the other commands load them: through the cache of packs already read
        PackLibrary library = PackLibrary.load(env.dataDir(), env.packPaths(), PackCache.in(env.cacheDir()));
        String url = storeUrl();
        if (url != null) {
            ProfileOptions.checkedServer(url);
            // The pack as the class studies it: the version published on the server, when newer than one found here
            new ServerPacks(url, env.serverUser(), env.serverPassword(), clock)
                    .published(packId)
                    .ifPresent(p -> library.addPublished(ClassPublished.origin(p.where()), p.pack()));
        }
        PrintWriter err = Visible.writer(spec.commandLine().getErr());
        library.warnings().forEach(w -> err.println("quizline: " + w));
        // The pack's questions in its order, each with its keyed answer's fingerprint: as the pack cache keeps them, so
        // a pack read from the cache computes none (nor sets up SHA-256)
        Map<String, String> questions = new LinkedHashMap<>();
        library.pack(packId).ifPresent(loaded -> {
            List<Question> list = loaded.pack().questions();
            for (int i = 0; i < list.size(); i++) {
                questions.put(list.get(i).id(), loaded.answerKeys().hash(i));
            }
        });
        ClassRecords records = classProgress().read(packId);
        boolean anyProgress = records.reviews().values().stream().anyMatch(r -> !r.isEmpty())
                || records.flags().values().stream().anyMatch(f -> !f.isEmpty());
        if (library.pack(packId).isEmpty() && !anyProgress) {
            // the packs published to a class on a server are among those there are
            String published = url == null
                    ? ""
                    : "; published to the class: "
                            + String.join(
                                    ", ",
                                    new ServerPacks(url, env.serverUser(), env.serverPassword(), clock).publishedIds());
            throw new UserError("no pack with id \"" + packId + "\" and no progress for one (loaded: "
                    + String.join(
                            ", ", library.packList().stream().map(Pack::id).toList()) + published + ")");
        }
        StudyDays days = new StudyDays(clock.getZone(), StudyRules.DEFAULTS.dayStartsAt());
        ClassReport report = ClassAnalysis.analyse(packId, questions, records, days, clock.instant());
        if (csv.isPresent()) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(
                    csv.get() == Table.questions
                            ? ClassReportView.questionsCsv(report)
                            : ClassReportView.studentsCsv(report));
            out.flush();
            return ExitCodes.OK;
        }
        Theme theme = Theme.of(env.color());
        if (terminal.getAsBoolean()) {
            LinePrinter.toTerminal(theme, width -> ClassReportView.render(report, clock.getZone(), width, theme));
        } else {
            LinePrinter.plain(
                    spec.commandLine().getOut(),
                    new ArrayList<>(ClassReportView.render(
                            report, clock.getZone(), env.columns().orElse(PLAIN_WIDTH), Theme.PLAIN)));
        }
        return ExitCodes.OK;
    }

    /** Where the class's progress is read from: the profiles of the data folder, each a student. */
    private ClassProgress classProgress() {
        String url = storeUrl();
        if (url == null) {
            return new ProfileFolderClass(env.dataDir());
        }
        ProfileOptions.checkedServer(url);
        return new ServerClass(url, env.serverUser(), env.serverPassword());
    }

    /** The class's server as given (--store, else QUIZLINE_STORE); null for the data folder's class. */
    private String storeUrl() {
        return store != null ? store : env.store();
    }
}
