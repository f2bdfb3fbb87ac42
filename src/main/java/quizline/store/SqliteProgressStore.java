package quizline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import quizline.schedule.Card;
import quizline.schedule.CardState;

/**
 * Progress in one SQLite file per profile. WAL mode, and one transaction per answer committed
 * before {@link #record} returns, so a crash loses at most the answer being typed. That
 * transaction takes the write lock before it reads the card, so sessions on one profile grade
 * each answer from the state the other sessions left. A file that
 * is not a quizline database, is damaged, or comes from a newer quizline is refused before
 * anything is written to it.
 */
public final class SqliteProgressStore implements ProgressStore {
    static final String APP = "quizline";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final com.fasterxml.jackson.databind.ObjectMapper PACK_LIST =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final Path file;
    private final Connection db;
    /** Row ids of this process's reviews, newest first, so undo removes exactly its own row. */
    private final Deque<Long> ownRows = new ArrayDeque<>();

    private final Deque<ReviewRecord> ownRecords = new ArrayDeque<>();

    private SqliteProgressStore(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    public Path file() {
        return file;
    }

    /**
     * Opens the profile's database, creating it (and its folder) when it does not exist yet. A new
     * profile is made whole in a temporary file beside it and moved into place once its schema is
     * committed, so a process killed (or a disk filling up) while creating it leaves either no
     * profile or a complete one. An empty file, or one a quizline killed that way before this one
     * left (no tables; or a rollback journal of a database that was empty), is created afresh.
     */
    public static SqliteProgressStore open(Path file) throws StoreException {
        return open(file, "quick_check");
    }

    /**
     * Opens the profile as {@link #open} does, for a command that writes to it (study, config,
     * import): after the quick check every open runs, SQLite's full {@code PRAGMA integrity_check}
     * on the connection that will write, before anything is set or written: it also finds an index
     * that no longer matches its table (a flipped bit, a file cut short) and a row that breaks a
     * CHECK constraint, damage the quick check misses. Then every card row is checked against its
     * checksum (a row per question, so cheap), which finds a byte changed inside a row that SQLite
     * cannot see. A damaged file is refused untouched, pointing at {@code doctor}.
     */
    public static SqliteProgressStore openForWriting(Path file) throws StoreException {
        return open(file, "integrity_check");
    }

    /**
     * Opens an existing profile for a command that only reads it (stats, export): checked as
     * {@link #open} does, then read through a read-only connection, so a profile on a read-only
     * disk or in a folder the user cannot write to is read, and the file is never changed. A
     * profile of an older schema is upgraded first, which needs write access.
     */
    public static SqliteProgressStore openForReading(Path file) throws StoreException {
        checkReadable(file);
        if (!Files.exists(file)
                || sizeOf(file) == 0
                || halfCreated(file)
                || inspectReadOnly(file, "quick_check") < Migrations.latest()) {
            return open(file);
        }
        try {
            Connection db = connect(file, true);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            }
            return new SqliteProgressStore(file, db);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the progress database: " + reason(e));
        }
    }

    private static SqliteProgressStore open(Path file, String check) throws StoreException {
        checkReadable(file);
        if (!Files.exists(file) || sizeOf(file) == 0 || halfCreated(file)) {
            create(file);
        } else {
            // The quick check without write access first: a file that is not a sound quizline profile is refused
            // before any connection that may write touches it
            inspectReadOnly(file, "quick_check");
        }
        Connection db = null;
        try {
            db = configured(file, check.equals("integrity_check"));
            migrate(db);
            return new SqliteProgressStore(file, db);
        } catch (SQLException e) {
            closeQuietly(db);
            throw new StoreException(file + ": cannot open the progress database: " + reason(e));
        }
    }

    private static StoreException damaged(Path file, String found) {
        return new StoreException(file + ": the database is damaged (" + firstLine(found)
                + "); it was left untouched: `quizline doctor` lists the damage; restore a backup,"
                + " or move it away to start afresh");
    }

