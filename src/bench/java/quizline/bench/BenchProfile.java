package quizline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import quizline.store.Doctor;
import quizline.store.SqliteProgressStore;

/**
 * The cost of the checks a profile gets when it is opened, at a size a long-time learner reaches.
 *
 * <p>{@code BenchProfile make DB N} makes a profile of N reviews of 20,000 cards: the schema as quizline creates it,
 * then rows shaped like a session's (the same columns, card states encoded as quizline encodes them, with a double's
 * full digits) inserted in one transaction. The card rows are then written by doctor's repair, as quizline writes
 * them, each with its checksum; the review rows get a number of a checksum's size (its value is not read when a
 * profile is opened; doctor would call those rows damaged). Beside it, DB-without-card-checksums.db is the same
 * profile with the card table's checksum column dropped, so that opening it for writing skips the checksum check.
 *
 * <p>{@code BenchProfile time DB R} opens it R times each way, as the commands do, and prints the medians beside a
 * reference measured in the same run: reading every byte of the file once (the floor of any check that reads it
 * all). Opening for reading (stats, export) runs SQLite's quick check; opening for writing (study, config, import)
 * runs the quick check, then the full integrity check on the writing connection, then checks every card row against
 * its checksum. The twin without card checksums, opened for writing in the same runs, gives that last check's cost.
 */
public final class BenchProfile {
    private static final int CARDS = 20_000;

    private BenchProfile() {}

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        if (args[0].equals("make")) {
            make(db, Integer.parseInt(args[2]));
        } else {
            time(db, Integer.parseInt(args[2]));
        }
    }

    private static Path twin(Path db) {
        return db.resolveSibling(db.getFileName().toString().replaceFirst("\\.db$", "") + "-without-card-checksums.db");
    }

    private static void make(Path db, int reviews) throws Exception {
        SqliteProgressStore.open(db).close();
        String card = "review;0;12.345678901234567;5.4321098765432105;0.0;1720692000000;1721469600000;7;1;9;"
                + "-4153372870245870123";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " + (reviews - 1) + ") "
                    + "INSERT INTO review (pack_id, question_id, reviewed_at, kind, rating, answer, correctness,"
                    + " duration_ms, answer_hash, state_before, state_after, card_before, card_after) "
                    + "SELECT 'sco-summits', 'question-' || (i % " + CARDS + "), 1700000000000 + i * 60000, 'review',"
                    + " 1 + i % 4, 'Astana', 'right', 4000 + i % 9000, 'sha256:' || hex(randomblob(16)), 'review',"
                    + " 'review', '" + card + "', '" + card + "' FROM n");
            c.commit();
        }
        try (SqliteProgressStore store = SqliteProgressStore.open(db)) {
            Doctor.Report report = Doctor.examine(store, Map.of());
            if (report.damaged() || report.differences().size() != Math.min(reviews, CARDS)) {
                throw new IllegalStateException("doctor did not write the card rows: " + report.damage());
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute("UPDATE review SET checksum = abs(random()) % 4294967296");
        }
        Files.copy(db, twin(db), StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + twin(db));
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE card DROP COLUMN checksum");
        }
        System.out.printf("made %s: %,d reviews of %,d cards, %,d bytes%n", db, reviews, CARDS, Files.size(db));
    }

    private static void time(Path db, int runs) throws Exception {
        List<Long> read = new ArrayList<>();
        List<Long> reading = new ArrayList<>();
        List<Long> writing = new ArrayList<>();
        List<Long> withoutCardCheck = new ArrayList<>();
        Path twin = twin(db);
        readAll(db); // warm the page cache: every measure below reads from memory, as a second start would
        readAll(twin);
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            readAll(db);
            long t1 = System.nanoTime();
            SqliteProgressStore.openForReading(db).close();
            long t2 = System.nanoTime();
            SqliteProgressStore.openForWriting(db).close();
            long t3 = System.nanoTime();
            SqliteProgressStore.openForWriting(twin).close();
            long t4 = System.nanoTime();
            read.add((t1 - t0) / 1_000_000);
            reading.add((t2 - t1) / 1_000_000);
            writing.add((t3 - t2) / 1_000_000);
            withoutCardCheck.add((t4 - t3) / 1_000_000);
        }
        System.out.printf(
                "%s (%,d bytes), median of %d: read every byte %d ms; open for reading (quick check) %d ms;"
                        + " open for writing (quick + full check + card checksums) %d ms;"
                        + " the same without card checksums %d ms%n",
                db.getFileName(),
                Files.size(db),
                runs,
                median(read),
                median(reading),
                median(writing),
                median(withoutCardCheck));
        System.out.println("runs, ms: read " + read + "; reading " + reading + "; writing " + writing
                + "; writing without card checksums " + withoutCardCheck);
    }

    private static void readAll(Path db) throws IOException {
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(db)) {
            while (in.read(buffer) >= 0) {
                // only the reading counts
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
