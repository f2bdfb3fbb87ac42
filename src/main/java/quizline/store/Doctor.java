package quizline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import quizline.schedule.Card;
import quizline.schedule.CardState;

/**
 * Checks a progress database and puts its derived {@code card} table back in line with the
 * review log. A damaged file is only reported: writing to it could make things worse.
 */
public final class Doctor {
    private Doctor() {}

    public enum Kind {
        /** The log has scheduled reviews of the card but the table has no row. */
        MISSING,
        /** The table has a row but the log no scheduled review of the card. */
        EXTRA,
        /** Both have the card, with different state, due date, scheduling values or answer hash. */
        DIFFERENT
    }

    /** One card where the table and the log disagree; {@code stored} or {@code rebuilt} is null when absent. */
    public record Difference(Kind kind, CardKey key, CardRow stored, CardRow rebuilt) {}

    /**
     * A scheduled review that does not continue its card's chain: it was graded from {@code before},
     * but the card's previous review (row {@code previousRow}, in commit order) left {@code expected};
     * for a card's first review {@code previousRow} is 0 and {@code expected} null (it should start
     * from a new card). Two sessions grading one card from the same state leave such a break.
     */
    public record Break(CardKey key, long row, long previousRow, Card before, Card expected) {}

    /**
     * A card whose kept answer counts ({@code card_tally}) are not those of the log: {@code stored} as kept, {@code
     * logged} as the log counts them; either is null when there is no row (a card with no answer has none).
     */
    public record TallyDifference(CardKey key, CardTally stored, CardTally logged) {}

    /**
     * What the doctor found. {@code damage} lists, a line each, what SQLite's integrity check found, or the rows
     * damaged where its checks cannot see: review rows that no longer match their checksum or hold what no quizline
     * writes (always kept: nothing else holds that review), and card rows that no longer match their checksum, each
     * with what was done to it. A damaged card row is rebuilt from the log when the review its state comes from is
     * whole; {@code rebuiltDamaged} counts those rebuilt (or removed, having no scheduled review). With the file or
     * the log damaged nothing else is changed; otherwise {@code differences} were repaired. {@code keptResets} are
     * cards left without a row on purpose because their answer changed in the pack since; {@code breaks} are
     * reviews graded from a state their card's previous review did not leave (the log keeps them: they are what was
     * answered, and the card follows the last one), except those a damaged row explains. {@code tallies} are the cards
     * whose kept answer counts differed from the log's, put back in line with it (only when the log is whole); {@code
     * slots} the quarters of an hour whose kept counts did.
     */
    public record Report(
            List<String> damage,
            int cards,
            List<Difference> differences,
            List<CardKey> keptResets,
            List<Break> breaks,
            int rebuiltDamaged,
            List<TallyDifference> tallies,
            int slots) {
        public Report {
            damage = List.copyOf(damage);
            differences = List.copyOf(differences);
            keptResets = List.copyOf(keptResets);
            breaks = List.copyOf(breaks);
            tallies = List.copyOf(tallies);
        }

        public boolean damaged() {
            return !damage.isEmpty();
        }

        /** Whether anything was written: differences repaired, damaged card rows rebuilt or answer counts recounted. */
        public boolean changed() {
            return !differences.isEmpty() || rebuiltDamaged > 0 || !tallies.isEmpty() || slots > 0;
        }
    }

    /**
     * Runs {@code PRAGMA integrity_check}; if the file is sound, checks every row against its checksum, follows each
     * card's chain of reviews in commit order, rebuilds the card states from the log and repairs every difference,
     * all in one transaction (sessions studying meanwhile wait for it).
     *
     * @param currentAnswerHashes the answer hash of every question in the loaded packs: a card
     *     with no row whose logged answer hash differs was reset because its answer changed, so
     *     it is not brought back
     */
    public static Report examine(SqlProgressStore store, Map<CardKey, String> currentAnswerHashes) {
        Scope db = store.scope();
        try {
            List<String> integrity = db.dialect().integrityProblems(db.db());
            if (!integrity.isEmpty()) {
                return new Report(integrity, 0, List.of(), List.of(), List.of(), 0, List.of(), 0);
            }
            return store.inTransaction(() -> repair(db, currentAnswerHashes));
        } catch (SQLException e) {
            throw new StoreFailure(
                    store.where() + ": could not examine the database: "
                            + (e.getMessage() == null
                                    ? e.toString()
                                    : e.getMessage().lines().findFirst().orElse("")),
                    e);
        }
    }

