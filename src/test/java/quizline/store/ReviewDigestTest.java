package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static quizline.store.Reviews.at;
import static quizline.store.Reviews.cram;
import static quizline.store.Reviews.first;
import static quizline.store.Reviews.key;
import static quizline.store.Reviews.then;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import quizline.pack.Verdict;
import quizline.schedule.Rating;

/** A class's report reads each review's few columns, on both backends: the same figures as the whole review's. */
class ReviewDigestTest {
    private static final Instant T0 = at("2024-07-05T09:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theDigestReadIsTheWholeReviewsDigest(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        ReviewRecord wrong = first(key("q1"), T0, Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(10));
        ReviewRecord typo = then(wrong, T0.plusSeconds(600), Rating.GOOD, Verdict.TYPO, Duration.ofDays(3));
        ReviewRecord lapse =
                then(typo, T0.plus(Duration.ofDays(3)), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(5));
        ReviewRecord right = first(key("q2"), T0.plusSeconds(5), Rating.EASY, Verdict.RIGHT, Duration.ofDays(8));
        ReviewRecord crammed = cram(key("q2"), T0.plusSeconds(60), right.after(), Rating.AGAIN, Verdict.WRONG);
        ReviewRecord otherPack = first(new CardKey("other", "q1"), T0, Rating.GOOD, Verdict.WRONG, Duration.ofDays(1));
        try (SqlProgressStore store = profile.open()) {
            for (ReviewRecord r : List.of(wrong, right, crammed, typo, otherPack, lapse)) {
                store.record(r);
            }
        }
        try (SqlProgressStore store = profile.open()) {
            // by question, each question's in the order logged (the order of the index on a profile's cards), on
            // both backends: the report orders each student's answers by time itself
            List<ReviewRecord> order = List.of(wrong, typo, lapse, right, crammed);
            List<ReviewDigest> expected = order.stream().map(ReviewDigest::of).toList();
            List<ReviewDigest> read = store instanceof SqliteProgressStore file
                    ? file.reviewDigests("mini")
                    : ((PostgresProgressStore) store).reviewsByProfile("mini").get(profile.name());
            assertEquals(expected, read, "the pack's reviews, another pack's left out");
            assertEquals(
                    lapse.after().due(),
                    read.get(order.indexOf(lapse)).dueAfter(),
                    "the state after's due, read alone");
            assertEquals("typed", read.get(order.indexOf(wrong)).wrongAnswer());
            assertNull(read.get(order.indexOf(typo)).wrongAnswer(), "a right-with-a-typo answer is no wrong answer");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void eachReviewKeepsTheKeyItWasAskedWithAndTheAnswerAsTyped(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        ReviewRecord a =
                asked(first(key("q1"), T0, Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(1)), "key-a", "x\u001fy");
        ReviewRecord b =
                asked(then(a, T0.plusSeconds(60), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1)), "key-b", null);
        ReviewRecord c =
                asked(then(b, T0.plusSeconds(120), Rating.AGAIN, Verdict.WRONG, Duration.ofDays(1)), "key-a", "");
        ReviewRecord d =
                asked(then(c, T0.plusSeconds(180), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1)), "key-c", null);
        List<ReviewRecord> logged = List.of(a, b, c, d);
        try (SqlProgressStore store = profile.open()) {
            for (ReviewRecord r : logged) {
                store.record(r);
            }
        }
        try (SqlProgressStore store = profile.open()) {
            List<ReviewDigest> read = store instanceof SqliteProgressStore file
                    ? file.reviewDigests("mini")
                    : ((PostgresProgressStore) store).reviewsByProfile("mini").get(profile.name());
            assertEquals(
                    List.of("key-a", "key-b", "key-a", "key-c"),
                    read.stream().map(ReviewDigest::answerHash).toList(),
                    "a key changed and changed back");
            assertEquals("x\u001fy", read.get(0).wrongAnswer(), "a wrong answer with the separator in it");
            assertEquals("", read.get(2).wrongAnswer(), "an empty wrong answer is no missing one");
        }
    }

    private static ReviewRecord asked(ReviewRecord r, String keyHash, String given) {
        return new ReviewRecord(
                r.key(),
                r.at(),
                r.rating(),
                given,
                r.correctness(),
                r.durationMillis(),
                r.before(),
                r.after(),
                r.kind(),
                keyHash);
    }

    static List<Arguments> damages() {
        List<Arguments> damages = new java.util.ArrayList<>();
        for (Backend backend : Backend.values()) {
            damages.add(Arguments.of(backend, "card_after", "review;0;3.5"));
            damages.add(Arguments.of(backend, "card_after", "review;0;3.5;5.25;0;;soon;1;0;3;42"));
            damages.add(Arguments.of(backend, "state_after", "limbo"));
            damages.add(Arguments.of(backend, "state_before", "review\u001flearning"));
        }
        return damages;
    }

    @ParameterizedTest
    @MethodSource("damages")
    void aStateOfAnotherShapeIsCalledDamageNotAStackTrace(Backend backend, String column, String value)
            throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        try (SqlProgressStore store = profile.open()) {
            store.record(first(key("q1"), T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1)));
        }
        try (var db = profile.connect();
                var s = db.prepareStatement("UPDATE review SET " + column + " = ?")) {
            s.setString(1, value);
            s.executeUpdate();
        }
        try (SqlProgressStore store = profile.open()) {
            StoreFailure e = org.junit.jupiter.api.Assertions.assertThrows(StoreFailure.class, () -> read(store));
            org.junit.jupiter.api.Assertions.assertTrue(
                    e.getMessage().contains("a review row of q1 is damaged"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aQuestionIdOutsideAsciiAndAStateInCapitalsAreReadAsBefore(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        ReviewRecord review = first(key("frage-über-ñ"), T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
        try (SqlProgressStore store = profile.open()) {
            store.record(review);
        }
        try (var db = profile.connect();
                var s = db.createStatement()) {
            s.executeUpdate("UPDATE review SET state_after = 'Review'");
        }
        try (SqlProgressStore store = profile.open()) {
            assertEquals(List.of(ReviewDigest.of(review)), read(store));
        }
    }

    private List<ReviewDigest> read(SqlProgressStore store) {
        return store instanceof SqliteProgressStore file
                ? file.reviewDigests("mini")
                : ((PostgresProgressStore) store)
                        .reviewsByProfile("mini")
                        .values()
                        .iterator()
                        .next();
    }
}
