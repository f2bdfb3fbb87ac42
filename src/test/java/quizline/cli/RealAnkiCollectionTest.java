package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.formats.AnkiCollectionFixture;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;

/**
 * A collection Anki itself wrote, reviews and all (src/test/resources/formats/anki-real, with its origin), imported as
 * a package with its history: the notes become questions and the review log the profile's history, as the scheduler
 * replays it.
 */
class RealAnkiCollectionTest {
    @TempDir
    Path dir;

    @Test
    void itsNotesAndReviewLogComeInAndTheHistoryReplays() throws Exception {
        Path collection = dir.resolve("collection.anki2");
        try (InputStream in = getClass().getResourceAsStream("/formats/anki-real/collection.anki2")) {
            Files.copy(in, collection);
        }
        Path apkg = dir.resolve("real.apkg");
        try (OutputStream out = Files.newOutputStream(apkg);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("collection.anki2"));
            Files.copy(collection, zip);
            zip.putNextEntry(new ZipEntry("media"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        Path db = dir.resolve("p.db");
        Cli.Result r = Cli.run("import", apkg.toString(), "--progress", "--db", db.toString(), "--id", "real");
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                List.of(
                        "wrote " + dir.resolve("real.json") + ": 12 questions (pack \"real\")",
                        "imported 6 reviews of 3 questions of pack \"real\" into the profile's history"),
                r.out().lines().toList());

        Pack pack = PackReader.read(Files.readString(dir.resolve("real.json")))
                .pack()
                .orElseThrow();
        assertEquals("Testing", pack.title());
        assertEquals(
                new Question.Short(
                        "white",
                        "White",
                        "Weiß",
                        List.of(),
                        List.of("EnglishGerman", "adjective", "color", "english", "german"),
                        null,
                        null,
                        null),
                pack.questions().stream()
                        .filter(q -> q.id().equals("white"))
                        .findFirst()
                        .orElseThrow());
        assertEquals(
                "Basic with reversed card: Front",
                ((Question.Short) pack.questions().stream()
                                .filter(q -> q.id().equals("basic-with-reversed-card-front-reversed"))
                                .findFirst()
                                .orElseThrow())
                        .answer());

        assertEquals(3, AnkiPackageImportTest.assertReplayed(db, revlog(collection)));
    }

    /** The collection's review log, read with SQL as Anki stores it. */
    private static List<AnkiCollectionFixture.Review> revlog(Path collection) throws Exception {
        List<AnkiCollectionFixture.Review> reviews = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + collection);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "select id, cid, ease, ivl, lastIvl, factor, time, type from revlog order by id")) {
            while (rows.next()) {
                reviews.add(new AnkiCollectionFixture.Review(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getInt(3),
                        rows.getInt(4),
                        rows.getInt(5),
                        rows.getInt(6),
                        rows.getInt(7),
                        rows.getInt(8)));
            }
        }
        assertEquals(6, reviews.size());
        return reviews;
    }
}