    /** What a row whose checksum does not match is said to be. */
    private static final String CHANGED = "changed since quizline wrote it (its checksum does not match)";

    private static Report repair(Scope db, Map<CardKey, String> currentAnswerHashes) throws SQLException {
        LogDamage log = new LogDamage();
        checksums(db, log);
        labels(db, log);
        List<Break> breaks = breaks(db, log);
        CardTable.Rebuilt rebuilt = CardTable.fromLog(db, null);
        rebuilt.problems().forEach(u -> log.add(u.row(), u.key(), "unreadable card state: " + u.reason()));
        // A break at a damaged row is the damage showing, not a review graded from a stale state.
        List<Break> unexplained = breaks.stream()
                .filter(b -> !log.has(b.row()) && !log.has(b.previousRow()))
                .toList();
        boolean logWhole = log.isEmpty();
        List<String> damage = log.lines(db);
        damage.addAll(damagedResets(db));
        damage.addAll(markDamage(db));
        Set<CardKey> damagedCards = new LinkedHashSet<>(CardTable.damaged(db));
        Map<CardKey, CardRow> stored = CardTable.stored(db);
        List<Difference> differences = new ArrayList<>();
        List<CardKey> keptResets = new ArrayList<>();
        Set<CardKey> keys = new LinkedHashSet<>(rebuilt.rows().keySet());
        keys.addAll(stored.keySet());
        int cards = 0;
        int rebuiltDamaged = 0;
        for (CardKey key : keys.stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList()) {
            CardRow want = rebuilt.rows().get(key);
            CardRow have = stored.get(key);
            if (damagedCards.contains(key)) {
                // Derived from the log, so rebuilt from it, but only from a whole row: never damage from damage
                Long source = rebuilt.sources().get(key);
                if (want != null && !log.has(source)) {
                    CardTable.put(db, want, null);
                    damage.add("card row " + key + ": " + CHANGED + "; rebuilt from review row " + source);
                    rebuiltDamaged++;
                    cards++;
                } else if (source == null && logWhole) {
                    CardTable.delete(db, key);
                    damage.add("card row " + key + ": " + CHANGED + "; removed: the log has no scheduled review of it");
                    rebuiltDamaged++;
                } else {
                    damage.add("card row " + key + ": " + CHANGED + "; left as it is: "
                            + (source == null
                                    ? "the log has no scheduled review of it"
                                    : "its last review, row " + source + ", is damaged too"));
                }
                continue;
            }
            if (!logWhole) {
                continue; // a damaged log is no ground to change a card row that is whole
            }
            if (want == null) {
                differences.add(new Difference(Kind.EXTRA, key, have, null));
                CardTable.delete(db, key);
                continue;
            }
            if (have == null) {
                String current = currentAnswerHashes.get(key);
                if (current != null && !current.equals(want.answerHash())) {
                    keptResets.add(key);
                    continue;
                }
                differences.add(new Difference(Kind.MISSING, key, null, want));
                CardTable.put(db, want, null);
            } else if (!have.sameAs(want)) {
                differences.add(new Difference(Kind.DIFFERENT, key, have, want));
                CardTable.put(db, want, null);
            }
            cards++;
        }
        List<TallyDifference> tallies = logWhole ? recountTallies(db) : List.of();
        int slots = logWhole ? recountSlots(db) : 0;
        return new Report(damage, cards, differences, keptResets, unexplained, rebuiltDamaged, tallies, slots);
    }

    /** Puts each quarter of an hour's kept counts back in line with the log's, where they differ; how many did. */
    private static int recountSlots(Scope db) throws SQLException {
        Map<Long, ReviewLog.Counts> stored = AnswerSlotTable.stored(db);
        Map<Long, ReviewLog.Counts> logged = AnswerSlotTable.recounted(db);
        Set<Long> slots = new java.util.TreeSet<>(stored.keySet());
        slots.addAll(logged.keySet());
        int differing = 0;
        for (long slot : slots) {
            if (!Objects.equals(stored.get(slot), logged.get(slot))) {
                AnswerSlotTable.put(db, slot, logged.get(slot));
                differing++;
            }
        }
        return differing;
    }

    /** Puts each card's kept answer counts back in line with the log's, where they differ; the cards that did, by key. */
    private static List<TallyDifference> recountTallies(Scope db) throws SQLException {
        Map<CardKey, CardTally> stored = CardTallyTable.stored(db);
        Map<CardKey, CardTally> logged = CardTallyTable.recounted(db);
        Set<CardKey> keys = new java.util.TreeSet<>(java.util.Comparator.comparing(CardKey::toString));
        keys.addAll(stored.keySet());
        keys.addAll(logged.keySet());
        List<TallyDifference> differences = new ArrayList<>();
        for (CardKey key : keys) {
            CardTally have = stored.get(key);
            CardTally want = logged.get(key);
            if (!Objects.equals(have, want)) {
                differences.add(new TallyDifference(key, have, want));
                CardTallyTable.put(db, key, want);
            }
        }
        return differences;
    }

