package quizline.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quizline.PostgresServer;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.Rating;
import quizline.store.CardKey;
import quizline.store.PostgresProgressStore;
import quizline.store.ProgressStore;
import quizline.store.ReviewDigest;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;

/** A class on a PostgreSQL server: the instructor reads every student's answers and flags; a student only their own. */
class ServerClassTest {
    private static final Instant AT = Instant.parse("2026-12-05T09:00:00Z");

    private String schema;
    private String instructor;
    private String ann;
    private String ben;

    @BeforeEach
    void aClass() throws Exception {
        PostgresServer.url();
        instructor = PostgresServer.roleName("teacher");
        ann = PostgresServer.roleName("ann");
        ben = PostgresServer.roleName("ben");
        PostgresServer.admin(
                "CREATE ROLE " + instructor + " LOGIN",
                "CREATE ROLE " + ann + " LOGIN",
                "CREATE ROLE " + ben + " LOGIN");
        schema = PostgresServer.freshSchema(instructor);
        PostgresProgressStore.open(PostgresServer.as(instructor, schema), null, null, null)
                .close(); // the instructor's role makes the tables
    }

    private void answer(String student, CardKey key, Instant at, String given) throws Exception {
        try (PostgresProgressStore store =
                PostgresProgressStore.open(PostgresServer.as(student, schema), null, null, null)) {
            Card before = ProgressStore.newCard(key);
            store.record(new ReviewRecord(
                    key, at, Rating.AGAIN, given, Verdict.WRONG, 500, before, before, ReviewKind.CRAM, "h"));
        }
    }

    @Test
    void theInstructorReadsEveryStudentAndAStudentOnlyThemselves() throws Exception {
        answer(ann, new CardKey("mini", "q1"), AT, "Rome");
        answer(ann, new CardKey("mini", "q2"), AT.minusSeconds(60), "Oslo");
        answer(ann, new CardKey("other", "q1"), AT, "Bern");
        answer(ben, new CardKey("mini", "q1"), AT, "Lima");
        try (PostgresProgressStore store =
                PostgresProgressStore.open(PostgresServer.as(ben, schema), null, null, null)) {
            store.flag(new ProgressStore.Flag(new CardKey("mini", "q1"), "typo in the prompt", AT));
        }

        ClassRecords all = new ServerClass(PostgresServer.as(instructor, schema), null, null).read("mini");
        assertEquals(Set.of(ann, ben), all.reviews().keySet());
        assertEquals(
                List.of("Oslo", "Rome"),
                all.reviews().get(ann).stream().map(ReviewDigest::wrongAnswer).toList(),
                "oldest first, this pack only");
        assertEquals(
                List.of("typo in the prompt"),
                all.flags().get(ben).stream().map(ProgressStore.Flag::note).toList());
        assertEquals(List.of(), all.flags().get(ann));

        ClassRecords own = new ServerClass(PostgresServer.as(ann, schema), null, null).read("mini");
        assertEquals(Set.of(ann), own.reviews().keySet(), "row-level security keeps a student to their own rows");
    }
}
