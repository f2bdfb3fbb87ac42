package quizline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import quizline.pack.Answers;
import quizline.pack.Pack;
import quizline.pack.PackJson;
import quizline.pack.PackReader;
import quizline.pack.Question;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.Rating;
import quizline.schedule.Scheduler;
import quizline.session.ProfileSettings;
import quizline.store.CardKey;
import quizline.store.PostgresProgressStore;
import quizline.store.ProgressArchive;
import quizline.store.ProgressStore;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;
import quizline.store.ReviewRow;
import quizline.store.SqliteProgressStore;

/**
 * The synthetic class of {@code ./bench class-report}, made with quizline's own code.
 *
 * <p>{@code BenchClass DATA STUDENTS REVIEWS NOW}: in the data folder DATA, the pack {@code class-bench} of 200
 * questions (copies of the bundled pack's, written by the packs' JSON writer and read back by the pack reader) in
 * {@code packs/}, and STUDENTS profiles {@code student-NNN.db} of REVIEWS reviews each, through the progress import.
 * Each student has an ability and each question an ease (seeded draws); a card's first answer is right with a
 * probability from both, later ones are recalled 85 to 95 % of the time; each review is graded by FSRS-6 with the
 * default settings from the card's state, at its due time plus a random delay, starting 40 to 120 days before NOW.
 * Wrong answers are one of three per question, the first the most common. A student's log is cut to its oldest
 * REVIEWS reviews, which leaves every card's chain whole.
 *
 * <p>{@code BenchClass DATA STUDENTS REVIEWS NOW URL}, URL a PostgreSQL superuser's: the same class on the server too,
 * in a database of its own, {@code class_report_bench} (made afresh, a leftover of an earlier run dropped first), each
 * student a profile {@code student-NNN} there, the superuser the instructor; prints that database's URL last.
 */
public final class BenchClass {
    static final String PACK = "class-bench";
    static final int QUESTIONS = 200;
    static final int MAX_REVIEWS_PER_CARD = 8;
    static final long SEED = 20_261_207L;

    private BenchClass() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int students = Integer.parseInt(args[1]);
        int reviews = Integer.parseInt(args[2]);
        Instant now = Instant.parse(args[3]);
        Pack pack = pack(data.resolve("packs"));
        Random classDraws = new Random(SEED);
        double[] ease = new double[QUESTIONS];
        for (int q = 0; q < QUESTIONS; q++) {
            ease[q] = classDraws.nextDouble() * 3 - 1.5;
        }
        Scheduler scheduler = ProfileSettings.of(Map.of()).scheduler(true);
        long total = 0;
        String server = args.length > 4 ? classDatabase(args[4]) : null;
        for (int s = 0; s < students; s++) {
            double ability = 0.3 + 0.65 * classDraws.nextDouble();
            List<ReviewRecord> log = new ArrayList<>();
            for (int q = 0; q < QUESTIONS; q++) {
                log.addAll(card(scheduler, pack.questions().get(q), ability, ease[q], now, s * 1_000L + q));
            }
            log.sort(Comparator.comparing(ReviewRecord::at));
            List<ReviewRow> rows =
                    log.stream().limit(reviews).map(ReviewRow::of).toList();
            if (rows.size() < reviews) {
                throw new IllegalStateException("student " + s + ": only " + rows.size() + " reviews");
            }
            ProgressArchive.Archive archive =
                    new ProgressArchive.Archive(Map.of(), rows, List.of(), Map.of(), List.of(), List.of());
            String student = String.format("student-%03d", s + 1);
            try (SqliteProgressStore store = SqliteProgressStore.open(data.resolve(student + ".db"))) {
                total += ProgressArchive.importInto(store, archive).added();
            }
            if (server != null) {
                try (PostgresProgressStore store = PostgresProgressStore.open(server, student, null, null)) {
                    ProgressArchive.importInto(store, archive);
                }
            }
        }
        System.out.printf(
                "class: %d students, %,d reviews of pack %s (%d questions) in %s%s%n",
                students, total, PACK, QUESTIONS, data, server == null ? "" : " and on the server");
        if (server != null) {
            System.out.println(server);
        }
    }

    /** The database {@code class_report_bench} made afresh on the superuser's server {@code url}, and its URL. */
    private static String classDatabase(String url) throws Exception {
        String database = "class_report_bench";
        try (Connection db = DriverManager.getConnection(url);
                Statement s = db.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
        }
        return url.replaceFirst("^(jdbc:postgresql://[^/?]*)(/[^?]*)?", "$1/" + database);
    }

    private static Pack pack(Path dir) throws Exception {
        Files.createDirectories(dir);
        JsonNode bundled;
        try (InputStream in = Pack.class.getResourceAsStream("/questions/sco-summits.json")) {
            bundled = PackJson.mapper().readTree(in);
        }
        ArrayNode templates = (ArrayNode) bundled.get("questions");
        ObjectNode pack = bundled.deepCopy();
        pack.put("id", PACK);
        pack.put("title", "Class bench");
        pack.remove("conflicts");
        pack.remove("$schema");
        ArrayNode questions = pack.putArray("questions");
        for (int q = 0; q < QUESTIONS; q++) {
            ObjectNode question =
                    (ObjectNode) templates.get(q % templates.size()).deepCopy();
            question.put("id", question.get("id").asText() + "-" + q);
            question.put("fact", PACK + "-fact-" + q);
            questions.add(question);
        }
        String text = PackJson.write(pack);
        PackReader.Result read = PackReader.read(text);
        if (!read.ok()) {
            throw new IllegalStateException(PACK + ": " + read.problems().get(0));
        }
        Files.writeString(dir.resolve(PACK + ".json"), text);
        return read.pack().orElseThrow();
    }

    /** A card's reviews, the first one's verdict drawn from the student's ability and the question's ease. */
    private static List<ReviewRecord> card(
            Scheduler scheduler, Question question, double ability, double ease, Instant now, long seed) {
        Random random = new Random(SEED ^ seed * 0x9E3779B97F4A7C15L);
        CardKey key = new CardKey(PACK, question.id());
        String hash = Answers.keyHash(question);
        double first = 1 / (1 + Math.exp(-(Math.log(ability / (1 - ability)) + ease)));
        double recall = 0.85 + 0.1 * ability;
        List<ReviewRecord> reviews = new ArrayList<>();
        Card card = ProgressStore.newCard(key);
        Instant at = now.minus(Duration.ofDays(40 + random.nextInt(80))).plusSeconds(random.nextInt(86_400));
        for (int i = 0; i < MAX_REVIEWS_PER_CARD && at.isBefore(now); i++) {
            boolean right = random.nextDouble() < (i == 0 ? first : recall);
            Rating rating = !right ? Rating.AGAIN : random.nextDouble() < 0.1 ? Rating.HARD : Rating.GOOD;
            Verdict verdict = right ? Verdict.RIGHT : Verdict.WRONG;
            double w = random.nextDouble();
            String given = right ? "right answer" : w < 0.6 ? "wrong-a" : w < 0.85 ? "wrong-b" : "wrong-c";
            Card after = scheduler.next(card, rating, at);
            reviews.add(new ReviewRecord(
                    key,
                    at,
                    rating,
                    given,
                    verdict,
                    2_000 + random.nextInt(18_000),
                    card,
                    after,
                    ReviewKind.REVIEW,
                    hash));
            card = after;
            Duration interval = Duration.between(at, card.due());
            at = card.due().plusMillis((long) (random.nextDouble() * 0.1 * interval.toMillis()));
        }
        return reviews;
    }
}
