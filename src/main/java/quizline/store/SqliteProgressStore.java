package quizline.store;

import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.SQLiteOpenMode;

/**
 * Progress in one SQLite file per profile. WAL mode, and one transaction per answer committed
 * before {@link #record} returns, so a crash loses at most the answer being typed. That
 * transaction takes the write lock before it reads the card, so sessions on one profile grade
 * each answer from the state the other sessions left. A file that
 * is not a quizline database, is damaged, or comes from a newer quizline is refused before
 * anything is written to it.
 */
public final class SqliteProgressStore extends SqlProgressStore {
    static final String APP = "quizline";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private final Path file;
    /** Copies the write-ahead log into the file off the answers' path; null for a store that does not write a file. */
    private final Checkpointer checkpointer;
    /**
     * The full check of an {@linkplain #openForStudy open for study}, run beside the session. Null when the open checked
     * the file itself.
     */
    private final OpenCheck checking;

    private SqliteProgressStore(Path file, Connection db, Checkpointer checkpointer, OpenCheck checking) {
        super(db, Dialect.SQLITE, null);
        this.file = file;
        this.checkpointer = checkpointer;
        this.checking = checking;
    }

    /**
     * A profile that lives only as long as the process, in a SQLite database in memory: the empty history of a
     * command run before any profile was made, and the tests' profile. The same tables and code as a file's.
     */
    public static SqliteProgressStore inMemory() {
        try {
            Connection db = open("jdbc:sqlite::memory:", new Properties());
            migrate(db);
            return new SqliteProgressStore(null, db, null, null);
        } catch (SQLException e) {
            throw new IllegalStateException("SQLite could not make a database in memory: " + sqliteReason(e), e);
        }
    }

    /** The profile's file; null for one {@linkplain #inMemory in memory}. */
    public Path file() {
        return file;
    }

    /**
     * The profile's reviews of the pack {@code packId} as a class's report reads them (cram answers and cards reset
     * since included), by question and each question's in the order logged: one query, of the few columns the report
     * needs, in the order of the index on the profile's cards ({@code review_by_card}), so SQLite sorts nothing (the
     * report orders each student's answers by time itself).
     */
    public List<ReviewDigest> reviewDigests(String packId) {
        return ReviewLog.digests(this, packId);
    }

