package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizline.store.Reviews.at;
import static quizline.store.Reviews.first;
import static quizline.store.Reviews.key;
import static quizline.store.Reviews.then;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.pack.Verdict;
import quizline.schedule.CardState;
import quizline.schedule.Rating;

class DoctorTest {
    @TempDir
    Path dir;

    private SqliteProgressStore storeWithHistory() throws StoreException {
        SqliteProgressStore store = SqliteProgressStore.open(dir.resolve("p.db"));
        ReviewRecord a1 = first(key("a"), at("2024-07-01T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(2));
        store.record(a1);
        store.record(then(a1, at("2024-07-03T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(5)));
        store.record(first(key("b"), at("2024-07-01T10:01:00Z"), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(1)));
        store.record(Reviews.cram(
                key("b"),
                at("2024-07-01T10:02:00Z"),
                store.cards().get(key("b")).card(),
                Rating.GOOD,
                Verdict.RIGHT));
        return store;
    }

    private static void sql(SqliteProgressStore store, String... statements) throws SQLException {
        try (Statement s = store.connection().createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void aHealthyStoreHasNoDifferences() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            Doctor.Report report = Doctor.examine(store, Map.of());
            assertFalse(report.damaged());
            assertEquals(List.of(), report.differences());
            assertEquals(2, report.cards());
        }
    }

    @Test
    void aCardTheStudentResetStaysNewAndItsNextReviewStartsNoBreak() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            int reviews = store.history(key("a")).size();
            assertTrue(store.forget(key("a"), at("2024-07-04T10:00:00Z")));
            assertFalse(store.cards().containsKey(key("a")), "reset: new again");
            assertEquals(reviews, store.history(key("a")).size(), "its answers stay in the log");
            Doctor.Report afterReset = Doctor.examine(store, Map.of());
            assertFalse(afterReset.damaged(), afterReset.damage().toString());
            assertEquals(List.of(), afterReset.differences(), "the reset is not undone by the rebuild");
            assertFalse(store.cards().containsKey(key("a")));
            // Studied again from new: no break in its chain, and the rebuild follows the new review
            ReviewRecord again =
                    first(key("a"), at("2024-07-05T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
            store.record(again);
            Doctor.Report afterReview = Doctor.examine(store, Map.of());
            assertEquals(List.of(), afterReview.breaks());
            assertEquals(List.of(), afterReview.differences());
            assertEquals(again.after().due(), store.cards().get(key("a")).card().due());
            assertFalse(store.forget(key("c"), at("2024-07-05T11:00:00Z")), "nothing to reset");
        }
    }

    @Test
    void aFirstReviewFromNewWithoutAResetIsStillABreak() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            store.reset(key("a")); // the answer-change reset: not the student's, so the doctor restores it
            store.record(first(key("a"), at("2024-07-05T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1)));
            assertEquals(1, Doctor.examine(store, Map.of()).breaks().size());
        }
    }

    @Test
    void aChangedResetRowIsDamage() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            store.forget(key("a"), at("2024-07-04T10:00:00Z"));
            sql(store, "UPDATE card_reset SET reset_at = reset_at + 1");
            Doctor.Report report = Doctor.examine(store, Map.of());
            assertTrue(report.damaged());
            assertTrue(
                    report.damage().get(0).startsWith("reset row 1 (mini/a): changed since quizline wrote it"),
                    report.damage().toString());
        }
    }

    @Test
    void reportsAndRepairsAChangedAMissingAndAnExtraCardRow() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            Map<CardKey, ProgressStore.CardProgress> before = store.cards();
            // Rows without a checksum, as a quizline before schema 4 wrote them: they differ from the log, but
            // nothing says they were damaged
            sql(
                    store,
                    "UPDATE card SET state = 'learning', due = 0, checksum = NULL WHERE question_id = 'a'",
                    "DELETE FROM card WHERE question_id = 'b'",
                    "INSERT INTO card SELECT pack_id, 'ghost', state, due, card, answer_hash, NULL FROM card"
                            + " WHERE question_id = 'a'");

            Doctor.Report report = Doctor.examine(store, Map.of());
            assertFalse(report.damaged());
            assertEquals(3, report.differences().size(), report.differences().toString());
            Doctor.Difference changed = report.differences().get(0);
            assertEquals(Doctor.Kind.DIFFERENT, changed.kind());
            assertEquals(key("a"), changed.key());
            assertEquals("learning", changed.stored().state());
            assertEquals("review", changed.rebuilt().state());
            assertEquals(
                    at("2024-07-08T10:00:00Z").toEpochMilli(), changed.rebuilt().due());
            Doctor.Difference missing = report.differences().get(1);
            assertEquals(Doctor.Kind.MISSING, missing.kind());
            assertEquals(key("b"), missing.key());
            assertNull(missing.stored());
            Doctor.Difference extra = report.differences().get(2);
            assertEquals(Doctor.Kind.EXTRA, extra.kind());
            assertEquals(key("ghost"), extra.key());
            assertNull(extra.rebuilt());
            assertEquals(2, report.cards());

            assertEquals(before, store.cards());
            assertEquals(List.of(), Doctor.examine(store, Map.of()).differences());
        }
    }

    @Test
    void anUndoneReviewLeavesTheCardAtItsPreviousRow() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            ReviewRecord a3 = Reviews.review(
                    key("a"),
                    at("2024-07-08T10:00:00Z"),
                    store.cards().get(key("a")).card(),
                    Rating.AGAIN,
                    Verdict.WRONG,
                    Duration.ofMinutes(10));
            store.record(a3);
            store.undo(a3);
            assertEquals(List.of(), Doctor.examine(store, Map.of()).differences());
            assertEquals("review", storedState(store, "a"));
        }
    }

