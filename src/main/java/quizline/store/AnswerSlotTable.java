package quizline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code answer_slot} table's SQL, and only here: the log's answers counted by quarter of an hour (of UTC time
 * since 1970: slot {@code reviewed_at / 900000}), with the scheduled reviews from Review state and those of them not
 * rated Again, so that {@code stats} counts the days of its calendar and retention from a row per quarter of an hour
 * with answers instead of an index entry per answer. A study day starts on a quarter of an hour in every time zone in
 * use and for every day start on a quarter of an hour (04:00 by default); a report whose days do not is counted from
 * the log. Kept as {@link CardTallyTable} keeps its counts: in the transaction of each answer, undo and import, made
 * from the log by the migration that made the table, put back in line with the log by {@code doctor}.
 */
final class AnswerSlotTable {
    private AnswerSlotTable() {}

    /** A slot's length, in milliseconds. */
    static final long SLOT = 900_000L;

    /** The table, made by migration step 11. */
    static final String CREATE = """
            CREATE TABLE answer_slot (
              {profile}slot {long} NOT NULL,
              answers INTEGER NOT NULL,
              passed INTEGER NOT NULL,
              retention INTEGER NOT NULL,
              PRIMARY KEY ({key}slot))""";

    /** A slot's counts from the log's rows, as {@link #of} counts a row. */
    private static final String COUNTS = """
            COUNT(*), COUNT(CASE WHEN kind = 'review' AND state_before = 'review' AND rating <> 1 THEN 1 END),
              COUNT(CASE WHEN kind = 'review' AND state_before = 'review' THEN 1 END)""";

    /** Fills the empty table from the whole log: migration step 11, for every profile of the database at once. */
    static final String FILL = "INSERT INTO answer_slot ({key}slot, answers, passed, retention)"
            + " SELECT {key}reviewed_at / " + SLOT + ", " + COUNTS + " FROM review GROUP BY {key}reviewed_at / " + SLOT;

    private static final String ADD = """
            INSERT INTO answer_slot ({key}slot, answers, passed, retention) VALUES ({val}?, ?, ?, ?)
            ON CONFLICT ({key}slot) DO UPDATE SET answers = answer_slot.answers + excluded.answers,
              passed = answer_slot.passed + excluded.passed, retention = answer_slot.retention + excluded.retention""";

    /** What one row of the log adds to its slot, as {@link ReviewLog.Counts}. */
    static ReviewLog.Counts of(ReviewRow row) {
        boolean retention = row.kind().equals("review") && row.stateBefore().equals("review");
        return new ReviewLog.Counts(1, retention && row.rating() != 1 ? 1 : 0, retention ? 1 : 0);
    }

    private static ReviewLog.Counts plus(ReviewLog.Counts a, ReviewLog.Counts b) {
        return new ReviewLog.Counts(a.answers() + b.answers(), a.passed() + b.passed(), a.retention() + b.retention());
    }

    /** The slot of a time (epoch ms), as the database divides. */
    static long slot(long reviewedAt) {
        return reviewedAt / SLOT;
    }