    /**
     * The damaged rows of the review log by id, each with its card and why. They are kept as they are: a review
     * is only in the log, so nothing could rebuild it.
     */
    private static final class LogDamage {
        private record Row(CardKey key, Set<String> reasons) {}

        private final TreeMap<Long, Row> rows = new TreeMap<>();

        void add(long id, CardKey key, String reason) {
            rows.computeIfAbsent(id, i -> new Row(key, new LinkedHashSet<>()))
                    .reasons()
                    .add(reason);
        }

        boolean has(Long id) {
            return id != null && rows.containsKey(id);
        }

        boolean isEmpty() {
            return rows.isEmpty();
        }

        /** A line per damaged row, naming its card and when it was answered. */
        List<String> lines(Scope db) throws SQLException {
            List<String> lines = new ArrayList<>();
            Dialect.Template.Rendered when = db.dialect().render("SELECT reviewed_at FROM review WHERE {mine}id = ?");
            try (PreparedStatement p = db.db().prepareStatement(when.sql())) {
                for (Map.Entry<Long, Row> e : rows.entrySet()) {
                    when.bind(p, db.profile(), e.getKey());
                    String at;
                    try (ResultSet r = p.executeQuery()) {
                        at = r.next() ? ", answered " + Instant.ofEpochMilli(r.getLong(1)) : "";
                    }
                    lines.add("review row " + e.getKey() + " (" + e.getValue().key() + at + "): "
                            + String.join("; ", e.getValue().reasons())
                            + "; kept as it is: nothing else holds that review");
                }
            }
            return lines;
        }
    }

