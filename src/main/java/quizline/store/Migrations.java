package quizline.store;

import java.util.List;

/**
 * The store's schema, as the steps that build it. A database records the last step it has run
 * in {@code meta.schema_version}; opening it runs the steps after that one, in one transaction.
 * Steps are never edited once released: a change is a new step. The statements are those of both stores, SQLite and
 * PostgreSQL, written once with {@link Dialect}'s tokens where the two differ (in SQLite each renders as the step
 * was first released).
 */
final class Migrations {
    private Migrations() {}

    record Step(int version, String purpose, List<String> statements) {}

    static final List<Step> STEPS = List.of(
            new Step(
                    1,
                    "review log and card states",
                    List.of(
                            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                            // The log is the truth; rows are only ever appended (undo removes the newest).
                            """
                    CREATE TABLE review (
                      id {id},
                      {profile}pack_id TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      reviewed_at {long} NOT NULL,
                      kind TEXT NOT NULL CHECK (kind IN ('review', 'cram')),
                      rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
                      answer TEXT,
                      correctness TEXT NOT NULL CHECK (correctness IN ('right', 'typo', 'wrong')),
                      duration_ms {long} NOT NULL,
                      answer_hash TEXT NOT NULL,
                      state_before TEXT NOT NULL,
                      state_after TEXT NOT NULL,
                      card_before TEXT NOT NULL,
                      card_after TEXT NOT NULL)""",
                            // Derived from the log: the state after each card's latest review.
                            """
                    CREATE TABLE card (
                      {profile}pack_id TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      state TEXT NOT NULL,
                      due {long} NOT NULL,
                      card TEXT NOT NULL,
                      answer_hash TEXT NOT NULL,
                      PRIMARY KEY ({key}pack_id, question_id))""")),
            new Step(
                    2,
                    "per-profile settings; indexes for the day's counts and per-card history",
                    List.of(
                            "CREATE TABLE setting ({profile}key TEXT{sqlite: PRIMARY KEY}, value TEXT NOT NULL"
                                    + "{postgres:, PRIMARY KEY (profile, key)})",
                            "CREATE INDEX review_by_time ON review ({key}reviewed_at)",
                            "CREATE INDEX review_by_card ON review ({key}pack_id, question_id, id)")),
            new Step(
                    3,
                    "questions set aside (suspended by the student or as leeches, buried until a time) and flags",
                    List.of(
                            // Kept beside the card table, not in it: a question never answered can be set aside too.
                            """
                    CREATE TABLE suspended (
                      {profile}pack_id TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      since {long} NOT NULL,
                      reason TEXT NOT NULL CHECK (reason IN ('student', 'leech')),
                      PRIMARY KEY ({key}pack_id, question_id))""", """
                    CREATE TABLE buried (
                      {profile}pack_id TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      until {long} NOT NULL,
                      PRIMARY KEY ({key}pack_id, question_id))""", """
                    CREATE TABLE flag (
                      id {id},
                      {profile}pack_id TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      note TEXT NOT NULL,
                      flagged_at {long} NOT NULL)""")),
            new Step(
                    4,
                    "a checksum in every review and card row",
                    // A CRC32C of the row's own fields, written with the row (RowChecksum says which fields and why):
                    // a byte changed inside a row passes SQLite's checks, and only this tells it from a row quizline
                    // wrote. Opening for writing checks the card rows', doctor every row's. Rows written before this
                    // step keep NULL: nothing is known about them, and they are not judged by it.
                    List.of(
                            "ALTER TABLE review ADD COLUMN checksum {long}",
                            "ALTER TABLE card ADD COLUMN checksum {long}")),
            new Step(
                    5,
                    "the cards the student reset",
                    // A reset is logged beside the reviews, never in place of them: the card's answers stay history,
                    // and rebuilding the card table from the log leaves a card new whose last scheduled review came
                    // before its reset (after_review, the review row id it followed; 0 for none)
                    List.of("""
                    CREATE TABLE card_reset (
                      id {id},
                      {profile}pack_id TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      reset_at {long} NOT NULL,
                      after_review {long} NOT NULL,
                      checksum {long} NOT NULL)""", "CREATE INDEX card_reset_by_card ON card_reset ({key}pack_id, question_id)")),
            new Step(
                    6,
                    "each student reads and writes only their own rows",
                    // A PostgreSQL database holds a class: a role may touch only the rows of the profile named as it
                    // is, and the role that made the tables (the instructor's) reads every row. A SQLite file is one
                    // student's own: nothing to do there.
                    ownRows("review", "card", "setting", "suspended", "buried", "flag", "card_reset")),
            new Step(
                    7,
                    "the pack versions the instructor published to the class",
                    // A class on a server gets its packs from its database (a file of a folder, on one machine): one
                    // row per pack id, the file's text as published. Every student's role reads them; only the
                    // tables' owner, the instructor's role, writes them (a new table grants nothing to others).
                    // A SQLite file is one student's, studying from the packs folder: nothing to do there.
                    List.of("""
                    {postgres:CREATE TABLE published_pack (
                      pack_id TEXT PRIMARY KEY,
                      version INTEGER NOT NULL,
                      pack TEXT NOT NULL,
                      published_at BIGINT NOT NULL)}""", "{postgres:GRANT SELECT ON published_pack TO PUBLIC}")),
            new Step(
                    8,
                    "indexes that answer the figures of quizline stats without reading the log's rows",
                    // Each holds every column its query reads, so the query reads the index alone: the review rows
                    // carry the cards' states as text and are ten times wider, and reading them was the report's
                    // cost. By card: answers, right ones and lapses per question, and each card's scheduled reviews in
                    // order, which the calibration replays. By kind and time: the answers of the calendar's days.
                    List.of(
                            "CREATE INDEX review_tally ON review ({key}pack_id, question_id, kind, reviewed_at, id,"
                                    + " state_before, rating, correctness)",
                            "CREATE INDEX review_by_kind_time ON review ({key}kind, reviewed_at, id, pack_id,"
                                    + " question_id, rating, state_before)")),
            new Step(
                    9,
                    "the sums of the calibration table of quizline stats, kept between reports",
                    // Derived from the log like the card table, but only a report's shortcut: a report that finds
                    // none, or sums of other weights or of a log changed other than by appending, replays the log.
                    newTable("calibration", CalibrationTable.CREATE)),
            new Step(
                    10,
                    "each card's answers, right ones and lapses, kept with the log",
                    // Derived from the log like the card table, and written with it in each answer's transaction, so
                    // that quizline stats reads a row per card instead of counting every review; filled here from the
                    // log as it is, and put back in line with it by doctor (CardTallyTable)
                    newTable("card_tally", CardTallyTable.CREATE, CardTallyTable.FILL)),
            new Step(
                    11,
                    "the log's answers by quarter of an hour, kept with the log",
                    // Derived from the log like the card table, and written with it in each answer's transaction, so
                    // that quizline stats counts its calendar's days and retention from a row per quarter of an hour
                    // instead of an entry per answer; filled here from the log as it is, and put back in line with it
                    // by doctor (AnswerSlotTable)
                    newTable("answer_slot", AnswerSlotTable.CREATE, AnswerSlotTable.FILL)),
            new Step(
                    12,
                    "per pack, the answers every card row agreed with at the last check, kept until a card row changes",
                    // A start compares every card row's answer hash with its pack's answers; a pack whose card rows
                    // agreed with the same answers at the last check, and none of whose rows was written since but
                    // from those answers, is not read again for it (AnswerCheckTable). Empty: every pack is checked
                    // at its next start.
                    newTable("answer_check", AnswerCheckTable.CREATE)));

