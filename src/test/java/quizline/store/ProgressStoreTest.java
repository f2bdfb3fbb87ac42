package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizline.store.Reviews.at;
import static quizline.store.Reviews.cram;
import static quizline.store.Reviews.first;
import static quizline.store.Reviews.key;
import static quizline.store.Reviews.then;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import quizline.pack.Verdict;
import quizline.schedule.CardState;
import quizline.schedule.Fsrs6;
import quizline.schedule.Rating;

/** The store's behaviour through its interface, the same on SQLite and on PostgreSQL. */
class ProgressStoreTest {
    private static final Instant T0 = at("2024-07-05T09:00:00Z");
    private static final CardKey KEY = key("host-city");

    @TempDir
    Path dir;

    private static ProgressStore.Today since(Instant start) {
        return new ProgressStore.Today(start, Set.of("mini"));
    }

    /**
     * A profile of schema 7, with answers, gets the indexes of the stats report when opened, and the report counts the
     * answers logged before them.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSchemaSevenProfileGetsTheIndexesOfTheReportAndItsAnswersAreCounted(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        ReviewRecord one = first(KEY, T0, Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(10));
        ReviewRecord two = then(one, T0.plusSeconds(600), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(2));
        try (java.sql.Connection db = profile.connect()) {
            Dialect dialect = backend == Backend.SQLITE ? Dialect.SQLITE : Dialect.POSTGRES;
            Migrations.run(db, dialect, 7);
            Scope scope = new Scope(db, dialect, profile.name());
            for (ReviewRecord r : List.of(one, two)) {
                try (java.sql.PreparedStatement p =
                        scope.prepare(ReviewLog.INSERT, ReviewLog.values(ReviewRow.of(r)))) {
                    p.executeUpdate();
                }
            }
        }
        try (SqlProgressStore store = profile.open()) {
            Stats.Report report = new Stats(
                            store,
                            new StudyDays(java.time.ZoneOffset.UTC, java.time.LocalTime.of(4, 0)),
                            T0.plusSeconds(3600))
                    .report(null, Map.of(KEY, new Stats.QuestionInfo("Which city?", List.of("hosts"))));
            assertEquals(2, report.answers());
            assertEquals(List.of(new Stats.TagAccuracy("hosts", 2, 1)), report.tags());
            assertEquals(2, report.reviewsToday());
        }
        try (java.sql.Connection db = profile.connect();
                java.sql.Statement s = db.createStatement();
                java.sql.ResultSet r = s.executeQuery(
                        backend == Backend.SQLITE
                                ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN ('review_tally',"
                                        + " 'review_by_kind_time')"
                                : "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN"
                                        + " ('review_tally', 'review_by_kind_time')")) {
            r.next();
            assertEquals(2, r.getInt(1));
        }
    }

    /**
     * A profile of schema 8, with answers, gets the table of the calibration's kept sums when opened: none kept yet,
     * then the sums a report keeps, one row that the next ones replace.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSchemaEightProfileGetsTheTableOfTheCalibrationsSums(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        ReviewRecord one = first(KEY, T0, Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(10));
        try (java.sql.Connection db = profile.connect()) {
            Dialect dialect = backend == Backend.SQLITE ? Dialect.SQLITE : Dialect.POSTGRES;
            Migrations.run(db, dialect, 8);
            try (java.sql.PreparedStatement p = new Scope(db, dialect, profile.name())
                    .prepare(ReviewLog.INSERT, ReviewLog.values(ReviewRow.of(one)))) {
                p.executeUpdate();
            }
        }
        try (SqlProgressStore store = profile.open()) {
            assertTrue(store.keptCalibration().isEmpty());
            assertEquals(1, store.scheduledUpTo(store.newestReviewId()));
            KeptCalibration kept = new KeptCalibration("m", store.newestReviewId(), 1, "0,0,0,0");
            assertTrue(store.keepCalibration(kept));
            assertEquals(kept, store.keptCalibration().orElseThrow());
            KeptCalibration next = new KeptCalibration("n", store.newestReviewId(), 1, "1,1,0,7");
            assertTrue(store.keepCalibration(next));
            assertEquals(next, store.keptCalibration().orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void answersSurviveReopeningAndCountTowardsTheDay(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        ReviewRecord one = first(KEY, T0, Rating.GOOD, Verdict.RIGHT, Duration.ofMinutes(10));
        ReviewRecord two = then(one, T0.plusSeconds(600), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(2));
        try (ProgressStore store = profile.open()) {
            store.record(one);
            store.record(two);
        }
        try (ProgressStore store = profile.open()) {
            assertEquals(Map.of(KEY, new ProgressStore.CardProgress(two.after(), "hash-" + KEY)), store.cards());
            assertEquals(List.of(one, two), store.history(KEY));
            assertEquals(
                    new ProgressStore.DayCounts(1, 1),
                    store.counts(since(T0.minusSeconds(3600))),
                    "a new card first seen, then reviewed from the review state");
            assertEquals(new ProgressStore.DayCounts(0, 0), store.counts(since(T0.plusSeconds(3600))));
            assertEquals(
                    new ProgressStore.DayCounts(0, 0),
                    store.counts(new ProgressStore.Today(T0.minusSeconds(3600), Set.of("other"))),
                    "a pack not loaded here uses up none of today's new cards");
        }
    }

    /**
     * A study day reads whether each card started, but the state and answer hash only of the cards due before the day's
     * end or answered (not crammed) since its start; every card's answer hash is read a pack at a time when asked for.
     * A question id that holds the separator of the ids read joined is read apart.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStudyDayReadsTheStatesOfTheCardsDueOrAnsweredThatDayOnly(Backend backend) throws Exception {
        Instant dayStart = T0.plus(Duration.ofDays(1));
        Instant dayEnd = dayStart.plus(Duration.ofDays(1));
        ReviewRecord due = first(key("due"), T0, Rating.GOOD, Verdict.RIGHT, Duration.ofHours(36));
        ReviewRecord later = first(key("later"), T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(10));
        ReviewRecord yesterday = first(key("answered"), T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
        ReviewRecord answered =
                then(yesterday, dayStart.plusSeconds(60), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(5));
        ReviewRecord crammed = first(key("crammed"), T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(10));
        ReviewRecord odd = first(key("odd\nlater"), T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(10));
        try (ProgressStore store = backend.newProfile(dir).open()) {
            for (ReviewRecord r : List.of(due, later, yesterday, answered, crammed, odd)) {
                store.record(r);
            }
            store.record(cram(crammed.key(), dayStart.plusSeconds(120), crammed.after(), Rating.GOOD, Verdict.RIGHT));
            ProgressStore.StudyCards day = store.studyCards(dayStart, dayEnd);
            for (ReviewRecord r : List.of(due, later, answered, crammed, odd)) {
                assertTrue(day.get(r.key()).started(), r.key().toString());
            }
            assertEquals(due.after(), day.get(due.key()).inPlay());
            assertEquals("hash-" + due.key(), day.get(due.key()).answerHash());
            assertEquals(answered.after(), day.get(answered.key()).inPlay());
            for (ReviewRecord r : List.of(later, crammed, odd)) {
                assertNull(day.get(r.key()).inPlay(), r.key().toString());
                assertNull(day.get(r.key()).answerHash(), r.key().toString());
            }
            assertNull(day.get(key("odd")));
            assertNull(day.get(key("never")));
            Map<String, String> hashes = new java.util.HashMap<>();
            for (ReviewRecord r : List.of(due, later, answered, crammed, odd)) {
                hashes.put(r.key().questionId(), "hash-" + r.key());
            }
            assertEquals(hashes, day.answerHashes(due.key().packId()));
            day.remove(later.key());
            assertNull(day.get(later.key()));
            hashes.remove(later.key().questionId());
            assertEquals(hashes, day.answerHashes(due.key().packId()));
            assertEquals(Map.of(), day.answerHashes("another"));
        }
    }

    /** The line saying when to come back reads each card's state and due time as the card table's columns hold them. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void eachCardsStateAndDueTimeAsLastAnsweredAndNoneOnceForgotten(Backend backend) throws Exception {
        ReviewRecord learning = first(key("learning"), T0, Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(10));
        ReviewRecord lapsed = then(
                first(key("lapsed"), T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(3)),
                T0.plus(Duration.ofDays(3)),
                Rating.AGAIN,
                Verdict.WRONG,
                Duration.ofMinutes(5));
        ReviewRecord review = first(key("review"), T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(4));
        ReviewRecord forgotten = first(key("forgotten"), T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
        try (ProgressStore store = backend.newProfile(dir).open()) {
            store.record(first(lapsed.key(), T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(3)));
            for (ReviewRecord r : List.of(learning, lapsed, review, forgotten)) {
                store.record(r);
            }
            store.forget(forgotten.key(), T0.plusSeconds(60));
            assertEquals(
                    Map.of(
                            learning.key(),
                            new ProgressStore.Due(CardState.LEARNING, T0.plus(Duration.ofMinutes(10))),
                            lapsed.key(),
                            new ProgressStore.Due(
                                    CardState.RELEARNING,
                                    T0.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(5))),
                            review.key(),
                            new ProgressStore.Due(CardState.REVIEW, T0.plus(Duration.ofDays(4)))),
                    store.dues());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aPackIdJsonMustQuoteCountsTowardsTheDayAsWritten(Backend backend) throws Exception {
        CardKey odd = new CardKey("a \"quoted\" \\ päck\t", "q1");
        try (ProgressStore store = backend.newProfile(dir).open()) {
            store.record(first(odd, T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1)));
            store.record(first(KEY, T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1)));
            assertEquals(
                    new ProgressStore.DayCounts(2, 0),
                    store.counts(new ProgressStore.Today(T0.minusSeconds(60), Set.of(odd.packId(), "mini"))));
            assertEquals(
                    new ProgressStore.DayCounts(1, 0),
                    store.counts(new ProgressStore.Today(T0.minusSeconds(60), Set.of(odd.packId()))),
                    "the quoted id read back as the same pack, and only it");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void undoRemovesTheRowAndRestoresTheCardAndCramSchedulesNothing(Backend backend) throws Exception {
        try (ProgressStore store = backend.newProfile(dir).open()) {
            ReviewRecord one = first(KEY, T0, Rating.GOOD, Verdict.RIGHT, Duration.ofMinutes(10));
            ReviewRecord two = then(one, T0.plusSeconds(600), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(1));
            store.record(one);
            store.record(two);
            store.undo(two);
            assertEquals(one.after(), store.cards().get(KEY).card());
            store.undo(one);
            assertTrue(store.cards().isEmpty());
            assertEquals(List.of(), store.history(KEY));

            ReviewRecord crammed = cram(KEY, T0, ProgressStore.newCard(KEY), Rating.AGAIN, Verdict.WRONG);
            store.record(crammed);
            assertTrue(store.cards().isEmpty());
            assertEquals(List.of(crammed), store.history(KEY));
            assertEquals(new ProgressStore.DayCounts(0, 0), store.counts(since(T0.minusSeconds(1))));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aReviewIsGradedFromTheStateAnotherConnectionLeft(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        try (ProgressStore a = profile.open();
                ProgressStore b = profile.open()) {
            ReviewRecord one = first(KEY, T0, Rating.GOOD, Verdict.RIGHT, Duration.ofMinutes(10));
            a.record(one);
            ProgressStore.Recorded second = b.record(
                    KEY,
                    since(T0.minusSeconds(60)),
                    current -> then(one, T0.plusSeconds(600), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1)));
            assertEquals(one.after(), second.review().before());
            assertEquals(new ProgressStore.DayCounts(1, 1), second.today());
            assertEquals(second.review().after(), a.cards().get(KEY).card());

            IllegalArgumentException stale = assertThrows(
                    IllegalArgumentException.class,
                    () -> a.record(then(one, T0.plusSeconds(900), Rating.EASY, Verdict.RIGHT, Duration.ofDays(4))));
            assertEquals(
                    "the review of mini/host-city was graded from a state other than the stored one",
                    stale.getMessage());
            assertEquals(2, a.history(KEY).size(), "nothing written");
            assertThrows(UndoRefused.class, () -> a.undo(one));
            assertEquals(second.review().after(), a.cards().get(KEY).card());
        }
    }

    /**
     * The day's counts each answer returns, kept up to date from the rows written since the answer before: they take in
     * what another session on the profile answered meanwhile, let go of an answer taken back, and count a card reset
     * and seen again as one new card.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void eachAnswersDayCountsTakeInOtherSessionsUndoAndResets(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        ProgressStore.Today today = since(T0.minusSeconds(3600));
        CardKey other = key("other-city");
        CardKey third = key("third-city");
        try (ProgressStore a = profile.open();
                ProgressStore b = profile.open()) {
            ReviewRecord yesterday =
                    first(KEY, T0.minus(Duration.ofDays(1)), Rating.GOOD, Verdict.RIGHT, Duration.ZERO);
            a.record(yesterday);
            assertEquals(new ProgressStore.DayCounts(0, 0), a.counts(today), "yesterday's answer uses up nothing");

            b.record(first(other, T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1)));
            ReviewRecord reviewed = then(yesterday, T0.plusSeconds(60), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(3));
            assertEquals(
                    new ProgressStore.DayCounts(1, 1),
                    a.record(KEY, today, current -> reviewed).today(),
                    "the other session's new card, and this review");

            ReviewRecord taken = first(third, T0.plusSeconds(120), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(1));
            assertEquals(
                    new ProgressStore.DayCounts(2, 1),
                    a.record(third, today, current -> taken).today());
            a.undo(taken);
            assertTrue(a.forget(other, T0.plusSeconds(180)));
            ReviewRecord again = first(other, T0.plusSeconds(240), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
            assertEquals(
                    new ProgressStore.DayCounts(1, 1),
                    a.record(other, today, current -> again).today(),
                    "the answer taken back counts no more; the card reset and seen again is one new card");
            assertEquals(
                    new ProgressStore.DayCounts(1, 1), b.counts(today), "as the day's rows read afresh count them");
        }
    }

    /**
     * Two sessions answering one card as fast as they can, each answer graded from the state read in its transaction:
     * no answer lost, none graded from a state the other had already replaced (the chain of states is whole).
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void concurrentSessionsOfOneProfileLoseNoAnswerAndBreakNoChain(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ProgressStore a = profile.open();
                ProgressStore b = profile.open()) {
            List<Future<?>> running = new ArrayList<>();
            for (ProgressStore store : List.of(a, b)) {
                running.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        store.record(KEY, since(T0), current -> {
                            Instant at = T0.plusSeconds(current.reps() * 60L + 60);
                            return new ReviewRecord(
                                    KEY,
                                    at,
                                    Rating.GOOD,
                                    "x",
                                    Verdict.RIGHT,
                                    10,
                                    current,
                                    new Fsrs6().next(current, Rating.GOOD, at),
                                    ReviewKind.REVIEW,
                                    "h");
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            List<ReviewRecord> log = a.history(KEY);
            assertEquals(2 * each, log.size());
            for (int i = 1; i < log.size(); i++) {
                assertEquals(log.get(i - 1).after(), log.get(i).before(), "review " + i + " graded from a stale state");
            }
            assertEquals(log.get(log.size() - 1).after(), b.cards().get(KEY).card());
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void settingsMarksResetsAndFlagsAreKept(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        CardKey other = key("other");
        try (ProgressStore store = profile.open()) {
            store.putSetting("new-per-day", "30");
            store.putSetting("scheduler", "sm2");
            store.putSetting("scheduler", null);
            store.record(first(KEY, T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1)));
            assertTrue(store.forget(KEY, T0.plusSeconds(5)));
            assertFalse(store.forget(KEY, T0.plusSeconds(6)), "nothing left to forget");
            store.suspend(new ProgressStore.Suspension(other, T0, false));
            store.suspend(new ProgressStore.Suspension(other, T0.plusSeconds(9), true));
            store.bury(KEY, T0.plusSeconds(3600));
            store.bury(KEY, T0.plusSeconds(7200));
            store.flag(new ProgressStore.Flag(KEY, "two answers are right", T0));
            store.flag(new ProgressStore.Flag(other, "", T0.plusSeconds(1)));
        }
        try (ProgressStore store = profile.open()) {
            assertEquals(Map.of("new-per-day", "30"), store.settings());
            assertTrue(store.cards().isEmpty(), "forgotten: new again");
            assertEquals(1, store.history(KEY).size(), "its answer stays history");
            assertEquals(
                    Map.of(other, new ProgressStore.Suspension(other, T0, false)),
                    store.suspended(),
                    "the first suspension is kept");
            assertEquals(Map.of(KEY, T0.plusSeconds(7200)), store.burials(T0));
            assertEquals(Map.of(), store.burials(T0.plusSeconds(7200)));
            assertEquals(
                    List.of(
                            new ProgressStore.Flag(KEY, "two answers are right", T0),
                            new ProgressStore.Flag(other, "", T0.plusSeconds(1))),
                    store.flags());
            assertEquals(1, store.unflag(KEY));
            assertTrue(store.unsuspend(other));
            assertFalse(store.unsuspend(other));
            store.unbury(KEY);
            assertEquals(Map.of(), store.burials(T0));
        }
    }

    /** A card row lost (deleted by hand) is found by doctor and rebuilt from the review log, on either backend. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void doctorRebuildsALostCardRowFromTheLog(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        ReviewRecord one = first(KEY, T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
        try (SqlProgressStore store = profile.open()) {
            store.record(one);
            assertEquals(List.of(), Doctor.examine(store, Map.of()).differences(), "a healthy profile");
        }
        try (java.sql.Connection db = profile.connect();
                java.sql.Statement s = db.createStatement()) {
            assertEquals(1, s.executeUpdate("DELETE FROM card"));
        }
        try (SqlProgressStore store = profile.open()) {
            Doctor.Report report = Doctor.examine(store, Map.of());
            assertEquals(
                    List.of(Doctor.Kind.MISSING),
                    report.differences().stream().map(Doctor.Difference::kind).toList());
            assertEquals(List.of(), report.damage());
            assertEquals(one.after(), store.cards().get(KEY).card(), "rebuilt from its last review");
        }
    }

    /** On a server, one import into a profile at a time: the second is told, and nothing of it runs. */
    @org.junit.jupiter.api.Test
    void aSecondImportIntoAProfileOnAServerIsRefusedWhileTheFirstRuns() throws Exception {
        Backend.Profile profile = Backend.POSTGRES.newProfile(dir);
        try (SqlProgressStore first = profile.open();
                SqlProgressStore second = profile.open()) {
            quizline.io.UserError refused = first.whileImporting(
                    () -> assertThrows(quizline.io.UserError.class, () -> second.whileImporting(() -> "ran")));
            assertTrue(
                    refused.getMessage().contains("another quizline import into this profile is running"),
                    refused.getMessage());
            assertEquals("ran", second.whileImporting(() -> "ran"), "the lock ends with the first import");
        }
    }