    /**
     * The suspension, burial and flag rows holding what no quizline writes: a time that is no whole number, an empty
     * pack or question id, a note that is not text. SQLite's column types do not refuse them (PostgreSQL's do: there
     * {@code {type:…}} says each value is of its column's type). They are kept as they are: nothing else holds what
     * the student set aside.
     */
    private static List<String> markDamage(Scope db) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (String[] table : List.of(
                new String[] {"suspended", "since", "'text'"},
                new String[] {"buried", "until", "'text'"},
                new String[] {"flag", "flagged_at", "{type:note}"})) {
            String name = table[0];
            String time = table[1];
            try (PreparedStatement p = db.prepare("SELECT pack_id, question_id, {type:" + time + "}, " + table[2]
                            + " FROM " + name + "{where} ORDER BY {rowid}");
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    List<String> reasons = new ArrayList<>();
                    String pack = r.getString(1);
                    String question = r.getString(2);
                    if (pack == null || pack.isEmpty() || question == null || question.isEmpty()) {
                        reasons.add("no pack or question id");
                    }
                    if (!"integer".equals(r.getString(3))) {
                        reasons.add(time + " is not a time (" + r.getString(3) + ")");
                    }
                    if (!"text".equals(r.getString(4))) {
                        reasons.add("its note is not text (" + r.getString(4) + ")");
                    }
                    if (!reasons.isEmpty()) {
                        lines.add(name + " row " + pack + "/" + question + ": " + String.join("; ", reasons)
                                + "; kept as it is");
                    }
                }
            }
        }
        return lines;
    }

    /** Every review row that has a checksum (one written since schema step 3) must still match it. */
    private static void checksums(Scope db, LogDamage log) throws SQLException {
        try (PreparedStatement p = db.prepare("""
                        SELECT id, pack_id, question_id, reviewed_at, kind, rating, answer, correctness, duration_ms,
                          answer_hash, state_before, state_after, card_before, card_after, checksum
                        FROM review WHERE {mine}checksum IS NOT NULL ORDER BY id""");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long sum = RowChecksum.review(
                        r.getBytes(2),
                        r.getBytes(3),
                        r.getLong(4),
                        r.getBytes(5),
                        r.getLong(6),
                        r.getBytes(7),
                        r.getBytes(8),
                        r.getLong(9),
                        r.getBytes(10),
                        r.getBytes(11),
                        r.getBytes(12),
                        r.getBytes(13),
                        r.getBytes(14));
                if (sum != r.getLong(15)) {
                    log.add(r.getLong(1), new CardKey(r.getString(2), r.getString(3)), CHANGED);
                }
            }
        }
    }

    /** Every logged reset must still match its checksum: a line for each that does not, kept as it is. */
    private static List<String> damagedResets(Scope db) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement p = db.prepare(
                        "SELECT id, pack_id, question_id, reset_at, after_review, checksum FROM card_reset{where} ORDER BY id");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long sum = RowChecksum.reset(r.getBytes(2), r.getBytes(3), r.getLong(4), r.getLong(5));
                if (sum != r.getLong(6)) {
                    lines.add("reset row " + r.getLong(1) + " (" + r.getString(2) + "/" + r.getString(3) + "): "
                            + CHANGED + "; kept as it is");
                }
            }
        }
        return lines;
    }

    /**
     * Every review row's kind, grade, verdict and states must be ones quizline writes: a flipped bit that turns
     * "learning" into "learninw" passes SQLite's checks (no constraint covers the states) and stops every session.
     */
    private static void labels(Scope db, LogDamage log) throws SQLException {
        try (PreparedStatement p = db.prepare("""
                        SELECT id, pack_id, question_id, kind, rating, correctness, state_before, state_after
                        FROM review{where} ORDER BY id""");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                try {
                    ReviewKind.valueOf(upper(r.getString(4)));
                    quizline.schedule.Rating.ofGrade(r.getInt(5));
                    quizline.pack.Verdict.ofLabel(r.getString(6));
                    CardState.valueOf(upper(r.getString(7)));
                    CardState.valueOf(upper(r.getString(8)));
                } catch (IllegalArgumentException bad) {
                    log.add(r.getLong(1), new CardKey(r.getString(2), r.getString(3)), bad.getMessage());
                }
            }
        }
    }

    private static String upper(String label) {
        return label == null ? "" : label.toUpperCase(java.util.Locale.ROOT);
    }

    /** A logged card state, or nothing with the row named among the damage when damage made it unreadable. */
    private static Optional<Card> readable(String text, long row, CardKey key, LogDamage log) {
        if (text == null) {
            log.add(row, key, "a card state is missing");
            return Optional.empty();
        }
        try {
            return Optional.of(CardCodec.decode(text));
        } catch (IllegalArgumentException | java.time.DateTimeException bad) {
            log.add(row, key, "unreadable card state: " + bad.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Each scheduled review's card before must be the card after of the same card's previous
     * scheduled review, in commit order (row id; times can repeat or go back). A card starts
     * again from new, without a break, when its answer changed (a different answer hash) or the student reset it
     * after the previous review.
     */
    private static List<Break> breaks(Scope db, LogDamage log) throws SQLException {
        record Link(long row, String cardAfter, String answerHash) {}
        Map<CardKey, List<Long>> resets = new HashMap<>();
        try (PreparedStatement p = db.prepare("SELECT pack_id, question_id, after_review FROM card_reset{where}");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                resets.computeIfAbsent(new CardKey(r.getString(1), r.getString(2)), k -> new ArrayList<>())
                        .add(r.getLong(3));
            }
        }
        Map<CardKey, Link> previous = new HashMap<>();
        List<Break> breaks = new ArrayList<>();
        try (PreparedStatement p = db.prepare("""
                        SELECT id, pack_id, question_id, card_before, card_after, answer_hash FROM review
                        WHERE {mine}kind = 'review' ORDER BY id""");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long row = r.getLong(1);
                CardKey key = new CardKey(r.getString(2), r.getString(3));
                String before = r.getString(4);
                Link last = previous.put(key, new Link(row, r.getString(5), r.getString(6)));
                if (last != null && before != null && before.equals(last.cardAfter())) {
                    continue;
                }
                Optional<Card> beforeCard = readable(before, row, key, log);
                if (beforeCard.isEmpty()) {
                    continue;
                }
                boolean startsAfresh = beforeCard.get().state() == CardState.NEW;
                if (last == null) {
                    if (!startsAfresh) {
                        breaks.add(new Break(key, row, 0, beforeCard.get(), null));
                    }
                } else if (!(startsAfresh
                        && (!Objects.equals(r.getString(6), last.answerHash())
                                || resets.getOrDefault(key, List.of()).stream()
                                        .anyMatch(after -> after >= last.row() && after < row)))) {
                    Optional<Card> expected = readable(last.cardAfter(), last.row(), key, log);
                    expected.ifPresent(e -> breaks.add(new Break(key, row, last.row(), beforeCard.get(), e)));
                }
            }
        }
        return breaks;
    }
}
