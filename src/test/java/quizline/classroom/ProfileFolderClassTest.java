package quizline.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.io.UserError;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Rating;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.ReviewDigest;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;
import quizline.store.SqliteProgressStore;

class ProfileFolderClassTest {
    private static final Instant AT = Instant.parse("2026-12-05T09:00:00Z");

    @TempDir
    Path folder;

    private void answer(String student, CardKey key, Instant at, String given) throws Exception {
        answer(student, key, at, given, ReviewKind.CRAM);
    }

    private void answer(String student, CardKey key, Instant at, String given, ReviewKind kind) throws Exception {
        try (SqliteProgressStore store = SqliteProgressStore.open(folder.resolve(student + ".db"))) {
            Card before =
                    store.cards().containsKey(key) ? store.cards().get(key).card() : ProgressStore.newCard(key);
            Card after = kind == ReviewKind.CRAM
                    ? before
                    : new Card(CardState.LEARNING, 0, 1, 5, 0, at, at.plusSeconds(60), 1, 0, 0, before.fuzzKey());
            store.record(new ReviewRecord(key, at, Rating.AGAIN, given, Verdict.WRONG, 500, before, after, kind, "h"));
        }
    }

    @Test
    void everyProfileIsAStudentWithThePacksReviewsAndFlags() throws Exception {
        answer("ann", new CardKey("mini", "q1"), AT, "Rome");
        answer("ann", new CardKey("mini", "q2"), AT.minusSeconds(60), "Oslo");
        answer("ann", new CardKey("other", "q1"), AT, "Bern");
        try (SqliteProgressStore store = SqliteProgressStore.open(folder.resolve("ann.db"))) {
            store.flag(new ProgressStore.Flag(new CardKey("mini", "q1"), "typo in the prompt", AT));
            store.flag(new ProgressStore.Flag(new CardKey("other", "q1"), "not this pack", AT));
        }
        // a question the pack no longer has
        answer("ben", new CardKey("mini", "gone"), AT, "Lima", ReviewKind.REVIEW);
        try (SqliteProgressStore store = SqliteProgressStore.open(folder.resolve("cy.db"))) {
            store.settings(); // a student who has not started
        }
        Files.writeString(folder.resolve(".cy.db.77.creating"), "being made");
        Files.writeString(folder.resolve("notes.txt"), "not a profile");
        Files.createDirectories(folder.resolve("packs"));

        ClassRecords records = new ProfileFolderClass(folder).read("mini");
        assertEquals(Set.of("ann", "ben", "cy"), records.reviews().keySet());
        // oldest first, this pack only
        assertEquals(
                List.of("Oslo", "Rome"),
                records.reviews().get("ann").stream()
                        .map(ReviewDigest::wrongAnswer)
                        .toList());
        assertEquals(List.of(), records.reviews().get("cy"));
        assertEquals(
                List.of("typo in the prompt"),
                records.flags().get("ann").stream()
                        .map(ProgressStore.Flag::note)
                        .toList());
        assertEquals(
                List.of("gone"),
                records.reviews().get("ben").stream()
                        .map(ReviewDigest::questionId)
                        .toList());
    }

    @Test
    void aDamagedProfileStopsTheReportNamingTheStudent() throws Exception {
        answer("ann", new CardKey("mini", "q1"), AT, "Rome");
        Files.writeString(folder.resolve("zed.db"), "this is not a database, and long enough to be read as one");
        UserError e = assertThrows(UserError.class, () -> new ProfileFolderClass(folder).read("mini"));
        assertTrue(e.getMessage().startsWith("student zed: "), e.getMessage());
        assertTrue(e.getMessage().contains("zed.db"), e.getMessage());
    }

    @Test
    void noFolderIsAClassOfNobody() {
        ClassRecords records = new ProfileFolderClass(folder.resolve("none")).read("mini");
        assertEquals(Set.of(), records.reviews().keySet());
    }
}
