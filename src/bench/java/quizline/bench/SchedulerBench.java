package quizline.bench;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import quizline.schedule.Card;
import quizline.schedule.Fsrs6;
import quizline.schedule.FsrsParameters;
import quizline.schedule.Rating;
import quizline.schedule.Scheduler;
import quizline.schedule.SchedulerOptions;
import quizline.schedule.Sm2;

/**
 * Next-state computation (state + rating + time → next state, due date included) over review
 * chains, measured as the FSRS README measures the reference: 10,000 cards × 20 reviews, each
 * review at the due time the previous one set (learning steps included), grades about 12 % Again,
 * 8 % Hard, 70 % Good, 10 % Easy from a fixed seed. One operation is one review, so the score is
 * reviews per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class SchedulerBench {
    private static final int CARDS = 10_000;
    private static final int REVIEWS_PER_CARD = 20;
    private static final int REVIEWS = CARDS * REVIEWS_PER_CARD;
    private static final long SEED = 20_240_101L;
    private static final Instant START = Instant.parse("2024-01-01T08:00:00Z");

    /** {@code fsrs6}: default options; {@code fsrs6-long-term}: short-term off; {@code sm2}: Anki legacy. */
    @Param({"fsrs6", "fsrs6-long-term", "sm2"})
    public String scheduler;

    private Scheduler chosen;
    private Rating[] grades;

    @Setup
    public void setUp() {
        chosen = switch (scheduler) {
            case "fsrs6" -> new Fsrs6();
            case "fsrs6-long-term" ->
                new Fsrs6(FsrsParameters.defaults(), SchedulerOptions.defaults().withShortTerm(false));
            case "sm2" -> new Sm2();
            default -> throw new IllegalArgumentException("unknown scheduler " + scheduler);
        };
        SplittableRandom random = new SplittableRandom(SEED);
        grades = new Rating[REVIEWS];
        for (int i = 0; i < REVIEWS; i++) {
            double p = random.nextDouble();
            grades[i] = p < 0.12 ? Rating.AGAIN : p < 0.20 ? Rating.HARD : p < 0.90 ? Rating.GOOD : Rating.EASY;
        }
    }

    @Benchmark
    @OperationsPerInvocation(REVIEWS)
    public long reviewChains() {
        Scheduler s = chosen;
        Rating[] g = grades;
        long checksum = 0;
        int k = 0;
        for (int c = 0; c < CARDS; c++) {
            Instant now = START.plusSeconds(c * 60L);
            Card card = Card.newCard(now);
            for (int r = 0; r < REVIEWS_PER_CARD; r++) {
                card = s.next(card, g[k++], now);
                now = card.due();
            }
            // Returned to JMH so the chains cannot be optimised away.
            checksum += now.getEpochSecond();
        }
        return checksum;
    }
}
