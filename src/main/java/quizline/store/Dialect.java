package quizline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where SQLite and PostgreSQL differ, and nowhere else: the store's SQL is written once, with these tokens where the
 * two part ways, and each dialect fills them in.
 *
 * <ul>
 *   <li>{@code {id}}: a table's own row id, growing with each row.
 *   <li>{@code {long}}: a 64-bit integer column (epoch milliseconds, checksums); SQLite's INTEGER already is one.
 *   <li>{@code {profile}}: the profile column, first in a table's columns. A SQLite file is one profile and has
 *       none; a PostgreSQL database holds every student's rows, each with its profile.
 *   <li>{@code {key}}: the profile first in a key, an index or an insert's columns.
 *   <li>{@code {val}}: the profile's value first in an insert's values.
 *   <li>{@code {mine}}: "this profile's rows and" in a condition; {@code {mine.x}} the same of the table named x.
 *   <li>{@code {where}}: "where this profile's rows" for a statement with no other condition.
 *   <li>{@code {unindexed}}: keeps SQLite from reading a column through an index (PostgreSQL's planner needs no hint).
 *   <li>{@code {type:COLUMN}}: the type of the column's value ('integer', 'text', …), which only SQLite lets differ
 *       from the column's own; {@code {rowid}}: the order rows were stored in.
 *   <li>{@code {sqlite:TEXT}}, {@code {postgres:TEXT}}: text of one dialect only (a statement left empty is skipped).
 * </ul>
 *
 * The profile's value is bound where {@code {val}}, {@code {mine}} and {@code {where}} put it ({@link #prepare}), so a
 * statement's own parameters are written and bound the same in both. Beside the tokens, the few statements that have
 * no common form are here too: a write's lock, an import's lock, whether a table exists, the file's own integrity
 * check.
 */
enum Dialect {
    SQLITE,
    POSTGRES;

    /** The statement in this dialect, and where the profile's value goes among its parameters. */
    Template.Rendered render(String template) {
        return Template.render(this, template);
    }

    /**
     * Prepares {@code template} on {@code db} with its parameters bound: the profile's where the dialect puts it,
     * then {@code values} in order, a {@link CardKey} filling two (its pack and question).
     */
    PreparedStatement prepare(Connection db, String profile, String template, Object... values) throws SQLException {
        return render(template).prepare(db, profile, false, values);
    }

    /** Starts the transaction of one write: SQLite takes the file's write lock, PostgreSQL the profile's lock. */
    void beginWrite(Connection db, String profile) throws SQLException {
        try (java.sql.Statement s = db.createStatement()) {
            if (this == SQLITE) {
                s.execute("BEGIN IMMEDIATE");
                return;
            }
        }
        // One writer per profile, as SQLite's one writer per file: the lock ends with the transaction, and other
        // profiles' sessions never wait for it
        db.setAutoCommit(false);
        try (PreparedStatement p = db.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            p.setString(1, profile);
            p.executeQuery().close();
        }
    }

    /**
     * Starts a transaction that only reads and sees the database as it was at its first read, however others write
     * meanwhile, until {@link #commit} or {@link #rollback}: SQLite's reads in one transaction do; PostgreSQL's need
     * repeatable read.
     */
    void beginSnapshot(Connection db) throws SQLException {
        if (this == SQLITE) {
            try (java.sql.Statement s = db.createStatement()) {
                s.execute("BEGIN");
            }
            return;
        }
        db.setAutoCommit(false);
        db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    }

    /** Whether the database has the table {@code name} yet. */
    boolean hasTable(Connection db, String name) throws SQLException {
        String sql = this == SQLITE
                ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
                : "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?";
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, name);
            try (java.sql.ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * The damage the database itself finds in its file, a line each (none: sound). SQLite checks its file's pages and
     * indexes; a PostgreSQL server keeps its own pages and answers only for sound ones.
     */
    List<String> integrityProblems(Connection db) throws SQLException {
        if (this == POSTGRES) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (java.sql.Statement s = db.createStatement();
                java.sql.ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            while (r.next()) {
                lines.add(r.getString(1));
            }
        }
        return lines.equals(List.of("ok")) ? List.of() : lines;
    }

    /**
     * Takes the lock that lets one import at a time into {@code profile}, held by this connection until {@link
     * #unlockImports}; false when another holds it. On PostgreSQL it is the server's; a SQLite file's imports take a
     * lock file beside it instead (ProgressImport), so here there is nothing to take.
     */
    boolean lockImports(Connection db, String profile) throws SQLException {
        if (this == SQLITE) {
            return true;
        }
        try (PreparedStatement p = db.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            p.setString(1, "import " + profile);
            try (java.sql.ResultSet r = p.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    void unlockImports(Connection db, String profile) throws SQLException {
        if (this == POSTGRES) {
            try (PreparedStatement p = db.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
                p.setString(1, "import " + profile);
                p.executeQuery().close();
            }
        }
    }

    void commit(Connection db) throws SQLException {
        if (this == SQLITE) {
            try (java.sql.Statement s = db.createStatement()) {
                s.execute("COMMIT");
            }
        } else {
            db.commit();
            db.setAutoCommit(true);
        }
    }

    /** Ends a failed transaction; a failure to roll back is kept beside the first one, never in its place. */
    void rollback(Connection db, Exception failed) {
        try {
            if (this == SQLITE) {
                try (java.sql.Statement s = db.createStatement()) {
                    s.execute("ROLLBACK");
                }
            } else {
                db.rollback();
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            failed.addSuppressed(e);
        }
    }

    private String fill(String token) {
        boolean sqlite = this == SQLITE;
        if (token.startsWith("sqlite:")) {
            return sqlite ? token.substring("sqlite:".length()) : "";
        }
        if (token.startsWith("postgres:")) {
            return sqlite ? "" : token.substring("postgres:".length());
        }
        if (token.startsWith("type:")) {
            // What a value of the column is: SQLite stores any type in any column, PostgreSQL only the column's
            String column = token.substring("type:".length());
            return sqlite ? "typeof(" + column + ")" : column.equals("note") ? "'text'" : "'integer'";
        }
        if (token.startsWith("mine.")) {
            return sqlite ? "" : token.substring("mine.".length()) + ".profile = ? AND ";
        }
        return switch (token) {
            case "id" ->
                sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
            case "long" -> sqlite ? "INTEGER" : "BIGINT";
            case "profile" -> sqlite ? "" : "profile TEXT NOT NULL,\n  ";
            case "key" -> sqlite ? "" : "profile, ";
            case "val" -> sqlite ? "" : "?, ";
            case "mine" -> sqlite ? "" : "profile = ? AND ";
            case "where" -> sqlite ? "" : " WHERE profile = ?";
            case "unindexed" -> sqlite ? "+" : "";
            case "rowid" -> sqlite ? "rowid" : "ctid";
            default -> throw new IllegalArgumentException("no dialect token {" + token + "}");
        };
    }

    /** A template rendered: its text, and for each parameter whether it is the profile's. */
    static final class Template {
        private Template() {}

        record Rendered(String sql, List<Boolean> profileAt) {
            PreparedStatement prepare(Connection db, String profile, boolean generatedKeys, Object... values)
                    throws SQLException {
                PreparedStatement p = generatedKeys
                        ? db.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)
                        : db.prepareStatement(sql);
                try {
                    bind(p, profile, values);
                    return p;
                } catch (SQLException | RuntimeException e) {
                    p.close();
                    throw e;
                }
            }

            /** Binds the profile where it goes and {@code values} in order, a card key filling two parameters. */
            void bind(PreparedStatement p, String profile, Object... values) throws SQLException {
                List<Object> flat = new ArrayList<>();
                for (Object value : values) {
                    if (value instanceof CardKey key) {
                        flat.add(key.packId());
                        flat.add(key.questionId());
                    } else {
                        flat.add(value);
                    }
                }
                int next = 0;
                for (int i = 0; i < profileAt.size(); i++) {
                    Object value = profileAt.get(i) ? profile : flat.get(next++);
                    if (value instanceof String text) {
                        p.setString(i + 1, text);
                    } else if (value == null) {
                        p.setNull(i + 1, java.sql.Types.VARCHAR);
                    } else {
                        p.setObject(i + 1, value);
                    }
                }
                if (next != flat.size()) {
                    throw new IllegalArgumentException(
                            flat.size() + " values for " + next + " parameters in: " + sql.strip());
                }
            }
        }

        static Rendered render(Dialect dialect, String template) {
            StringBuilder sql = new StringBuilder();
            List<Boolean> profileAt = new ArrayList<>();
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                if (c == '{') {
                    int end = template.indexOf('}', i);
                    String token = template.substring(i + 1, end);
                    String filled = dialect.fill(token);
                    // The profile's own tokens bind it; a parameter another token holds is the statement's
                    boolean profile = token.equals("val") || token.equals("where") || token.startsWith("mine");
                    filled.chars().filter(ch -> ch == '?').forEach(ch -> profileAt.add(profile));
                    sql.append(filled);
                    i = end + 1;
                } else {
                    if (c == '?') {
                        profileAt.add(false);
                    }
                    sql.append(c);
                    i++;
                }
            }
            return new Rendered(sql.toString(), List.copyOf(profileAt));
        }
    }
}
