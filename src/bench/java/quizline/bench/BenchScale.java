package quizline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
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
import quizline.store.ProgressArchive;
import quizline.store.ProgressStore;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;
import quizline.store.ReviewRow;
import quizline.store.SqliteProgressStore;

/**
 * The synthetic bank and profile of {@code ./bench scale}, made with quizline's own code, and the driver that times
 * answers.
 *
 * <p>{@code BenchScale bank DIR}: 50 packs of 2,000 questions each in DIR, every question a copy of one of the
 * bundled pack's (each with a fact key of its own, so that no two are siblings), written by the packs' JSON writer and
 * read back by the pack reader.
 *
 * <p>{@code BenchScale profile DB DIR N NOW}: a profile of N reviews of the bank in DIR, ten per card (so min(100,000,
 * N/10) cards, spread evenly over the bank), each graded by FSRS-6 with the default settings from the card's state,
 * at its due time plus a random delay, with a fixed seed; a card's reviews end before NOW, some of them with the card
 * due by then. The reviews go into the profile through the progress import.
 *
 * <p>{@code BenchScale answers N COMMAND...}: runs COMMAND (a study session in plain mode), answers each question
 * with a key it takes, accepts the suggested grade, and prints, in milliseconds, the time from each grade sent to the
 * next question's answer prompt (the answer durably saved in between), for N answers.
 */
public final class BenchScale {
    static final int PACKS = 50;
    static final int QUESTIONS = 2_000;
    static final int REVIEWS_PER_CARD = 10;
    static final long SEED = 20_261_205L;

