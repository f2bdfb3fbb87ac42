package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizline.store.Reviews.at;
import static quizline.store.Reviews.first;
import static quizline.store.Reviews.key;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quizline.PostgresServer;
import quizline.pack.Verdict;
import quizline.schedule.Rating;

/**
 * A class on one server: each student's role reads and writes only that student's rows, the instructor's role (the
 * tables' owner) reads every student's. Tried as a student, through quizline and through plain SQL.
 */
class RowSecurityTest {
    private static final Instant T0 = at("2024-07-05T09:00:00Z");
    private static final CardKey KEY = key("host-city");

    private String schema;
    private String instructor;
    private String alice;
    private String bob;

    @BeforeEach
    void aClass() {
        PostgresServer.url();
        instructor = PostgresServer.roleName("teacher");
        alice = PostgresServer.roleName("alice");
        bob = PostgresServer.roleName("bob");
        PostgresServer.admin(
                "CREATE ROLE " + instructor + " LOGIN",
                "CREATE ROLE " + alice + " LOGIN",
                "CREATE ROLE " + bob + " LOGIN");
        schema = PostgresServer.freshSchema(instructor);
    }

    private PostgresProgressStore open(String role, String profile) throws StoreException {
        return PostgresProgressStore.open(PostgresServer.as(role, schema), profile, null, null);
    }

    private Connection connect(String role) throws SQLException {
        return DriverManager.getConnection(PostgresServer.as(role, schema));
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void aStudentReadsAndWritesOnlyTheirOwnRowsAndTheInstructorReadsAll() throws Exception {
        ReviewRecord alicesAnswer = first(KEY, T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
        ReviewRecord bobsAnswer = first(KEY, T0.plusSeconds(5), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(1));
        open(instructor, null).close(); // the instructor's role makes the tables: it owns them
        try (PostgresProgressStore store = open(alice, null)) {
            assertEquals(alice, store.profile(), "a student's profile is named as their role");
            store.record(alicesAnswer);
            store.flag(new ProgressStore.Flag(KEY, "ambiguous", T0));
        }
        try (PostgresProgressStore store = open(bob, null)) {
            store.record(bobsAnswer);
            store.putSetting("new-per-day", "5");
        }

        // Alice, through quizline, naming Bob's profile: nothing of his to read, and no write lands
        try (PostgresProgressStore asBob = open(alice, bob)) {
            assertEquals(Map.of(), asBob.cards());
            assertEquals(List.of(), asBob.history(KEY));
            assertEquals(Map.of(), asBob.settings());
            StoreFailure refused = assertThrows(
                    StoreFailure.class,
                    () -> asBob.record(first(key("other"), T0, Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1))));
            assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            assertThrows(StoreFailure.class, () -> asBob.putSetting("new-per-day", "50"));
            assertEquals(
                    Map.of(alice, List.of(ReviewDigest.of(alicesAnswer))),
                    asBob.reviewsByProfile("mini"),
                    "a student's role reads the class's reviews of no profile but their own");
        }
        // And through plain SQL: Bob's rows are not there for her, and changing them changes nothing
        try (Connection db = connect(alice);
                Statement s = db.createStatement()) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM review"), "her own answer only");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM review WHERE profile = '" + bob + "'"));
            assertEquals(0, s.executeUpdate("UPDATE review SET rating = 4 WHERE profile = '" + bob + "'"));
            assertEquals(0, s.executeUpdate("DELETE FROM card WHERE profile = '" + bob + "'"));
            assertEquals(0, s.executeUpdate("DELETE FROM setting WHERE profile = '" + bob + "'"));
            SQLException insert = assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate(
                            "INSERT INTO setting (profile, key, value) VALUES ('" + bob + "', 'k', 'v')"));
            assertEquals("42501", insert.getSQLState(), insert.getMessage());
            SQLException move = assertThrows(
                    SQLException.class, () -> s.executeUpdate("UPDATE review SET profile = '" + bob + "'"));
            assertEquals("42501", move.getSQLState(), "her rows cannot be handed to Bob: " + move.getMessage());
        }
        try (PostgresProgressStore store = open(bob, null)) {
            assertEquals(List.of(bobsAnswer), store.history(KEY), "Bob's answer is as he left it");
            assertEquals(Map.of("new-per-day", "5"), store.settings());
        }

        // The instructor reads the whole class
        try (PostgresProgressStore store = open(instructor, null)) {
            assertEquals(
                    Map.of(alice, List.of(ReviewDigest.of(alicesAnswer)), bob, List.of(ReviewDigest.of(bobsAnswer))),
                    store.reviewsByProfile("mini"));
            assertEquals(Map.of(), store.reviewsByProfile("another-pack"));
            assertEquals(
                    List.of(new PostgresProgressStore.ProfileFlag(alice, new ProgressStore.Flag(KEY, "ambiguous", T0))),
                    store.flagsByProfile("mini"));
            assertEquals(Set.of(), store.cards().keySet(), "the instructor's own profile has no answers");
        }
    }

    @Test
    void aStudentCannotMakeTheTablesAndIsToldWhoCan() {
        StoreException e = assertThrows(StoreException.class, () -> open(alice, null));
        assertTrue(e.getMessage().contains("open it once as the class's instructor"), e.getMessage());
    }
}
