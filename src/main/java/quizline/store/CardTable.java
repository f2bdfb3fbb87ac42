package quizline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quizline.schedule.Card;

/**
 * The {@code card} table is derived: each card's state is the state after its last scheduled
 * review in commit order (the log's row order: two sessions' clocks, or one set back, can stamp
 * a later review with an earlier time; cram answers leave it alone). This rebuilds it from
 * the log and writes rows back, for the doctor and for imports.
 */
final class CardTable {
    private CardTable() {}

    /** The rows the log implies, and the log rows too damaged to use. */
    record Rebuilt(Map<CardKey, CardRow> rows, List<String> problems) {}

    static Map<CardKey, CardRow> stored(Connection db) throws SQLException {
        Map<CardKey, CardRow> rows = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT pack_id, question_id, state, due, card, answer_hash FROM card
                        ORDER BY pack_id, question_id""")) {
            while (r.next()) {
                CardKey key = new CardKey(r.getString(1), r.getString(2));
                rows.put(key, new CardRow(key, r.getString(3), r.getLong(4), r.getString(5), r.getString(6)));
            }
        }
        return rows;
    }

    /** Every card's row as the log says it should be; {@code only} limits it to some cards (null: all). */
    static Rebuilt fromLog(Connection db, Set<CardKey> only) throws SQLException {
        record Newest(long id, String cardAfter, String answerHash) {}
        Map<CardKey, Newest> newest = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT id, pack_id, question_id, card_after, answer_hash FROM review
                        WHERE kind = 'review' ORDER BY id""")) {
            while (r.next()) {
                CardKey key = new CardKey(r.getString(2), r.getString(3));
                if (only == null || only.contains(key)) {
                    newest.put(key, new Newest(r.getLong(1), r.getString(4), r.getString(5)));
                }
            }
        }
        Map<CardKey, CardRow> rows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        newest.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                .forEach(e -> {
                    try {
                        Card card = CardCodec.decode(e.getValue().cardAfter());
                        rows.put(
                                e.getKey(),
                                new CardRow(
                                        e.getKey(),
                                        SqliteProgressStore.stateLabel(card),
                                        card.due().toEpochMilli(),
                                        e.getValue().cardAfter(),
                                        e.getValue().answerHash()));
                    } catch (IllegalArgumentException bad) {
                        problems.add("review row " + e.getValue().id() + " (" + e.getKey()
                                + "): unreadable card state: " + bad.getMessage());
                    }
                });
        return new Rebuilt(rows, problems);
    }

    static void put(Connection db, CardRow row) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("""
                INSERT INTO card (pack_id, question_id, state, due, card, answer_hash) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (pack_id, question_id) DO UPDATE SET
                  state = excluded.state, due = excluded.due, card = excluded.card, answer_hash = excluded.answer_hash""")) {
            p.setString(1, row.key().packId());
            p.setString(2, row.key().questionId());
            p.setString(3, row.state());
            p.setLong(4, row.due());
            p.setString(5, row.card());
            p.setString(6, row.answerHash());
            p.executeUpdate();
        }
    }

    static void delete(Connection db, CardKey key) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("DELETE FROM card WHERE pack_id = ? AND question_id = ?")) {
            p.setString(1, key.packId());
            p.setString(2, key.questionId());
            p.executeUpdate();
        }
    }
}