    /** A table a step adds: its own statements, then those that give each profile its own rows of it on PostgreSQL. */
    private static List<String> newTable(String table, String... statements) {
        List<String> all = new java.util.ArrayList<>(List.of(statements));
        all.addAll(ownRows(table));
        return List.copyOf(all);
    }

    /** Row-level security on each table: PostgreSQL only (each statement is empty in SQLite, so skipped). */
    private static List<String> ownRows(String... tables) {
        List<String> statements = new java.util.ArrayList<>();
        statements.add("{postgres:GRANT SELECT ON meta TO PUBLIC}");
        for (String table : tables) {
            statements.add("{postgres:ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY}");
            statements.add("{postgres:CREATE POLICY own_rows ON " + table
                    + " USING (profile = current_user) WITH CHECK (profile = current_user)}");
            statements.add("{postgres:GRANT SELECT, INSERT, UPDATE, DELETE ON " + table + " TO PUBLIC}");
        }
        return List.copyOf(statements);
    }

    /** The name of the lock that one migration holds, no profile's name (those have no spaces). */
    private static final String SCHEMA_LOCK = "quizline schema";

    /**
     * Runs the steps the database has not run yet, up to {@code upTo}, in one transaction that holds the schema's lock:
     * two quizlines opening a new database at once make its tables once.
     */
    static void run(java.sql.Connection db, Dialect dialect, int upTo) throws java.sql.SQLException {
        dialect.beginWrite(db, SCHEMA_LOCK);
        try (java.sql.Statement s = db.createStatement()) {
            int current = 0;
            if (dialect.hasTable(db, "meta")) {
                try (java.sql.ResultSet v = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
                    current = v.next() ? Integer.parseInt(v.getString(1)) : 0;
                }
            }
            for (Step step : STEPS) {
                if (step.version() > current && step.version() <= upTo) {
                    for (String statement : step.statements()) {
                        String sql = dialect.render(statement).sql();
                        if (!sql.isBlank()) {
                            s.execute(sql);
                        }
                    }
                    s.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '" + step.version()
                            + "') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
                }
            }
            s.execute("INSERT INTO meta (key, value) VALUES ('app', '" + SqliteProgressStore.APP
                    + "') ON CONFLICT (key) DO NOTHING");
            dialect.commit(db);
        } catch (java.sql.SQLException | RuntimeException e) {
            dialect.rollback(db, e);
            throw e;
        }
    }

    static int latest() {
        return STEPS.get(STEPS.size() - 1).version();
    }
}
