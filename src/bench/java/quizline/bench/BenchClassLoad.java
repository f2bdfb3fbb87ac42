package quizline.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.Response;
import quizline.schedule.Card;
import quizline.schedule.Fsrs6;
import quizline.session.Outcome;
import quizline.session.StudyQueue;
import quizline.session.StudyRules;
import quizline.session.StudySession;
import quizline.store.CardKey;
import quizline.store.PostgresProgressStore;
import quizline.store.ProgressStore;
import quizline.store.ReviewRecord;
import quizline.store.StoreFailure;

/**
 * The load of {@code ./bench class-load}: a class studying at once against one PostgreSQL server.
 *
 * <p>{@code BenchClassLoad URL STUDENTS MINUTES SEED}, URL a superuser's: makes a database of its own owned by an
 * instructor's role, which makes the tables (quizline's migrations), and one role per student, then runs STUDENTS
 * students for MINUTES, each on its own connection and profile through a {@link StudySession} over a pack of 200
 * true/false questions, as {@code quizline study} runs one: a question shown, the student thinks (2 to 10 s, seeded,
 * the first answer of each student spread over the first 10 s), answers right with the student's own probability and
 * takes the suggested grade; the time from the answer given to the grade returned (the review committed) is the
 * latency measured. A session that runs dry is followed by a new one, which reads the profile again. At the end every
 * review row on the server is matched, per student, against the answers that student saw acknowledged: none may be
 * missing or there twice. Exits 1 when one is; the database and roles are dropped in any case.
 */
public final class BenchClassLoad {
    static final int QUESTIONS = 200;
    static final String PACK = "class-load";
    static final long THINK_MIN_MS = 2_000;
    static final long THINK_MAX_MS = 10_000;
    static final int REFERENCE_COMMITS = 500;

    private BenchClassLoad() {}

    /** One student's run: what they saw acknowledged (question and time, the row's identity), and the latencies. */
    private static final class Student implements Runnable {
        final String role;
        final ProgressStore store;
        final Pack pack;
        final Random random;
        final double ability;
        final long deadline;
        final CountDownLatch start;
        final Set<String> acknowledged = new HashSet<>();
        final List<Refused> failed = new ArrayList<>();
        long[] latencies = new long[256];
        int answers;
        String error;

        Student(String role, ProgressStore store, Pack pack, long seed, long deadline, CountDownLatch start) {
            this.role = role;
            this.store = store;
            this.pack = pack;
            this.random = new Random(seed);
            this.ability = 0.6 + 0.35 * random.nextDouble();
            this.deadline = deadline;
            this.start = start;
        }

        @Override
        public void run() {
            try {
                start.await();
                Thread.sleep((long) (random.nextDouble() * THINK_MAX_MS)); // the class does not answer in step
                StudySession session = session();
                while (System.nanoTime() < deadline) {
                    if (session.current().isEmpty()) {
                        think();
                        session = session();
                        continue;
                    }
                    Question.TrueFalse question =
                            (Question.TrueFalse) session.current().orElseThrow().question();
                    session.shown();
                    think();
                    if (System.nanoTime() >= deadline) {
                        break;
                    }
                    boolean right = random.nextDouble() < ability;
                    long begin = System.nanoTime();
                    long from = System.currentTimeMillis();
                    ReviewRecord review;
                    try {
                        Outcome outcome = session.submit(new Response.Judgement(right == question.answer()));
                        review = session.grade(outcome.suggested());
                    } catch (StoreFailure e) {
                        failed.add(new Refused(question.id(), from, System.currentTimeMillis()));
                        error = e.getMessage();
                        session = session();
                        continue;
                    }
                    long took = System.nanoTime() - begin;
                    acknowledged.add(identity(question.id(), review.at()));
                    if (answers == latencies.length) {
                        latencies = Arrays.copyOf(latencies, answers * 2);
                    }
                    latencies[answers++] = took;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                error = String.valueOf(e.getMessage());
            }
        }

        private void think() throws InterruptedException {
            long ms = THINK_MIN_MS + (long) (random.nextDouble() * (THINK_MAX_MS - THINK_MIN_MS));
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            Thread.sleep(Math.max(0, Math.min(ms, left)));
        }

        /** A session started as {@code study} starts one: the profile's card states and today's counts read once. */
        private StudySession session() {
            Clock clock = Clock.systemUTC();
            Instant now = clock.instant();
            StudyRules d = StudyRules.DEFAULTS;
            // No daily new-card limit: a ten-minute class must not run out of questions
            StudyRules rules =
                    new StudyRules(QUESTIONS, d.reviewsPerDay(), d.dayStartsAt(), d.learnAhead(), d.leechLapses());
            Map<CardKey, Card> states = new HashMap<>();
            store.cards().forEach((key, progress) -> states.put(key, progress.card()));
            ProgressStore.Today today = new ProgressStore.Today(rules.dayStart(now, ZoneOffset.UTC), Set.of(PACK));
            StudyQueue queue = new StudyQueue(
                    StudyQueue.select(List.of(pack), null, null),
                    states,
                    rules,
                    store.counts(today),
                    today,
                    rules.dayEnd(now, ZoneOffset.UTC),
                    QUESTIONS);
            return new StudySession(queue, new Fsrs6(), store, clock, rules);
        }
    }

