package quizline.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quizline.env.Env;
import quizline.fit.RetentionStudy;
import quizline.fit.Simulation;
import quizline.pack.Pack;
import quizline.pack.PackCache;
import quizline.pack.PackLibrary;
import quizline.pack.Question;
import quizline.schedule.Card;
import quizline.schedule.FsrsParameters;
import quizline.schedule.SchedulerOptions;
import quizline.schedule.Steps;
import quizline.session.ProfileSettings;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.RevlogExport;
import quizline.store.SqlProgressStore;

/**
 * A profile's year ahead, for the workload figures of {@code fsrs retention} and {@code config
 * retention}: its cards as they stand (suspended ones left out) and the loaded packs' questions it
 * has not studied yet, learned at its new-per-day limit, with the time it takes on each grade
 * (its median answer times, or 20/12/8/6 seconds for Again/Hard/Good/Easy without any).
 */
final class FsrsWorkload {
    static final int DAYS = 365;
    static final long SEED = 1;
    private static final double[] TYPICAL_SECONDS = {20, 12, 8, 6};

    final List<Simulation.Start> cards;
    final FsrsParameters weights;
    final SchedulerOptions options;
    final Simulation.Settings settings;
    final Instant start;
    final int studied;

    private FsrsWorkload(
            List<Simulation.Start> cards,
            FsrsParameters weights,
            SchedulerOptions options,
            Simulation.Settings settings,
            Instant start,
            int studied) {
        this.cards = cards;
        this.weights = weights;
        this.options = options;
        this.settings = settings;
        this.start = start;
        this.studied = studied;
    }

    static FsrsWorkload of(SqlProgressStore store, Env env) {
        ProfileSettings s = ProfileSettings.of(store.settings());
        Instant now = env.clock().instant();
        List<Simulation.Start> cards = new ArrayList<>();
        Map<CardKey, ProgressStore.CardProgress> progress = store.cards();
        var suspended = store.suspended().keySet();
        progress.entrySet().stream()
                .filter(e -> !suspended.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey(
                        (a, b) -> (a.packId() + "/" + a.questionId()).compareTo(b.packId() + "/" + b.questionId())))
                .forEach(e -> cards.add(new Simulation.Start(
                        e.getKey().packId() + "/" + e.getKey().questionId(),
                        e.getValue().card(),
                        null)));
        int studied = cards.size();
        PackLibrary library = PackLibrary.load(env.dataDir(), env.packPaths(), PackCache.in(env.cacheDir()));
        for (Pack pack : library.packList()) {
            for (Question q : pack.questions()) {
                CardKey key = new CardKey(pack.id(), q.id());
                if (!progress.containsKey(key) && !suspended.contains(key)) {
                    String id = pack.id() + "/" + q.id();
                    cards.add(new Simulation.Start(id, Card.newCard(id, now), null));
                }
            }
        }
        String params = s.value("fsrs-params");
        FsrsParameters weights = params.isBlank() ? FsrsParameters.defaults() : FsrsParameters.parse(params);
        SchedulerOptions options = SchedulerOptions.defaults()
                .withLearningSteps(Steps.parse(s.value("learning-steps")))
                .withRelearningSteps(Steps.parse(s.value("relearning-steps")))
                .withMaxInterval(Integer.parseInt(s.value("max-interval")))
                .withFuzz(true);
        Simulation.Settings settings = Simulation.Settings.typical(DAYS, Integer.parseInt(s.value("new-per-day")), SEED)
                .withReviewsPerDay(Integer.parseInt(s.value("reviews-per-day")))
                .withSeconds(seconds(store));
        return new FsrsWorkload(cards, weights, options, settings, now, studied);
    }

    /** Median seconds of the profile's answers per grade; the typical figure for a grade never given. */
    private static double[] seconds(SqlProgressStore store) {
        Map<Integer, List<Long>> byGrade = new HashMap<>();
        for (RevlogExport.Scheduled r : RevlogExport.scheduled(store)) {
            if (r.durationMillis() > 0) {
                byGrade.computeIfAbsent(r.rating(), k -> new ArrayList<>()).add(r.durationMillis());
            }
        }
        double[] out = TYPICAL_SECONDS.clone();
        for (int g = 1; g <= 4; g++) {
            List<Long> d = byGrade.get(g);
            if (d != null) {
                long[] sorted = d.stream().mapToLong(Long::longValue).sorted().toArray();
                out[g - 1] = Math.min(
                                sorted[sorted.length / 2], Duration.ofMinutes(2).toMillis())
                        / 1000.0;
            }
        }
        return out;
    }

    RetentionStudy.Level at(double retention) {
        return RetentionStudy.simulate(weights, options, cards, start, settings, retention);
    }

    List<RetentionStudy.Level> compare() {
        return RetentionStudy.compare(weights, options, cards, start, settings);
    }
}
