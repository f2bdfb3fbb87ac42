package quizline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code calibration} table's SQL, and only here: the sums of the calibration table of {@code quizline stats},
 * kept so that the next report replays only the cards answered since. One row per profile. It is derived from the log
 * and may be dropped at any time: a report that finds none, or one it cannot read, replays the whole log.
 */
final class CalibrationTable {
    private CalibrationTable() {}

    /** The table, made by migration step 9. */
    static final String CREATE = """
            CREATE TABLE calibration (
              {profile}one INTEGER NOT NULL DEFAULT 1 CHECK (one = 1),
              model TEXT NOT NULL,
              covered_id {long} NOT NULL,
              covered_rows {long} NOT NULL,
              sums TEXT NOT NULL,
              PRIMARY KEY ({key}one))""";

    private static final String SELECT = "SELECT model, covered_id, covered_rows, sums FROM calibration{where}";

    private static final String UPSERT = """
            INSERT INTO calibration ({key}one, model, covered_id, covered_rows, sums) VALUES ({val}1, ?, ?, ?, ?)
            ON CONFLICT ({key}one) DO UPDATE SET model = excluded.model, covered_id = excluded.covered_id,
              covered_rows = excluded.covered_rows, sums = excluded.sums""";

    /** The profile's kept sums, if any. */
    static Optional<KeptCalibration> read(Scope scope) throws SQLException {
        try (PreparedStatement p = scope.prepare(SELECT);
                ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            return Optional.of(new KeptCalibration(r.getString(1), r.getLong(2), r.getLong(3), r.getString(4)));
        }
    }

    /** Puts {@code kept} in place of the profile's sums: one statement, so it commits on its own. */
    static void write(Scope scope, KeptCalibration kept) throws SQLException {
        try (PreparedStatement p =
                scope.prepare(UPSERT, kept.model(), kept.coveredId(), kept.coveredRows(), kept.sums())) {
            p.executeUpdate();
        }
    }
}