    /** Adds the rows just appended to the log to their slots: in the transaction that appended them. */
    static void added(Scope db, Collection<ReviewRow> rows) throws SQLException {
        Map<Long, ReviewLog.Counts> bySlot = new LinkedHashMap<>();
        for (ReviewRow row : rows) {
            bySlot.merge(slot(row.reviewedAt()), of(row), AnswerSlotTable::plus);
        }
        Dialect.Template.Rendered add = db.dialect().render(ADD);
        try (PreparedStatement p = db.db().prepareStatement(add.sql())) {
            for (Map.Entry<Long, ReviewLog.Counts> e : bySlot.entrySet()) {
                ReviewLog.Counts c = e.getValue();
                add.bind(p, db.profile(), e.getKey(), c.answers(), c.passed(), c.retention());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Adds the row just appended to the log to its slot: in the transaction that appended it. */
    static void added(Scope db, ReviewRow row) throws SQLException {
        ReviewLog.Counts c = of(row);
        try (PreparedStatement p = db.prepare(ADD, slot(row.reviewedAt()), c.answers(), c.passed(), c.retention())) {
            p.executeUpdate();
        }
    }

    /** Takes the row just removed from the log out of its slot: in the transaction that removed it. */
    static void removed(Scope db, ReviewRow row) throws SQLException {
        ReviewLog.Counts c = of(row);
        long slot = slot(row.reviewedAt());
        try (PreparedStatement p = db.prepare(
                "UPDATE answer_slot SET answers = answers - ?, passed = passed - ?, retention = retention - ?"
                        + " WHERE {mine}slot = ?",
                c.answers(),
                c.passed(),
                c.retention(),
                slot)) {
            p.executeUpdate();
        }
        try (PreparedStatement p = db.prepare("DELETE FROM answer_slot WHERE {mine}slot = ? AND answers <= 0", slot)) {
            p.executeUpdate();
        }
    }

    /** Each slot's counts as the table holds them, by slot. */
    static Map<Long, ReviewLog.Counts> stored(Scope db) throws SQLException {
        return read(db, "SELECT slot, answers, passed, retention FROM answer_slot{where}");
    }

    /** Each slot's counts counted afresh from the log, by slot. */
    static Map<Long, ReviewLog.Counts> recounted(Scope db) throws SQLException {
        return read(
                db,
                "SELECT reviewed_at / " + SLOT + ", " + COUNTS + " FROM review{where} GROUP BY reviewed_at / " + SLOT);
    }

    private static Map<Long, ReviewLog.Counts> read(Scope db, String sql) throws SQLException {
        Map<Long, ReviewLog.Counts> slots = new TreeMap<>();
        try (PreparedStatement p = db.prepare(sql);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                slots.put(r.getLong(1), new ReviewLog.Counts(r.getInt(2), r.getInt(3), r.getInt(4)));
            }
        }
        return slots;
    }

    /** Puts {@code counts} in place of the slot's (null: no row, as for a slot with no answer). */
    static void put(Scope db, long slot, ReviewLog.Counts counts) throws SQLException {
        try (PreparedStatement p = db.prepare("DELETE FROM answer_slot WHERE {mine}slot = ?", slot)) {
            p.executeUpdate();
        }
        if (counts != null) {
            try (PreparedStatement p = db.prepare(ADD, slot, counts.answers(), counts.passed(), counts.retention())) {
                p.executeUpdate();
            }
        }
    }

    /** Whether every one of {@code starts} is a slot's start (after the first slot): then {@link #perSpan} counts. */
    static boolean aligned(List<Instant> starts) {
        for (Instant start : starts) {
            long ms = start.toEpochMilli();
            if (ms < SLOT || ms % SLOT != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@link ReviewLog.Counts} of each span {@code [starts[i], starts[i + 1])} of every pack, each start
     * {@link #aligned}: one query, each span a range of the table's slots.
     */
    static List<ReviewLog.Counts> perSpan(Scope db, List<Instant> starts) throws SQLException {
        int spans = starts.size() - 1;
        List<ReviewLog.Counts> counts = new ArrayList<>(Collections.nCopies(spans, ReviewLog.Counts.NONE));
        if (spans == 0) {
            return counts;
        }
        StringBuilder values = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < spans; i++) {
            values.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
            Collections.addAll(
                    args,
                    i,
                    starts.get(i).toEpochMilli() / SLOT,
                    starts.get(i + 1).toEpochMilli() / SLOT);
        }
        try (PreparedStatement p = db.prepare(
                        "WITH span (i, lo, hi) AS (VALUES " + values + ")"
                                + " SELECT span.i, SUM(answers), SUM(passed), SUM(retention) FROM span"
                                + " JOIN answer_slot ON {mine}slot >= span.lo AND slot < span.hi GROUP BY span.i",
                        args.toArray());
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                counts.set(r.getInt(1), new ReviewLog.Counts(r.getInt(2), r.getInt(3), r.getInt(4)));
            }
        }
        return counts;
    }
}
