package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.schedule.Card;
import quizline.schedule.Rating;
import quizline.schedule.Replay;
import quizline.session.ProfileSettings;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.SqliteProgressStore;

/**
 * An Anki package with its review log: RandomReviews.apkg, exported by Anki itself (its origin is in
 * src/test/resources/formats/apkg/README.md), whose empty backs are filled in here so that its notes are questions.
 */
class AnkiPackageImportTest {
    private static final Path REAL = Path.of("src/test/resources/formats/apkg/RandomReviews.apkg");

    @TempDir
    Path dir;

    @Test
    void theReviewLogBecomesTheProfilesHistoryAsTheSchedulerReplaysIt() throws Exception {
        Path apkg = withBacks(REAL, dir.resolve("reviews.apkg"));
        Path db = dir.resolve("p.db");
        Cli.Result r = Cli.run("import", apkg.toString(), "--progress", "--db", db.toString(), "--id", "anki");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(dir.resolve("reviews.json")).contains("\"answer\": \"Answer 1556075609026\""));
        assertEquals(
                List.of(
                        "wrote " + dir.resolve("reviews.json") + ": 25 questions (pack \"anki\")",
                        "imported 110 reviews of 25 questions of pack \"anki\" into the profile's history"),
                r.out().lines().toList());

        // The same log replayed by the scheduler alone, each card from new, gives every question's state.
        List<Replay.Review> log = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + unzipped(apkg));
                Statement sql = c.createStatement()) {
            try (ResultSet rows = sql.executeQuery("select id, cid, ease, type from revlog order by id")) {
                while (rows.next()) {
                    int ease = rows.getInt(3);
                    int type = rows.getInt(4);
                    int grade = (type == 0 || type == 2) && ease > 1 ? ease + 1 : ease;
                    log.add(new Replay.Review(
                            String.valueOf(rows.getLong(2)),
                            Instant.ofEpochMilli(rows.getLong(1)),
                            Rating.ofGrade(grade)));
                }
            }
        }
        Map<String, Card> replayed = new HashMap<>();
        try (SqliteProgressStore store = SqliteProgressStore.open(db)) {
            var scheduler = ProfileSettings.of(store.settings()).scheduler(true);
            for (Replay.Outcome o : Replay.run(scheduler, log)) {
                replayed.put(o.cardId(), o.card());
            }
            Map<CardKey, ProgressStore.CardProgress> cards = store.cards();
            assertEquals(25, cards.size());
            int compared = 0;
            for (var entry : cards.entrySet()) {
                List<quizline.store.ReviewRecord> history = store.history(entry.getKey());
                Card stored = entry.getValue().card();
                // The question's card is the Anki card whose reviews are at the same times.
                Instant first = history.get(0).at();
                String cardId = log.stream()
                        .filter(l -> l.time().equals(first))
                        .findFirst()
                        .orElseThrow()
                        .cardId();
                Card expected = replayed.get(cardId);
                assertEquals(
                        expected.stability(),
                        stored.stability(),
                        1e-9,
                        entry.getKey().toString());
                assertEquals(
                        expected.difficulty(),
                        stored.difficulty(),
                        1e-9,
                        entry.getKey().toString());
                assertEquals(expected.state(), stored.state(), entry.getKey().toString());
                assertEquals(expected.lapses(), stored.lapses(), entry.getKey().toString());
                compared++;
            }
            assertEquals(25, compared);
        }

        Cli.Result again =
                Cli.run("import", apkg.toString(), "--progress", "--db", db.toString(), "--id", "anki", "--force");
        assertEquals(0, again.exit(), again.err());
        assertEquals(
                "imported 0 reviews of 0 questions of pack \"anki\" into the profile's history (110 already there left"
                        + " out)",
                again.out().lines().toList().get(1));
    }

    @Test
    void withoutAnswersTheNotesAreProblemsAndNothingIsWritten() {
        Cli.Result r = Cli.run(
                "import", REAL.toString(), "--out", dir.resolve("x.json").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().endsWith("quizline: " + REAL + ": nothing imported: 25 problems\n"), r.err());
        assertTrue(
                r.err()
                        .startsWith(REAL + ": note 1556075609026 (\"E 3:15 AM Wednesday, April 24, 2019 G 3…\"):"
                                + " the note has no answer: its second field is empty\n"),
                r.err());
        assertTrue(Files.notExists(dir.resolve("x.json")));
    }

    /** The package with each note's empty back filled in as "Answer NOTE-ID". */
    private Path withBacks(Path from, Path to) throws IOException, SQLException {
        Path collection = unzipped(from);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + collection);
                Statement sql = c.createStatement()) {
            sql.executeUpdate("update notes set flds = flds || 'Answer ' || id");
        }
        try (OutputStream out = Files.newOutputStream(to);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("collection.anki2"));
            Files.copy(collection, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("media"));
            zip.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return to;
    }

    private Path unzipped(Path apkg) throws IOException {
        Path target = Files.createTempFile(dir, "collection", ".anki2");
        try (InputStream in = Files.newInputStream(apkg);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("collection.anki2")) {
                    Files.copy(zip, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
