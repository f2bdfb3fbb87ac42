package quizline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code card_tally} table's SQL, and only here: each card's answers, scheduled reviews, right ones (a typo
 * included) and lapses (scheduled reviews rated Again from Review state), as the log holds them ({@link CardTally}), so that {@code quizline stats} reads a row
 * per card instead of counting every review. Derived from the log like the card table, and kept with it: every row
 * appended to the log adds to its card's tally in the same transaction (an answer, an import), an undo takes its row
 * back out, the migration that made the table filled it from the log, and {@code doctor} puts it back in line with
 * the log. A card with no answer has no row.
 */
final class CardTallyTable {
    private CardTallyTable() {}

    /** The table, made by migration step 10. */
    static final String CREATE = """
            CREATE TABLE card_tally (
              {profile}pack_id TEXT NOT NULL,
              question_id TEXT NOT NULL,
              answers INTEGER NOT NULL,
              scheduled INTEGER NOT NULL,
              correct INTEGER NOT NULL,
              lapses INTEGER NOT NULL,
              PRIMARY KEY ({key}pack_id, question_id))""";

    /** A card's counts from the log's rows, as {@link CardTally#of} counts a row. */
    private static final String COUNTS = """
            COUNT(*), COUNT(CASE WHEN kind = 'review' THEN 1 END),
              COUNT(CASE WHEN correctness <> 'wrong' THEN 1 END),
              COUNT(CASE WHEN kind = 'review' AND state_before = 'review' AND rating = 1 THEN 1 END)""";

    /** Fills the empty table from the whole log: migration step 10, for every profile of the database at once. */
    static final String FILL = "INSERT INTO card_tally ({key}pack_id, question_id, answers, scheduled, correct, lapses)"
            + " SELECT {key}pack_id, question_id, " + COUNTS + " FROM review GROUP BY {key}pack_id, question_id";

    private static final String ADD = """
            INSERT INTO card_tally ({key}pack_id, question_id, answers, scheduled, correct, lapses)
            VALUES ({val}?, ?, ?, ?, ?, ?)
            ON CONFLICT ({key}pack_id, question_id) DO UPDATE SET answers = card_tally.answers + excluded.answers,
              scheduled = card_tally.scheduled + excluded.scheduled, correct = card_tally.correct + excluded.correct,
              lapses = card_tally.lapses + excluded.lapses""";

    private static final String SUBTRACT = """
            UPDATE card_tally SET answers = answers - ?, scheduled = scheduled - ?, correct = correct - ?,
              lapses = lapses - ?
            WHERE {mine}pack_id = ? AND question_id = ?""";

    private static final String DELETE_EMPTY =
            "DELETE FROM card_tally WHERE {mine}pack_id = ? AND question_id = ? AND answers <= 0";