    /**
     * Keeps the sums through a connection of their own, which may write where the report's may not: it waits for no
     * lock (a session writing at that moment keeps the file to itself, and the sums wait for the next report) and
     * holds the write lock for one row. A file that cannot be written (a read-only disk) keeps none.
     */
    @Override
    public boolean keepCalibration(KeptCalibration kept) {
        if (file == null) {
            return super.keepCalibration(kept);
        }
        if (checking != null && checking.verdict() != null) {
            // Nothing is written to a file the open's check found damaged
            return false;
        }
        try (Connection writer = connect(file, false)) {
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA busy_timeout = 0");
                // Its one-row commit copies no log into the file: a session's checkpointer does that, off its answers
                s.execute("PRAGMA wal_autocheckpoint = 0");
            }
            Dialect.SQLITE.beginWrite(writer, null);
            try {
                CalibrationTable.write(new Scope(writer, Dialect.SQLITE, null), kept);
                Dialect.SQLITE.commit(writer);
                return true;
            } catch (SQLException | RuntimeException e) {
                Dialect.SQLITE.rollback(writer, e);
                return false;
            }
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public String where() {
        return file == null ? "the profile in memory" : file.toString();
    }

    /** The file's connection, for the tests that look at its rows and pages as they are. */
    Connection connection() {
        return db;
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
     * Opens the profile for a study session, which writes, with the same checks as {@link #openForWriting} but its full
     * check (and the quick check it includes) running beside the session instead of before it: both read every page,
     * seconds for a profile of a million reviews, and a session's first question needs none of it. The check starts
     * once the first question is on screen ({@link #startOpenCheck}) or when its verdict is first needed. Every write
     * waits for the verdict ({@link #awaitOpenCheck}), so a damaged file is still refused before anything is written to
     * it. A profile that the open itself would change (an older schema to upgrade, a file not yet in WAL mode) is
     * checked before, as {@link #openForWriting} does.
     */
    public static SqliteProgressStore openForStudy(Path file) throws StoreException {
        checkReadable(file);
        if (!Files.exists(file) || sizeOf(file) == 0 || halfCreated(file)) {
            return openForWriting(file);
        }
        if (inspectReadOnly(file, null) < Migrations.latest() || !inWalMode(file)) {
            return openForWriting(file);
        }
        OpenCheck checking = new OpenCheck(file, () -> fullCheck(file));
        Connection db = null;
        try {
            db = configured(file, false);
            return writing(file, db, checking);
        } catch (SQLException e) {
            closeQuietly(db);
            // A file too damaged to open: the check, which the open no longer waits for, says what is damaged
            StoreException damage = checking.verdict();
            throw damage != null
                    ? damage
                    : new StoreException(file + ": cannot open the progress database: " + sqliteReason(e));
        }
    }

    /**
     * The store that writes to {@code file} through {@code db}: its log copied into the file by a checkpointer's
     * thread, not inside a commit (Checkpointer); {@code checking} the open's check still to run, or null.
     */
    private static SqliteProgressStore writing(Path file, Connection db, OpenCheck checking) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
        }
        return new SqliteProgressStore(file, db, new Checkpointer(file, BUSY_TIMEOUT_MILLIS), checking);
    }

    /** Whether the file's header says it is in WAL mode (read and write versions 2), so opening it writes nothing. */
    private static boolean inWalMode(Path file) throws StoreException {
        byte[] header = new byte[20];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(header, 0, header.length) == header.length && header[18] == 2 && header[19] == 2;
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** {@link #openForWriting}'s checks on a connection of their own: the damage they find, or null. */
    private static StoreException fullCheck(Path file) {
        try {
            closeQuietly(configured(file, true));
            return null;
        } catch (StoreException e) {
            return e;
        } catch (SQLException e) {
            return new StoreException(file + ": cannot open the progress database: " + sqliteReason(e));
        }
    }

    @Override
    public void startOpenCheck() {
        if (checking != null) {
            checking.start();
        }
    }

    @Override
    public void awaitOpenCheck() {
        StoreException damage = checking == null ? null : checking.verdict();
        if (damage != null) {
            throw new StoreFailure(damage.getMessage(), damage);
        }
    }

    /**
     * Closes the profile once the open's check, if it started, is done (its connection, on the same file, goes with it), the
     * checkpointer stopped before the store's own connection: the last connection to close copies what is left of
     * the log, and removes it.
     */
    @Override
    public void close() {
        if (checking != null) {
            checking.finish();
        }
        if (checkpointer != null) {
            checkpointer.close();
        }
        super.close();
    }

    /**
     * Opens an existing profile for a command that only reads it (stats, export): checked as
     * {@link #open} does, then read through a read-only connection, so a profile on a read-only
     * disk or in a folder the user cannot write to is read, and the file is never changed through
     * it ({@link #keepCalibration} writes through a connection of its own, when it can). A
     * profile of an older schema is upgraded first, which needs write access.
     */
    public static SqliteProgressStore openForReading(Path file) throws StoreException {
        return openForReading(file, "quick_check", false);
    }

    /**
     * Opens an existing profile as {@link #openForReading} does, for a class's report, which reads a few of its rows:
     * without the quick check of every page first, the larger part of opening a small profile. Damage in the pages
     * the report reads shows when it reads them, as an error naming the file; the other pages are none of its business.
     * A file that is not a quizline profile, or of a newer quizline, is refused as ever.
     */
    public static SqliteProgressStore openForReport(Path file) throws StoreException {
        return openForReading(file, null, false);
    }

    /**
     * Opens an existing profile as {@link #openForReading} does, for a report that reads much of it ({@code stats}):
     * its quick check of every page runs on a thread of its own, started at once, while the report reads the file.
     * The report waits for the verdict ({@link #awaitOpenCheck}) before it shows or keeps anything, so a damaged file
     * is refused with the same line as before; a read that fails meanwhile waits for it too, and says what it found.
     * A file the open itself refuses, or one of an older schema to upgrade, is checked first, as before.
     */
    public static SqliteProgressStore openForReadingBesideCheck(Path file) throws StoreException {
        return openForReading(file, "quick_check", true);
    }

    /** The quick check of {@link #openForReading} on a connection of its own: the damage it finds, or null. */
    private static StoreException quickCheck(Path file) {
        try {
            inspectReadOnly(file, "quick_check");
            return null;
        } catch (StoreException e) {
            return e;
        }
    }

    /** Opens for reading, {@code check} (null: none) run on the reading connection first or, {@code beside}, after. */
    private static SqliteProgressStore openForReading(Path file, String check, boolean beside) throws StoreException {
        checkReadable(file);
        if (!Files.exists(file) || sizeOf(file) == 0 || halfCreated(file)) {
            return open(file);
        }
        // One read-only connection both checks the file and reads it: a class's report opens 200 profiles
        Connection db = null;
        try {
            checkHeader(file);
            db = connect(file, true);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            }
            if (inspect(db, file, beside ? null : check) < Migrations.latest()) {
                closeQuietly(db);
                return open(file);
            }
            if (!beside) {
                return new SqliteProgressStore(file, db, null, null);
            }
            OpenCheck checking = new OpenCheck(file, () -> quickCheck(file));
            checking.start();
            return new SqliteProgressStore(file, db, null, checking);
        } catch (SQLException e) {
            closeQuietly(db);
            throw checkedFirst(file, beside, unreadable(file, e));
        } catch (StoreException e) {
            closeQuietly(db);
            throw checkedFirst(file, beside, e);
        } catch (RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    /**
     * {@code refusal}, or, for an open whose check was to run beside the reads, the check's verdict: run first, as it
     * did, it would have refused a damaged file in its own words.
     */
    private static StoreException checkedFirst(Path file, boolean beside, StoreException refusal) {
        StoreException damage = beside ? quickCheck(file) : null;
        return damage != null ? damage : refusal;
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
            return writing(file, db, null);
        } catch (SQLException e) {
            closeQuietly(db);
            throw new StoreException(file + ": cannot open the progress database: " + sqliteReason(e));
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
                List<CardKey> damagedCards =
                        CardTable.hasChecksums(db) ? CardTable.damaged(new Scope(db, Dialect.SQLITE, null)) : List.of();
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
            temp = creatingFile(parent, file.getFileName().toString());
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
            throw new StoreException(file + ": cannot create the progress database: " + sqliteReason(e));
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

    /** Numbers this process's temporary files of profiles being made, one per profile made. */
    private static final AtomicLong CREATING = new AtomicLong();

    /**
     * Makes the empty file ".NAME.PID.N.creating" beside the profile, readable by its owner alone as the profile will
     * be. The process's id in the name lets a later run tell a leftover of a killed run from one being made. Named by a
     * counter rather than by {@link Files#createTempFile}, whose random names set up the JDK's secure random source (the
     * security providers, a seed read and hashed) at the start of every first session.
     */
    private static Path creatingFile(Path parent, String name) throws IOException {
        String prefix = "." + name + "." + ProcessHandle.current().pid() + ".";
        FileAttribute<?>[] ownerOnly = parent.getFileSystem()
                        .supportedFileAttributeViews()
                        .contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(EnumSet.of(OWNER_READ, OWNER_WRITE))}
                : new FileAttribute<?>[0];
        for (int tries = 1; ; tries++) {
            try {
                return Files.createFile(parent.resolve(prefix + CREATING.incrementAndGet() + ".creating"), ownerOnly);
            } catch (FileAlreadyExistsException e) {
                // Left by an earlier process that had this id: the next number
                if (tries == 100) {
                    throw e;
                }
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
        checkHeader(file);
        try (Connection db = connect(file, true)) {
            return inspect(db, file, check);
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    private static void checkHeader(Path file) throws StoreException {
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new StoreException(
                        file + ": not a SQLite database, so not a quizline progress file; " + "it was left untouched");
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** {@link #inspectReadOnly}'s checks through the read-only connection {@code db}; {@code check} null: no check. */
    private static int inspect(Connection db, Path file, String check) throws SQLException, StoreException {
        try (Statement s = db.createStatement()) {
            if (check != null) {
                String found;
                try (ResultSet r = s.executeQuery("PRAGMA " + check)) {
                    found = r.next() ? r.getString(1) : "no answer";
                }
                if (!"ok".equals(found)) {
                    throw damaged(file, found);
                }
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
        }
    }

    private static StoreException unreadable(Path file, SQLException e) {
        if (!isDamage(e)) {
            // The disk or the folder failed, not the file: calling it damaged would send the user
            // to restore a backup of a healthy profile.
            return new StoreException(
                    file + ": cannot open the progress database: " + sqliteReason(e) + "; it was left untouched");
        }
        return new StoreException(
                file + ": the database is damaged or unreadable (" + oneLine(e) + "); it was left untouched");
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
        Connection db = open("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
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
            return open("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1", config.toProperties());
        }
    }

    /**
     * Readies the driver for a profile about to be made, on a thread of its own while the caller does other work: the
     * copy of its native library checked and loaded, the classes of a connection's settings set up. Makes no file; what
     * fails here fails again, and is said, when the profile is opened.
     */
    public static void prepare() {
        try {
            SqliteLibrary.beforeFirstConnection();
            SQLiteJDBCLoader.initialize();
            new SQLiteConfig().toProperties();
        } catch (Exception | LinkageError e) {
            // The open says it
        }
    }

    /**
     * A connection made by SQLite's driver itself, not through {@code DriverManager}: its first use loads and starts
     * every JDBC driver on the class path, PostgreSQL's with its logging too, which no SQLite profile needs.
     */
    static Connection open(String url, Properties settings) throws SQLException {
        SqliteLibrary.beforeFirstConnection();
        return JDBC.createConnection(url, settings);
    }

    /** Runs the migration steps this database has not run yet, all in one transaction. */
    static void migrate(Connection db) throws SQLException {
        migrate(db, Migrations.latest());
    }

    static void migrate(Connection db, int upTo) throws SQLException {
        Migrations.run(db, Dialect.SQLITE, upTo);
    }

    @Override
    void committed() {
        if (checkpointer != null) {
            checkpointer.committed();
        }
    }

    /** SQLite's primary result codes a user can act on (the low byte of the extended code). */
    private static final int SQLITE_READONLY = 8;

    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;

    /** Why SQLite failed, in the user's words where it is something they can act on; else SQLite's own line. */
    @Override
    String reason(SQLException e) {
        return sqliteReason(e);
    }

    static String sqliteReason(SQLException e) {
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

    private static void closeQuietly(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                // Already failing; the first error is the one to report.
            }
        }
    }
}
