package quizline.schedule;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import quizline.formats.RevlogCsv;
import quizline.formats.RevlogFormatException;

/**
 * Replays every shared conformance case through {@link Fsrs6} and compares each review's state
 * with what the reference (ts-fsrs 5.4.2, fuzz off) computed.
 */
class FsrsConformanceTest {

    @TestFactory
    Stream<DynamicTest> everySharedCaseMatchesTheReference() {
        return FsrsCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertCaseConforms(c)));
    }

    private static void assertCaseConforms(FsrsCases.Case c) throws IOException, RevlogFormatException {
        Fsrs6 scheduler = new Fsrs6(c.parameters(), c.schedulerOptions());
        List<RevlogCsv.Row> rows;
        try (Reader reader = Files.newBufferedReader(c.csv())) {
            rows = RevlogCsv.read(reader, c.csv().getFileName().toString());
        }
        List<Replay.Review> reviews = rows.stream()
                .map(r -> new Replay.Review(r.cardId(), r.reviewTime(), Rating.ofGrade(r.rating())))
                .toList();
        List<FsrsCases.Expected> actual = Replay.run(scheduler, reviews).stream()
                .map(FsrsConformanceTest::asExpected)
                .toList();
        FsrsCases.assertConforms(c.name(), c.expected(), actual);
    }

    private static FsrsCases.Expected asExpected(Replay.Outcome o) {
        Card card = o.card();
        return new FsrsCases.Expected(
                o.cardId(),
                o.index(),
                o.time(),
                o.rating().grade(),
                card.state().label(),
                card.stability(),
                card.difficulty(),
                o.retrievability().isPresent() ? o.retrievability().getAsDouble() : null,
                card.scheduledDays(),
                card.due());
    }
}
