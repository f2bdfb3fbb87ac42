package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import quizline.PostgresServer;
import quizline.env.Env;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.Fsrs6;
import quizline.schedule.Rating;
import quizline.schedule.Scheduler;
import quizline.store.Backend;
import quizline.store.CardKey;
import quizline.store.PostgresProgressStore;
import quizline.store.ProgressStore;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;
import quizline.store.SqlProgressStore;
import quizline.store.SqliteProgressStore;

/**
 * {@code quizline stats} over a seeded profile with a varied history, against the output kept in {@code
 * src/test/resources/stats/}: every figure of the report, as the user reads it, pinned byte for byte, on both
 * backends. The history: 46 cards of three packs (one of them not loaded, so its questions have no prompt) answered
 * over five months by FSRS-6's own schedule, with lapses and relearning, cram answers between, a week without study,
 * cards suspended, buried (one burial over, one in force) and reset, in Berlin's time zone across a change of
 * daylight saving time.
 *
 * <p>{@code -Dquizline.golden.write=true} rewrites the kept output from the code as it is: only for a change of what
 * the report says, never to make this test pass.
 */
class StatsGoldenTest {
    private static final Instant NOW = Instant.parse("2024-11-05T10:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Path GOLDEN = Path.of("src/test/resources/stats");
    private static final List<String> SCO = List.of(
            "sco-founding-year",
            "india-pakistan-join-year",
            "member-count-2024",
            "mongolia-leader-enkhsaikhan-false",
            "samarkand-host-country",
            "uzbek-president-2024",
            "modi-absence-reason",
            "khamenei-message",
            "gould-davies-institution",
            "separatism-programme",
            "putin-june-conditions",
            "kazakhstan-csto-2022",
            "modi-not-time-for-war",
            "putin-xi-samarkand-thanks",
            "position-xi-jinping-president-china-choice",
            "position-kassym-jomart-tokayev-president-2c2a50-title-choice");
    private static final List<String> MINI =
            List.of("host-city", "kyrgyz-president", "founded", "belarus", "founders", "capital");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run stats(List<String> where, Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put(
                Env.PACKS,
                Path.of("src/test/resources/packs/mini.json").toAbsolutePath().toString());
        env.putAll(extraEnv);
        List<String> all = new ArrayList<>(List.of("stats"));
        all.addAll(where);
        all.addAll(List.of(args));
        String[] argv = all.toArray(String[]::new);
        CommandLine cli = Main.commandLine(new Env(env, Clock.fixed(NOW, BERLIN)), argv);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = cli.setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(argv);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theReportIsTheOneKept(Backend backend) throws Exception {
        List<String> where;
        if (backend == Backend.SQLITE) {
            Path file = dir.resolve("p.db");
            try (SqlProgressStore store = SqliteProgressStore.open(file)) {
                seed(store);
            }
            where = List.of("--db", file.toString());
        } else {
            String url = PostgresServer.inSchema(PostgresServer.freshSchema(null));
            try (SqlProgressStore store = PostgresProgressStore.open(url, "ann", null, null)) {
                seed(store);
            }
            where = List.of("--store", url, "--profile", "ann");
        }
        check("all.txt", stats(where, Map.of()));
        check("all-120.txt", stats(where, Map.of("COLUMNS", "120")));
        check("mini.txt", stats(where, Map.of(), "--pack", "mini"));
        check("sco.txt", stats(where, Map.of(), "--pack", "sco-summits"));
        check("gone.txt", stats(where, Map.of(), "--pack", "gone"));
    }

    private static void check(String name, Run run) throws IOException {
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        Path kept = GOLDEN.resolve(name);
        if (Boolean.getBoolean("quizline.golden.write")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(kept, run.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(kept, StandardCharsets.UTF_8), run.out(), name);
    }

    /** Writes the history into {@code store}, every answer in the order it was given. */
    private static void seed(ProgressStore store) {
        Random random = new Random(20241105);
        Scheduler fsrs = new Fsrs6();
        List<CardKey> keys = new ArrayList<>();
        SCO.forEach(id -> keys.add(new CardKey("sco-summits", id)));
        MINI.forEach(id -> keys.add(new CardKey("mini", id)));
        for (int i = 0; i < 24; i++) {
            keys.add(new CardKey("gone", "q" + i));
        }
        Instant firstDay = Instant.parse("2024-06-03T07:00:00Z");
        Instant breakFrom = Instant.parse("2024-09-09T00:00:00Z");
        Instant breakTo = Instant.parse("2024-09-16T00:00:00Z");
        List<ReviewRecord> log = new ArrayList<>();
        for (CardKey key : keys) {
            Card card = ProgressStore.newCard(key);
            Instant at = firstDay.plus(Duration.ofMinutes(random.nextInt(150 * 24 * 60)));
            while (at.isBefore(NOW)) {
                if (!at.isBefore(breakFrom) && at.isBefore(breakTo)) {
                    at = breakTo.plus(Duration.ofMinutes(random.nextInt(600)));
                    continue;
                }
                int draw = random.nextInt(100);
                Rating rating =
                        draw < 15 ? Rating.AGAIN : draw < 25 ? Rating.HARD : draw < 90 ? Rating.GOOD : Rating.EASY;
                Verdict verdict = rating == Rating.AGAIN
                        ? Verdict.WRONG
                        : rating == Rating.HARD && random.nextBoolean() ? Verdict.TYPO : Verdict.RIGHT;
                Card after = fsrs.next(card, rating, at);
                log.add(new ReviewRecord(
                        key,
                        at,
                        rating,
                        "typed " + rating,
                        verdict,
                        1000 + random.nextInt(9000),
                        card,
                        after,
                        ReviewKind.REVIEW,
                        "hash-" + key));
                // A student answers after the due time: minutes for a step, up to a fifth of an interval later
                long waited = Duration.between(at, after.due()).toMinutes();
                Instant next = after.due().plus(Duration.ofMinutes(random.nextInt((int) Math.max(30, waited / 5))));
                if (random.nextInt(100) < 12) {
                    // Crammed before its next review, so the card crammed is the one this review left
                    Instant cramAt = at.plusMillis(1
                            + (long) (random.nextDouble()
                                    * (Duration.between(at, next).toMillis() - 2)));
                    Rating cram = random.nextInt(3) == 0 ? Rating.AGAIN : Rating.GOOD;
                    log.add(new ReviewRecord(
                            key,
                            cramAt,
                            cram,
                            "crammed",
                            cram == Rating.AGAIN ? Verdict.WRONG : Verdict.RIGHT,
                            700,
                            after,
                            after,
                            ReviewKind.CRAM,
                            "hash-" + key));
                }
                card = after;
                at = next;
            }
        }
        log.sort(Comparator.comparing(ReviewRecord::at));
        log.forEach(store::record);
        // Answers of today, the study day of NOW: one early, before the day starts at 04:00 Berlin time (yesterday's)
        for (int i = 0; i < 4; i++) {
            CardKey key = keys.get(5 + 6 * i);
            Instant at = NOW.minus(Duration.ofMinutes(50 + 170L * i));
            Rating rating = i == 2 ? Rating.AGAIN : Rating.GOOD;
            store.record(
                    key,
                    new ProgressStore.Today(at, java.util.Set.of(key.packId())),
                    card -> new ReviewRecord(
                            key,
                            at,
                            rating,
                            "today",
                            rating == Rating.AGAIN ? Verdict.WRONG : Verdict.RIGHT,
                            1200,
                            card,
                            fsrs.next(card, rating, at),
                            ReviewKind.REVIEW,
                            "hash-" + key));
        }
        store.suspend(new ProgressStore.Suspension(keys.get(1), Instant.parse("2024-10-01T10:00:00Z"), false));
        store.suspend(new ProgressStore.Suspension(keys.get(17), Instant.parse("2024-10-20T10:00:00Z"), true));
        store.bury(keys.get(2), NOW.plus(Duration.ofHours(20)));
        store.bury(keys.get(3), NOW.minus(Duration.ofHours(20)));
        store.bury(keys.get(18), NOW.plus(Duration.ofDays(3)));
        store.forget(keys.get(4), Instant.parse("2024-11-01T09:00:00Z"));
        store.forget(keys.get(20), Instant.parse("2024-10-30T09:00:00Z"));
    }
}
