package quizline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * What the doctor found. {@code damage} lists integrity problems and unusable log rows (then
     * nothing was changed); {@code differences} were repaired; {@code keptResets} are cards left
     * without a row on purpose because their answer changed in the pack since.
     */
    public record Report(List<String> damage, int cards, List<Difference> differences, List<CardKey> keptResets) {
        public Report {
            damage = List.copyOf(damage);
            differences = List.copyOf(differences);
            keptResets = List.copyOf(keptResets);
        }

        public boolean damaged() {
            return !damage.isEmpty();
        }
    }

    /**
     * Runs {@code PRAGMA integrity_check}; if the file is sound, rebuilds the card states from the
     * log and repairs every difference in one transaction.
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
                return new Report(integrity, 0, List.of(), List.of());
            }
            return store.inTransaction(() -> repair(db, currentAnswerHashes));
        } catch (SQLException e) {
            throw new StoreFailure(store.file() + ": could not examine the database: "
                    + (e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("")), e);
        }
    }

    private static List<String> integrityProblems(Connection db) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            while (r.next()) {
                lines.add(r.getString(1));
            }
        }
        return lines.equals(List.of("ok")) ? List.of() : lines;
    }

    private static Report repair(Connection db, Map<CardKey, String> currentAnswerHashes) throws SQLException {
        CardTable.Rebuilt rebuilt = CardTable.fromLog(db, null);
        if (!rebuilt.problems().isEmpty()) {
            return new Report(rebuilt.problems(), 0, List.of(), List.of());
        }
        Map<CardKey, CardRow> stored = CardTable.stored(db);
        List<Difference> differences = new ArrayList<>();
        List<CardKey> keptResets = new ArrayList<>();
        Set<CardKey> keys = new LinkedHashSet<>(rebuilt.rows().keySet());
        keys.addAll(stored.keySet());
        int cards = 0;
        for (CardKey key : keys.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList()) {
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
        return new Report(List.of(), cards, differences, keptResets);
    }
}
