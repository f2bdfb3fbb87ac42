package quizline.store;

import java.util.List;

/**
 * The store's schema, as the steps that build it. A database records the last step it has run
 * in {@code meta.schema_version}; opening it runs the steps after that one, in one transaction.
 * Steps are never edited once released: a change is a new step.
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
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      pack_id TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      reviewed_at INTEGER NOT NULL,
                      kind TEXT NOT NULL CHECK (kind IN ('review', 'cram')),
                      rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
                      answer TEXT,
                      correctness TEXT NOT NULL CHECK (correctness IN ('right', 'typo', 'wrong')),
                      duration_ms INTEGER NOT NULL,
                      answer_hash TEXT NOT NULL,
                      state_before TEXT NOT NULL,
                      state_after TEXT NOT NULL,
                      card_before TEXT NOT NULL,
                      card_after TEXT NOT NULL)""",
                            // Derived from the log: the state after each card's latest review.
                            """
                    CREATE TABLE card (
                      pack_id TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      state TEXT NOT NULL,
                      due INTEGER NOT NULL,
                      card TEXT NOT NULL,
                      answer_hash TEXT NOT NULL,
                      PRIMARY KEY (pack_id, question_id))""")),
            new Step(
                    2,
                    "per-profile settings; indexes for the day's counts and per-card history",
                    List.of(
                            "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                            "CREATE INDEX review_by_time ON review (reviewed_at)",
                            "CREATE INDEX review_by_card ON review (pack_id, question_id, id)")),
            new Step(
                    3,
                    "questions set aside (suspended by the student or as leeches, buried until a time) and flags",
                    List.of(
                            // Kept beside the card table, not in it: a question never answered can be set aside too.
                            """
                    CREATE TABLE suspended (
                      pack_id TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      since INTEGER NOT NULL,
                      reason TEXT NOT NULL CHECK (reason IN ('student', 'leech')),
                      PRIMARY KEY (pack_id, question_id))""", """
                    CREATE TABLE buried (
                      pack_id TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      until INTEGER NOT NULL,
                      PRIMARY KEY (pack_id, question_id))""", """
                    CREATE TABLE flag (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      pack_id TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      note TEXT NOT NULL,
                      flagged_at INTEGER NOT NULL)""")),
            new Step(
                    4,
                    "a checksum in every review and card row",
                    // A CRC32C of the row's own fields, written with the row (RowChecksum says which fields and why):
                    // a byte changed inside a row passes SQLite's checks, and only this tells it from a row quizline
                    // wrote. Opening for writing checks the card rows', doctor every row's. Rows written before this
                    // step keep NULL: nothing is known about them, and they are not judged by it.
                    List.of(
                            "ALTER TABLE review ADD COLUMN checksum INTEGER",
                            "ALTER TABLE card ADD COLUMN checksum INTEGER")),
            new Step(
                    5,
                    "the cards the student reset",
                    // A reset is logged beside the reviews, never in place of them: the card's answers stay history,
                    // and rebuilding the card table from the log leaves a card new whose last scheduled review came
                    // before its reset (after_review, the review row id it followed; 0 for none)
                    List.of("""
                    CREATE TABLE card_reset (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      pack_id TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      reset_at INTEGER NOT NULL,
                      after_review INTEGER NOT NULL,
                      checksum INTEGER NOT NULL)""", "CREATE INDEX card_reset_by_card ON card_reset (pack_id, question_id)")));

    static int latest() {
        return STEPS.get(STEPS.size() - 1).version();
    }
}
