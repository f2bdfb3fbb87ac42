package quizline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import quizline.schedule.Card;

/**
 * The {@code card} table is derived: each card's state is the state after its last scheduled
 * review in commit order (the log's row order: two sessions' clocks, or one set back, can stamp
 * a later review with an earlier time; cram answers leave it alone). This rebuilds it from
 * the log and writes rows back, for the doctor and for imports.
 */
final class CardTable {
    private CardTable() {}

    /**
     * The rows the log implies; for each card, the id of its last scheduled review (the row its state comes from);
     * and the log rows among those too damaged to use.
     */
    record Rebuilt(Map<CardKey, CardRow> rows, Map<CardKey, Long> sources, List<Unreadable> problems) {}

    /** A review row whose card state after cannot be read. */
    record Unreadable(long row, CardKey key, String reason) {}

    static Map<CardKey, CardRow> stored(Scope db) throws SQLException {
        Map<CardKey, CardRow> rows = new LinkedHashMap<>();
        try (PreparedStatement p = db.prepare("""
                        SELECT pack_id, question_id, state, due, card, answer_hash FROM card{where}
                        ORDER BY pack_id, question_id""");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                CardKey key = new CardKey(r.getString(1), r.getString(2));
                rows.put(key, new CardRow(key, r.getString(3), r.getLong(4), r.getString(5), r.getString(6)));
            }
        }
        return rows;
    }

    /** How many cards have a state, of the pack {@code packId} (null: of every pack). */
    static int count(Scope db, String packId) throws SQLException {
        try (PreparedStatement p = db.prepare(
                        "SELECT COUNT(*) FROM card WHERE {mine}(CAST(? AS TEXT) IS NULL OR pack_id = ?)",
                        packId,
                        packId);
                ResultSet r = p.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    /**
     * When each card of the pack {@code packId} (null: of every pack) falls due as a session sees it, for those due
     * before {@code before}: cards never answered (new) and suspended ones are not due at all, and a card buried at
     * {@code now} not before its burial ends. Read from the {@code due} and {@code state} columns, not the encoded
     * state, whose decoding was most of the work for a profile of many cards.
     */
    static List<Long> dues(Scope db, String packId, long now, long before) throws SQLException {
        List<Long> dues = new ArrayList<>();
        try (PreparedStatement p = db.prepare("""
                        SELECT due FROM (
                          SELECT CASE WHEN b.until > c.due THEN b.until ELSE c.due END AS due
                          FROM card c LEFT JOIN buried b
                            ON {mine.b}b.pack_id = c.pack_id AND b.question_id = c.question_id AND b.until > ?
                          WHERE {mine.c}c.state <> 'new' AND (CAST(? AS TEXT) IS NULL OR c.pack_id = ?)
                            AND NOT EXISTS (SELECT 1 FROM suspended s
                              WHERE {mine.s}s.pack_id = c.pack_id AND s.question_id = c.question_id)) seen
                        WHERE due < ?""", now, packId, packId, before);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                dues.add(r.getLong(1));
            }
        }
        return dues;
    }

    /**
     * Every card's row as the log says it should be; {@code only} limits it to some cards (null: all). All cards are
     * read in one pass over the log; some cards, each through the log's index by card, so an import's batch costs
     * what its cards do, not the whole log again.
     */
    static Rebuilt fromLog(Scope db, Set<CardKey> only) throws SQLException {
        Map<CardKey, Newest> newest = only == null ? newestOfAll(db) : newestOf(db, only);
        // A card reset after its last scheduled review is new: the log keeps its answers, the table no row
        (only == null ? resets(db) : resetsOf(db, only)).forEach((key, afterReview) -> {
            Newest last = newest.get(key);
            if (last != null && last.id() <= afterReview) {
                newest.remove(key);
            }
        });
        Map<CardKey, CardRow> rows = new LinkedHashMap<>();
        Map<CardKey, Long> sources = new HashMap<>();
        List<Unreadable> problems = new ArrayList<>();
        newest.forEach((key, row) -> sources.put(key, row.id()));
        newest.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                .forEach(e -> {
                    try {
                        Card card = CardCodec.decode(e.getValue().cardAfter());
                        rows.put(
                                e.getKey(),
                                new CardRow(
                                        e.getKey(),
                                        SqlProgressStore.stateLabel(card),
                                        card.due().toEpochMilli(),
                                        e.getValue().cardAfter(),
                                        e.getValue().answerHash()));
                    } catch (IllegalArgumentException | java.time.DateTimeException bad) {
                        problems.add(new Unreadable(e.getValue().id(), e.getKey(), bad.getMessage()));
                    }
                });
        return new Rebuilt(rows, sources, problems);
    }

    /** A card's last scheduled review: its row id, its state after and the answer's hash. */
    private record Newest(long id, String cardAfter, String answerHash) {}

    private static Map<CardKey, Newest> newestOfAll(Scope db) throws SQLException {
        Map<CardKey, Newest> newest = new HashMap<>();
        try (PreparedStatement p = db.prepare("""
                        SELECT id, pack_id, question_id, card_after, answer_hash FROM review
                        WHERE {mine}kind = 'review' ORDER BY id""");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                newest.put(
                        new CardKey(r.getString(2), r.getString(3)),
                        new Newest(r.getLong(1), r.getString(4), r.getString(5)));
            }
        }
        return newest;
    }

    private static Map<CardKey, Newest> newestOf(Scope db, Set<CardKey> cards) throws SQLException {
        Map<CardKey, Newest> newest = new HashMap<>();
        Dialect.Template.Rendered statement = db.dialect().render("""
                SELECT id, card_after, answer_hash FROM review
                WHERE {mine}pack_id = ? AND question_id = ? AND kind = 'review' ORDER BY id DESC LIMIT 1""");
        try (PreparedStatement p = db.db().prepareStatement(statement.sql())) {
            for (CardKey key : cards) {
                statement.bind(p, db.profile(), key);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        newest.put(key, new Newest(r.getLong(1), r.getString(2), r.getString(3)));
                    }
                }
            }
        }
        return newest;
    }

    private static Map<CardKey, Long> resetsOf(Scope db, Set<CardKey> cards) throws SQLException {
        Map<CardKey, Long> resets = new HashMap<>();
        Dialect.Template.Rendered statement = db.dialect()
                .render("SELECT MAX(after_review) FROM card_reset WHERE {mine}pack_id = ? AND question_id = ?");
        try (PreparedStatement p = db.db().prepareStatement(statement.sql())) {
            for (CardKey key : cards) {
                statement.bind(p, db.profile(), key);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next() && r.getObject(1) != null) {
                        resets.put(key, r.getLong(1));
                    }
                }
            }
        }
        return resets;
    }

    /** For each card the student reset, the review row its latest reset followed (0: none). */
    static Map<CardKey, Long> resets(Scope db) throws SQLException {
        Map<CardKey, Long> resets = new HashMap<>();
        try (PreparedStatement p = db.prepare(
                        "SELECT pack_id, question_id, MAX(after_review) FROM card_reset{where} GROUP BY pack_id, question_id");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                resets.put(new CardKey(r.getString(1), r.getString(2)), r.getLong(3));
            }
        }
        return resets;
    }

    /**
     * The separator of the question ids {@link #studyCards} reads joined into one text per pack, and the pattern of an
     * id that holds it (none a pack may hold does: such a row is read on its own).
     */
    private static final String LINE = "\n";

    private static final String HOLDS_LINE = "%" + LINE + "%";

    /**
     * {@link ProgressStore#studyCards}: each pack's last changed-answer check as kept ({@link AnswerCheckTable}), then
     * the rows of the cards in play, due before {@code dayEnd} or answered since {@code dayStart} (found through the
     * log's index by time), whole, each state decoded by {@code decode}; then the question ids of the cards started,
     * joined into one text per pack. A row's state is read as whether it is new, a number, not a text. The answer
     * hashes of the other cards are read a pack at a time, when asked for ({@link #answerHashes}): a pack whose rows
     * all agreed with its answers at the last check needs none, and a row a value per card costs most of a start of a
     * hundred thousand cards.
     */
    static ProgressStore.StudyCards studyCards(
            Scope db,
            Instant dayStart,
            Instant dayEnd,
            BiFunction<CardKey, String, Card> decode,
            java.util.function.Function<String, Map<String, String>> hashesOf)
            throws SQLException {
        // Before the rows: a row written after this read counts a write the check's finding is then not kept over
        Map<String, ProgressStore.AnswersChecked> checked = AnswerCheckTable.read(db);
        Map<CardKey, ProgressStore.StudyCard> inPlay = new HashMap<>();
        try (PreparedStatement p = db.prepare("""
                        SELECT pack_id, question_id, CASE WHEN state = 'new' THEN 0 ELSE 1 END, answer_hash, card
                        FROM card WHERE {mine}(due < ? OR (pack_id, question_id) IN (
                          SELECT pack_id, question_id FROM review WHERE {mine}reviewed_at >= ? AND kind = 'review'))""", dayEnd.toEpochMilli(), dayStart.toEpochMilli());
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                CardKey key = new CardKey(r.getString(1), r.getString(2));
                inPlay.put(
                        key,
                        new ProgressStore.StudyCard(
                                r.getString(4), r.getInt(3) == 1, decode.apply(key, r.getString(5))));
            }
        }
        Map<String, java.util.Set<String>> started = new HashMap<>();
        List<String> apart = new ArrayList<>();
        try (PreparedStatement p = db.prepare("""
                        SELECT pack_id,
                          {sqlite:group_concat}{postgres:string_agg}(CASE WHEN question_id NOT LIKE ? THEN question_id END, ?),
                          COUNT(CASE WHEN question_id LIKE ? THEN 1 END)
                        FROM card WHERE {mine}state <> 'new' GROUP BY pack_id""", HOLDS_LINE, LINE, HOLDS_LINE);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                java.util.Set<String> ids = new java.util.HashSet<>();
                String joined = r.getString(2);
                if (joined != null) {
                    for (int from = 0; ; ) {
                        int end = joined.indexOf(LINE, from);
                        ids.add(joined.substring(from, end < 0 ? joined.length() : end));
                        if (end < 0) {
                            break;
                        }
                        from = end + 1;
                    }
                }
                started.put(r.getString(1), ids);
                if (r.getLong(3) > 0) {
                    apart.add(r.getString(1));
                }
            }
        }
        for (String packId : apart) {
            try (PreparedStatement p = db.prepare(
                            "SELECT question_id FROM card WHERE {mine}pack_id = ? AND state <> 'new' AND question_id LIKE ?",
                            packId,
                            HOLDS_LINE);
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    started.get(packId).add(r.getString(1));
                }
            }
        }
        return new ProgressStore.StudyCards(inPlay, started, hashesOf, checked);
    }

    /** Every card row's answer hash of the pack {@code packId}, by question id: what {@link #studyCards} leaves. */
    static Map<String, String> answerHashes(Scope db, String packId) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        try (PreparedStatement p =
                        db.prepare("SELECT question_id, answer_hash FROM card WHERE {mine}pack_id = ?", packId);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                hashes.put(r.getString(1), r.getString(2));
            }
        }
        return hashes;
    }

    /** {@link ProgressStore#dues}: the {@code state} and {@code due} columns of every row, the encoded state unread. */
    static Map<CardKey, ProgressStore.Due> duesByCard(Scope db) throws SQLException {
        Map<CardKey, ProgressStore.Due> dues = new HashMap<>();
        try (PreparedStatement p = db.prepare("SELECT pack_id, question_id, state, due FROM card{where}");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                dues.put(
                        new CardKey(r.getString(1), r.getString(2)),
                        new ProgressStore.Due(
                                SqlProgressStore.stateOf(r.getString(3)), Instant.ofEpochMilli(r.getLong(4))));
            }
        }
        return dues;
    }

    /** Whether the table has its checksum column yet: a profile of schema 2 or older, not yet migrated, has none. */
    static boolean hasChecksums(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT 1 FROM pragma_table_info('card') WHERE name = 'checksum'")) {
            return r.next();
        }
    }

    /**
     * The cards whose row no longer matches its checksum, by key: a byte changed in it since quizline wrote it. Rows
     * without a checksum (written before schema step 3) are not judged. One pass over the table, a row per card.
     */
    static List<CardKey> damaged(Scope db) throws SQLException {
        List<CardKey> damaged = new ArrayList<>();
        try (PreparedStatement p = db.prepare("""
                        SELECT pack_id, question_id, state, due, card, answer_hash, checksum FROM card
                        WHERE {mine}checksum IS NOT NULL ORDER BY pack_id, question_id""");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long sum = RowChecksum.card(
                        r.getBytes(1), r.getBytes(2), r.getBytes(3), r.getLong(4), r.getBytes(5), r.getBytes(6));
                if (sum != r.getLong(7)) {
                    damaged.add(new CardKey(r.getString(1), r.getString(2)));
                }
            }
        }
        return damaged;
    }

    /**
     * Writes a card's row, with its checksum: every path that writes one (an answer, undo, import, doctor) comes here.
     * The row's pack's kept changed-answer check is dropped, in the same transaction, unless it is of the answers the
     * row's answer hash was taken from.
     *
     * @param answers the fingerprint of the answers of the pack version the row's answer hash comes from (null: not
     *     known, as for an import or doctor's rebuild)
     */
    static void put(Scope db, CardRow row, String answers) throws SQLException {
        AnswerCheckTable.written(db, row.key().packId(), answers);
        try (PreparedStatement p = db.prepare(
                """
                INSERT INTO card ({key}pack_id, question_id, state, due, card, answer_hash, checksum)
                VALUES ({val}?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ({key}pack_id, question_id) DO UPDATE SET
                  state = excluded.state, due = excluded.due, card = excluded.card, answer_hash = excluded.answer_hash,
                  checksum = excluded.checksum""", row.key(), row.state(), row.due(), row.card(), row.answerHash(), RowChecksum.card(row))) {
            p.executeUpdate();
        }
    }

    static void delete(Scope db, CardKey key) throws SQLException {
        try (PreparedStatement p = db.prepare("DELETE FROM card WHERE {mine}pack_id = ? AND question_id = ?", key)) {
            p.executeUpdate();
        }
    }

    /** The card's stored state, encoded, or null when it has none. */
    static String stored(Scope db, CardKey key) throws SQLException {
        try (PreparedStatement p =
                        db.prepare("SELECT card FROM card WHERE {mine}pack_id = ? AND question_id = ?", key);
                ResultSet r = p.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
