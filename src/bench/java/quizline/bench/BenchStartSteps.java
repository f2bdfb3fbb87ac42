package quizline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import quizline.pack.Pack;
import quizline.pack.PackCache;
import quizline.pack.PackLibrary;
import quizline.session.AnswerChanges;
import quizline.session.ProfileSettings;
import quizline.session.StudyItem;
import quizline.session.StudyQueue;
import quizline.session.StudyRules;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.SqliteProgressStore;
import quizline.store.Stats;
import quizline.store.StudyDays;

/**
 * Where a study's first question spends its time, step by step, in one fresh JVM: {@code BenchStartSteps DB DATA CACHE
 * NOW} takes, in turn, the steps {@code quizline study --db DB} takes before its first question (with the packs of the
 * data folder DATA, through the pack cache in CACHE, the clock at NOW, in UTC) and prints each step's wall time and
 * the main thread's CPU time. The steps run one after the other, where the program opens the profile beside reading
 * the packs, and the open's check is not started (a study starts it once the first question is shown). Run it with the
 * launcher's JVM flags to measure what the launcher runs.
 */
public final class BenchStartSteps {
    private BenchStartSteps() {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long wall;
    private static long cpu;

    private static void step(String name) {
        long w = System.nanoTime();
        long c = THREADS.getCurrentThreadCpuTime();
        if (name != null) {
            System.out.printf("%-24s wall %6.1f ms  cpu %6.1f ms%n", name, (w - wall) / 1e6, (c - cpu) / 1e6);
        }
        wall = System.nanoTime();
        cpu = THREADS.getCurrentThreadCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Instant now = Instant.parse(args[3]);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
        step(null);
        PackLibrary library = PackLibrary.load(Path.of(args[1]), List.of(), PackCache.in(Path.of(args[2])));
        List<StudyItem> items = StudyQueue.select(library.packList(), null, null);
        step("packs from the cache");
        try (SqliteProgressStore store = SqliteProgressStore.openForStudy(db)) {
            step("opening the profile");
            ProfileSettings settings = ProfileSettings.of(store.settings());
            StudyRules rules = settings.rules();
            Instant dayStart = rules.dayStart(now, clock.getZone());
            Instant dayEnd = rules.dayEnd(now, clock.getZone());
            ProgressStore.StudyCards cards = store.studyCards(dayStart, dayEnd);
            step("studyCards");
            List<String> resets = AnswerChanges.resetChanged(store, library.packs(), cards);
            step("changed answers");
            ProgressStore.Today today = new ProgressStore.Today(
                    dayStart, library.packList().stream().map(Pack::id).collect(Collectors.toSet()));
            Set<CardKey> setAside = new HashSet<>(store.suspended().keySet());
            setAside.addAll(store.buried(now));
            List<StudyItem> askable =
                    items.stream().filter(i -> !setAside.contains(i.key())).toList();
            StudyQueue queue = new StudyQueue(askable, cards, rules, store.counts(today), today, dayEnd, 1);
            int due = queue.dueToday();
            int fresh = queue.newAvailable();
            step("the queue");
            Stats.Brief brief = new Stats(store, new StudyDays(clock.getZone(), rules.dayStartsAt()), now).brief();
            step("the history line");
            boolean next = queue.next(now).isPresent();
            step("the first question");
            System.out.printf(
                    "JVM up %d ms before main; %d due, %d new, %d resets; today %d, streak %d, retention %d/%d; next %s%n",
                    jvm,
                    due,
                    fresh,
                    resets.size(),
                    brief.reviewsToday(),
                    brief.streakDays(),
                    brief.retention30().passed(),
                    brief.retention30().total(),
                    next);
        }
    }
}
