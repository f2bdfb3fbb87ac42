package quizline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import quizline.pack.Pack;
import quizline.pack.PackCache;
import quizline.pack.PackLibrary;
import quizline.pack.Question;
import quizline.pack.Response;
import quizline.schedule.Card;
import quizline.session.Outcome;
import quizline.session.ProfileSettings;
import quizline.session.StudyItem;
import quizline.session.StudyQueue;
import quizline.session.StudyRules;
import quizline.session.StudySession;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.SqliteProgressStore;

/**
 * What an answer costs, step by step, in one JVM: {@code BenchAnswerSteps DB PACKS CACHE N NOW} opens the profile DB
 * for writing, loads the packs of the folder PACKS (through the pack cache in CACHE), makes the study queue as {@code
 * quizline study} does with the clock at NOW (advancing 1.5 s per reading), then answers N questions (true at a
 * true/false question, "don't know" at any other) and accepts each suggested grade. It prints the median, p99 and max
 * of each step: judging the answer, the grade (the answer's transaction, its durable commit included), picking the
 * next question, counting what is left; and the answering thread's CPU time (user+sys) during each grade.
 */
public final class BenchAnswerSteps {
    private BenchAnswerSteps() {}

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int count = Integer.parseInt(args[3]);
        Instant start = Instant.parse(args[4]);
        PackLibrary library = PackLibrary.load(Path.of(args[1]), List.of(), PackCache.in(Path.of(args[2])));
        try (SqliteProgressStore store = SqliteProgressStore.openForWriting(db)) {
            ProfileSettings settings = ProfileSettings.of(store.settings());
            StudyRules rules = settings.rules();
            Map<CardKey, Card> states = new HashMap<>();
            store.cards().forEach((key, progress) -> states.put(key, progress.card()));
            ProgressStore.Today today = new ProgressStore.Today(
                    rules.dayStart(start, ZoneOffset.UTC),
                    library.packList().stream().map(Pack::id).collect(Collectors.toSet()));
            StudyQueue queue = new StudyQueue(
                    StudyQueue.select(library.packList(), null, null),
                    states,
                    rules,
                    store.counts(today),
                    today,
                    rules.dayEnd(start, ZoneOffset.UTC),
                    count + 1);
            StudySession session =
                    new StudySession(queue, settings.scheduler(true), store, stepping(start), rules, count + 1);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[][] steps = new long[5][count];
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                StudyItem item = session.current().orElseThrow();
                session.shown();
                Outcome outcome = item.question() instanceof Question.TrueFalse
                        ? session.submit(new Response.Judgement(true))
                        : session.dontKnow();
                long t1 = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                session.grade(outcome.suggested());
                long t2 = System.nanoTime();
                steps[4][i] = threads.getCurrentThreadCpuTime() - cpu;
                session.current();
                long t3 = System.nanoTime();
                session.left();
                long t4 = System.nanoTime();
                steps[0][i] = t1 - t0;
                steps[1][i] = t2 - t1;
                steps[2][i] = t3 - t2;
                steps[3][i] = t4 - t3;
            }
            String[] names = {"judge", "grade (transaction, commit)", "next question", "what is left", "grade: CPU"};
            for (int s = 0; s < names.length; s++) {
                long[] sorted = steps[s].clone();
                Arrays.sort(sorted);
                System.out.printf(
                        "%-28s median %.2f ms; p99 %.2f ms; max %.2f ms%n",
                        names[s],
                        sorted[count / 2] / 1e6,
                        sorted[(int) Math.ceil(count * 0.99) - 1] / 1e6,
                        sorted[count - 1] / 1e6);
            }
        }
    }

    /** A clock at {@code start} that moves on 1.5 s each time it is read: a student answering at a steady pace. */
    private static Clock stepping(Instant start) {
        return new Clock() {
            private Instant now = start;

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now = now.plus(Duration.ofMillis(1500));
                return now;
            }
        };
    }
}
