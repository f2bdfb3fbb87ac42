package quizline.fit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.SplittableRandom;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Fsrs6;
import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;
import quizline.schedule.MemoryModel;
import quizline.schedule.MemoryState;
import quizline.schedule.Rating;
import quizline.schedule.Scheduler;
import quizline.schedule.SchedulerOptions;

/**
 * A learner studying day after day: every card the scheduler says is due that day is reviewed
 * (learning steps the same day, at their time), up to the day's limits, new cards introduced a
 * few a day; whether a card is recalled is drawn from a memory model of the learner (the hidden
 * "truth"), which need not be the model the scheduler believes. Seeded: the same settings give
 * the same log. Study days are UTC dates; each day's session starts at 09:00 UTC.
 */
public final class Simulation {
    private static final Duration SESSION_START = Duration.ofHours(9);
    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    /**
     * How the learner studies.
     *
     * @param days days simulated
     * @param newPerDay new cards introduced a day
     * @param reviewsPerDay reviews of cards in Review state a day (learning steps are not counted)
     * @param firstGrades chances of Again, Hard, Good, Easy at a card's first review
     * @param passGrades chances of Hard, Good, Easy when a card is recalled
     * @param seconds seconds spent on a review graded Again, Hard, Good, Easy
     * @param seed seeds every draw
     */
    public record Settings(
            int days,
            int newPerDay,
            int reviewsPerDay,
            double[] firstGrades,
            double[] passGrades,
            double[] seconds,
            long seed) {

        /** A typical learner: first grades 20/10/60/10 %, passes 10/80/10 %, 20 s on a lapse, 8 s on a pass. */
        public static Settings typical(int days, int newPerDay, long seed) {
            return new Settings(
                    days,
                    newPerDay,
                    Integer.MAX_VALUE,
                    new double[] {0.2, 0.1, 0.6, 0.1},
                    new double[] {0.1, 0.8, 0.1},
                    new double[] {20, 12, 8, 6},
                    seed);
        }

        public Settings withSeconds(double[] perGrade) {
            return new Settings(days, newPerDay, reviewsPerDay, firstGrades, passGrades, perGrade, seed);
        }

        public Settings withReviewsPerDay(int limit) {
            return new Settings(days, newPerDay, limit, firstGrades, passGrades, seconds, seed);
        }
    }

    /**
     * What the simulated learner did.
     *
     * @param log every review, in the order answered
     * @param seconds time spent reviewing
     * @param remembered expected number of cards recalled at the end: the sum of their recall probabilities
     * @param introduced cards studied at least once by the end
     */
    public record Outcome(List<LoggedReview> log, double seconds, double remembered, int introduced, int days) {
        public double reviewsPerDay() {
            return (double) log.size() / days;
        }

        public double minutesPerDay() {
            return seconds / 60 / days;
        }
    }

    /** One card's place in the simulation. */
    private static final class Sim {
        final String id;
        final int index;
        Card card;
        MemoryState truth;
        Instant last;

        Sim(String id, int index, Card card, MemoryState truth, Instant last) {
            this.id = id;
            this.index = index;
            this.card = card;
            this.truth = truth;
            this.last = last;
        }
    }

    private Simulation() {}

    /**
     * A learner drawn from the spread of users' fitted weights: the defaults, w4–w20 each moved by
     * a normal draw of {@code sigmas} times its standard deviation across users; the four initial
     * stabilities scaled by a log-normal draw (σ 0.5·sigmas) and kept in grade order, as every
     * learner remembers an Easy card longer than one forgotten; all clipped to their bounds.
     */
    public static FsrsParameters drawLearner(long seed, double sigmas) {
        Random random = new Random(seed);
        double[] w = FsrsParameters.defaults().weights();
        for (int i = 0; i < 4; i++) {
            w[i] *= Math.exp(random.nextGaussian() * 0.5 * sigmas);
        }
        Arrays.sort(w, 0, 4);
        for (int i = 4; i < w.length; i++) {
            w[i] += random.nextGaussian() * sigmas * Optimizer.SPREAD[i];
        }
        return new FsrsParameters(FsrsParameters.clip(w, true, 1));
    }

    /**
     * The first {@code reviews} reviews of a learner whose memory follows {@code truth}, studying 20
     * new cards a day with the default scheduler (fuzz on) from {@code start}.
     */
    public static List<LoggedReview> learnerLog(FsrsParameters truth, int reviews, Instant start, long seed) {
        Fsrs6 scheduler =
                new Fsrs6(FsrsParameters.defaults(), SchedulerOptions.defaults().withFuzz(true));
        int days = 40 + reviews / 200;
        while (true) {
            Outcome o =
                    ofNewCards(scheduler, new Fsrs6Model(truth), 20 * days, start, Settings.typical(days, 20, seed));
            if (o.log().size() >= reviews) {
                return List.copyOf(o.log().subList(0, reviews));
            }
            days += Math.max(
                    10, days * (reviews - o.log().size()) / Math.max(1, o.log().size()));
        }
    }