    private static StoreException damagedCards(Path file, List<CardKey> keys) {
        String which = keys.size() == 1
                ? "the saved state of " + keys.get(0) + " is"
                : "the saved states of " + keys.get(0) + " and " + (keys.size() - 1) + " other card"
                        + (keys.size() == 2 ? "" : "s") + " are";
        boolean one = keys.size() == 1;
        return new StoreException(file + ": " + which + " damaged (changed since quizline wrote "
                + (one ? "it: its checksum does not match" : "them: their checksums do not match")
                + "); it was left untouched: run `quizline doctor` on this profile to rebuild "
                + (one ? "it" : "them") + " from the review log");
    }

    private static Connection configured(Path file, boolean fullCheck) throws SQLException, StoreException {
        Connection db = connect(file, false);
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            if (fullCheck) {
                // The full check on this connection, which may write, and before anything is set: only here does
                // SQLite check the CHECK constraints (a flipped bit that makes a rating 7 passes a read-only check)
                String found;
                try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                    found = r.next() ? r.getString(1) : "no answer";
                }
                if (!"ok".equals(found)) {
                    closeQuietly(db);
                    throw damaged(file, found);
                }
                // Then each card row against its checksum: a byte changed inside a row (a digit of a stability
                // turned into another) passes every SQLite check, and a session would schedule from it
                List<CardKey> damagedCards = CardTable.hasChecksums(db) ? CardTable.damaged(db) : List.of();
                if (!damagedCards.isEmpty()) {
                    closeQuietly(db);
                    throw damagedCards(file, damagedCards);
                }
            }
            s.execute("PRAGMA journal_mode = WAL");
            // FULL: a committed answer survives even the machine losing power, not only the process dying.
            s.execute("PRAGMA synchronous = FULL");
        } catch (SQLException e) {
            closeQuietly(db);
            throw e;
        }
        return db;
    }

    /** SQLite's files beside a database: its rollback journal, write-ahead log and shared-memory index. */
    private static List<Path> sideFiles(Path file) {
        return List.of(Path.of(file + "-journal"), Path.of(file + "-wal"), Path.of(file + "-shm"));
    }

    /**
     * Builds the schema in a temporary file beside {@code file}, then puts it in place: linked when
     * there is no file yet (so a profile another process created meanwhile is kept, not replaced),
     * moved over an empty or half-created one (whose journal and log go first: they belong to it).
     */
    private static void create(Path file) throws StoreException {
        Path parent = file.toAbsolutePath().getParent();
        Path temp;
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, file.getFileName().toString());
            // The process's id in the name: a later run can tell a leftover of a killed run from one being made
            temp = Files.createTempFile(
                    parent,
                    "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".",
                    ".creating");
        } catch (IOException e) {
            throw new StoreException(file + ": cannot create the progress database: " + e.getMessage());
        }
        try {
            try (Connection db = configured(temp, false)) {
                migrate(db);
            }
            // The last connection closed has moved the log into the file and removed it.
            for (Path side : sideFiles(temp)) {
                Files.deleteIfExists(side);
            }
            if (Files.exists(file)) {
                for (Path side : sideFiles(file)) {
                    Files.deleteIfExists(side);
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                for (Path side : sideFiles(file)) {
                    Files.deleteIfExists(side);
                }
                link(temp, file);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot create the progress database: " + reason(e));
        } catch (IOException e) {
            throw new StoreException(file + ": cannot create the progress database: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
                for (Path side : sideFiles(temp)) {
                    Files.deleteIfExists(side);
                }
            } catch (IOException e) {
                // A stray temporary file beside the profile: harmless, and never read.
            }
        }
    }

    /**
     * Removes what a run killed while making this profile left beside it (".p.db.PID.N.creating" and its log): the
     * process that made it no longer runs. A file of a run still making it is left alone.
     */
    private static void removeLeftovers(Path parent, String name) {
        String prefix = "." + name + ".";
        try (var files = Files.newDirectoryStream(parent, path -> {
            String n = path.getFileName().toString();
            return n.startsWith(prefix) && n.contains(".creating");
        })) {
            for (Path leftover : files) {
                String rest = leftover.getFileName().toString().substring(prefix.length());
                String pid = rest.substring(0, Math.max(0, rest.indexOf('.')));
                boolean running = pid.chars().allMatch(Character::isDigit)
                        && !pid.isEmpty()
                        && ProcessHandle.of(Long.parseLong(pid)).isPresent();
                if (!running) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A leftover that cannot be removed is harmless: it is never read.
        }
    }

    /** Gives {@code temp} the name {@code file} unless that exists by now (another process created the profile first). */
    private static void link(Path temp, Path file) throws IOException {
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            // Another process made the profile meanwhile: it is the one to open.
        } catch (UnsupportedOperationException | IOException e) {
            // No hard links on this file system: a rename that does not replace.
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException taken) {
                // As above.
            }
        }
    }

    /**
     * A profile created in place by an earlier quizline and killed before its schema was committed:
     * a rollback journal of a database that was empty (killed while switching to WAL), or a file of
     * one page, the schema table alone, whose schema holds nothing (killed before the tables).
     */
    private static boolean halfCreated(Path file) throws StoreException {
        byte[] header = new byte[100];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage());
        }
        if (journalOfEmptyDatabase(Path.of(file + "-journal"))) {
            return true;
        }
        if (!Arrays.equals(Arrays.copyOf(header, SQLITE_HEADER.length), SQLITE_HEADER)) {
            return false;
        }
        int pageSize = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        if (sizeOf(file) > (pageSize == 1 ? 65536 : pageSize)) {
            return false;
        }
        try (Connection db = connect(file, true);
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
            return r.next() && r.getInt(1) == 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /** A rollback journal whose header says the database had no pages before the write it was for. */
    private static boolean journalOfEmptyDatabase(Path journal) {
        byte[] magic = {(byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9, 0x20, (byte) 0xa1, 0x63, (byte) 0xd7};
        byte[] header = new byte[20];
        try (InputStream in = Files.newInputStream(journal)) {
            if (in.readNBytes(header, 0, header.length) < header.length) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        int initialPages = ((header[16] & 0xff) << 24)
                | ((header[17] & 0xff) << 16)
                | ((header[18] & 0xff) << 8)
                | (header[19] & 0xff);
        return Arrays.equals(Arrays.copyOf(header, magic.length), magic) && initialPages == 0;
    }

    private static void checkReadable(Path file) throws StoreException {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + ": is a folder, not a quizline progress database");
        }
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw new StoreException(file + ": permission denied");
        }
    }

    private static long sizeOf(Path file) throws StoreException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Everything that can refuse a file, done without writing a byte to it; returns the file's schema version. */
    private static int inspectReadOnly(Path file, String check) throws StoreException {
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new StoreException(
                        file + ": not a SQLite database, so not a quizline progress file; " + "it was left untouched");
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage());
        }
        try (Connection db = connect(file, true);
                Statement s = db.createStatement()) {
            String found;
            try (ResultSet r = s.executeQuery("PRAGMA " + check)) {
                found = r.next() ? r.getString(1) : "no answer";
            }
            if (!"ok".equals(found)) {
                throw damaged(file, found);
            }
            boolean hasMeta;
            try (ResultSet r = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) {
                hasMeta = r.next();
            }
            Map<String, String> meta = new HashMap<>();
            if (hasMeta) {
                try (ResultSet r = s.executeQuery("SELECT key, value FROM meta")) {
                    while (r.next()) {
                        meta.put(r.getString(1), r.getString(2));
                    }
                } catch (SQLException e) {
                    hasMeta = false;
                }
            }
            if (!hasMeta || !APP.equals(meta.get("app"))) {
                throw new StoreException(file + ": a SQLite database of another program, not a quizline progress file; "
                        + "it was left untouched");
            }
            int version = parseVersion(file, meta.get("schema_version"));
            if (version > Migrations.latest()) {
                throw new StoreException(
                        file + ": made by a newer quizline (progress schema " + version + "; this one reads up to "
                                + Migrations.latest() + "); it was left untouched: update quizline");
            }
            return version;
        } catch (SQLException e) {
            if (!isDamage(e)) {
                // The disk or the folder failed, not the file: calling it damaged would send the user
                // to restore a backup of a healthy profile.
                throw new StoreException(
                        file + ": cannot open the progress database: " + reason(e) + "; it was left untouched");
            }
            throw new StoreException(
                    file + ": the database is damaged or unreadable (" + oneLine(e) + "); it was left untouched");
        }
    }

    private static int parseVersion(Path file, String value) throws StoreException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new StoreException(
                    file + ": its schema version is unreadable (\"" + value + "\"); it was left untouched");
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        if (!readOnly) {
            return db;
        }
        try (Statement s = db.createStatement()) {
            // SQLite opens lazily: the first read is where a missing write-ahead index shows.
            s.executeQuery("SELECT COUNT(*) FROM sqlite_master").close();
            return db;
        } catch (SQLException e) {
            closeQuietly(db);
            if ((e.getErrorCode() & 0xff) != SQLITE_CANTOPEN) {
                throw e;
            }
            // A profile in a folder nobody can write to (a read-only disk, a backup mounted for
            // reading) has no write-ahead index and cannot get one, and no writer can change it
            // either: SQLite reads it as immutable.
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            return DriverManager.getConnection(
                    "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1", config.toProperties());
        }
    }

    /** Runs the migration steps this database has not run yet, all in one transaction. */
    static void migrate(Connection db) throws SQLException {
        migrate(db, Migrations.latest());
    }

    static void migrate(Connection db, int upTo) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                int current = 0;
                try (ResultSet r =
                        s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) {
                    if (r.next()) {
                        try (ResultSet v = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
                            current = v.next() ? Integer.parseInt(v.getString(1)) : 0;
                        }
                    }
                }
                for (Migrations.Step step : Migrations.STEPS) {
                    if (step.version() > current && step.version() <= upTo) {
                        for (String sql : step.statements()) {
                            s.execute(sql);
                        }
                        s.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '" + step.version()
                                + "') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
                    }
                }
                s.execute("INSERT INTO meta (key, value) VALUES ('app', '" + APP + "') ON CONFLICT (key) DO NOTHING");
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollback(s, e);
                throw e;
            }
        }
    }

    /**
     * Ends a failed transaction. SQLite rolls some back itself (a full disk, an I/O error), and then
     * ROLLBACK fails with "no transaction is active": that second error is kept beside the first,
     * never in its place, so the user reads why the write failed.
     */
    private static void rollback(Statement s, Exception failed) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            failed.addSuppressed(e);
        }
    }

    @Override
    public Map<CardKey, CardProgress> cards() {
        Map<CardKey, CardProgress> cards = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT pack_id, question_id, card, answer_hash FROM card")) {
            while (r.next()) {
                CardKey key = new CardKey(r.getString(1), r.getString(2));
                cards.put(key, new CardProgress(decode(key, r.getString(3)), r.getString(4)));
            }
            return cards;
        } catch (SQLException e) {
            throw failure("read the cards", e);
        }
    }

    @Override
    public DayCounts counts(Today today) {
        try {
            return countsOf(today);
        } catch (SQLException e) {
            throw failure("count today's reviews", e);
        }
    }

    private static String jsonArray(java.util.Set<String> strings) {
        try {
            return PACK_LIST.writeValueAsString(new java.util.TreeSet<>(strings));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a list of strings could not be written as JSON", e);
        }
    }

    /**
     * What today's limits have used up: new cards first seen and reviews done, since ?1, of the packs in ?2 (a JSON
     * array read back by json_each: one parameter however many packs are loaded). The day's rows are found by time
     * ({@code review_by_time}): "+pack_id" keeps SQLite from reading every review of the packs through the index by
     * card instead, which made each answer's count grow with the whole log.
     */
    static final String DAY_COUNTS = """
            SELECT
              (SELECT COUNT(DISTINCT pack_id || char(0) || question_id) FROM review
                 WHERE kind = 'review' AND state_before = 'new' AND reviewed_at >= ?1
                   AND +pack_id IN (SELECT value FROM json_each(?2))),
              (SELECT COUNT(*) FROM review WHERE kind = 'review' AND state_before = 'review' AND reviewed_at >= ?1
                   AND +pack_id IN (SELECT value FROM json_each(?2)))""";

    private DayCounts countsOf(Today today) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(DAY_COUNTS)) {
            p.setLong(1, today.start().toEpochMilli());
            p.setString(2, jsonArray(today.packs()));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return new DayCounts(r.getInt(1), r.getInt(2));
            }
        }
    }

    @Override
    public Recorded record(CardKey key, Today today, Function<Card, ReviewRecord> grading) {
        try {
            record Written(long rowId, ReviewRecord review, DayCounts today) {}
            // Read, grade and write under the write lock: no other session can commit in between.
            Written written = inTransaction(() -> {
                String stored = storedCard(key);
                Card current = stored == null ? ProgressStore.newCard(key) : decode(key, stored);
                ReviewRecord review = Grading.checked(key, current, stored != null, grading.apply(current));
                long rowId = insert(review);
                if (review.kind() == ReviewKind.REVIEW) {
                    putCard(review.key(), review.after(), review.answerHash());
                }
                return new Written(rowId, review, countsOf(today));
            });
            ownRows.push(written.rowId());
            ownRecords.push(written.review());
            return new Recorded(written.review(), written.today());
        } catch (SQLException e) {
            throw new StoreFailure(
                    file + ": could not save the answer: " + reason(e)
                            + "; this answer was not saved, the ones before it are",
                    e);
        }
    }

    /**
     * A stored card state. SQLite's checks cannot see a row whose text quizline cannot read (edited
     * by hand, written by a broken tool); the review log still holds every answer, and doctor
     * rebuilds the row from it.
     */
    private Card decode(CardKey key, String stored) {
        try {
            return CardCodec.decode(stored == null ? "" : stored);
        } catch (RuntimeException e) {
            throw new StoreFailure(
                    file + ": the saved state of " + key + " is damaged (" + firstLine(String.valueOf(e.getMessage()))
                            + "); run `quizline doctor` on this profile to rebuild it from the review log",
                    e);
        }
    }

    /** The card's stored state, encoded, or null when it has none. */
    private String storedCard(CardKey key) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT card FROM card WHERE pack_id = ? AND question_id = ?")) {
            p.setString(1, key.packId());
            p.setString(2, key.questionId());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private long insert(ReviewRecord review) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(ReviewLog.INSERT, Statement.RETURN_GENERATED_KEYS)) {
            ReviewLog.bind(p, ReviewRow.of(review));
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public void undo(ReviewRecord review) {
        if (ownRecords.isEmpty() || !ownRecords.peek().equals(review)) {
            throw new IllegalStateException("only this session's newest review can be undone");
        }
        long id = ownRows.peek();
        try {
            inTransaction(() -> {
                if (review.kind() == ReviewKind.REVIEW && !stillNewest(id, review)) {
                    throw new UndoRefused(review.key());
                }
                try (PreparedStatement p = db.prepareStatement("DELETE FROM review WHERE id = ?")) {
                    p.setLong(1, id);
                    p.executeUpdate();
                }
                if (review.kind() == ReviewKind.REVIEW) {
                    if (review.before().state() == CardState.NEW) {
                        CardTable.delete(db, review.key());
                    } else {
                        putCard(review.key(), review.before(), review.answerHash());
                    }
                }
                return null;
            });
            ownRows.pop();
            ownRecords.pop();
        } catch (SQLException e) {
            throw failure("undo the answer", e);
        }
    }

    /** Whether row {@code id} is still the card's newest scheduled review and the card still as it left it. */
    private boolean stillNewest(long id, ReviewRecord review) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("""
                SELECT MAX(id) FROM review WHERE pack_id = ? AND question_id = ? AND kind = 'review'""")) {
            p.setString(1, review.key().packId());
            p.setString(2, review.key().questionId());
            try (ResultSet r = p.executeQuery()) {
                if (!r.next() || r.getLong(1) != id) {
                    return false;
                }
            }
        }
        return CardCodec.encode(review.after()).equals(storedCard(review.key()));
    }

    @Override
    public void reset(CardKey key) {
        change("reset " + key, "DELETE FROM card WHERE pack_id = ? AND question_id = ?", key);
    }

    @Override
    public boolean forget(CardKey key, Instant at) {
        try {
            return inTransaction(() -> {
                if (storedCard(key) == null) {
                    return false;
                }
                long afterReview;
                try (PreparedStatement p = db.prepareStatement("""
                        SELECT COALESCE(MAX(id), 0) FROM review WHERE pack_id = ? AND question_id = ? AND kind = 'review'""")) {
                    p.setString(1, key.packId());
                    p.setString(2, key.questionId());
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        afterReview = r.getLong(1);
                    }
                }
                try (PreparedStatement p = db.prepareStatement("""
                        INSERT INTO card_reset (pack_id, question_id, reset_at, after_review, checksum)
                        VALUES (?, ?, ?, ?, ?)""")) {
                    p.setString(1, key.packId());
                    p.setString(2, key.questionId());
                    p.setLong(3, at.toEpochMilli());
                    p.setLong(4, afterReview);
                    p.setLong(5, RowChecksum.reset(key, at.toEpochMilli(), afterReview));
                    p.executeUpdate();
                }
                CardTable.delete(db, key);
                return true;
            });
        } catch (SQLException e) {
            throw failure("reset " + key, e);
        }
    }

    @Override
    public List<ReviewRecord> history(CardKey key) {
        return reviewsWhere("pack_id = ? AND question_id = ?", "the history of " + key, key.packId(), key.questionId());
    }

    @Override
    public List<ReviewRecord> reviews(String packId) {
        return reviewsWhere("pack_id = ?", "the reviews of " + packId, packId);
    }

    /** The reviews whose row matches {@code where} (bound to {@code values}), in the order they were logged. */
    private List<ReviewRecord> reviewsWhere(String where, String what, String... values) {
        List<ReviewRecord> reviews = new java.util.ArrayList<>();
        CardKey key = null;
        try (PreparedStatement p = db.prepareStatement("""
                SELECT reviewed_at, kind, rating, answer, correctness, duration_ms, card_before, card_after, answer_hash,
                  pack_id, question_id
                FROM review WHERE %s ORDER BY id""".formatted(where))) {
            for (int i = 0; i < values.length; i++) {
                p.setString(i + 1, values[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    key = new CardKey(r.getString(10), r.getString(11));
                    reviews.add(new ReviewRecord(
                            key,
                            Instant.ofEpochMilli(r.getLong(1)),
                            quizline.schedule.Rating.ofGrade(r.getInt(3)),
                            r.getString(4),
                            quizline.pack.Verdict.ofLabel(r.getString(5)),
                            r.getLong(6),
                            decode(key, r.getString(7)),
                            decode(key, r.getString(8)),
                            ReviewKind.valueOf(r.getString(2).toUpperCase(java.util.Locale.ROOT)),
                            r.getString(9)));
                }
            }
            return reviews;
        } catch (SQLException e) {
            throw failure("read " + what, e);
        } catch (IllegalArgumentException e) {
            // A kind, grade or verdict no quizline writes: damage SQLite's checks cannot see
            throw new StoreFailure(
                    file + ": a review row of " + key + " is damaged (" + e.getMessage()
                            + "); `quizline doctor` lists the damage",
                    e);
        }
    }

    @Override
    public Map<CardKey, Suspension> suspended() {
        Map<CardKey, Suspension> suspended = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT pack_id, question_id, since, reason FROM suspended ORDER BY pack_id, question_id")) {
            while (r.next()) {
                CardKey key = new CardKey(r.getString(1), r.getString(2));
                suspended.put(
                        key,
                        new Suspension(
                                key,
                                Instant.ofEpochMilli(r.getLong(3)),
                                r.getString(4).equals("leech")));
            }
            return suspended;
        } catch (SQLException e) {
            throw failure("read the suspended questions", e);
        }
    }

    @Override
    public void suspend(Suspension suspension) {
        change(
                "suspend " + suspension.key(),
                "INSERT INTO suspended (pack_id, question_id, since, reason) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (pack_id, question_id) DO NOTHING",
                suspension.key(),
                suspension.since().toEpochMilli(),
                suspension.leech() ? "leech" : "student");
    }

    @Override
    public boolean unsuspend(CardKey key) {
        return change("unsuspend " + key, "DELETE FROM suspended WHERE pack_id = ? AND question_id = ?", key) > 0;
    }

    @Override
    public Map<CardKey, Instant> burials(Instant now) {
        Map<CardKey, Instant> buried = new LinkedHashMap<>();
        try (PreparedStatement p = db.prepareStatement(
                "SELECT pack_id, question_id, until FROM buried WHERE until > ? ORDER BY pack_id, question_id")) {
            p.setLong(1, now.toEpochMilli());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    buried.put(new CardKey(r.getString(1), r.getString(2)), Instant.ofEpochMilli(r.getLong(3)));
                }
            }
            return buried;
        } catch (SQLException e) {
            throw failure("read the buried questions", e);
        }
    }

    @Override
    public void bury(CardKey key, Instant until) {
        change(
                "bury " + key,
                "INSERT INTO buried (pack_id, question_id, until) VALUES (?, ?, ?)"
                        + " ON CONFLICT (pack_id, question_id) DO UPDATE SET until = excluded.until",
                key,
                until.toEpochMilli());
    }

    @Override
    public void unbury(CardKey key) {
        change("unbury " + key, "DELETE FROM buried WHERE pack_id = ? AND question_id = ?", key);
    }

    @Override
    public void flag(Flag flag) {
        change(
                "flag " + flag.key(),
                "INSERT INTO flag (pack_id, question_id, note, flagged_at) VALUES (?, ?, ?, ?)",
                flag.key(),
                flag.note(),
                flag.at().toEpochMilli());
    }

    @Override
    public List<Flag> flags() {
        List<Flag> flags = new java.util.ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT pack_id, question_id, note, flagged_at FROM flag ORDER BY id")) {
            while (r.next()) {
                flags.add(new Flag(
                        new CardKey(r.getString(1), r.getString(2)),
                        r.getString(3),
                        Instant.ofEpochMilli(r.getLong(4))));
            }
            return flags;
        } catch (SQLException e) {
            throw failure("read the flags", e);
        }
    }

    @Override
    public int unflag(CardKey key) {
        return change("unflag " + key, "DELETE FROM flag WHERE pack_id = ? AND question_id = ?", key);
    }

    /**
     * Runs one statement in its own transaction: a card key fills two parameters (its pack and question), any
     * other value one. Returns the rows changed.
     */
    private int change(String what, String sql, Object... values) {
        try {
            return inTransaction(() -> {
                try (PreparedStatement p = db.prepareStatement(sql)) {
                    int i = 1;
                    for (Object value : values) {
                        if (value instanceof CardKey key) {
                            p.setString(i++, key.packId());
                            p.setString(i++, key.questionId());
                        } else {
                            p.setObject(i++, value);
                        }
                    }
                    return p.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT key, value FROM setting ORDER BY key")) {
            while (r.next()) {
                settings.put(r.getString(1), r.getString(2));
            }
            return settings;
        } catch (SQLException e) {
            throw failure("read the settings", e);
        }
    }

    @Override
    public void putSetting(String key, String value) {
        if (value == null) {
            change("save the setting " + key, "DELETE FROM setting WHERE key = ?", key);
        } else {
            change(
                    "save the setting " + key,
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    key,
                    value);
        }
    }

    /** The connection, for the store's own tools (doctor, export) in this package. */
    Connection connection() {
        return db;
    }

    private void putCard(CardKey key, Card card, String answerHash) throws SQLException {
        CardTable.put(
                db, new CardRow(key, stateLabel(card), card.due().toEpochMilli(), CardCodec.encode(card), answerHash));
    }

    static String stateLabel(Card card) {
        return card.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    /** BEGIN IMMEDIATE takes the write lock up front, so two sessions queue instead of failing mid-way. */
    <T> T inTransaction(Work<T> work) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run();
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(s, e);
                throw e;
            }
        }
    }

    private StoreFailure failure(String what, SQLException e) {
        return new StoreFailure(file + ": could not " + what + ": " + reason(e), e);
    }

    /** SQLite's primary result codes a user can act on (the low byte of the extended code). */
    private static final int SQLITE_READONLY = 8;

    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;

    /** Why SQLite failed, in the user's words where it is something they can act on; else SQLite's own line. */
    static String reason(SQLException e) {
        return switch (e.getErrorCode() & 0xff) {
            case SQLITE_FULL -> "the disk is full";
            case SQLITE_IOERR -> "the disk could not be read or written, is it full? (" + oneLine(e) + ")";
            case SQLITE_READONLY -> "the file or its folder is read-only";
            case SQLITE_CANTOPEN -> "the file or its folder cannot be opened for writing (" + oneLine(e) + ")";
            default -> oneLine(e);
        };
    }

    /** True unless the failure is the disk's or the folder's (full, read-only, unwritable), not the file's. */
    private static boolean isDamage(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code != SQLITE_FULL && code != SQLITE_IOERR && code != SQLITE_READONLY && code != SQLITE_CANTOPEN;
    }

    private static String oneLine(SQLException e) {
        return firstLine(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text).strip();
    }

    private static void closeQuietly(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                // Already failing; the first error is the one to report.
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(db);
    }
}