    /** An answer the store refused (an error): between {@code from} and {@code to}, in epoch milliseconds. */
    private record Refused(String questionId, long from, long to) {
        boolean couldBe(String questionId, long at) {
            return this.questionId.equals(questionId) && at >= from && at <= to;
        }
    }

    /** A review row's identity: a student answers one question at most once a millisecond. */
    static String identity(String questionId, Instant at) {
        return questionId + "@" + at.toEpochMilli();
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int students = Integer.parseInt(args[1]);
        double minutes = Double.parseDouble(args[2]);
        long seed = Long.parseLong(args[3]);
        String run = "load" + ProcessHandle.current().pid();
        String database = run;
        String instructor = run + "_teacher";
        String password = Long.toHexString(new Random(seed).nextLong() & Long.MAX_VALUE);
        List<String> roles = new ArrayList<>();
        for (int s = 1; s <= students; s++) {
            roles.add(String.format("%s_s%03d", run, s));
        }
        int available = maxConnections(url);
        if (available < students + 5) {
            System.err.printf(
                    "class-load: the server takes %d connections; %d students need %d (max_connections)%n",
                    available, students, students + 5);
            System.exit(2);
        }
        boolean made = false;
        int exit;
        try {
            List<String> setup = new ArrayList<>();
            setup.add("CREATE ROLE " + instructor + " LOGIN PASSWORD '" + password + "'");
            roles.forEach(r -> setup.add("CREATE ROLE " + r + " LOGIN PASSWORD '" + password + "'"));
            setup.add("CREATE DATABASE " + database + " OWNER " + instructor);
            made = true;
            admin(url, setup);
            String classUrl = inDatabase(url, database);
            exit = load(classUrl, instructor, roles, password, minutes, seed);
        } finally {
            if (made) {
                List<String> drop = new ArrayList<>();
                drop.add("DROP DATABASE IF EXISTS " + database);
                drop.add("DROP ROLE IF EXISTS " + instructor);
                roles.forEach(r -> drop.add("DROP ROLE IF EXISTS " + r));
                admin(url, drop);
            }
        }
        System.exit(exit);
    }

    private static int load(
            String classUrl, String instructor, List<String> roles, String password, double minutes, long seed)
            throws Exception {
        Pack pack = pack();
        PostgresProgressStore.open(classUrl, null, instructor, password).close(); // the instructor makes the tables
        double[] reference = referenceCommits(classUrl, instructor, password);

        List<PostgresProgressStore> stores = new ArrayList<>();
        List<Student> students = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try {
            for (String role : roles) {
                stores.add(PostgresProgressStore.open(classUrl, null, role, password));
            }
            long begin = System.nanoTime();
            long deadline = begin + (long) (minutes * 60e9);
            Random seeds = new Random(seed);
            for (int s = 0; s < roles.size(); s++) {
                Student student = new Student(roles.get(s), stores.get(s), pack, seeds.nextLong(), deadline, start);
                students.add(student);
                Thread thread = new Thread(student, roles.get(s));
                threads.add(thread);
                thread.start();
            }
            start.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            return report(classUrl, instructor, password, students, seconds, reference);
        } finally {
            for (PostgresProgressStore store : stores) {
                store.close();
            }
        }
    }

