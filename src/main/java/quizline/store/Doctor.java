package quizline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
     * What the doctor found. {@code damage} lists integrity problems and unusable log rows (then
     * nothing was changed); {@code differences} were repaired; {@code keptResets} are cards left
     * without a row on purpose because their answer changed in the pack since; {@code breaks} are
     * reviews graded from a state their card's previous review did not leave (the log keeps them:
     * they are what was answered, and the card follows the last one).
     */
    public record Report(
            List<String> damage,
            int cards,
            List<Difference> differences,
            List<CardKey> keptResets,
            List<Break> breaks) {
        public Report {
            damage = List.copyOf(damage);
            differences = List.copyOf(differences);
            keptResets = List.copyOf(keptResets);
            breaks = List.copyOf(breaks);
        }

        public boolean damaged() {
            return !damage.isEmpty();
        }
    }

    /**
     * Runs {@code PRAGMA integrity_check}; if the file is sound, follows each card's chain of
     * reviews in commit order, rebuilds the card states from the log and repairs every difference,
     * all in one transaction (sessions studying meanwhile wait for it).
     *
     * @param currentAnswerHashes the answer hash of every question in the loaded packs: a card
     *     with no row whose logged answer hash differs was reset because its answer changed, so
     *     it is not brought back
     */
    public static Report examine(SqliteProgressStore store, Map<CardKey, String> currentAnswerHashes) {
        Connection db = store.connection();
        try {
            List<String> integrity = integrityProblems(db);
            if (!integrity.isEmpty()) {
                return new Report(integrity, 0, List.of(), List.of(), List.of());
            }
            return store.inTransaction(() -> repair(db, currentAnswerHashes));
        } catch (SQLException e) {
            throw new StoreFailure(
                    store.file() + ": could not examine the database: "
                            + (e.getMessage() == null
                                    ? e.toString()
                                    : e.getMessage().lines().findFirst().orElse("")),
                    e);
        }
    }

    private static List<String> integrityProblems(Connection db) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            while (r.next()) {
                lines.add(r.getString(1));
            }
        }
        return lines.equals(List.of("ok")) ? List.of() : lines;
    }

    private static Report repair(Connection db, Map<CardKey, String> currentAnswerHashes) throws SQLException {
        CardTable.Rebuilt rebuilt = CardTable.fromLog(db, null);
        if (!rebuilt.problems().isEmpty()) {
            return new Report(rebuilt.problems(), 0, List.of(), List.of(), List.of());
        }
        List<String> unreadable = new ArrayList<>();
        labels(db, unreadable);
        List<Break> breaks = breaks(db, unreadable);
        if (!unreadable.isEmpty()) {
            return new Report(unreadable, 0, List.of(), List.of(), List.of());
        }
        Map<CardKey, CardRow> stored = CardTable.stored(db);
        List<Difference> differences = new ArrayList<>();
        List<CardKey> keptResets = new ArrayList<>();
        Set<CardKey> keys = new LinkedHashSet<>(rebuilt.rows().keySet());
        keys.addAll(stored.keySet());
        int cards = 0;
        for (CardKey key : keys.stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList()) {
            CardRow want = rebuilt.rows().get(key);
            CardRow have = stored.get(key);
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
                CardTable.put(db, want);
            } else if (!have.sameAs(want)) {
                differences.add(new Difference(Kind.DIFFERENT, key, have, want));
                CardTable.put(db, want);
            }
            cards++;
        }
        return new Report(List.of(), cards, differences, keptResets, breaks);
    }

    /**
     * Every review row's kind, grade, verdict and states must be ones quizline writes: a flipped bit that turns
     * "learning" into "learninw" passes SQLite's checks (no constraint covers the states) and stops every session.
     */
    private static void labels(Connection db, List<String> unreadable) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT id, pack_id, question_id, kind, rating, correctness, state_before, state_after
                        FROM review ORDER BY id""")) {
            while (r.next()) {
                try {
                    ReviewKind.valueOf(upper(r.getString(4)));
                    quizline.schedule.Rating.ofGrade(r.getInt(5));
                    quizline.pack.Verdict.ofLabel(r.getString(6));
                    CardState.valueOf(upper(r.getString(7)));
                    CardState.valueOf(upper(r.getString(8)));
                } catch (IllegalArgumentException bad) {
                    unreadable.add("review row " + r.getLong(1) + " (" + new CardKey(r.getString(2), r.getString(3))
                            + "): " + bad.getMessage());
                }
            }
        }
    }

    private static String upper(String label) {
        return label == null ? "" : label.toUpperCase(java.util.Locale.ROOT);
    }

    /** A logged card state, or nothing with the row named among the damage when damage made it unreadable. */
    private static Optional<Card> readable(String text, long row, CardKey key, List<String> unreadable) {
        if (text == null) {
            unreadable.add("review row " + row + " (" + key + "): a card state is missing");
            return Optional.empty();
        }
        try {
            return Optional.of(CardCodec.decode(text));
        } catch (IllegalArgumentException | java.time.DateTimeException bad) {
            unreadable.add("review row " + row + " (" + key + "): unreadable card state: " + bad.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Each scheduled review's card before must be the card after of the same card's previous
     * scheduled review, in commit order (row id; times can repeat or go back). A card starts
     * again from new, without a break, when its answer changed (a different answer hash).
     */
    private static List<Break> breaks(Connection db, List<String> unreadable) throws SQLException {
        record Link(long row, String cardAfter, String answerHash) {}
        Map<CardKey, Link> previous = new HashMap<>();
        List<Break> breaks = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT id, pack_id, question_id, card_before, card_after, answer_hash FROM review
                        WHERE kind = 'review' ORDER BY id""")) {
            while (r.next()) {
                long row = r.getLong(1);
                CardKey key = new CardKey(r.getString(2), r.getString(3));
                String before = r.getString(4);
                Link last = previous.put(key, new Link(row, r.getString(5), r.getString(6)));
                if (last != null && before != null && before.equals(last.cardAfter())) {
                    continue;
                }
                Optional<Card> beforeCard = readable(before, row, key, unreadable);
                if (beforeCard.isEmpty()) {
                    continue;
                }
                boolean startsAfresh = beforeCard.get().state() == CardState.NEW;
                if (last == null) {
                    if (!startsAfresh) {
                        breaks.add(new Break(key, row, 0, beforeCard.get(), null));
                    }
                } else if (!(startsAfresh && !Objects.equals(r.getString(6), last.answerHash()))) {
                    Optional<Card> expected = readable(last.cardAfter(), last.row(), key, unreadable);
                    expected.ifPresent(e -> breaks.add(new Break(key, row, last.row(), beforeCard.get(), e)));
                }
            }
        }
        return breaks;
    }
}
