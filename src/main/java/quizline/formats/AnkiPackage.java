package quizline.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.sqlite.SQLiteConfig;
import quizline.io.UserError;

/**
 * The collection inside an Anki package ({@code .apkg}): a zip holding an SQLite database, {@code collection.anki21}
 * (Anki 2.1) or {@code collection.anki2} (Anki 2.0 and "support older Anki versions"), read as it is: note types,
 * decks, notes, cards and the review log. Newer Anki writes {@code collection.anki21b}, compressed with zstd, beside
 * a stub {@code collection.anki2} that only asks to update Anki: such a package is refused with how to export one
 * quizline reads. The database is copied out of the zip to a temporary file, opened read-only, and removed.
 */
public final class AnkiPackage {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A note type: whether it is a cloze type, its fields' and card templates' names. */
    public record Model(long id, String name, boolean cloze, List<String> fields, List<String> templates) {}

    public record Note(long id, String guid, long modelId, List<String> tags, List<String> fields) {}

    /** A card: the note it shows, its deck and which template (or cloze number, from 0) it is. */
    public record Card(long id, long noteId, long deckId, int ord) {}

    /**
     * One row of the review log.
     *
     * @param ease   the button: 1–4, or 0 for a manual reschedule
     * @param type   0 learn, 1 review, 2 relearn, 3 filtered (cram), 4 manual, 5 rescheduled
     * @param factor the ease factor in permille; 0 for a cram review that did not reschedule
     */
    public record Review(long id, long cardId, int ease, int type, int factor, long millis) {
        private static final int FILTERED = 3;
        private static final int LEARN = 0;
        private static final int RELEARN = 2;

        /**
         * The grade (1 Again, 2 Hard, 3 Good, 4 Easy) this review gave, as the FSRS optimizer reads Anki's log:
         * none for a manual reschedule (button 0) or a cram review that left the schedule alone (filtered, factor
         * 0). Anki's first scheduler had three buttons on learning cards: there 2 is Good and 3 is Easy.
         */
        public OptionalInt grade(int schedulerVersion) {
            if (ease < 1 || ease > 4 || (type == FILTERED && factor == 0)) {
                return OptionalInt.empty();
            }
            if (schedulerVersion == 1 && (type == LEARN || type == RELEARN) && ease > 1) {
                return ease > 3 ? OptionalInt.empty() : OptionalInt.of(ease + 1);
            }
            return OptionalInt.of(ease);
        }
    }

    /**
     * @param schedulerVersion Anki's scheduler (1 for the 2.0 one, whose learning cards had three buttons)
     */
    public record Collection(
            Map<Long, Model> models,
            Map<Long, String> decks,
            List<Note> notes,
            List<Card> cards,
            List<Review> reviews,
            int schedulerVersion) {}

    private AnkiPackage() {}

    public static Collection read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new UserError(name + ": is a folder, not an Anki package");
        }
        if (!Files.isReadable(file)) {
            throw new UserError(name + (Files.exists(file) ? ": permission denied" : ": no such file"));
        }
        Path database = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("collection.anki21");
            if (entry == null && zip.getEntry("collection.anki21b") != null) {
                throw new UserError(name + ": this package is in the format of Anki 23.10 and later"
                        + " (collection.anki21b), which quizline does not read: in Anki, export it again with"
                        + " \"Support older Anki versions\" ticked");
            }
            if (entry == null) {
                entry = zip.getEntry("collection.anki2");
            }
            if (entry == null) {
                throw new UserError(
                        name + ": not an Anki package: the zip holds no collection.anki2 or collection.anki21");
            }
            database = Files.createTempFile("quizline-apkg", ".db");
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, database, StandardCopyOption.REPLACE_EXISTING);
            }
            return collection(name, database);
        } catch (ZipException e) {
            throw new UserError(name + ": not an Anki package: not a zip file");
        } catch (IOException e) {
            throw new UserError(name + ": cannot read: " + e.getMessage());
        } finally {
            if (database != null) {
                try {
                    Files.deleteIfExists(database);
                } catch (IOException e) {
                    // A temporary file left behind is the system's to clean; the import itself is done.
                }
            }
        }
    }

    private static Collection collection(String name, Path database) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database, config.toProperties());
                Statement sql = db.createStatement()) {
            Map<Long, Model> models;
            Map<Long, String> decks;
            int scheduler;
            try (ResultSet col = sql.executeQuery("select models, decks, conf from col")) {
                if (!col.next()) {
                    throw new UserError(name + ": not an Anki package: its collection is empty");
                }
                models = models(JSON.readTree(col.getString(1)));
                decks = decks(JSON.readTree(col.getString(2)));
                JsonNode conf = JSON.readTree(col.getString(3));
                scheduler = conf.path("schedVer").asInt(1);
            }
            List<Note> notes = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select id, guid, mid, tags, flds from notes order by id")) {
                while (rows.next()) {
                    notes.add(new Note(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getLong(3),
                            AnkiHeader.words(rows.getString(4)),
                            List.of(rows.getString(5).split("\u001f", -1))));
                }
            }
            List<Card> cards = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select id, nid, did, ord from cards order by nid, ord")) {
                while (rows.next()) {
                    cards.add(new Card(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getInt(4)));
                }
            }
            List<Review> reviews = new ArrayList<>();
            try (ResultSet rows =
                    sql.executeQuery("select id, cid, ease, type, factor, time from revlog order by id")) {
                while (rows.next()) {
                    reviews.add(new Review(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getInt(3),
                            rows.getInt(4),
                            rows.getInt(5),
                            rows.getLong(6)));
                }
            }
            return new Collection(models, decks, notes, cards, reviews, scheduler);
        } catch (SQLException | IOException e) {
            throw new UserError(name + ": not an Anki package: its collection cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Map<Long, Model> models(JsonNode json) {
        Map<Long, Model> models = new LinkedHashMap<>();
        json.properties().forEach(entry -> {
            JsonNode m = entry.getValue();
            List<String> fields = new ArrayList<>();
            m.path("flds").forEach(f -> fields.add(f.path("name").asText()));
            List<String> templates = new ArrayList<>();
            m.path("tmpls").forEach(t -> templates.add(t.path("name").asText()));
            long id = m.path("id").asLong(Long.parseLong(entry.getKey()));
            models.put(id, new Model(id, m.path("name").asText(), m.path("type").asInt() == 1, fields, templates));
        });
        return models;
    }

    private static Map<Long, String> decks(JsonNode json) {
        Map<Long, String> decks = new HashMap<>();
        json.properties()
                .forEach(entry -> decks.put(
                        Long.parseLong(entry.getKey()),
                        entry.getValue().path("name").asText()));
        return decks;
    }
}