    private static int report(
            String classUrl,
            String instructor,
            String password,
            List<Student> students,
            double seconds,
            double[] reference)
            throws SQLException {
        record Row(String questionId, long at) {}
        Map<String, List<Row>> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection(classUrl, instructor, password);
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT profile, question_id, reviewed_at FROM review")) {
            while (r.next()) {
                stored.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(new Row(r.getString(2), r.getLong(3)));
            }
        }
        int answers = 0;
        int rows = 0;
        int lost = 0;
        int duplicated = 0;
        int failures = 0;
        int failedButStored = 0;
        int strangers = 0;
        long[] all = new long[0];
        for (Student student : students) {
            List<Row> theirs = stored.getOrDefault(student.role, List.of());
            rows += theirs.size();
            answers += student.answers;
            failures += student.failed.size();
            Set<String> seen = new HashSet<>();
            for (Row found : theirs) {
                String row = identity(found.questionId(), Instant.ofEpochMilli(found.at()));
                if (!seen.add(row)) {
                    duplicated++;
                } else if (!student.acknowledged.contains(row)) {
                    if (student.failed.stream().anyMatch(f -> f.couldBe(found.questionId(), found.at()))) {
                        failedButStored++;
                    } else {
                        strangers++;
                    }
                }
            }
            for (String answer : student.acknowledged) {
                if (!seen.contains(answer)) {
                    lost++;
                }
            }
            if (student.error != null) {
                System.out.println(student.role + ": " + student.error);
            }
            int from = all.length;
            all = Arrays.copyOf(all, from + student.answers);
            System.arraycopy(student.latencies, 0, all, from, student.answers);
        }
        for (String profile : stored.keySet()) {
            if (students.stream().noneMatch(s -> s.role.equals(profile))) {
                strangers += stored.get(profile).size();
            }
        }
        Arrays.sort(all);
        System.out.printf(
                "reference: one-row INSERT and COMMIT on one idle connection, %d in a row before the load:"
                        + " median %.2f ms, p99 %.2f ms%n",
                REFERENCE_COMMITS, reference[0], reference[1]);
        System.out.printf(
                "class load: %d students for %.1f s, %,d answers acknowledged (%.1f per second), %d refused%n",
                students.size(), seconds, answers, answers / seconds, failures);
        System.out.printf(
                "answer -> commit: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                millis(all, 0.50),
                millis(all, 0.95),
                millis(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.out.printf(
                "counts: %,d review rows for %,d acknowledged answers: %d lost, %d duplicated, %d not acknowledged"
                        + " (refused yet stored %d, unknown %d)%n",
                rows, answers, lost, duplicated, failedButStored + strangers, failedButStored, strangers);
        boolean ok = lost == 0 && duplicated == 0 && strangers == 0 && answers > 0;
        System.out.println(ok ? "counts check: passed" : "counts check: FAILED");
        return ok ? 0 : 1;
    }

    /** The nearest-rank quantile {@code q} of sorted nanoseconds, in milliseconds. */
    static double millis(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** The server's own commit, for scale: one-row inserts each committed, on one connection, median and p99. */
    private static double[] referenceCommits(String classUrl, String instructor, String password) throws SQLException {
        long[] took = new long[REFERENCE_COMMITS];
        try (Connection db = DriverManager.getConnection(classUrl, instructor, password);
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE reference_commit (id bigserial PRIMARY KEY, at bigint NOT NULL)");
            db.setAutoCommit(false);
            try (PreparedStatement p = db.prepareStatement("INSERT INTO reference_commit (at) VALUES (?)")) {
                for (int i = 0; i < took.length; i++) {
                    long begin = System.nanoTime();
                    p.setLong(1, begin);
                    p.executeUpdate();
                    db.commit();
                    took[i] = System.nanoTime() - begin;
                }
            }
            s.execute("DROP TABLE reference_commit");
            db.commit();
        }
        Arrays.sort(took);
        return new double[] {millis(took, 0.5), millis(took, 0.99)};
    }

    private static Pack pack() {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            questions.add(new Question.TrueFalse(
                    "statement-" + i, "Statement " + i, i % 3 != 0, List.of(), null, null, null));
        }
        return new Pack(
                null, 1, PACK, "Class load", 1, LocalDate.of(2026, 12, 7), null, List.of(), questions, List.of());
    }

    private static int maxConnections(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url);
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SHOW max_connections")) {
            r.next();
            return Integer.parseInt(r.getString(1));
        }
    }

    private static void admin(String url, List<String> statements) throws SQLException {
        try (Connection db = DriverManager.getConnection(url);
                Statement s = db.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** The superuser's URL pointed at {@code database}, its user and password left out (each role gives its own). */
    static String inDatabase(String url, String database) {
        int query = url.indexOf('?');
        String address = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query + 1);
        address = address.replaceFirst("^(jdbc:postgresql://[^/]*)(/[^/]*)?$", "$1/" + database);
        List<String> kept = new ArrayList<>();
        for (String param : params.split("&")) {
            if (!param.isEmpty() && !param.matches("(?i)(user|password)=.*")) {
                kept.add(param);
            }
        }
        return kept.isEmpty() ? address : address + "?" + String.join("&", kept);
    }
}
