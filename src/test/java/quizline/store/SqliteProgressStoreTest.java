package quizline.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.Fsrs6;
import quizline.schedule.Rating;

/**
 * What is the SQLite file's own: making it, upgrading an old one, refusing a damaged or foreign one untouched, the
 * disk filling up, the plan of the day's counts. The store's behaviour, the same on SQLite and PostgreSQL, is
 * {@link ProgressStoreTest}'s.
 */
class SqliteProgressStoreTest {
    private static final Instant T0 = Instant.parse("2024-07-05T09:00:00Z");
    private static final CardKey KEY = new CardKey("sco", "host-city");

    @TempDir
    Path dir;

    private static ReviewRecord review(CardKey key, Card before, Rating rating, Instant at) {
        Card after = new Fsrs6().next(before, rating, at);
        return new ReviewRecord(
                key, at, rating, "Astana", Verdict.RIGHT, 1200, before, after, ReviewKind.REVIEW, "abc");
    }

    private static Card fresh(CardKey key) {
        return Card.newCard(key.toString(), Instant.EPOCH);
    }

    @Test
    void aVersionOneDatabaseIsMigratedWithItsHistory() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SqliteProgressStore.migrate(db, 1);
            try (Statement s = db.createStatement()) {
                s.execute(
                        "INSERT INTO review (pack_id, question_id, reviewed_at, kind, rating, answer, correctness, duration_ms,"
                                + " answer_hash, state_before, state_after, card_before, card_after) VALUES ('sco', 'q', 1, 'review',"
                                + " 3, 'a', 'right', 5, 'h', 'new', 'learning', 'x', 'y')");
                assertEquals("1", scalar(db, "SELECT value FROM meta WHERE key = 'schema_version'"));
            }
        }
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            assertEquals(
                    String.valueOf(Migrations.latest()),
                    scalar(store.connection(), "SELECT value FROM meta WHERE key = 'schema_version'"));
            assertEquals(1, count(store.connection(), "review"));
            assertEquals(0, count(store.connection(), "setting"));
            assertEquals(
                    "review_by_card",
                    scalar(
                            store.connection(),
                            "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'review_by_card'"));
            assertEquals(null, scalar(store.connection(), "SELECT checksum FROM review"), "unknown, not judged");
        }
    }

    @Test
    void suspensionsBurialsFlagsAndHistorySurviveReopeningAndAVersionTwoProfileGetsThem() throws Exception {
        Path file = dir.resolve("v2.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SqliteProgressStore.migrate(db, 2);
        }
        CardKey other = new CardKey("sco", "founding-year");
        ReviewRecord first = review(KEY, fresh(KEY), Rating.AGAIN, T0);
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            store.record(first);
            store.suspend(new ProgressStore.Suspension(KEY, T0, true));
            store.suspend(new ProgressStore.Suspension(KEY, T0.plusSeconds(60), false));
            store.bury(other, T0.plus(Duration.ofHours(19)));
            store.flag(new ProgressStore.Flag(other, "two right answers", T0));
        }
        try (SqliteProgressStore store = SqliteProgressStore.openForReading(file)) {
            assertEquals(Map.of(KEY, new ProgressStore.Suspension(KEY, T0, true)), store.suspended());
            assertEquals(Set.of(other), store.buried(T0.plus(Duration.ofHours(18))));
            assertEquals(Set.of(), store.buried(T0.plus(Duration.ofHours(19))));
            assertEquals(List.of(new ProgressStore.Flag(other, "two right answers", T0)), store.flags());
            assertEquals(List.of(first), store.history(KEY));
            assertEquals(List.of(), store.history(other));
        }
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            assertTrue(store.unsuspend(KEY));
            assertFalse(store.unsuspend(KEY));
            store.unbury(other);
            assertEquals(Map.of(), store.suspended());
            assertEquals(Set.of(), store.buried(T0));
        }
    }

    /**
     * What a quizline of schema 2 left: the same tables without the checksum columns, the tables of questions set
     * aside, the log of resets, the calibration's kept sums and the answer counts by card and by quarter of an hour. Made here from a profile this
     * quizline wrote, so its rows are a real session's.
     */
    static void toSchemaTwo(Path file) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement()) {
            s.execute("DROP INDEX review_tally");
            s.execute("DROP INDEX review_by_kind_time");
            s.execute("ALTER TABLE review DROP COLUMN checksum");
            for (String table : java.util.List.of(
                    "suspended",
                    "buried",
                    "flag",
                    "card_reset",
                    "calibration",
                    "card_tally",
                    "answer_slot",
                    "answer_check")) {
                s.execute("DROP TABLE " + table);
            }
            s.execute("ALTER TABLE card DROP COLUMN checksum");
            s.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        }
    }

    @Test
    void aVersionTwoProfileIsMigratedKeepsItsHistoryAndIsStillStudied() throws Exception {
        Path file = dir.resolve("p.db");
        ReviewRecord first = review(KEY, fresh(KEY), Rating.GOOD, T0);
        CardKey other = new CardKey("sco", "founded");
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            store.record(first);
            store.record(review(other, fresh(other), Rating.AGAIN, T0.plusSeconds(30)));
            store.putSetting("new-per-day", "30");
        }
        toSchemaTwo(file);
        List<String> reviews;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            reviews = table(db, "SELECT * FROM review ORDER BY id");
        }
        try (SqliteProgressStore store = SqliteProgressStore.openForWriting(file)) {
            Connection db = store.connection();
            assertEquals(
                    String.valueOf(Migrations.latest()),
                    scalar(db, "SELECT value FROM meta WHERE key = 'schema_version'"));
            assertEquals(
                    reviews.stream().map(row -> row + "|null").toList(),
                    table(db, "SELECT * FROM review ORDER BY id"),
                    "every row kept as it was, its checksum unknown");
            assertEquals(first.after(), store.cards().get(KEY).card());
            assertEquals(Map.of("new-per-day", "30"), store.settings());

            ReviewRecord second = review(KEY, first.after(), Rating.GOOD, T0.plus(Duration.ofDays(2)));
            store.record(second);
            assertEquals(second.after(), store.cards().get(KEY).card());
            assertEquals(1, count(db, "review WHERE checksum IS NOT NULL"), "the new answer has one");
            assertEquals(1, count(db, "card WHERE checksum IS NOT NULL"), "the card it wrote has one");
            Doctor.Report report = Doctor.examine(store, Map.of());
            assertEquals(List.of(), report.damage());
            assertEquals(List.of(), report.breaks());
            assertEquals(List.of(), report.differences());
        }
        // Reopened for writing: the card row without a checksum is not judged by it, the one with one matches it.
        SqliteProgressStore.openForWriting(file).close();
    }

    /** Every path that writes a row gives it its checksum: an answer, undo, an import and doctor's repairs. */
    @Test
    void everyWritePathSetsTheChecksum() throws Exception {
        ReviewRecord first = review(KEY, fresh(KEY), Rating.GOOD, T0);
        ReviewRecord second = review(KEY, first.after(), Rating.AGAIN, T0.plusSeconds(600));
        CardKey other = new CardKey("sco", "founded");
        java.io.StringWriter archive = new java.io.StringWriter();
        try (SqliteProgressStore store = SqliteProgressStore.open(dir.resolve("p.db"))) {
            store.record(first);
            store.record(review(other, fresh(other), Rating.GOOD, T0.plusSeconds(5)));
            store.record(second);
            store.undo(second); // puts the card back as the first review left it
            assertAllChecksummed(store);
            try (Statement s = store.connection().createStatement()) {
                s.execute("DELETE FROM card WHERE question_id = 'founded'");
            }
            assertEquals(1, Doctor.examine(store, Map.of()).differences().size());
            assertAllChecksummed(store);
            ProgressArchive.write(store, java.time.Instant.EPOCH, archive);
        }
        try (SqliteProgressStore copy = SqliteProgressStore.open(dir.resolve("copy.db"))) {
            ProgressArchive.importInto(
                    copy, ProgressArchive.read(new java.io.StringReader(archive.toString()), "a.json", (k, v) -> {}));
            assertEquals(2, count(copy.connection(), "review"));
            assertAllChecksummed(copy);
        }
    }

    @Test
    void cardRowsChangedSinceWrittenAreRefusedWhenOpeningForWritingOnly() throws Exception {
        Path file = dir.resolve("p.db");
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            for (String q : List.of("a", "b", "c")) {
                CardKey key = new CardKey("sco", q);
                store.record(review(key, fresh(key), Rating.GOOD, T0));
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement()) {
            s.execute("UPDATE card SET due = due + 1 WHERE question_id IN ('b', 'c')");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> SqliteProgressStore.openForWriting(file));
        assertEquals(
                file + ": the saved states of sco/b and 1 other card are damaged (changed since quizline wrote them:"
                        + " their checksums do not match); it was left untouched: run `quizline doctor` on this"
                        + " profile to rebuild them from the review log",
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        // Reading, and doctor's open, go on: doctor is what rebuilds them
        SqliteProgressStore.openForReading(file).close();
        SqliteProgressStore.open(file).close();
    }

    /**
     * A study's open leaves the full check to run beside the session, started when the first question is on screen or
     * at the first write: the damaged profile opens and is read, but its first write is refused with the check's
     * verdict, and nothing is written; a sound one is written as ever.
     */
    @Test
    void aStudysOpenChecksBesideTheSessionAndItsFirstWriteWaitsForTheVerdict() throws Exception {
        Path file = dir.resolve("p.db");
        CardKey b = new CardKey("sco", "b");
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            store.record(review(b, fresh(b), Rating.GOOD, T0));
        }
        try (SqliteProgressStore store = SqliteProgressStore.openForStudy(file)) {
            store.record(review(KEY, fresh(KEY), Rating.GOOD, T0));
            store.awaitOpenCheck();
            assertEquals(Set.of(b, KEY), store.cards().keySet());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement()) {
            s.execute("UPDATE card SET due = due + 1 WHERE question_id = 'b'");
        }
        byte[] before = Files.readAllBytes(file);
        try (SqliteProgressStore store = SqliteProgressStore.openForStudy(file)) {
            assertEquals(Set.of(b, KEY), store.cards().keySet(), "read before the verdict");
            CardKey c = new CardKey("sco", "c");
            StoreFailure refused =
                    assertThrows(StoreFailure.class, () -> store.record(review(c, fresh(c), Rating.GOOD, T0)));
            assertEquals(
                    file + ": the saved state of sco/b is damaged (changed since quizline wrote it: its checksum does"
                            + " not match); it was left untouched: run `quizline doctor` on this profile to rebuild it"
                            + " from the review log",
                    refused.getMessage());
            assertThrows(StoreFailure.class, store::awaitOpenCheck);
        }
        // Closed before its check started, it is left as it was; started once the first question is on screen, the
        // check refuses it as the first write does
        try (SqliteProgressStore store = SqliteProgressStore.openForStudy(file)) {
            assertEquals(Set.of(b, KEY), store.cards().keySet());
        }
        try (SqliteProgressStore store = SqliteProgressStore.openForStudy(file)) {
            store.startOpenCheck();
            store.startOpenCheck();
            assertTrue(assertThrows(StoreFailure.class, store::awaitOpenCheck)
                    .getMessage()
                    .startsWith(file + ": the saved state of sco/b is damaged"));
            CardKey c = new CardKey("sco", "c");
            assertThrows(StoreFailure.class, () -> store.record(review(c, fresh(c), Rating.GOOD, T0)));
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(
                Files.exists(Path.of(file + "-wal")) && Files.size(Path.of(file + "-wal")) > 0, "written to the log");
    }

    /**
     * A row is checked from the bytes SQLite holds, and written from Java's text: any text, even what UTF-8 cannot
     * hold (a lone surrogate, stored as '?'), matches its checksum when read back.
     */
    @Test
    void rowsOfAnyTextMatchTheirChecksums() throws Exception {
        try (SqliteProgressStore store = SqliteProgressStore.open(dir.resolve("p.db"))) {
            String[] answers = {"", null, "Astana, Nur-Sultan", "é€😀 \u0000 end", "a\ud800b"};
            for (int i = 0; i < answers.length; i++) {
                CardKey key = new CardKey("sco-ü", "q" + i + "-€");
                Card before = fresh(key);
                store.record(new ReviewRecord(
                        key,
                        T0.plusSeconds(i),
                        Rating.GOOD,
                        answers[i],
                        Verdict.RIGHT,
                        10,
                        before,
                        new Fsrs6().next(before, Rating.GOOD, T0.plusSeconds(i)),
                        ReviewKind.REVIEW,
                        "h"));
            }
            assertAllChecksummed(store);
        }
    }

    private static void assertAllChecksummed(SqliteProgressStore store) throws SQLException {
        Connection db = store.connection();
        assertEquals(0, count(db, "review WHERE checksum IS NULL"));
        assertEquals(0, count(db, "card WHERE checksum IS NULL"));
        assertTrue(count(db, "card") > 0);
        assertEquals(List.of(), CardTable.damaged(store.scope()));
        assertEquals(List.of(), Doctor.examine(store, Map.of()).damage());
    }

    /** What a profile killed right after switching to WAL, before its tables were committed, left: one page, no tables. */
    @Test
    void aProfileKilledBeforeItsTablesIsCreatedAfresh() throws Exception {
        Path file = dir.resolve("p.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
        }
        assertEquals(4096, Files.size(file));
        assertOpensAsNew(file);
    }

    /**
     * What a profile killed while switching to WAL left: a hot journal whose database was empty
     * before. Made here by copying a database and its journal in the middle of its first write.
     */
    @Test
    void aProfileKilledWhileSwitchingToWalIsCreatedAfresh() throws Exception {
        Path origin = dir.resolve("origin.db");
        Path file = dir.resolve("p.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + origin);
                Statement s = db.createStatement()) {
            s.execute("PRAGMA cache_size = 1");
            s.execute("BEGIN");
            s.execute("CREATE TABLE filler (x TEXT)");
            for (int i = 0; i < 200; i++) {
                s.execute("INSERT INTO filler VALUES (printf('%.500c', 'x'))");
            }
            // The cache spilled: the journal and part of the database are on disk, uncommitted.
            Files.copy(origin, file);
            Files.copy(dir.resolve("origin.db-journal"), dir.resolve("p.db-journal"));
            s.execute("ROLLBACK");
        }
        assertOpensAsNew(file);
        assertTrue(Files.notExists(dir.resolve("p.db-journal")));
    }

    private static void assertOpensAsNew(Path file) throws Exception {
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            assertTrue(store.cards().isEmpty());
            store.record(review(KEY, fresh(KEY), Rating.GOOD, T0));
        }
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            assertEquals(1, store.cards().size());
            assertEquals(
                    String.valueOf(Migrations.latest()),
                    scalar(store.connection(), "SELECT value FROM meta WHERE key = 'schema_version'"));
        }
        try (Stream<Path> beside = Files.list(file.getParent())) {
            assertEquals(
                    List.of(),
                    beside.map(p -> p.getFileName().toString())
                            .filter(n -> n.contains(".creating"))
                            .toList(),
                    "temporary files left behind");
        }
    }

    @Test
    void aNewProfileIsReadableByItsOwnerAlone() throws Exception {
        Path file = dir.resolve("own.db");
        SqliteProgressStore.openForWriting(file).close();
        assertEquals(
                "rw-------",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        // A leftover of an earlier process that had this one's id takes none of its names
        long pid = ProcessHandle.current().pid();
        for (int n = 1; n <= 30; n++) {
            Files.writeString(dir.resolve(".two.db." + pid + "." + n + ".creating"), "left by a killed run");
        }
        SqliteProgressStore.openForWriting(dir.resolve("two.db")).close();
        assertTrue(Files.size(dir.resolve("two.db")) > 0);
    }

    @Test
    void aFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("p.db"));
        StoreException e = assertThrows(StoreException.class, () -> SqliteProgressStore.open(folder));
        assertEquals(folder + ": is a folder, not a quizline progress database", e.getMessage());
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "my shopping list\nmilk\n");
        assertRefusedUntouched(
                file, file + ": not a SQLite database, so not a quizline progress file; it was left untouched");
    }

    @Test
    void anotherProgramsDatabaseIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT, phone TEXT)");
            s.execute("INSERT INTO contacts VALUES ('Ada', '123')");
        }
        assertRefusedUntouched(
                file,
                file + ": a SQLite database of another program, not a quizline progress file; "
                        + "it was left untouched");
    }

    @Test
    void aNewerSchemaIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        try (SqliteProgressStore store = SqliteProgressStore.open(file);
                Statement s = store.connection().createStatement()) {
            s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        }
        assertRefusedUntouched(
                file,
                file + ": made by a newer quizline (progress schema 99; this one reads up to " + Migrations.latest()
                        + "); " + "it was left untouched: update quizline");
    }

    /** A profile of 200 answers cut to half its length; returns the length left. */
    private static long truncated(Path file) throws Exception {
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            Card card = fresh(KEY);
            for (int i = 0; i < 200; i++) {
                ReviewRecord r = review(new CardKey("sco", "q" + i), card, Rating.GOOD, T0.plusSeconds(i));
                store.record(r);
            }
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        return whole.length / 2;
    }

    /** Cut short, as the study opens it: refused on opening or on its first write, and never written to. */
    @Test
    void aTruncatedDatabaseOpenedForStudyIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = dir.resolve("cut.db");
        long half = truncated(file);
        String refusal;
        try (SqliteProgressStore store = SqliteProgressStore.openForStudy(file)) {
            CardKey key = new CardKey("sco", "new");
            refusal = assertThrows(StoreFailure.class, () -> store.record(review(key, fresh(key), Rating.GOOD, T0)))
                    .getMessage();
        } catch (StoreException e) {
            refusal = e.getMessage();
        }
        assertTrue(refusal.startsWith(file + ": the database is damaged"), refusal);
        assertEquals(half, Files.size(file));
    }

    @Test
    void aTruncatedDatabaseIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("cut.db");
        long half = truncated(file);
        StoreException e = assertThrows(StoreException.class, () -> SqliteProgressStore.open(file));
        assertTrue(e.getMessage().startsWith(file + ": the database is damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("it was left untouched"), e.getMessage());
        assertEquals(half, Files.size(file));
    }

    /**
     * A full disk while an answer is saved: SQLite rolls the transaction back itself, and the
     * rollback quizline then asks for must not hide the reason ("cannot rollback - no transaction
     * is active" was all a user saw). The disk is filled by capping the database's pages, which
     * fails the write the way a full disk does; every answer saved before it is kept.
     */
    @Test
    void aFullDiskWhileSavingSaysTheDiskIsFullAndKeepsEarlierAnswers() throws Exception {
        Path file = dir.resolve("p.db");
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            try (Statement s = store.connection().createStatement()) {
                s.execute("PRAGMA max_page_count = " + scalar(store.connection(), "PRAGMA page_count"));
            }
            int saved = 0;
            StoreFailure full = null;
            while (full == null && saved < 10_000) {
                CardKey key = new CardKey("sco", "q" + saved);
                try {
                    store.record(review(key, fresh(key), Rating.GOOD, T0.plusSeconds(saved)));
                    saved++;
                } catch (StoreFailure e) {
                    full = e;
                }
            }
            assertTrue(full != null, "the capped database never filled up");
            assertEquals(
                    file + ": could not save the answer: the disk is full; this answer was not saved,"
                            + " the ones before it are",
                    full.getMessage());
            assertEquals(saved, count(store.connection(), "review"));
        }
    }

    @Test
    void aProfileOpenedForReadingIsNeverWritten() throws Exception {
        Path file = dir.resolve("p.db");
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            store.record(review(KEY, fresh(KEY), Rating.GOOD, T0));
        }
        byte[] before = Files.readAllBytes(file);
        try (SqliteProgressStore store = SqliteProgressStore.openForReading(file)) {
            assertEquals(1, store.cards().size());
            CardKey other = new CardKey("sco", "other");
            StoreFailure refused = assertThrows(
                    StoreFailure.class,
                    () -> store.record(review(other, fresh(other), Rating.GOOD, T0.plusSeconds(60))));
            assertTrue(
                    refused.getMessage().contains("could not save the answer: the file or its folder is read-only"),
                    refused.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file), "reading changed the profile");
    }

    private static void assertRefusedUntouched(Path file, String message) throws IOException {
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> SqliteProgressStore.open(file));
        assertEquals(message, e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file changed");
    }

    private static int count(Connection db, String table) throws SQLException {
        return Integer.parseInt(scalar(db, "SELECT COUNT(*) FROM " + table));
    }

    /** Every column of every row, joined by '|'. */
    private static List<String> table(Connection db, String sql) throws SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new java.util.ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(r.getString(i));
                }
                rows.add(String.join("|", row.stream().map(String::valueOf).toList()));
            }
        }
        return rows;
    }

    private static String scalar(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /**
     * The rerun of the kills at creation: a run killed while making a profile left its temporary file beside it, and
     * later runs kept it for ever. The next run that makes the profile removes what a run that no longer runs left, and
     * leaves a file of a run still making it alone.
     */
    @Test
    void makingAProfileRemovesWhatAKilledRunLeftButNotWhatARunningOneMakes() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        java.nio.file.Path killed = dir.resolve(".p.db." + done.pid() + ".1234.creating");
        java.nio.file.Path killedLog = dir.resolve(".p.db." + done.pid() + ".1234.creating-wal");
        java.nio.file.Path running =
                dir.resolve(".p.db." + ProcessHandle.current().pid() + ".99.creating");
        for (java.nio.file.Path f : List.of(killed, killedLog, running)) {
            java.nio.file.Files.writeString(f, "half made");
        }
        SqliteProgressStore.open(dir.resolve("p.db")).close();
        assertFalse(java.nio.file.Files.exists(killed));
        assertFalse(java.nio.file.Files.exists(killedLog));
        assertTrue(java.nio.file.Files.exists(running), "a run still making the profile keeps its file");
    }

    /** The calibration of stats reads the scheduled reviews card by card from an index, never sorting the whole log. */
    @Test
    void theScheduledReviewsAreReadFromAnIndexInTheOrderAskedWithoutASort() throws Exception {
        try (SqliteProgressStore store = SqliteProgressStore.open(dir.resolve("p.db"))) {
            for (String query : List.of(ReviewLog.SCHEDULED_BY_CARD, ReviewLog.SCHEDULED_BY_TIME)) {
                StringBuilder steps = new StringBuilder();
                try (java.sql.PreparedStatement plan = store.scope().prepare("EXPLAIN QUERY PLAN " + query);
                        ResultSet r = plan.executeQuery()) {
                    while (r.next()) {
                        steps.append(r.getString("detail")).append('\n');
                    }
                }
                assertTrue(steps.toString().contains("COVERING INDEX"), steps.toString());
                assertFalse(steps.toString().contains("TEMP B-TREE"), steps.toString());
            }
        }
    }

    /**
     * The calibration's check of the rows its kept sums cover counts only the scheduled reviews after them, by the
     * primary key (the rest is the sum of the cards' counts): it must not count every scheduled review of the log.
     */
    @Test
    void theScheduledReviewsAfterARowAreCountedByThePrimaryKey() throws Exception {
        try (SqliteProgressStore store = SqliteProgressStore.open(dir.resolve("p.db"))) {
            String after = plan(store, ReviewLog.SCHEDULED_AFTER, 10L);
            assertTrue(after.contains("USING INTEGER PRIMARY KEY (rowid>?)"), after);
        }
    }

    /**
     * An answer's commit leaves the write-ahead log as it is (copying it into the file inside the commit made a
     * session's slowest answers at scale); once the answers pause, the log is copied into the file without waiting
     * for the store to close, and the file alone holds them.
     */
    @Test
    void theLogIsCopiedIntoTheFileOnceAnswersPauseNotInsideTheirCommits() throws Exception {
        Path file = dir.resolve("p.db");
        try (SqliteProgressStore store = SqliteProgressStore.open(file)) {
            try (Statement s = store.connection().createStatement();
                    ResultSet r = s.executeQuery("PRAGMA wal_autocheckpoint")) {
                assertEquals(0, r.getInt(1), "the answers' connection copies no log inside a commit");
            }
            Card card = fresh(KEY);
            for (int i = 0; i < 3; i++) {
                ReviewRecord answer = review(KEY, card, Rating.GOOD, T0.plusSeconds(60L * i));
                store.record(answer);
                card = answer.after();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            int inFile;
            while ((inFile = reviewsInFileAlone(file)) < 3 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(3, inFile, "the three answers, copied from the log while the store is open");
        }
    }

    /** The reviews the database file holds without its write-ahead log (read as immutable: the log is not read). */
    private static int reviewsInFileAlone(Path file) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM review")) {
            return r.getInt(1);
        }
    }

    /**
     * The day's counts are read once by time, then each answer reads only the rows logged since the one before, by
     * the primary key: neither may read every review of the log.
     */
    @Test
    void theDayCountsReadTodaysRowsByTimeThenEachAnswerOnlyTheRowsSince() throws Exception {
        try (SqliteProgressStore store = SqliteProgressStore.open(dir.resolve("p.db"))) {
            String start = plan(store, ReviewLog.LOGGED_SINCE, 0L, 10L);
            assertTrue(start.contains("USING INDEX review_by_time"), start);
            assertFalse(start.contains("PRIMARY KEY"), "the log from its first row up to the id: " + start);
            String answer = plan(store, ReviewLog.LOGGED_AFTER, 10L);
            assertTrue(answer.contains("USING INTEGER PRIMARY KEY (rowid>?)"), answer);
        }
    }

    private static String plan(SqliteProgressStore store, String sql, Object... values) throws Exception {
        StringBuilder steps = new StringBuilder();
        try (java.sql.PreparedStatement plan = store.scope().prepare("EXPLAIN QUERY PLAN " + sql, values);
                ResultSet r = plan.executeQuery()) {
            while (r.next()) {
                steps.append(r.getString("detail")).append('\n');
            }
        }
        return steps.toString();
    }
}
