package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Rating;

/**
 * The kept finding of the last changed-answer check of a pack ({@code answer_check}) stays only while every card row of
 * the pack agrees with the answers it names: it is kept with a session's first write, or at the end of a session that
 * wrote nothing; answers and undos graded from those answers keep it, a reset keeps it; answers from another version of
 * the pack, an import and doctor's rebuild drop it; and a card row written by another session between a start's read
 * and its first write keeps the start's finding from being kept at all. On both backends.
 */
class AnswerCheckTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final String V1 = "answers-of-version-1";
    private static final String V2 = "answers-of-version-2";

    @TempDir
    Path dir;

    private final Map<CardKey, Card> cards = new HashMap<>();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void keptWithTheFirstWriteKeptByItsOwnAnswersDroppedByAnotherVersions(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        try (SqlProgressStore store = profile.open();
                SqlProgressStore other = profile.open()) {
            // Rows written by a store not told its answers: each counts one
            answer(other, key("mini", 0), T0);
            answer(other, key("mini", 1), T0.plusSeconds(60));
            answer(other, key("else", 0), T0.plusSeconds(90));
            assertEquals(new ProgressStore.AnswersChecked(null, 2), checked(store, "mini"));
            assertEquals(new ProgressStore.AnswersChecked(null, 1), checked(store, "else"));
            assertEquals(ProgressStore.AnswersChecked.NONE, checked(store, "none"));

            // A start's finding: nothing kept before a write
            long writes = checked(store, "mini").writes();
            store.answersFrom(Map.of("mini", V1));
            store.answersAgreed("mini", V1, writes);
            assertEquals(new ProgressStore.AnswersChecked(null, 2), checked(other, "mini"));

            // Kept with the first write, which its own answers do not drop; nor does their undo, a reset or a cram
            ReviewRecord mine = answer(store, key("mini", 2), T0.plusSeconds(120));
            ProgressStore.AnswersChecked kept = new ProgressStore.AnswersChecked(V1, 2);
            assertEquals(kept, checked(other, "mini"));
            store.undo(mine);
            cards.remove(mine.key());
            assertEquals(kept, checked(other, "mini"));
            answer(store, key("mini", 2), T0.plusSeconds(150));
            store.reset(key("mini", 0));
            cards.remove(key("mini", 0));
            assertEquals(true, store.forget(key("mini", 1), T0.plusSeconds(160)));
            cards.remove(key("mini", 1));
            store.record(new ReviewRecord(
                    key("mini", 2),
                    T0.plusSeconds(170),
                    Rating.GOOD,
                    "x",
                    Verdict.RIGHT,
                    1000,
                    cards.get(key("mini", 2)),
                    cards.get(key("mini", 2)),
                    ReviewKind.CRAM,
                    "h"));
            assertEquals(kept, checked(other, "mini"));

            // Another session with the same answers keeps it; one with another version's drops it, that pack's only
            other.answersFrom(Map.of("mini", V1));
            answer(other, key("mini", 3), T0.plusSeconds(180));
            assertEquals(kept, checked(store, "mini"));
            other.answersFrom(Map.of("mini", V2, "else", V2));
            answer(other, key("mini", 4), T0.plusSeconds(240));
            assertEquals(new ProgressStore.AnswersChecked(null, 3), checked(store, "mini"));
            assertEquals(new ProgressStore.AnswersChecked(null, 1), checked(store, "else"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCardRowWrittenBetweenTheStartsReadAndItsFirstWriteKeepsItsFindingFromBeingKept(Backend backend)
            throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        try (SqlProgressStore store = profile.open();
                SqlProgressStore other = profile.open()) {
            // Nothing written yet: the start read no row of the pack
            store.answersFrom(Map.of("mini", V1));
            store.answersAgreed("mini", V1, checked(store, "mini").writes());
            // Another session, even of the same answers, writes a row the start did not read
            other.answersFrom(Map.of("mini", V1));
            answer(other, key("mini", 0), T0);
            answer(store, key("mini", 1), T0.plusSeconds(60));
            assertEquals(new ProgressStore.AnswersChecked(null, 2), checked(other, "mini"));

            // The same with a finding kept before: a row of other answers between the read and the write
            store.answersAgreed("mini", V1, 2);
            store.keepAnswersAgreed();
            assertEquals(new ProgressStore.AnswersChecked(V1, 2), checked(other, "mini"));
            long writes = checked(store, "mini").writes();
            other.answersFrom(Map.of("mini", V2));
            answer(other, key("mini", 2), T0.plusSeconds(120));
            store.answersAgreed("mini", V1, writes);
            answer(store, key("mini", 3), T0.plusSeconds(180));
            assertEquals(new ProgressStore.AnswersChecked(null, 4), checked(other, "mini"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSessionThatWroteNothingKeepsItsFindingAtItsEnd(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        try (SqlProgressStore store = profile.open()) {
            answer(store, key("mini", 0), T0);
        }
        try (SqlProgressStore store = profile.open()) {
            store.answersAgreed("mini", V1, checked(store, "mini").writes());
        }
        try (SqlProgressStore store = profile.open()) {
            assertEquals(new ProgressStore.AnswersChecked(null, 1), checked(store, "mini"), "closed unkept");
            store.answersAgreed("mini", V1, checked(store, "mini").writes());
            store.keepAnswersAgreed();
            assertEquals(new ProgressStore.AnswersChecked(V1, 1), checked(store, "mini"));
            // Kept once: a later write does not keep it again over a row written meanwhile
            try (SqlProgressStore other = profile.open()) {
                answer(other, key("mini", 1), T0.plusSeconds(60));
            }
            store.answersFrom(Map.of("mini", V1));
            answer(store, key("mini", 2), T0.plusSeconds(120));
            assertEquals(new ProgressStore.AnswersChecked(null, 3), checked(store, "mini"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anImportDropsTheFindingOfThePacksItWrites(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        Backend.Profile elsewhere = backend.newProfile(dir.resolve("elsewhere"));
        Files.createDirectories(dir.resolve("elsewhere"));
        String json;
        try (SqlProgressStore laptop = elsewhere.open()) {
            answer(laptop, key("mini", 7), T0.plus(Duration.ofDays(1)));
            StringWriter out = new StringWriter();
            ProgressArchive.write(laptop, T0.plus(Duration.ofDays(2)), out);
            json = out.toString();
        }
        try (SqlProgressStore store = profile.open()) {
            answer(store, key("mini", 0), T0);
            answer(store, key("else", 0), T0);
            store.answersAgreed("mini", V1, checked(store, "mini").writes());
            store.answersAgreed("else", V1, checked(store, "else").writes());
            store.keepAnswersAgreed();
            assertEquals(V1, checked(store, "mini").answers());
            ProgressArchive.importInto(
                    store, ProgressArchive.read(new StringReader(json), "laptop.json", (key, value) -> {}));
            assertNull(checked(store, "mini").answers());
            assertEquals(V1, checked(store, "else").answers(), "no row of it imported");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void doctorsRebuildDropsTheFindingOfThePacksItRewrites(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        try (SqlProgressStore store = profile.open()) {
            answer(store, key("mini", 0), T0);
            answer(store, key("mini", 1), T0.plusSeconds(60));
            answer(store, key("else", 0), T0);
            store.answersAgreed("mini", V1, checked(store, "mini").writes());
            store.answersAgreed("else", V1, checked(store, "else").writes());
            store.keepAnswersAgreed();
            // Nothing to put right: nothing dropped
            assertEquals(false, Doctor.examine(store, Map.of()).changed());
            assertEquals(V1, checked(store, "mini").answers());
            try (Connection db = profile.connect();
                    Statement s = db.createStatement()) {
                s.execute("DELETE FROM card WHERE pack_id = 'mini' AND question_id = 'q1'");
            }
            assertEquals(true, Doctor.examine(store, Map.of()).changed());
            assertNull(checked(store, "mini").answers());
            assertEquals(V1, checked(store, "else").answers());
        }
    }

    /** A profile of schema 11 gets the table, empty, when opened: every pack is checked at its next start. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aProfileOfSchemaElevenGetsNoFinding(Backend backend) throws Exception {
        Backend.Profile profile = backend.newProfile(dir);
        try (Connection db = profile.connect()) {
            Migrations.run(db, backend == Backend.SQLITE ? Dialect.SQLITE : Dialect.POSTGRES, 11);
        }
        try (SqlProgressStore store = profile.open()) {
            assertEquals(ProgressStore.AnswersChecked.NONE, checked(store, "mini"));
            answer(store, key("mini", 0), T0);
            assertEquals(new ProgressStore.AnswersChecked(null, 1), checked(store, "mini"));
        }
    }

    private static ProgressStore.AnswersChecked checked(SqlProgressStore store, String pack) {
        return store.studyCards(T0, T0.plus(Duration.ofDays(1))).checked(pack);
    }

    private static CardKey key(String pack, int c) {
        return new CardKey(pack, "q" + c);
    }

    /** A scheduled review of the card as {@link #cards} holds it, rated Good. */
    private ReviewRecord answer(SqlProgressStore store, CardKey key, Instant at) {
        Card before = cards.getOrDefault(key, Card.newCard(key.toString(), Instant.EPOCH));
        Card after = new Card(
                CardState.REVIEW, 0, 4.5, 5.5, 0, at, at.plus(Duration.ofDays(2)), before.reps() + 1, 0, 2, 7L);
        ReviewRecord review =
                new ReviewRecord(key, at, Rating.GOOD, "x", Verdict.RIGHT, 1000, before, after, ReviewKind.REVIEW, "h");
        store.record(review);
        cards.put(key, after);
        return review;
    }
}