    /** {@code count} new cards, named {@code c0}, {@code c1}, …, studied from {@code start}. */
    public static Outcome ofNewCards(
            Scheduler scheduler, MemoryModel truth, int count, Instant start, Settings settings) {
        List<Start> cards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "c" + i;
            cards.add(new Start(id, Card.newCard(id, start), null));
        }
        return run(scheduler, truth, cards, start, settings);
    }

    /**
     * A card at the start: its scheduling state, and the learner's memory of it ({@code null} for
     * a new card; otherwise taken as the card's own stability and difficulty when this is null).
     */
    public record Start(String id, Card card, MemoryState memory) {}

    public static Outcome run(Scheduler scheduler, MemoryModel truth, List<Start> cards, Instant start, Settings s) {
        SplittableRandom random = new SplittableRandom(s.seed());
        PriorityQueue<Sim> due = new PriorityQueue<>((a, b) -> {
            int c = a.card.due().compareTo(b.card.due());
            return c != 0 ? c : Integer.compare(a.index, b.index);
        });
        List<Sim> fresh = new ArrayList<>();
        List<Sim> all = new ArrayList<>();
        for (Start c : cards) {
            Sim sim;
            if (c.card().state() == CardState.NEW) {
                sim = new Sim(c.id(), all.size(), c.card(), null, null);
                fresh.add(sim);
            } else {
                MemoryState memory = c.memory() != null
                        ? c.memory()
                        : new MemoryState(c.card().stability(), c.card().difficulty());
                sim = new Sim(c.id(), all.size(), c.card(), memory, c.card().lastReview());
                due.add(sim);
            }
            all.add(sim);
        }
        long dayZero = Math.floorDiv(start.toEpochMilli(), DAY_MILLIS) * DAY_MILLIS;
        List<LoggedReview> log = new ArrayList<>();
        double seconds = 0;
        int nextFresh = 0;
        for (int day = 0; day < s.days(); day++) {
            Instant dayStart = Instant.ofEpochMilli(dayZero + day * DAY_MILLIS);
            Instant dayEnd = dayStart.plusMillis(DAY_MILLIS);
            Instant clock = dayStart.plus(SESSION_START);
            for (int n = 0; n < s.newPerDay() && nextFresh < fresh.size(); n++) {
                Sim sim = fresh.get(nextFresh++);
                sim.card = withDue(sim.card, clock);
                due.add(sim);
            }
            int reviews = 0;
            List<Sim> postponed = new ArrayList<>();
            while (!due.isEmpty() && due.peek().card.due().isBefore(dayEnd)) {
                Sim sim = due.poll();
                boolean limited = sim.card.state() == CardState.REVIEW;
                if (limited && reviews >= s.reviewsPerDay()) {
                    postponed.add(sim);
                    continue;
                }
                Instant at = sim.card.due().isAfter(clock) ? sim.card.due() : clock;
                if (!at.isBefore(dayEnd)) {
                    postponed.add(sim);
                    continue;
                }
                reviews += limited ? 1 : 0;
                int grade = grade(sim, truth, at, s, random);
                int stateBefore = sim.card.state().ordinal();
                sim.card = scheduler.next(sim.card, Rating.ofGrade(grade), at);
                if (sim.truth == null) {
                    sim.truth = truth.initial(grade);
                } else {
                    sim.truth = truth.next(sim.truth, studyDays(sim.last, at), grade);
                }
                sim.last = at;
                log.add(new LoggedReview(sim.id, at, grade, stateBefore));
                double spent = s.seconds()[grade - 1];
                seconds += spent;
                clock = at.plusMillis((long) (spent * 1000));
                due.add(sim);
            }
            for (Sim sim : postponed) {
                sim.card = withDue(sim.card, dayEnd);
                due.add(sim);
            }
        }
        Instant end = Instant.ofEpochMilli(dayZero + s.days() * DAY_MILLIS);
        double remembered = 0;
        int introduced = 0;
        for (Sim sim : all) {
            if (sim.truth != null) {
                introduced++;
                remembered += truth.retrievability(studyDays(sim.last, end), sim.truth.stability());
            }
        }
        return new Outcome(log, seconds, remembered, introduced, s.days());
    }

    private static int grade(Sim sim, MemoryModel truth, Instant at, Settings s, SplittableRandom random) {
        if (sim.truth == null) {
            return 1 + pick(s.firstGrades(), random.nextDouble());
        }
        double p = truth.retrievability(studyDays(sim.last, at), sim.truth.stability());
        if (random.nextDouble() >= p) {
            return 1;
        }
        return 2 + pick(s.passGrades(), random.nextDouble());
    }

    private static int pick(double[] chances, double u) {
        double sum = 0;
        for (int i = 0; i < chances.length; i++) {
            sum += chances[i];
            if (u < sum) {
                return i;
            }
        }
        return chances.length - 1;
    }

    private static int studyDays(Instant from, Instant to) {
        return (int) Math.max(
                0, Math.floorDiv(to.toEpochMilli(), DAY_MILLIS) - Math.floorDiv(from.toEpochMilli(), DAY_MILLIS));
    }

    private static Card withDue(Card c, Instant due) {
        return new Card(
                c.state(),
                c.step(),
                c.stability(),
                c.difficulty(),
                c.ease(),
                c.lastReview(),
                due,
                c.reps(),
                c.lapses(),
                c.scheduledDays(),
                c.fuzzKey());
    }
}
