package quizline.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Rating;
import quizline.store.CardKey;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;
import quizline.store.SqliteProgressStore;
import quizline.store.StoreException;

/** A small progress database for command tests: two cards of the test pack "mini" studied over two days. */
final class History {
    static final CardKey HOST = new CardKey("mini", "host-city");
    static final CardKey FOUNDED = new CardKey("mini", "founded");

    private History() {}

    static ReviewRecord review(CardKey key, String at, Card before, Rating rating, Verdict correctness, Duration next) {
        Instant when = Instant.parse(at);
        CardState state = rating == Rating.AGAIN ? CardState.RELEARNING : CardState.REVIEW;
        Card after = new Card(
                state,
                0,
                4.5,
                5.5,
                0,
                when,
                when.plus(next),
                before.reps() + 1,
                before.lapses() + (rating == Rating.AGAIN ? 1 : 0),
                (int) next.toDays(),
                7L);
        return new ReviewRecord(
                key,
                when,
                rating,
                "typed \"answer\", with a comma",
                correctness,
                2400,
                before,
                after,
                ReviewKind.REVIEW,
                "hash-" + key.questionId());
    }

    /**
     * The same history, written into a copy of the profile {@code -Dquizline.damage.profile} names when it names one
     * ({@link quizline.StartProfile}), beside that profile's own; else into a new profile, as {@link #write}.
     */
    static Path writeOnStart(Path file) throws StoreException, java.io.IOException {
        quizline.StartProfile.copyTo(file);
        return write(file);
    }

    static Path write(Path file) throws StoreException {
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            ReviewRecord h1 = review(
                    HOST,
                    "2024-07-09T10:00:00Z",
                    Card.newCard("mini/host-city", Instant.EPOCH),
                    Rating.GOOD,
                    Verdict.RIGHT,
                    Duration.ofDays(1));
            ReviewRecord h2 = review(
                    HOST, "2024-07-10T09:00:00Z", h1.after(), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(10));
            ReviewRecord f1 = review(
                    FOUNDED,
                    "2024-07-10T09:05:00Z",
                    Card.newCard("mini/founded", Instant.EPOCH),
                    Rating.EASY,
                    Verdict.TYPO,
                    Duration.ofDays(4));
            store.record(h1);
            store.record(h2);
            store.record(f1);
            store.record(new ReviewRecord(
                    FOUNDED,
                    Instant.parse("2024-07-10T09:06:00Z"),
                    Rating.GOOD,
                    "2001",
                    Verdict.RIGHT,
                    800,
                    f1.after(),
                    f1.after(),
                    ReviewKind.CRAM,
                    "hash-founded"));
            store.putSetting("new-per-day", "30");
        }
        return file;
    }
}