    /** A progress file made from one backend reads into the other whole: the same log, cards, resets and marks. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void progressExportedFromSqliteImportsWhole(Backend backend) throws Exception {
        StringWriter out = new StringWriter();
        Instant now = T0.plusSeconds(60);
        try (SqlProgressStore source =
                Backend.SQLITE.newProfile(dir.resolve("source")).open()) {
            ReviewRecord one = first(KEY, T0, Rating.GOOD, Verdict.RIGHT, Duration.ofMinutes(10));
            source.record(one);
            source.record(then(one, T0.plusSeconds(30), Rating.HARD, Verdict.TYPO, Duration.ofDays(1)));
            source.record(first(key("b"), T0.plusSeconds(40), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(1)));
            source.forget(key("b"), T0.plusSeconds(45));
            source.putSetting("new-per-day", "7");
            source.flag(new ProgressStore.Flag(KEY, "typo in the prompt", T0));
            ProgressArchive.write(source, now, out);
        }
        try (SqlProgressStore target = backend.newProfile(dir).open()) {
            ProgressArchive.Archive archive =
                    ProgressArchive.read(new StringReader(out.toString()), "p.json", (k, v) -> {});
            ProgressArchive.ImportResult result = ProgressArchive.importInto(target, archive);
            ProgressArchive.importMarks(target, archive, now);
            assertEquals(3, result.added());
            StringWriter again = new StringWriter();
            ProgressArchive.write(target, now, again);
            assertEquals(out.toString(), again.toString());
            assertEquals(Set.of(KEY), target.cards().keySet(), "b was reset after its answer");
            assertEquals(0, ProgressArchive.importInto(target, archive).added(), "a second import adds nothing");
        }
    }
}