    /** Adds the rows just appended to the log to their cards' tallies: in the transaction that appended them. */
    static void added(Scope db, Collection<ReviewRow> rows) throws SQLException {
        Map<CardKey, CardTally> byCard = new LinkedHashMap<>();
        for (ReviewRow row : rows) {
            byCard.merge(row.key(), CardTally.of(row), CardTally::plus);
        }
        Dialect.Template.Rendered add = db.dialect().render(ADD);
        try (PreparedStatement p = db.db().prepareStatement(add.sql())) {
            for (Map.Entry<CardKey, CardTally> e : byCard.entrySet()) {
                CardTally t = e.getValue();
                add.bind(p, db.profile(), e.getKey(), t.answers(), t.scheduled(), t.correct(), t.lapses());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Adds the row just appended to the log to its card's tally: in the transaction that appended it. */
    static void added(Scope db, ReviewRow row) throws SQLException {
        CardTally t = CardTally.of(row);
        try (PreparedStatement p = db.prepare(ADD, row.key(), t.answers(), t.scheduled(), t.correct(), t.lapses())) {
            p.executeUpdate();
        }
    }

    /** Takes the row just removed from the log out of its card's tally: in the transaction that removed it. */
    static void removed(Scope db, ReviewRow row) throws SQLException {
        CardTally t = CardTally.of(row);
        try (PreparedStatement p =
                db.prepare(SUBTRACT, t.answers(), t.scheduled(), t.correct(), t.lapses(), row.key())) {
            p.executeUpdate();
        }
        try (PreparedStatement p = db.prepare(DELETE_EMPTY, row.key())) {
            p.executeUpdate();
        }
    }

    /** How many scheduled reviews the log holds, of every card: the sum of the table's counts. */
    static long scheduled(Scope db) throws SQLException {
        try (PreparedStatement p = db.prepare("SELECT COALESCE(SUM(scheduled), 0) FROM card_tally{where}");
                ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** How many answers the log holds, of the pack {@code packId} (null: of every pack): the sum of the counts. */
    static int answers(Scope db, String packId) throws SQLException {
        try (PreparedStatement p = packId == null
                        ? db.prepare("SELECT COALESCE(SUM(answers), 0) FROM card_tally{where}")
                        : db.prepare(
                                "SELECT COALESCE(SUM(answers), 0) FROM card_tally WHERE {mine}pack_id = ?", packId);
                ResultSet r = p.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Each card's tally as the table holds it. */
    static Map<CardKey, CardTally> stored(Scope db) throws SQLException {
        return read(db, "SELECT pack_id, question_id, answers, scheduled, correct, lapses FROM card_tally{where}");
    }

    /** Each card's tally counted afresh from the log. */
    static Map<CardKey, CardTally> recounted(Scope db) throws SQLException {
        return read(db, "SELECT pack_id, question_id, " + COUNTS + " FROM review{where} GROUP BY pack_id, question_id");
    }

    private static Map<CardKey, CardTally> read(Scope db, String sql) throws SQLException {
        Map<CardKey, CardTally> tallies = new LinkedHashMap<>();
        try (PreparedStatement p = db.prepare(sql);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                tallies.put(
                        new CardKey(r.getString(1), r.getString(2)),
                        new CardTally(r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6)));
            }
        }
        return tallies;
    }

    /** Puts {@code tally} in place of the card's (null: no row, as for a card with no answer). */
    static void put(Scope db, CardKey key, CardTally tally) throws SQLException {
        try (PreparedStatement p =
                db.prepare("DELETE FROM card_tally WHERE {mine}pack_id = ? AND question_id = ?", key)) {
            p.executeUpdate();
        }
        if (tally != null) {
            try (PreparedStatement p =
                    db.prepare(ADD, key, tally.answers(), tally.scheduled(), tally.correct(), tally.lapses())) {
                p.executeUpdate();
            }
        }
    }

    /** What {@link #eachOfPack} hands on: a question's answers and right ones. */
    interface Answered {
        void add(String questionId, int answers, int correct);
    }

    /** Hands each answered question of the pack {@code packId} to {@code each}, with its answers and right ones. */
    static void eachOfPack(Scope db, String packId, Answered each) throws SQLException {
        try (PreparedStatement p = db.prepare(
                        "SELECT question_id, answers, correct FROM card_tally WHERE {mine}pack_id = ?", packId);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                each.add(r.getString(1), r.getInt(2), r.getInt(3));
            }
        }
    }

    /** A card's tally, with its key. */
    record Keyed(CardKey key, CardTally tally) {}

    /**
     * The cards ever lapsed or missed of the pack {@code packId} (null: of every pack) that rank at or above the
     * {@code n}-th by most lapses, then lowest share right, then most answers: the first {@code n} and every card tied
     * with the {@code n}-th, for the caller to order among themselves. One query over the table; the share right
     * compared as a double divided by the database, as Java divides it.
     */
    static List<Keyed> hardest(Scope db, String packId, int n) throws SQLException {
        List<Keyed> hard = new ArrayList<>();
        try (PreparedStatement p = db.prepare("""
                        WITH hard AS (
                          SELECT pack_id, question_id, answers, scheduled, correct, lapses,
                            CAST(correct AS DOUBLE PRECISION) / answers AS share
                          FROM card_tally
                          WHERE {mine}answers > 0 AND (lapses > 0 OR correct < answers) AND (CAST(? AS TEXT) IS NULL OR pack_id = ?)),
                        nth AS (
                          SELECT lapses, share, answers FROM hard
                          ORDER BY lapses DESC, share, answers DESC LIMIT 1 OFFSET ?)
                        SELECT pack_id, question_id, hard.answers, scheduled, correct, hard.lapses FROM hard
                        WHERE NOT EXISTS (SELECT 1 FROM nth) OR EXISTS (SELECT 1 FROM nth
                          WHERE hard.lapses > nth.lapses OR (hard.lapses = nth.lapses AND (hard.share < nth.share
                            OR (hard.share = nth.share AND hard.answers >= nth.answers))))""", packId, packId, n - 1);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                hard.add(new Keyed(
                        new CardKey(r.getString(1), r.getString(2)),
                        new CardTally(r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6))));
            }
        }
        return hard;
    }
}
