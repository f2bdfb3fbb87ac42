package quizline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import quizline.schedule.Card;
import quizline.schedule.CardState;

/**
 * The progress store over SQL, the same for a SQLite file ({@link SqliteProgressStore}, one profile) and a PostgreSQL
 * database ({@link PostgresProgressStore}, a profile of many): every statement is written once, with {@link Dialect}'s
 * tokens where the two differ, and runs on one profile's rows ({@link Scope}). One transaction per answer, committed
 * before {@link #record} returns, holding the profile's write lock from its start: sessions on one profile grade each
 * answer from the state the other sessions left.
 */
public abstract sealed class SqlProgressStore implements ProgressStore
        permits SqliteProgressStore, PostgresProgressStore {
    final Connection db;
    final Dialect dialect;
    final String profile;
    private final Scope scope;
    /** Row ids of this process's reviews, newest first, so undo removes exactly its own row. */
    private final Deque<Long> ownRows = new ArrayDeque<>();

    private final Deque<ReviewRecord> ownRecords = new ArrayDeque<>();
    /** Today's counts as of the last write or count (null: none taken yet, or a write failed after taking them). */
    private DayTally tally;
    /** The fingerprint of the answers of each pack this store's answers are graded from, by pack id. */
    private Map<String, String> answersFrom = Map.of();
    /** The changed-answer checks to keep with the next write, by pack id. */
    private final Map<String, AnswersChecked> agreed = new LinkedHashMap<>();

    SqlProgressStore(Connection db, Dialect dialect, String profile) {
        this.db = db;
        this.dialect = dialect;
        this.profile = profile;
        this.scope = new Scope(db, dialect, profile);
    }

    /** Where the progress is, as messages name it: the file, or the server's address without its password. */
    public abstract String where();

    /** Why the database failed, in the user's words where it is something they can act on. */
    abstract String reason(SQLException e);

    /**
     * Waits for the checks of the open that run beside the session, if any, and throws a {@link StoreFailure} naming
     * the damage when they found some. Every write comes here first, so a damaged profile is written to never.
     */
    public void awaitOpenCheck() {}

    /**
     * Starts the checks of the open that run beside the session, if any are still to start: call once the first
     * question is on screen, so they do not read the file while the session reads what that question needs.
     */
    public void startOpenCheck() {}

    /** This profile's rows, for the store's own tools (doctor, export, import) in this package. */
    Scope scope() {
        return scope;
    }

    @Override
    public Map<CardKey, CardProgress> cards() {
        Map<CardKey, CardProgress> cards = new LinkedHashMap<>();
        try (PreparedStatement p = scope.prepare("SELECT pack_id, question_id, card, answer_hash FROM card{where}");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                CardKey key = new CardKey(r.getString(1), r.getString(2));
                cards.put(key, new CardProgress(decode(key, r.getString(3)), r.getString(4)));
            }
            return cards;
        } catch (SQLException e) {
            throw failure("read the cards", e);
        }
    }

    @Override
    public StudyCards studyCards(Instant dayStart, Instant dayEnd) {
        try {
            return CardTable.studyCards(scope, dayStart, dayEnd, this::decode, packId -> {
                try {
                    return CardTable.answerHashes(scope, packId);
                } catch (SQLException e) {
                    throw failure("read the cards", e);
                }
            });
        } catch (SQLException e) {
            throw failure("read the cards", e);
        }
    }

    @Override
    public Map<CardKey, Due> dues() {
        try {
            return CardTable.duesByCard(scope);
        } catch (SQLException e) {
            throw failure("read the cards", e);
        }
    }

    @Override
    public void answersFrom(Map<String, String> packAnswers) {
        answersFrom = Map.copyOf(packAnswers);
    }

    @Override
    public void answersAgreed(String packId, String answers, long writes) {
        agreed.put(packId, new AnswersChecked(answers, writes));
    }

    @Override
    public void keepAnswersAgreed() {
        if (agreed.isEmpty()) {
            return;
        }
        try {
            inTransaction(() -> null);
        } catch (SQLException | RuntimeException e) {
            // A shortcut of the next start, not progress: without it that start checks the answers again
        }
    }

    /** Keeps the checks {@link #answersAgreed} holds, first in a write's transaction; returns those kept. */
    private Map<String, AnswersChecked> keepAgreed() throws SQLException {
        Map<String, AnswersChecked> keeping = Map.copyOf(agreed);
        for (Map.Entry<String, AnswersChecked> e : keeping.entrySet()) {
            AnswerCheckTable.keep(
                    scope, e.getKey(), e.getValue().answers(), e.getValue().writes());
        }
        return keeping;
    }

    @Override
    public DayCounts counts(Today today) {
        try {
            tally = DayTally.read(scope, today);
            return tally.counts();
        } catch (SQLException e) {
            tally = null;
            throw failure("count today's reviews", e);
        }
    }

    /**
     * Today's counts in a write's transaction, its own row included: brought up to date from the rows since the last
     * count when it is of the day counted before (a session's every answer), else read from the day's rows.
     */
    private DayCounts countsAfterWrite(Today today) throws SQLException {
        if (tally != null && tally.counts(today)) {
            tally.catchUp(scope);
        } else {
            tally = DayTally.read(scope, today);
        }
        return tally.counts();
    }

    @Override
    public Recorded record(CardKey key, Today today, Function<Card, ReviewRecord> grading) {
        try {
            record Written(long rowId, ReviewRecord review, DayCounts today) {}
            // Read, grade and write under the write lock: no other session can commit in between.
            Written written = inTransaction(() -> {
                String stored = CardTable.stored(scope, key);
                Card current = stored == null ? ProgressStore.newCard(key) : decode(key, stored);
                ReviewRecord review = Grading.checked(key, current, stored != null, grading.apply(current));
                long rowId = insert(review);
                if (review.kind() == ReviewKind.REVIEW) {
                    putCard(review.key(), review.after(), review.answerHash());
                }
                return new Written(rowId, review, countsAfterWrite(today));
            });
            ownRows.push(written.rowId());
            ownRecords.push(written.review());
            return new Recorded(written.review(), written.today());
        } catch (SQLException e) {
            // The tally may hold the row rolled back (or part of a catch-up): the next count reads the day afresh
            tally = null;
            throw new StoreFailure(
                    where() + ": could not save the answer: " + reason(e)
                            + "; this answer was not saved, the ones before it are",
                    e);
        }
    }

    /**
     * A stored card state. SQLite's checks cannot see a row whose text quizline cannot read (edited
     * by hand, written by a broken tool); the review log still holds every answer, and doctor
     * rebuilds the row from it.
     */
    private Card decode(CardKey key, String stored) {
        try {
            return CardCodec.decode(stored == null ? "" : stored);
        } catch (RuntimeException e) {
            throw new StoreFailure(
                    where() + ": the saved state of " + key + " is damaged ("
                            + firstLine(String.valueOf(e.getMessage()))
                            + "); run `quizline doctor` on this profile to rebuild it from the review log",
                    e);
        }
    }

    /** Appends the review to the log, its card's tally and its slot's, in the caller's transaction; returns its id. */
    private long insert(ReviewRecord review) throws SQLException {
        ReviewRow row = ReviewRow.of(review);
        long id;
        try (PreparedStatement p = scope.prepareInsert(ReviewLog.INSERT, ReviewLog.values(row))) {
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        CardTallyTable.added(scope, row);
        AnswerSlotTable.added(scope, row);
        return id;
    }

    @Override
    public void undo(ReviewRecord review) {
        if (ownRecords.isEmpty() || !ownRecords.peek().equals(review)) {
            throw new IllegalStateException("only this session's newest review can be undone");
        }
        long id = ownRows.peek();
        try {
            inTransaction(() -> {
                if (review.kind() == ReviewKind.REVIEW && !stillNewest(id, review)) {
                    throw new UndoRefused(review.key());
                }
                try (PreparedStatement p = scope.prepare("DELETE FROM review WHERE {mine}id = ?", id)) {
                    p.executeUpdate();
                }
                CardTallyTable.removed(scope, ReviewRow.of(review));
                AnswerSlotTable.removed(scope, ReviewRow.of(review));
                if (review.kind() == ReviewKind.REVIEW) {
                    if (review.before().state() == CardState.NEW) {
                        CardTable.delete(scope, review.key());
                    } else {
                        putCard(review.key(), review.before(), review.answerHash());
                    }
                }
                return null;
            });
            ownRows.pop();
            ownRecords.pop();
            if (tally != null) {
                tally.takenBack(id, ReviewRow.of(review));
            }
        } catch (SQLException e) {
            throw failure("undo the answer", e);
        }
    }

    /** Whether row {@code id} is still the card's newest scheduled review and the card still as it left it. */
    private boolean stillNewest(long id, ReviewRecord review) throws SQLException {
        try (PreparedStatement p = scope.prepare(
                "SELECT MAX(id) FROM review WHERE {mine}pack_id = ? AND question_id = ? AND kind = 'review'",
                review.key())) {
            try (ResultSet r = p.executeQuery()) {
                if (!r.next() || r.getLong(1) != id) {
                    return false;
                }
            }
        }
        return CardCodec.encode(review.after()).equals(CardTable.stored(scope, review.key()));
    }

    @Override
    public void reset(CardKey key) {
        change("reset " + key, "DELETE FROM card WHERE {mine}pack_id = ? AND question_id = ?", key);
    }

    @Override
    public boolean forget(CardKey key, Instant at) {
        try {
            return inTransaction(() -> {
                if (CardTable.stored(scope, key) == null) {
                    return false;
                }
                long afterReview;
                try (PreparedStatement p = scope.prepare(
                        "SELECT COALESCE(MAX(id), 0) FROM review WHERE {mine}pack_id = ? AND question_id = ?"
                                + " AND kind = 'review'",
                        key)) {
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        afterReview = r.getLong(1);
                    }
                }
                try (PreparedStatement p = scope.prepare(
                        """
                        INSERT INTO card_reset ({key}pack_id, question_id, reset_at, after_review, checksum)
                        VALUES ({val}?, ?, ?, ?, ?)""",
                        key,
                        at.toEpochMilli(),
                        afterReview,
                        RowChecksum.reset(key, at.toEpochMilli(), afterReview))) {
                    p.executeUpdate();
                }
                CardTable.delete(scope, key);
                return true;
            });
        } catch (SQLException e) {
            throw failure("reset " + key, e);
        }
    }

    @Override
    public List<ReviewRecord> history(CardKey key) {
        List<ReviewRecord> reviews = new java.util.ArrayList<>();
        try (PreparedStatement p = scope.prepare(
                "SELECT " + REVIEW_COLUMNS + " FROM review WHERE {mine}pack_id = ? AND question_id = ? ORDER BY id",
                key)) {
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    reviews.add(reviewOf(r, 1));
                }
            }
            return reviews;
        } catch (SQLException e) {
            throw failure("read the history of " + key, e);
        }
    }

    /**
     * Runs an import into this profile while no other import into it runs: the import writes in batches, and two at
     * once would each add the reviews the profile lacks.
     *
     * @throws quizline.io.UserError when another import into the profile is running
     */
    <T> T whileImporting(java.util.function.Supplier<T> importing) {
        try {
            if (!dialect.lockImports(db, profile)) {
                throw new quizline.io.UserError(where() + ": another quizline import into this profile is running;"
                        + " wait for it to finish, then import again (reviews already there are skipped)");
            }
            try {
                return importing.get();
            } finally {
                dialect.unlockImports(db, profile);
            }
        } catch (SQLException e) {
            throw failure("take the profile's import lock", e);
        }
    }

    /** Every review of one pack's cards, cram answers and cards reset since included, in the order logged. */
    @Override
    public List<ReviewRecord> reviews(String packId) {
        List<ReviewRecord> reviews = new java.util.ArrayList<>();
        try (PreparedStatement p = scope.prepare(
                "SELECT " + REVIEW_COLUMNS + " FROM review WHERE {mine}pack_id = ? ORDER BY id", packId)) {
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    reviews.add(reviewOf(r, 1));
                }
            }
            return reviews;
        } catch (SQLException e) {
            throw failure("read the reviews of " + packId, e);
        }
    }

    /** Every review of the profile, cram answers included, in the order logged. */
    public List<ReviewRecord> reviews() {
        List<ReviewRecord> reviews = new java.util.ArrayList<>();
        try (PreparedStatement p = scope.prepare("SELECT " + REVIEW_COLUMNS + " FROM review{where} ORDER BY id");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                reviews.add(reviewOf(r, 1));
            }
            return reviews;
        } catch (SQLException e) {
            throw failure("read the review log", e);
        }
    }

    /** The columns {@link #reviewOf} reads, in its order. */
    static final String REVIEW_COLUMNS = "pack_id, question_id, reviewed_at, kind, rating, answer, correctness,"
            + " duration_ms, card_before, card_after, answer_hash";

    /** The review whose {@link #REVIEW_COLUMNS} start at column {@code from} of the row {@code r} is on. */
    ReviewRecord reviewOf(ResultSet r, int from) throws SQLException {
        CardKey key = new CardKey(r.getString(from), r.getString(from + 1));
        try {
            return new ReviewRecord(
                    key,
                    Instant.ofEpochMilli(r.getLong(from + 2)),
                    quizline.schedule.Rating.ofGrade(r.getInt(from + 4)),
                    r.getString(from + 5),
                    quizline.pack.Verdict.ofLabel(r.getString(from + 6)),
                    r.getLong(from + 7),
                    decode(key, r.getString(from + 8)),
                    decode(key, r.getString(from + 9)),
                    ReviewKind.valueOf(r.getString(from + 3).toUpperCase(java.util.Locale.ROOT)),
                    r.getString(from + 10));
        } catch (IllegalArgumentException e) {
            // A kind, grade or verdict no quizline writes: damage the database's checks cannot see
            throw new StoreFailure(
                    where() + ": a review row of " + key + " is damaged (" + e.getMessage()
                            + "); `quizline doctor` lists the damage",
                    e);
        }
    }

    @Override
    public Map<CardKey, Suspension> suspended() {
        Map<CardKey, Suspension> suspended = new LinkedHashMap<>();
        try (PreparedStatement p = scope.prepare(
                        "SELECT pack_id, question_id, since, reason FROM suspended{where} ORDER BY pack_id, question_id");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                CardKey key = new CardKey(r.getString(1), r.getString(2));
                suspended.put(
                        key,
                        new Suspension(
                                key,
                                Instant.ofEpochMilli(r.getLong(3)),
                                r.getString(4).equals("leech")));
            }
            return suspended;
        } catch (SQLException e) {
            throw failure("read the suspended questions", e);
        }
    }

    @Override
    public void suspend(Suspension suspension) {
        change(
                "suspend " + suspension.key(),
                "INSERT INTO suspended ({key}pack_id, question_id, since, reason) VALUES ({val}?, ?, ?, ?)"
                        + " ON CONFLICT ({key}pack_id, question_id) DO NOTHING",
                suspension.key(),
                suspension.since().toEpochMilli(),
                suspension.leech() ? "leech" : "student");
    }

    @Override
    public boolean unsuspend(CardKey key) {
        return change("unsuspend " + key, "DELETE FROM suspended WHERE {mine}pack_id = ? AND question_id = ?", key) > 0;
    }

    @Override
    public Map<CardKey, Instant> burials(Instant now) {
        Map<CardKey, Instant> buried = new LinkedHashMap<>();
        try (PreparedStatement p = scope.prepare(
                "SELECT pack_id, question_id, until FROM buried WHERE {mine}until > ? ORDER BY pack_id, question_id",
                now.toEpochMilli())) {
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    buried.put(new CardKey(r.getString(1), r.getString(2)), Instant.ofEpochMilli(r.getLong(3)));
                }
            }
            return buried;
        } catch (SQLException e) {
            throw failure("read the buried questions", e);
        }
    }

    @Override
    public void bury(CardKey key, Instant until) {
        change(
                "bury " + key,
                "INSERT INTO buried ({key}pack_id, question_id, until) VALUES ({val}?, ?, ?)"
                        + " ON CONFLICT ({key}pack_id, question_id) DO UPDATE SET until = excluded.until",
                key,
                until.toEpochMilli());
    }

    @Override
    public void unbury(CardKey key) {
        change("unbury " + key, "DELETE FROM buried WHERE {mine}pack_id = ? AND question_id = ?", key);
    }

    @Override
    public void flag(Flag flag) {
        change(
                "flag " + flag.key(),
                "INSERT INTO flag ({key}pack_id, question_id, note, flagged_at) VALUES ({val}?, ?, ?, ?)",
                flag.key(),
                flag.note(),
                flag.at().toEpochMilli());
    }

    @Override
    public List<Flag> flags() {
        List<Flag> flags = new java.util.ArrayList<>();
        try (PreparedStatement p =
                        scope.prepare("SELECT pack_id, question_id, note, flagged_at FROM flag{where} ORDER BY id");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                flags.add(new Flag(
                        new CardKey(r.getString(1), r.getString(2)),
                        r.getString(3),
                        Instant.ofEpochMilli(r.getLong(4))));
            }
            return flags;
        } catch (SQLException e) {
            throw failure("read the flags", e);
        }
    }

    @Override
    public int unflag(CardKey key) {
        return change("unflag " + key, "DELETE FROM flag WHERE {mine}pack_id = ? AND question_id = ?", key);
    }

    /**
     * Runs one statement in its own transaction: a card key fills two parameters (its pack and question), any
     * other value one. Returns the rows changed.
     */
    private int change(String what, String sql, Object... values) {
        try {
            return inTransaction(() -> {
                try (PreparedStatement p = scope.prepare(sql, values)) {
                    return p.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        try (PreparedStatement p = scope.prepare("SELECT key, value FROM setting{where} ORDER BY key");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                settings.put(r.getString(1), r.getString(2));
            }
            return settings;
        } catch (SQLException e) {
            throw failure("read the settings", e);
        }
    }

    @Override
    public void putSetting(String key, String value) {
        if (value == null) {
            change("save the setting " + key, "DELETE FROM setting WHERE {mine}key = ?", key);
        } else {
            change(
                    "save the setting " + key,
                    "INSERT INTO setting ({key}key, value) VALUES ({val}?, ?)"
                            + " ON CONFLICT ({key}key) DO UPDATE SET value = excluded.value",
                    key,
                    value);
        }
    }

    /** Writes an answer's card row (or its undo's): its hash is of the answers of the pack version this store studies. */
    private void putCard(CardKey key, Card card, String answerHash) throws SQLException {
        CardTable.put(
                scope,
                new CardRow(key, stateLabel(card), card.due().toEpochMilli(), CardCodec.encode(card), answerHash),
                answersFrom.get(key.packId()));
    }

    static String stateLabel(Card card) {
        return card.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The state a {@link #stateLabel} names. */
    static CardState stateOf(String label) {
        return CardState.valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} as one transaction that holds the profile's write lock from its start (SQLite's BEGIN
     * IMMEDIATE, PostgreSQL's lock of the profile), so two sessions queue instead of failing mid-way, and each reads
     * what the other committed.
     */
    <T> T inTransaction(Work<T> work) throws SQLException {
        awaitOpenCheck();
        dialect.beginWrite(db, profile);
        try {
            // Before the work's own writes: a card row this write changes must count against what is kept
            Map<String, AnswersChecked> kept = keepAgreed();
            T result = work.run();
            dialect.commit(db);
            kept.keySet().forEach(agreed::remove);
            committed();
            return result;
        } catch (SQLException | RuntimeException e) {
            dialect.rollback(db, e);
            throw e;
        }
    }

    /**
     * Runs {@code reads} on the profile as it is at their first read, whatever sessions write meanwhile: every read in
     * one transaction that writes nothing.
     */
    public <T> T inSnapshot(java.util.function.Supplier<T> reads) {
        int isolation;
        try {
            isolation = db.getTransactionIsolation();
            dialect.beginSnapshot(db);
        } catch (SQLException e) {
            throw failure("read the profile", e);
        }
        T result;
        try {
            result = reads.get();
        } catch (RuntimeException e) {
            dialect.rollback(db, e);
            throw e;
        }
        try {
            dialect.commit(db);
            db.setTransactionIsolation(isolation);
            return result;
        } catch (SQLException e) {
            throw failure("read the profile", e);
        }
    }

    /** The id of the profile's newest review row (either kind), 0 when it has none. */
    public long newestReviewId() {
        try {
            return ReviewLog.newestId(scope);
        } catch (SQLException e) {
            throw failure("read the review log", e);
        }
    }

    /** The cards with a scheduled review (no cram answer) logged after row {@code after}, up to row {@code upTo}. */
    public List<CardKey> cardsScheduledBetween(long after, long upTo) {
        return ReviewLog.cardsScheduledBetween(this, after, upTo);
    }

    /** The scheduled reviews of {@code key} up to row {@code upTo}, oldest first, ties in the order logged. */
    public void eachScheduledOf(CardKey key, long upTo, RevlogExport.ScheduledReview each) {
        ReviewLog.eachScheduledOf(this, key, upTo, each);
    }

    /** How many scheduled reviews the log holds up to row {@code upTo}. */
    public long scheduledUpTo(long upTo) {
        return ReviewLog.scheduledUpTo(this, upTo);
    }

    /** The calibration's sums a report kept in the profile; none when there are none or they cannot be read. */
    public java.util.Optional<KeptCalibration> keptCalibration() {
        try {
            return CalibrationTable.read(scope);
        } catch (SQLException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Keeps {@code kept} in the profile for the next report, if that can be done at once: never waiting for a
     * session's write, never failing the report. Returns whether they were kept.
     */
    public boolean keepCalibration(KeptCalibration kept) {
        try {
            CalibrationTable.write(scope, kept);
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Called after each write's commit: the work a store does once a write is safe, off its caller's path. */
    void committed() {}

    StoreFailure failure(String what, SQLException e) {
        // A read that failed on a damaged page: the open's check, when it runs beside the session, says what is damaged
        awaitOpenCheck();
        return new StoreFailure(where() + ": could not " + what + ": " + reason(e), e);
    }

    static String firstLine(String text) {
        return text.lines().findFirst().orElse(text).strip();
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // Nothing is left to save: every answer was committed when it was given.
        }
    }
}