    /** Appends a copy of review row {@code id}, a minute later: what two sessions grading from one stale state wrote. */
    private static void replay(SqliteProgressStore store, int id) throws SQLException {
        sql(
                store,
                "INSERT INTO review (pack_id, question_id, reviewed_at, kind, rating, answer, correctness, duration_ms,"
                        + " answer_hash, state_before, state_after, card_before, card_after) SELECT pack_id, question_id,"
                        + " reviewed_at + 60000, kind, rating, answer, correctness, duration_ms, answer_hash, state_before,"
                        + " state_after, card_before, card_after FROM review WHERE id = " + id);
    }

    @Test
    void reviewsScheduledFromAStaleStateAreReportedAsBreaksInTheChain() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            assertEquals(List.of(), Doctor.examine(store, Map.of()).breaks());
            replay(store, 2); // a second review of a, graded from the state before row 2
            replay(store, 3); // b introduced as new a second time
            Doctor.Report report = Doctor.examine(store, Map.of());
            assertEquals(2, report.breaks().size(), report.breaks().toString());
            Doctor.Break a = report.breaks().get(0);
            assertEquals(key("a"), a.key());
            assertEquals(5, a.row());
            assertEquals(2, a.previousRow());
            assertEquals(CardState.REVIEW, a.before().state());
            assertEquals(at("2024-07-03T10:00:00Z"), a.before().due());
            assertEquals(at("2024-07-08T10:00:00Z"), a.expected().due());
            Doctor.Break b = report.breaks().get(1);
            assertEquals(key("b"), b.key());
            assertEquals(6, b.row());
            assertEquals(3, b.previousRow());
            assertEquals(CardState.NEW, b.before().state());
        }
    }

    /** The adversarial pass: a profile one byte short made doctor end in an internal error on a card state. */
    @Test
    void anUnreadableCardStateInTheChainIsReportedAsDamageNotACrash() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            sql(store, "UPDATE review SET card_after = 'review;1;2.5;x;;;;;;;' WHERE id = 1");
            Doctor.Report report = Doctor.examine(store, Map.of());
            assertTrue(report.damaged(), report.toString());
            assertTrue(
                    report.damage().stream().anyMatch(d -> d.contains("row 1")),
                    report.damage().toString());
        }
    }

    /** What a flipped digit inside a card row leaves: the row is whole to SQLite, and to quizline's parser. */
    @Test
    void aCardRowChangedSinceItWasWrittenIsDamageAndIsRebuiltFromTheLog() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            Map<CardKey, ProgressStore.CardProgress> before = store.cards();
            sql(store, "UPDATE card SET card = replace(card, ';3.5;', ';3.7;') WHERE question_id = 'a'");
            assertTrue(store.cards().get(key("a")).card().stability() > 3.6, "the damaged stability reads");

            Doctor.Report report = Doctor.examine(store, Map.of());
            assertEquals(
                    List.of("card row mini/a: changed since quizline wrote it (its checksum does not match);"
                            + " rebuilt from review row 2"),
                    report.damage());
            assertEquals(List.of(), report.differences(), "told as damage, not as a difference");
            assertEquals(1, report.rebuiltDamaged());
            assertTrue(report.changed());
            assertEquals(before, store.cards());
            assertFalse(Doctor.examine(store, Map.of()).damaged());
        }
    }

    /** The same digit flipped in the log: before checksums doctor called it a break in the chain, and exited 0. */
    @Test
    void aReviewRowChangedSinceItWasWrittenIsDamageNotABreak() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            Map<CardKey, ProgressStore.CardProgress> before = store.cards();
            sql(store, "UPDATE review SET card_after = replace(card_after, ';3.5;', ';3.7;') WHERE id = 1");

            Doctor.Report report = Doctor.examine(store, Map.of());
            assertEquals(
                    List.of("review row 1 (mini/a, answered 2024-07-01T10:00:00Z): changed since quizline wrote it"
                            + " (its checksum does not match); kept as it is: nothing else holds that review"),
                    report.damage());
            assertEquals(List.of(), report.breaks(), "the damage explains the break at row 2");
            assertFalse(report.changed());
            assertEquals(before, store.cards());

            // A row without a checksum (written before schema 4) is not judged by it: the chain break is all that shows
            sql(store, "UPDATE review SET checksum = NULL WHERE id = 1");
            Doctor.Report unknown = Doctor.examine(store, Map.of());
            assertEquals(List.of(), unknown.damage());
            assertEquals(1, unknown.breaks().size(), unknown.breaks().toString());
            assertEquals(2, unknown.breaks().get(0).row());
        }
    }

    @Test
    void aBreakNotExplainedByDamageIsStillListedBesideTheDamage() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            replay(store, 2); // row 5: a graded again from the state before row 2
            sql(store, "UPDATE review SET duration_ms = 1 WHERE id = 3");
            Doctor.Report report = Doctor.examine(store, Map.of());
            assertEquals(1, report.damage().size(), report.damage().toString());
            assertTrue(
                    report.damage().get(0).startsWith("review row 3 (mini/b, "),
                    report.damage().toString());
            assertEquals(1, report.breaks().size(), report.breaks().toString());
            assertEquals(5, report.breaks().get(0).row());
        }
    }

    @Test
    void aDamagedCardRowIsRebuiltOnlyFromAWholeReview() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            Map<CardKey, ProgressStore.CardProgress> before = store.cards();
            sql(
                    store,
                    "UPDATE card SET due = due + 1 WHERE question_id IN ('a', 'b')",
                    "UPDATE review SET rating = 2 WHERE id = 3"); // b's only scheduled review
            Doctor.Report report = Doctor.examine(store, Map.of());
            assertEquals(
                    List.of(
                            "review row 3 (mini/b, answered 2024-07-01T10:01:00Z): changed since quizline wrote it"
                                    + " (its checksum does not match); kept as it is: nothing else holds that review",
                            "card row mini/a: changed since quizline wrote it (its checksum does not match);"
                                    + " rebuilt from review row 2",
                            "card row mini/b: changed since quizline wrote it (its checksum does not match);"
                                    + " left as it is: its last review, row 3, is damaged too"),
                    report.damage());
            assertEquals(1, report.rebuiltDamaged());
            assertEquals(before.get(key("a")), store.cards().get(key("a")));
            assertEquals(
                    String.valueOf(before.get(key("b")).card().due().toEpochMilli() + 1),
                    column(store, "due", "b"),
                    "b's row left as it is");
        }
    }

    @Test
    void aCardStartingAgainAfterItsAnswerChangedIsNoBreak() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            store.reset(key("a"));
            ReviewRecord again =
                    first(key("a"), at("2024-07-09T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
            store.record(new ReviewRecord(
                    again.key(),
                    again.at(),
                    again.rating(),
                    again.given(),
                    again.correctness(),
                    again.durationMillis(),
                    again.before(),
                    again.after(),
                    again.kind(),
                    "hash-after-the-change"));
            assertEquals(List.of(), Doctor.examine(store, Map.of()).breaks());
        }
    }

    @Test
    void theCardRowFollowsTheLastCommittedReviewEvenWhenTheClockWentBack() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            // Committed after a's review of 07-03, but stamped a day earlier (a clock set back).
            ReviewRecord a2 = Reviews.review(
                    key("a"),
                    at("2024-07-02T10:00:00Z"),
                    store.cards().get(key("a")).card(),
                    Rating.AGAIN,
                    Verdict.WRONG,
                    Duration.ofMinutes(10));
            store.record(a2);
            Doctor.Report report = Doctor.examine(store, Map.of());
            assertEquals(List.of(), report.differences());
            assertEquals(List.of(), report.breaks());
            assertEquals(a2.after(), store.cards().get(key("a")).card());
        }
    }

    @Test
    void aCardResetBecauseItsAnswerChangedIsNotBroughtBack() throws Exception {
        try (SqliteProgressStore store = storeWithHistory()) {
            store.reset(key("a"));
            Doctor.Report withPacks = Doctor.examine(store, Map.of(key("a"), "hash-after-the-change"));
            assertEquals(List.of(), withPacks.differences());
            assertEquals(List.of(key("a")), withPacks.keptResets());
            assertEquals(1, withPacks.cards());
            assertFalse(store.cards().containsKey(key("a")));

            // Without the pack nothing tells a reset from a lost row: the log wins.
            Doctor.Report withoutPacks = Doctor.examine(store, Map.of());
            assertEquals(Doctor.Kind.MISSING, withoutPacks.differences().get(0).kind());
            assertTrue(store.cards().containsKey(key("a")));
        }
    }

    @Test
    void aDamagedIndexIsReportedAndNothingIsChanged() throws Exception {
        Path file = dir.resolve("p.db");
        try (SqliteProgressStore store = storeWithHistory()) {
            sql(store, "UPDATE card SET state = 'learning' WHERE question_id = 'a'");
        }
        // The index keeps its entries for reviewed_at while the schema now says it indexes duration_ms.
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = raw.createStatement()) {
            s.execute("PRAGMA writable_schema = ON");
            s.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX review_by_time ON review (duration_ms)'"
                    + " WHERE name = 'review_by_time'");
            s.execute("PRAGMA writable_schema = OFF");
        }
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            Doctor.Report report = Doctor.examine(store, Map.of());
            assertTrue(report.damaged());
            assertTrue(
                    report.damage().get(0).contains("review_by_time"),
                    report.damage().toString());
            assertEquals(List.of(), report.differences());
            assertEquals("learning", storedState(store, "a"));
        }
    }

    private static String storedState(SqliteProgressStore store, String questionId) throws SQLException {
        return column(store, "state", questionId);
    }

    private static String column(SqliteProgressStore store, String column, String questionId) throws SQLException {
        try (Statement s = store.connection().createStatement();
                var r = s.executeQuery("SELECT " + column + " FROM card WHERE question_id = '" + questionId + "'")) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
