package quizline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Progress on a PostgreSQL server: one database holds a class, each student a profile, their rows told apart by the
 * {@code profile} column and guarded by row-level security (a role reads and writes only the rows of the profile named
 * as it is; the role that made the tables, the instructor's, reads all). The tables and their migrations are
 * SQLite's ({@link Migrations}); each answer is one transaction that holds the profile's lock, as in SQLite.
 *
 * <p>Credentials come from the URL ({@code ?user=…&password=…}), from {@code PGUSER} and {@code PGPASSWORD}, or from
 * {@code ~/.pgpass} (the driver reads it, or the file {@code PGPASSFILE} names); the password is never in a message:
 * {@link #redacted} is the address as messages show it.
 */
public final class PostgresProgressStore extends SqlProgressStore {
    private static final Pattern PASSWORD = Pattern.compile("([?&])password=[^&]*&?", Pattern.CASE_INSENSITIVE);
    /** A password before the host, as libpq's URIs take one ({@code //user:password@host}). */
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/?#@:]*):[^/?#@]*@");
    /** A login before the host, which the driver does not read (it takes the text as a host name). */
    private static final Pattern USER_INFO = Pattern.compile("^jdbc:postgresql://[^/?#]*@", Pattern.CASE_INSENSITIVE);

    private static final Pattern PROFILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /**
     * The driver's own log (java.util.logging, which prints to standard error): off, so that a URL it cannot parse
     * (a port that is no number) is quizline's one line, not that line after two of the driver's. Every failure reaches
     * the user through the store's messages. Held here because the logging keeps its loggers only weakly.
     */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.postgresql");

    static {
        DRIVER_LOG.setLevel(Level.OFF);
    }

    /** The lock one publication holds, no profile's name (those have no spaces). */
    private static final String PUBLISH_LOCK = "quizline publish";

    private final String address;
    private final String password;
    private final String role;

    private PostgresProgressStore(Connection db, String profile, String role, String address, String password) {
        super(db, Dialect.POSTGRES, profile);
        this.role = role;
        this.address = address;
        this.password = password;
    }

    /** Whether {@code url} names a PostgreSQL server. */
    public static boolean isServer(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    /**
     * Why {@code url} is no address of a server quizline can open, in the user's words, or null when it is one: not a
     * JDBC URL of PostgreSQL, or one with a login before the host (the driver takes the login from {@code ?user=}).
     */
    public static String addressProblem(String url) {
        if (!isServer(url)) {
            return "not a PostgreSQL address (jdbc:postgresql://HOST:PORT/DATABASE?user=NAME)";
        }
        if (USER_INFO.matcher(url).find()) {
            return "the login goes in the URL as ?user=NAME (the password as &password=, in PGPASSWORD or in ~/.pgpass),"
                    + " not before the host";
        }
        return null;
    }

    /** The address without its password, as every message shows it. */
    public static String redacted(String url) {
        Matcher m = PASSWORD.matcher(USER_INFO_PASSWORD.matcher(url).replaceFirst("$1@"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group().endsWith("&") ? Matcher.quoteReplacement(m.group(1)) : "");
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Opens the profile {@code profile} (null: the one named as the connecting role) in the database at {@code url},
     * making or upgrading the tables first where they are missing or older. {@code user} and {@code password} are
     * used where the URL names none (null: none given; the driver then reads {@code ~/.pgpass}).
     */
    public static PostgresProgressStore open(String url, String profile, String user, String password)
            throws StoreException {
        String address = redacted(url);
        Properties properties = new Properties();
        if (user != null && !url.matches("(?i).*[?&]user=.*")) {
            properties.setProperty("user", user);
        }
        if (password != null && !url.matches("(?i).*[?&]password=.*")) {
            properties.setProperty("password", password);
        }
        String secret = properties.getProperty("password", passwordOf(url));
        Connection db = null;
        try {
            // The driver itself, not DriverManager, whose "no suitable driver" message repeats the URL whole
            db = new org.postgresql.Driver().connect(url, properties);
            if (db == null) {
                throw new StoreException(address + ": not a PostgreSQL address (jdbc:postgresql://HOST:PORT/DATABASE)");
            }
            String role = currentUser(db);
            String name = profile == null ? role : profile;
            if (!PROFILE.matcher(name).matches()) {
                throw new StoreException(address + ": profile name \"" + name
                        + "\" must be letters, digits, '.', '_' or '-' (name one with --profile)");
            }
            int version = schemaVersion(db, address);
            if (version < Migrations.latest()) {
                try {
                    Migrations.run(db, Dialect.POSTGRES, Migrations.latest());
                } catch (SQLException e) {
                    if ("42501".equals(e.getSQLState())) {
                        throw new StoreException(address + ": the database has no quizline tables yet (or older ones)"
                                + " and the role " + role + " may not make them: open it once as the class's"
                                + " instructor, the role that owns the tables");
                    }
                    throw e;
                }
            }
            return new PostgresProgressStore(db, name, role, address, secret);
        } catch (SQLException e) {
            close(db);
            throw new StoreException(address + ": cannot open the progress database: " + hidden(reasonOf(e), secret));
        } catch (StoreException | RuntimeException e) {
            close(db);
            throw e;
        }
    }

    private static String passwordOf(String url) {
        Matcher m = Pattern.compile("[?&]password=([^&]*)", Pattern.CASE_INSENSITIVE)
                .matcher(url);
        return m.find() ? java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8) : null;
    }

    private static String currentUser(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT current_user")) {
            r.next();
            return r.getString(1);
        }
    }

    /** The schema version of the tables there (0: none yet); a database of another program, or of a newer quizline, is refused. */
    private static int schemaVersion(Connection db, String address) throws SQLException, StoreException {
        if (!Dialect.POSTGRES.hasTable(db, "meta")) {
            return 0;
        }
        String app = null;
        String version = null;
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT key, value FROM meta")) {
            while (r.next()) {
                switch (r.getString(1)) {
                    case "app" -> app = r.getString(2);
                    case "schema_version" -> version = r.getString(2);
                    default -> {}
                }
            }
        }
        if (!SqliteProgressStore.APP.equals(app)) {
            throw new StoreException(
                    address + ": its table meta is another program's, not quizline's;"
                            + " it was left untouched (give quizline a database, or a schema with ?currentSchema=, of its own)");
        }
        int found;
        try {
            found = Integer.parseInt(String.valueOf(version));
        } catch (NumberFormatException e) {
            throw new StoreException(
                    address + ": its schema version is unreadable (\"" + version + "\"); it was left untouched");
        }
        if (found > Migrations.latest()) {
            throw new StoreException(address + ": made by a newer quizline (progress schema " + found
                    + "; this one reads up to " + Migrations.latest() + "); it was left untouched: update quizline");
        }
        return found;
    }

    /**
     * The class's answers to one pack, for the instructor's report: every profile's reviews of {@code packId} (cram
     * answers included; {@link ReviewDigest#kind} tells them apart), profiles in name order, each profile's by question
     * and each question's in the order logged, in one query. That is the order of the index on a profile's cards
     * ({@code review_by_card}), so the server sends the rows as it finds them instead of sorting the class's 200,000
     * rows first (an external sort on disk, in three processes, at the default working memory). The report needs no
     * other order: it orders each student's answers by time, and no figure depends on the order of two answers to
     * different questions given at the same instant. Row-level security decides what is read: the instructor's role (the tables' owner)
     * reads every profile; a student's role reads only its own.
     */
    public Map<String, List<ReviewDigest>> reviewsByProfile(String packId) {
        Map<String, List<ReviewDigest>> reviews = new TreeMap<>();
        try (PreparedStatement p = db.prepareStatement("SELECT profile, " + ReviewDigestReader.COLUMNS
                + " FROM review WHERE pack_id = ? ORDER BY profile, question_id, id")) {
            p.setString(1, packId);
            ReviewDigestReader reader = new ReviewDigestReader(this);
            try (ResultSet r = p.executeQuery()) {
                String profile = null;
                List<ReviewDigest> theirs = null;
                while (r.next()) {
                    // the rows come profile by profile: a look-up only when the profile changes
                    String next = r.getString(1);
                    if (!next.equals(profile)) {
                        profile = next;
                        theirs = reviews.computeIfAbsent(profile, k -> new ArrayList<>());
                    }
                    theirs.add(reader.read(r, 2));
                }
            }
            return reviews;
        } catch (SQLException e) {
            throw new StoreFailure(address + ": could not read the class's reviews: " + reason(e), e);
        }
    }

    /** A student's flag, with whose it is. */
    public record ProfileFlag(String profile, Flag flag) {}

    /**
     * The class's flags on one pack's questions, oldest first, each with the profile that raised it: read as {@link
     * #reviewsByProfile} reads (all of them for the instructor, a student's own for a student).
     */
    public List<ProfileFlag> flagsByProfile(String packId) {
        List<ProfileFlag> flags = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(
                "SELECT profile, question_id, note, flagged_at FROM flag WHERE pack_id = ? ORDER BY id")) {
            p.setString(1, packId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    flags.add(new ProfileFlag(
                            r.getString(1),
                            new Flag(
                                    new CardKey(packId, r.getString(2)),
                                    r.getString(3),
                                    java.time.Instant.ofEpochMilli(r.getLong(4)))));
                }
            }
            return flags;
        } catch (SQLException e) {
            throw new StoreFailure(address + ": could not read the class's flags: " + reason(e), e);
        }
    }

    /** A pack version published to the class: its id, version and file's text as the instructor published it. */
    public record PublishedPack(String packId, int version, String text) {}

    /** The pack versions published to the class, in pack id order: every role reads them. */
    public List<PublishedPack> publishedPacks() {
        return published("", null);
    }

    /** The version of {@code packId} published to the class, if one is. */
    public java.util.Optional<PublishedPack> publishedPack(String packId) {
        return published(" WHERE pack_id = ?", packId).stream().findFirst();
    }

    private List<PublishedPack> published(String where, String packId) {
        List<PublishedPack> packs = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(
                "SELECT pack_id, version, pack FROM published_pack" + where + " ORDER BY pack_id")) {
            if (packId != null) {
                p.setString(1, packId);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    packs.add(new PublishedPack(r.getString(1), r.getInt(2), r.getString(3)));
                }
            }
            return packs;
        } catch (SQLException e) {
            throw new StoreFailure(address + ": could not read the class's published packs: " + reason(e), e);
        }
    }

    /**
     * Makes {@code pack} the version of its pack id published to the class, in place of {@code replacing} (empty: in
     * place of none), in one transaction. Publishes of the class are serialised by a lock of the server's, and the
     * version published is read again under it: when it is no longer {@code replacing} (another publish committed
     * since the caller read it), nothing is written. Only the tables' owner, the instructor's role, may publish: a
     * student's role is refused by the server.
     *
     * @throws PublishedMeanwhile when the version published is no longer {@code replacing}
     */
    public void publish(PublishedPack pack, java.util.Optional<PublishedPack> replacing, java.time.Instant at) {
        try {
            dialect.beginWrite(db, PUBLISH_LOCK);
            java.util.Optional<PublishedPack> now;
            try {
                now = publishedPack(pack.packId());
            } catch (StoreFailure e) {
                dialect.rollback(db, e);
                throw e;
            }
            if (!now.equals(replacing)) {
                PublishedMeanwhile refused = new PublishedMeanwhile(
                        address + ": pack \"" + pack.packId() + "\" not published: another publish made "
                                + now.map(p -> "v" + p.version()).orElse("no version") + " the class's version while"
                                + " this one ran ("
                                + replacing.map(p -> "v" + p.version()).orElse("none")
                                + " when it began), and this would overwrite it; publish again to compare with it",
                        now);
                dialect.rollback(db, refused);
                throw refused;
            }
            try (PreparedStatement p = db.prepareStatement(
                    "INSERT INTO published_pack (pack_id, version, pack, published_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (pack_id) DO UPDATE SET version = excluded.version,"
                            + " pack = excluded.pack, published_at = excluded.published_at")) {
                p.setString(1, pack.packId());
                p.setInt(2, pack.version());
                p.setString(3, pack.text());
                p.setLong(4, at.toEpochMilli());
                p.executeUpdate();
                dialect.commit(db);
            } catch (SQLException | RuntimeException e) {
                dialect.rollback(db, e);
                throw e;
            }
        } catch (SQLException e) {
            String why = "42501".equals(e.getSQLState())
                    ? "only the class's instructor, the role that owns the tables, may publish (this is " + profile
                            + ")"
                    : reason(e);
            throw new StoreFailure(address + ": could not publish pack \"" + pack.packId() + "\": " + why, e);
        }
    }

    /** The role this store connected as. */
    public String role() {
        return role;
    }

    /**
     * Whether this role reads every profile's rows: the tables' owner (the instructor's role), or a role that row-level
     * security does not apply to (a superuser's); else it reads and writes only the profile named as it is.
     */
    public boolean readsEveryProfile() {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT r.rolsuper OR r.rolbypassrls"
                                + " OR pg_has_role(current_user, c.relowner, 'MEMBER')"
                                + " FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = 'review'::regclass")) {
            return r.next() && r.getBoolean(1);
        } catch (SQLException e) {
            throw new StoreFailure(address + ": could not read what the role " + role + " may read: " + reason(e), e);
        }
    }

    /** The database's address, as messages show it (without its password). */
    public String address() {
        return address;
    }

    /** The profile whose rows this store reads and writes. */
    public String profile() {
        return profile;
    }

    @Override
    public String where() {
        return address + " (profile " + profile + ")";
    }

    @Override
    String reason(SQLException e) {
        return hidden(reasonOf(e), password);
    }

    /** The server's reason in the user's words where it is one they can act on; else its own first line. */
    static String reasonOf(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String line = firstLine(e.getMessage() == null ? e.toString() : e.getMessage());
        // 08004: the driver's "rejected", which it also says when the server asks for a password and none was found
        if (state.startsWith("08") && !state.equals("08004")) {
            // the driver says only "The connection attempt failed." of a host name that names no host
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof java.net.UnknownHostException unknown) {
                    return "cannot reach the server (no such host: " + unknown.getMessage() + ")";
                }
            }
            return "cannot reach the server (" + line + ")";
        }
        if (state.startsWith("28") || state.equals("08004")) {
            return "the server refused the login (" + line + "): check the user and the password"
                    + " (in the URL, PGUSER and PGPASSWORD, or ~/.pgpass)";
        }
        if (state.equals("42501")) {
            return "permission denied: a student's role reads and writes only its own profile (" + line + ")";
        }
        return line;
    }

    /** {@code text} with the password, should the server or driver repeat it, replaced. */
    private static String hidden(String text, String password) {
        return password == null || password.isEmpty() ? text : text.replace(password, "***");
    }

    private static void close(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                // Already failing; the first error is the one to report.
            }
        }
    }
}