    private BenchScale() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "bank" -> bank(Path.of(args[1]));
            case "profile" ->
                profile(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Instant.parse(args[4]));
            case "answers" -> answers(Integer.parseInt(args[1]), List.of(args).subList(2, args.length));
            default -> throw new IllegalArgumentException("bank, profile or answers, not " + args[0]);
        }
    }

    private static void bank(Path dir) throws IOException {
        Files.createDirectories(dir);
        JsonNode bundled;
        try (InputStream in = Pack.class.getResourceAsStream("/questions/sco-summits.json")) {
            bundled = PackJson.mapper().readTree(in);
        }
        ArrayNode templates = (ArrayNode) bundled.get("questions");
        for (int p = 0; p < PACKS; p++) {
            ObjectNode pack = bundled.deepCopy();
            String id = packId(p);
            pack.put("id", id);
            pack.put("title", "Bank " + (p + 1));
            pack.remove("conflicts");
            pack.remove("$schema");
            ArrayNode questions = pack.putArray("questions");
            for (int q = 0; q < QUESTIONS; q++) {
                ObjectNode question =
                        (ObjectNode) templates.get(q % templates.size()).deepCopy();
                question.put("id", question.get("id").asText() + "-" + q);
                question.put("fact", id + "-fact-" + q);
                questions.add(question);
            }
            String text = PackJson.write(pack);
            PackReader.Result read = PackReader.read(text);
            if (!read.ok()) {
                throw new IllegalStateException(id + ": " + read.problems().get(0));
            }
            Files.writeString(dir.resolve(id + ".json"), text);
        }
        System.out.printf("bank: %d packs of %,d questions in %s%n", PACKS, QUESTIONS, dir);
    }

    private static String packId(int p) {
        return String.format("bank-%02d", p + 1);
    }

    private static List<Pack> readBank(Path dir) throws IOException {
        List<Pack> packs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                packs.add(PackReader.read(Files.readString(file)).pack().orElseThrow());
            }
        }
        return packs;
    }

    private static void profile(Path db, Path bankDir, int reviews, Instant now) throws Exception {
        List<Question> bank = new ArrayList<>();
        List<String> packOf = new ArrayList<>();
        for (Pack pack : readBank(bankDir)) {
            for (Question q : pack.questions()) {
                bank.add(q);
                packOf.add(pack.id());
            }
        }
        int cards = Math.min(bank.size(), Math.max(1, reviews / REVIEWS_PER_CARD));
        Scheduler scheduler = ProfileSettings.of(Map.of()).scheduler(true);
        List<ReviewRecord> log = new ArrayList<>(reviews);
        for (int c = 0; c < cards && log.size() < reviews; c++) {
            int index = (int) ((long) c * bank.size() / cards);
            CardKey key = new CardKey(packOf.get(index), bank.get(index).id());
            String hash = Answers.keyHash(bank.get(index));
            int count = Math.min(REVIEWS_PER_CARD, reviews - log.size());
            // A first run from the epoch gives the span of the card's reviews and its last interval; the second run,
            // the same draws, ends that span a random part of the last interval (up to 1.3 of it) before now.
            List<ReviewRecord> trial = card(scheduler, key, hash, Instant.EPOCH, count, Instant.MAX, c);
            ReviewRecord last = trial.get(trial.size() - 1);
            Duration span = Duration.between(trial.get(0).at(), last.at());
            Duration interval = Duration.between(last.at(), last.after().due());
            double u = new Random(SEED ^ (c * 31L + 7)).nextDouble();
            Instant start = now.minus(span).minusMillis((long) (u * 1.3 * interval.toMillis()));
            log.addAll(card(scheduler, key, hash, start, count, now, c));
        }
        log.sort(Comparator.comparing(ReviewRecord::at));
        List<ReviewRow> rows = log.stream().map(ReviewRow::of).toList();
        log.clear();
        ProgressArchive.Archive archive =
                new ProgressArchive.Archive(Map.of(), rows, List.of(), Map.of(), List.of(), List.of());
        try (SqliteProgressStore store = SqliteProgressStore.open(db)) {
            ProgressArchive.ImportResult result = ProgressArchive.importInto(store, archive);
            System.out.printf(
                    "profile: %,d reviews of %,d cards in %s (%,d bytes)%n",
                    result.added(), result.cardsRebuilt(), db, Files.size(db));
        }
    }

    /** Up to {@code count} reviews of one card from {@code start}, each at its due time plus a delay, before {@code end}. */
    private static List<ReviewRecord> card(
            Scheduler scheduler, CardKey key, String hash, Instant start, int count, Instant end, int seed) {
        Random random = new Random(SEED + seed);
        List<ReviewRecord> reviews = new ArrayList<>();
        Card card = ProgressStore.newCard(key);
        Instant at = start;
        for (int i = 0; i < count && at.isBefore(end); i++) {
            double draw = random.nextDouble();
            Rating rating =
                    draw < 0.10 ? Rating.AGAIN : draw < 0.20 ? Rating.HARD : draw < 0.92 ? Rating.GOOD : Rating.EASY;
            Verdict verdict =
                    rating == Rating.AGAIN ? Verdict.WRONG : rating == Rating.HARD ? Verdict.TYPO : Verdict.RIGHT;
            Card after = scheduler.next(card, rating, at);
            reviews.add(new ReviewRecord(
                    key,
                    at,
                    rating,
                    "answer",
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

    private static void answers(int count, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Long> times = new ArrayList<>();
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                OutputStream in = process.getOutputStream()) {
            StringBuilder line = new StringBuilder();
            long graded = -1;
            int c;
            while ((c = out.read()) >= 0) {
                if (c == '\n') {
                    line.setLength(0);
                    continue;
                }
                line.append((char) c);
                String text = line.toString();
                if (!text.endsWith(": ") || out.ready()) {
                    continue;
                }
                String reply;
                if (text.startsWith("Grade (")) {
                    if (times.size() == count) {
                        break;
                    }
                    graded = System.nanoTime();
                    reply = "\n";
                } else if (text.startsWith("Your answer")
                        || text.startsWith("True or false")
                        || text.startsWith("Fill the blank")
                        || text.startsWith("Blank ")) {
                    if (graded >= 0 && (!text.startsWith("Blank ") || text.startsWith("Blank 1 "))) {
                        times.add((System.nanoTime() - graded) / 1_000);
                        graded = -1;
                    }
                    reply = text.startsWith("True or false") ? "t\n" : "1\n";
                } else {
                    continue;
                }
                in.write(reply.getBytes(StandardCharsets.UTF_8));
                in.flush();
                line.setLength(0);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
        if (times.size() < count) {
            throw new IllegalStateException("only " + times.size() + " answers were timed, not " + count);
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(
                "answers: %d; median %.1f ms; p99 %.1f ms; max %.1f ms%n",
                sorted.size(),
                sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0);
    }
}
