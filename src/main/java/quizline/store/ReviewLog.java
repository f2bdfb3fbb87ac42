package quizline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads the review log of a profile for the tools that look back over it (stats, doctor, export). */
final class ReviewLog {
    private ReviewLog() {}

    /** Appends a row to the log, with its checksum: bind each row with {@link #bind}. */
    static final String INSERT = """
            INSERT INTO review ({key}pack_id, question_id, reviewed_at, kind, rating, answer, correctness,
              duration_ms, answer_hash, state_before, state_after, card_before, card_after, checksum)
            VALUES ({val}?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** {@link #INSERT}'s values for a row, in order. */
    static Object[] values(ReviewRow r) {
        return new Object[] {
            r.packId(),
            r.questionId(),
            r.reviewedAt(),
            r.kind(),
            r.rating(),
            r.answer(),
            r.correctness(),
            r.durationMillis(),
            r.answerHash(),
            r.stateBefore(),
            r.stateAfter(),
            r.cardBefore(),
            r.cardAfter(),
            RowChecksum.review(r)
        };
    }

    /** Every row in the order it was logged. */
    static List<ReviewRow> rows(SqlProgressStore store) {
        SqlProgressStore sqlite = store;
        List<ReviewRow> rows = new ArrayList<>();
        try (PreparedStatement p = sqlite.scope().prepare("""
                        SELECT pack_id, question_id, reviewed_at, kind, rating, answer, correctness, duration_ms,
                          answer_hash, state_before, state_after, card_before, card_after
                        FROM review{where} ORDER BY id""");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                rows.add(new ReviewRow(
                        r.getString(1),
                        r.getString(2),
                        r.getLong(3),
                        r.getString(4),
                        r.getInt(5),
                        r.getString(6),
                        r.getString(7),
                        r.getLong(8),
                        r.getString(9),
                        r.getString(10),
                        r.getString(11),
                        r.getString(12),
                        r.getString(13)));
            }
            return rows;
        } catch (SQLException e) {
            throw failure(sqlite, e);
        }
    }

    /**
     * Every logged reset, in the order logged, each with the number of its card's scheduled reviews it followed (the
     * rows up to {@code after_review}): what a progress file carries of it ({@link ProgressArchive.Reset} says why).
     */
    static List<ProgressArchive.Reset> resets(SqlProgressStore store) {
        SqlProgressStore sqlite = store;
        List<ProgressArchive.Reset> resets = new ArrayList<>();
        try (PreparedStatement p = sqlite.scope().prepare("""
                        SELECT c.pack_id, c.question_id, c.reset_at,
                          (SELECT COUNT(*) FROM review v
                           WHERE {mine.v}v.pack_id = c.pack_id AND v.question_id = c.question_id AND v.kind = 'review'
                             AND v.id <= c.after_review)
                        FROM card_reset c WHERE {mine.c}TRUE ORDER BY c.id""");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                resets.add(new ProgressArchive.Reset(
                        new CardKey(r.getString(1), r.getString(2)), Instant.ofEpochMilli(r.getLong(3)), r.getInt(4)));
            }
            return resets;
        } catch (SQLException e) {
            throw failure(sqlite, e);
        }
    }

    /** A row as the day's counts take it in ({@link DayTally}): its id, card, kind, state before and time. */
    record Logged(long id, CardKey key, String kind, String stateBefore, long reviewedAt) {}

    private static final String LOGGED_COLUMNS = "id, pack_id, question_id, kind, state_before, reviewed_at";

    /** The id of the profile's newest row, 0 when it has none. */
    static long newestId(Scope scope) throws SQLException {
        try (PreparedStatement p = scope.prepare("SELECT COALESCE(MAX(id), 0) FROM review{where}");
                ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * The rows logged at or after a time (epoch ms) up to a row id: found by time ({@code review_by_time}). The id is
     * "{unindexed}": else SQLite reads the log from its first row up to that id instead.
     */
    static final String LOGGED_SINCE =
            "SELECT " + LOGGED_COLUMNS + " FROM review WHERE {mine}reviewed_at >= ? AND {unindexed}id <= ?";

    /** The rows after a row id, in the order logged: found by the primary key, however long the log. */
    static final String LOGGED_AFTER = "SELECT " + LOGGED_COLUMNS + " FROM review WHERE {mine}id > ? ORDER BY id";

    /** Hands each row logged at or after {@code since} (epoch ms), up to row {@code upTo}, to {@code each}. */
    static void eachLoggedSince(Scope scope, long since, long upTo, java.util.function.Consumer<Logged> each)
            throws SQLException {
        eachLogged(scope, LOGGED_SINCE, each, since, upTo);
    }

    /** Hands each row after row {@code id} to {@code each}, in the order logged. */
    static void eachLoggedAfter(Scope scope, long id, java.util.function.Consumer<Logged> each) throws SQLException {
        eachLogged(scope, LOGGED_AFTER, each, id);
    }

    private static void eachLogged(Scope scope, String sql, java.util.function.Consumer<Logged> each, Object... values)
            throws SQLException {
        try (PreparedStatement p = scope.prepare(sql, values);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                each.accept(new Logged(
                        r.getLong(1),
                        new CardKey(r.getString(2), r.getString(3)),
                        r.getString(4),
                        r.getString(5),
                        r.getLong(6)));
            }
        }
    }

    /**
     * How many answers are logged, of the pack {@code packId} (null: of every pack): the sum of the cards' counts the
     * store keeps ({@link CardTallyTable}), a row per card instead of an entry per answer.
     */
    static int answers(SqlProgressStore store, String packId) {
        try {
            return CardTallyTable.answers(store.scope(), packId);
        } catch (SQLException e) {
            throw failure(store, e);
        }
    }

    /** A span's answers, and of them the scheduled reviews of cards in Review state and those not rated Again. */
    record Counts(int answers, int passed, int retention) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    /**
     * The {@link Counts} of each span {@code [starts[i], starts[i + 1])}, of the pack {@code packId} (null: of every
     * pack): one query, each span a range of the answers kept by quarter of an hour ({@link AnswerSlotTable}) when
     * every pack's are asked for and the spans start on quarters of an hour, else of {@code review_by_kind_time}.
     */
    static List<Counts> perSpan(SqlProgressStore store, String packId, List<Instant> starts) {
        if (packId == null && AnswerSlotTable.aligned(starts)) {
            // Every pack's answers, the spans on quarters of an hour: counted from the answers by quarter of an hour
            try {
                return AnswerSlotTable.perSpan(store.scope(), starts);
            } catch (SQLException e) {
                throw failure(store, e);
            }
        }
        int spans = starts.size() - 1;
        StringBuilder values = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < spans; i++) {
            values.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
            Collections.addAll(
                    args, i, starts.get(i).toEpochMilli(), starts.get(i + 1).toEpochMilli());
        }
        Collections.addAll(args, packId, packId);
        List<Counts> counts = new ArrayList<>(Collections.nCopies(spans, Counts.NONE));
        if (spans == 0) {
            return counts;
        }
        // Both kinds named, so that the index by kind and time, which holds every column read here, serves the ranges
        try (PreparedStatement p = store.scope()
                        .prepare("WITH span (i, lo, hi) AS (VALUES " + values + ")" + """
                         SELECT span.i, COUNT(*),
                           COUNT(CASE WHEN kind = 'review' AND state_before = 'review' AND rating <> 1 THEN 1 END),
                           COUNT(CASE WHEN kind = 'review' AND state_before = 'review' THEN 1 END)
                         FROM span JOIN review ON {mine}kind IN ('review', 'cram')
                           AND reviewed_at >= span.lo AND reviewed_at < span.hi
                           AND (CAST(? AS TEXT) IS NULL OR pack_id = ?)
                         GROUP BY span.i""", args.toArray());
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                counts.set(r.getInt(1), new Counts(r.getInt(2), r.getInt(3), r.getInt(4)));
            }
            return counts;
        } catch (SQLException e) {
            throw failure(store, e);
        }
    }

    /** The scheduled reviews oldest first, ties in the order logged: a range of {@code review_by_kind_time}. */
    static final String SCHEDULED_BY_TIME = """
            SELECT pack_id, question_id, id, reviewed_at, rating, state_before FROM review
            WHERE {mine}kind = 'review' ORDER BY reviewed_at, id""";

    /**
     * The scheduled reviews card after card, each card's oldest first: {@code review_tally} in its own order. The kind
     * is "{unindexed}" and ordered by, so that SQLite reads that index through instead of the range of the index by
     * kind and time and a sort of every row.
     */
    static final String SCHEDULED_BY_CARD = """
            SELECT pack_id, question_id, id, reviewed_at, rating, state_before FROM review
            WHERE {mine}{unindexed}kind = 'review' ORDER BY pack_id, question_id, kind, reviewed_at, id""";

    /** One card's scheduled reviews up to a row id, oldest first, ties in the order logged: from {@code review_tally}. */
    static final String SCHEDULED_OF_CARD = """
            SELECT pack_id, question_id, id, reviewed_at, rating, state_before FROM review
            WHERE {mine}pack_id = ? AND question_id = ? AND kind = 'review' AND id <= ?
            ORDER BY reviewed_at, id""";

    /**
     * The cards with a scheduled review in a range of row ids: the range of the primary key, however long the log (the
     * kind "{unindexed}", else SQLite reads every scheduled review of the index by kind and time instead).
     */
    static final String CARDS_SCHEDULED_BETWEEN = """
            SELECT DISTINCT pack_id, question_id FROM review
            WHERE {mine}id > ? AND id <= ? AND {unindexed}kind = 'review'""";

    /**
     * How many scheduled reviews the log has after a row id: the range of the primary key, however long the log (the
     * kind "{unindexed}", else SQLite counts every scheduled review of the index by kind and time instead).
     */
    static final String SCHEDULED_AFTER =
            "SELECT COUNT(*) FROM review WHERE {mine}id > ? AND {unindexed}kind = 'review'";

    /**
     * Hands each scheduled review (cram answers left out) to {@code each} without keeping any: oldest first, ties in
     * the order logged, read from {@code review_by_kind_time} alone; or, {@code byCard}, card after card, each card's
     * in that order, from {@code review_tally} alone.
     */
    static void eachScheduled(SqlProgressStore store, boolean byCard, RevlogExport.ScheduledReview each) {
        try (PreparedStatement p = store.scope().prepare(byCard ? SCHEDULED_BY_CARD : SCHEDULED_BY_TIME)) {
            handScheduled(store, p, each);
        } catch (SQLException e) {
            throw failure(store, e);
        }
    }

    /** Hands each scheduled review of {@code key} up to row {@code upTo} to {@code each}, as {@link #eachScheduled}. */
    static void eachScheduledOf(SqlProgressStore store, CardKey key, long upTo, RevlogExport.ScheduledReview each) {
        try (PreparedStatement p = store.scope().prepare(SCHEDULED_OF_CARD, key, upTo)) {
            handScheduled(store, p, each);
        } catch (SQLException e) {
            throw failure(store, e);
        }
    }

    /** The cards with a scheduled review after row {@code after}, up to row {@code upTo}. */
    static List<CardKey> cardsScheduledBetween(SqlProgressStore store, long after, long upTo) {
        List<CardKey> keys = new ArrayList<>();
        try (PreparedStatement p = store.scope().prepare(CARDS_SCHEDULED_BETWEEN, after, upTo);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                keys.add(new CardKey(r.getString(1), r.getString(2)));
            }
            return keys;
        } catch (SQLException e) {
            throw failure(store, e);
        }
    }

    /**
     * How many scheduled reviews the log has up to row {@code upTo}: those of every card, as the store keeps their
     * counts ({@link CardTallyTable}), less those after the row, read by the primary key. Both in one snapshot when the
     * caller reads in one.
     */
    static long scheduledUpTo(SqlProgressStore store, long upTo) {
        try (PreparedStatement p = store.scope().prepare(SCHEDULED_AFTER, upTo);
                ResultSet r = p.executeQuery()) {
            r.next();
            return CardTallyTable.scheduled(store.scope()) - r.getLong(1);
        } catch (SQLException e) {
            throw failure(store, e);
        }
    }

    private static void handScheduled(SqlProgressStore store, PreparedStatement p, RevlogExport.ScheduledReview each)
            throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String state = r.getString(6);
                int code = RevlogExport.STATES.indexOf(state);
                if (code < 0) {
                    throw damaged(store, new IllegalArgumentException("not a card state: \"" + state + "\""));
                }
                each.accept(new CardKey(r.getString(1), r.getString(2)), r.getLong(3), r.getLong(4), r.getInt(5), code);
            }
        }
    }

    /**
     * One profile's reviews of the pack {@code packId}, cram answers and cards reset since included, by question and
     * each question's as logged.
     */
    static List<ReviewDigest> digests(SqlProgressStore store, String packId) {
        List<ReviewDigest> digests = new ArrayList<>();
        ReviewDigestReader reader = new ReviewDigestReader(store);
        try (PreparedStatement p = store.scope()
                .prepare(
                        "SELECT " + ReviewDigestReader.COLUMNS
                                + " FROM review WHERE {mine}pack_id = ? ORDER BY pack_id, question_id, id",
                        packId)) {
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    digests.add(reader.read(r, 1));
                }
            }
            return digests;
        } catch (SQLException e) {
            throw failure(store, e);
        }
    }

    /** The first block of days {@link #streak} asks about; each next one twice as long, up to {@link #MOST_DAYS}. */
    private static final int FIRST_DAYS = 32;

    private static final int MOST_DAYS = 1024;

    private static final long DAY = 86_400_000L;

    /**
     * The streak as {@link Streak} counts it from the study days with an answer, newest first, of the pack {@code
     * packId} (null: of every pack): the days with an answer in a row up to {@code today}, or up to the day before
     * while today has none. Asked of the database a block of days at a time (32, then 64, ... up to 1,024 days), each
     * day one indexed look-up done by the database, so that a streak of years takes a few queries, not one per day: a
     * handful more where the clocks change, as a block stops there.
     */
    static int streak(SqlProgressStore store, StudyDays days, String packId, LocalDate today) {
        int missing = firstDayWithout(store, days, packId, today, 0);
        return missing > 0 ? missing : firstDayWithout(store, days, packId, today, 1) - 1;
    }

    /**
     * The first {@code n >= from} such that the study day {@code n} days before {@code today} has no answer. Each block
     * of days is made by the database from its first day's start and end, one day (24 hours) before the other: the
     * block ends early where a day is not 24 hours long (the clocks change), and the next block starts there.
     */
    private static int firstDayWithout(
            SqlProgressStore store, StudyDays days, String packId, LocalDate today, int from) {
        int size = FIRST_DAYS;
        for (int first = from; ; size = Math.min(2 * size, MOST_DAYS)) {
            long hi = days.start(today.minusDays(first - 1L)).toEpochMilli();
            long lo = days.start(today.minusDays(first)).toEpochMilli();
            int block = 1;
            while (block < size
                    && days.start(today.minusDays(first + (long) block)).toEpochMilli() == lo - block * DAY) {
                block++;
            }
            List<Object> args = new ArrayList<>(List.of(first, lo, hi, first + block));
            String pack = "";
            if (packId != null) {
                pack = " AND pack_id = ?";
                args.add(packId);
            }
            // Each day a range of review_by_time, which holds all that a look-up without a pack reads
            try (PreparedStatement p = store.scope()
                            .prepare(
                                    "WITH RECURSIVE day (n, lo, hi) AS (SELECT ?, ?, ? UNION ALL"
                                            + " SELECT n + 1, lo - " + DAY + ", lo FROM day WHERE n + 1 < ?)"
                                            + " SELECT day.n FROM day WHERE NOT EXISTS (SELECT 1 FROM review"
                                            + " WHERE {mine}reviewed_at >= day.lo AND reviewed_at < day.hi" + pack
                                            + ") ORDER BY day.n LIMIT 1",
                                    args.toArray());
                    ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    return r.getInt(1);
                }
            } catch (SQLException e) {
                throw failure(store, e);
            }
            first += block;
        }
    }

    /** Whether the log has any answer of the pack {@code packId} (null: of any pack), at any time. */
    static boolean any(SqlProgressStore store, String packId) {
        try (PreparedStatement p = packId == null
                        ? store.scope().prepare("SELECT 1 FROM review{where} LIMIT 1")
                        : store.scope().prepare("SELECT 1 FROM review WHERE {mine}pack_id = ? LIMIT 1", packId);
                ResultSet r = p.executeQuery()) {
            return r.next();
        } catch (SQLException e) {
            throw failure(store, e);
        }
    }

    /** Answers of one study day, and the true retention of a span of days ending with it (as {@link Stats} counts it). */
    record Recent(int answersToday, Stats.Retention retention) {}

    /**
     * Counted by the database over the span's rows ({@code review_by_time}), instead of each of them read into an
     * object: today is {@code [todayStart, end)}, the span {@code [spanStart, end)}; retention counts the scheduled
     * reviews of cards in Review state, passed when not rated Again.
     */
    static Recent recent(SqlProgressStore store, Instant spanStart, Instant todayStart, Instant end) {
        // Two queries, each over an index that holds every column it reads (the time alone; the kind, time, state
        // and grade), so that no row of the log itself is read
        try (PreparedStatement today = store.scope()
                        .prepare(
                                "SELECT COUNT(*) FROM review WHERE {mine}reviewed_at >= ? AND reviewed_at < ?",
                                todayStart.toEpochMilli(),
                                end.toEpochMilli());
                ResultSet t = today.executeQuery();
                PreparedStatement span = store.scope().prepare("""
                SELECT COUNT(CASE WHEN rating <> 1 THEN 1 END), COUNT(*) FROM review
                WHERE {mine}kind = 'review' AND reviewed_at >= ? AND reviewed_at < ? AND state_before = 'review'""", spanStart.toEpochMilli(), end.toEpochMilli());
                ResultSet r = span.executeQuery()) {
            t.next();
            r.next();
            return new Recent(t.getInt(1), new Stats.Retention(r.getInt(1), r.getInt(2)));
        } catch (SQLException e) {
            throw failure(store, e);
        }
    }

    /** A kind, grade, verdict or state no quizline writes: a row damaged where SQLite's checks cannot see. */
    private static StoreFailure damaged(SqlProgressStore store, IllegalArgumentException e) {
        return new StoreFailure(
                store.where() + ": a review row is damaged (" + e.getMessage()
                        + "); `quizline doctor` lists the damage; restore a backup, or move the profile away",
                e);
    }

    static StoreFailure failure(SqlProgressStore store, SQLException e) {
        return new StoreFailure(
                store.where() + ": could not read the review log: "
                        + (e.getMessage() == null
                                ? e.toString()
                                : e.getMessage().lines().findFirst().orElse("")),
                e);
    }
}
