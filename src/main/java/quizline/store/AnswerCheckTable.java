package quizline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code answer_check} table's SQL, and only here: per pack, the fingerprint of the answers of the pack version a
 * start's changed-answer check found every card row of the pack agreeing with, so that the next start with that
 * version skips the check (it read every card row's answer hash). A row's {@code writes} counts the card rows of the
 * pack written since the fingerprint could have changed: every write of a card row ({@link CardTable#put}) drops the
 * fingerprint and counts one, in its own transaction, unless the row was written from the answers the fingerprint
 * names (a session's answer or undo with the version checked). A check's finding is kept only if the count is still
 * the one read before the check read the card rows ({@link #keep}), so a card row written in between by another
 * session, an import or doctor is never taken for checked. Deleting a card row (a reset) leaves the rest agreeing: it
 * counts nothing. Rows are never deleted, so a count never goes back to one a check read before.
 */
final class AnswerCheckTable {
    private AnswerCheckTable() {}

    /** The table, made by migration step 12: empty, so every pack is checked at its first start. */
    static final String CREATE = """
            CREATE TABLE answer_check (
              {profile}pack_id TEXT NOT NULL,
              answers TEXT,
              writes {long} NOT NULL,
              PRIMARY KEY ({key}pack_id))""";

    private static final String SELECT = "SELECT pack_id, answers, writes FROM answer_check{where}";

    /** A card row of the pack written from the answers the second parameter names (null: not known). */
    private static final String WRITTEN = """
            INSERT INTO answer_check ({key}pack_id, answers, writes) VALUES ({val}?, NULL, 1)
            ON CONFLICT ({key}pack_id) DO UPDATE SET answers = NULL, writes = answer_check.writes + 1
            WHERE answer_check.answers IS NULL OR CAST(? AS TEXT) IS NULL OR answer_check.answers <> ?""";

    /** A check's finding, kept only when no card row of the pack was written since the count it read. */
    private static final String KEEP = """
            INSERT INTO answer_check ({key}pack_id, answers, writes) VALUES ({val}?, ?, 0)
            ON CONFLICT ({key}pack_id) DO UPDATE SET answers = excluded.answers
            WHERE answer_check.writes = ?""";

    /** Every pack's row, by pack id; a pack without one has had no card row written since the table was made. */
    static Map<String, ProgressStore.AnswersChecked> read(Scope db) throws SQLException {
        Map<String, ProgressStore.AnswersChecked> checked = new HashMap<>();
        try (PreparedStatement p = db.prepare(SELECT);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                checked.put(r.getString(1), new ProgressStore.AnswersChecked(r.getString(2), r.getLong(3)));
            }
        }
        return checked;
    }

    /**
     * A card row of {@code packId} was just written, in the caller's transaction, with the answer hash of the pack
     * version whose answers {@code answers} fingerprints (null: not known): the pack's kept finding is dropped unless
     * it is of those answers.
     */
    static void written(Scope db, String packId, String answers) throws SQLException {
        try (PreparedStatement p = db.prepare(WRITTEN, packId, answers, answers)) {
            p.executeUpdate();
        }
    }

    /** Keeps a check's finding, in the caller's transaction: see {@link ProgressStore#answersAgreed}. */
    static void keep(Scope db, String packId, String answers, long writes) throws SQLException {
        try (PreparedStatement p = db.prepare(KEEP, packId, answers, writes)) {
            p.executeUpdate();
        }
    }
}
