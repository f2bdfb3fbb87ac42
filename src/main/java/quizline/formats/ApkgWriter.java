package quizline.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import quizline.pack.Pack;
import quizline.pack.Question;

/**
 * Writes a pack as an Anki package ({@code .apkg}) for File › Import: a zip of {@code collection.anki2} (the
 * collection format of Anki 2.1, schema 11, which every Anki since reads) and an empty {@code media} list. Notes are
 * laid out by {@link AnkiLayout} as in Anki text, in two note types of quizline's own, Basic and Cloze (ids fixed, so
 * a later export updates them), in a deck named by the pack's title. Each note's guid is {@code pack-id/question-id},
 * so importing a newer version of the pack updates its notes instead of adding copies. A cloze question's blanks
 * all share deletion 1: one card asks them together, as quizline does. What Anki cannot carry is reported, and the
 * package is read back to report any question that would not return as it went out.
 */
public final class ApkgWriter {
    private static final String FORMAT = "an Anki package";
    private static final long BASIC_MODEL = 1_700_000_000_001L;
    private static final long CLOZE_MODEL = 1_700_000_000_002L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSS = ".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n"
            + " color: black;\n background-color: white;\n}\n";
    private static final String SCHEMA = """
            create table col (id integer primary key, crt integer not null, mod integer not null,
              scm integer not null, ver integer not null, dty integer not null, usn integer not null,
              ls integer not null, conf text not null, models text not null, decks text not null,
              dconf text not null, tags text not null);
            create table notes (id integer primary key, guid text not null, mid integer not null,
              mod integer not null, usn integer not null, tags text not null, flds text not null,
              sfld integer not null, csum integer not null, flags integer not null, data text not null);
            create table cards (id integer primary key, nid integer not null, did integer not null,
              ord integer not null, mod integer not null, usn integer not null, type integer not null,
              queue integer not null, due integer not null, ivl integer not null, factor integer not null,
              reps integer not null, lapses integer not null, left integer not null, odue integer not null,
              odid integer not null, flags integer not null, data text not null);
            create table revlog (id integer primary key, cid integer not null, usn integer not null,
              ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
              time integer not null, type integer not null);
            create table graves (usn integer not null, oid integer not null, type integer not null);
            create index ix_notes_usn on notes (usn);
            create index ix_cards_usn on cards (usn);
            create index ix_revlog_usn on revlog (usn);
            create index ix_cards_nid on cards (nid);
            create index ix_cards_sched on cards (did, queue, due);
            create index ix_revlog_cid on revlog (cid);
            create index ix_notes_csum on notes (csum);
            """;

    private final List<ExportNotice> notices = new ArrayList<>();

    private ApkgWriter() {}

    /** @param now when the package is written: its notes' and cards' ids and times count from it */
    public static ExportedZip write(Pack pack, Instant now) {
        return new ApkgWriter().pack(pack, now);
    }

    private ExportedZip pack(Pack pack, Instant now) {
        notices.addAll(ExportNotice.packLosses(
                pack,
                List.of("version", "asOf"),
                "An Anki package",
                "its id travels in each note's guid, its title as the deck"));
        Path dir = null;
        try {
            dir = Files.createTempDirectory("quizline-apkg");
            Path collection = dir.resolve("collection.anki2");
            Map<String, Integer> indexById = new HashMap<>();
            Map<String, Question> expected = new HashMap<>();
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + collection)) {
                db.setAutoCommit(false);
                try (Statement sql = db.createStatement()) {
                    for (String statement : SCHEMA.split(";")) {
                        if (!statement.isBlank()) {
                            sql.execute(statement);
                        }
                    }
                }
                long deck = deckId(pack.id());
                collectionRow(db, pack, deck, now);
                notes(db, pack, deck, now, indexById, expected);
                db.commit();
            }
            byte[] zip = zip(collection);
            readBack(dir.resolve("back.apkg"), zip, indexById, expected);
            return new ExportedZip(zip, expected.size(), ExportNotice.perKind(notices));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("writing an Anki collection: " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    private void notes(
            Connection db,
            Pack pack,
            long deck,
            Instant now,
            Map<String, Integer> indexById,
            Map<String, Question> expected)
            throws SQLException {
        long seconds = now.getEpochSecond();
        long firstId = now.toEpochMilli();
        try (PreparedStatement note = db.prepareStatement("insert into notes values (?,?,?,?,-1,?,?,?,?,0,'')");
                PreparedStatement card =
                        db.prepareStatement("insert into cards values (?,?,?,0,?,-1,0,0,?,0,0,0,0,0,0,0,0,'')")) {
            for (int i = 0; i < pack.questions().size(); i++) {
                Question q = pack.questions().get(i);
                notices.addAll(ExportNotice.questionLosses(i, q, FORMAT));
                List<String> tags = AnkiWriter.tags(i, q, notices);
                Question carried = q instanceof Question.Cloze cloze
                        ? AnkiWriter.clozeCarried(i, cloze, tags, notices)
                        : Questions.carried(q, tags);
                AnkiLayout.Fields fields = AnkiLayout.packageFields(q);
                String first = html(fields.first());
                long noteId = firstId + i;
                note.setLong(1, noteId);
                note.setString(2, pack.id() + "/" + q.id());
                note.setLong(3, fields.noteType().equals("Cloze") ? CLOZE_MODEL : BASIC_MODEL);
                note.setLong(4, seconds);
                note.setString(5, tags.isEmpty() ? "" : " " + String.join(" ", tags) + " ");
                note.setString(6, first + "\u001f" + html(fields.second()));
                note.setString(7, fields.first());
                note.setLong(8, checksum(fields.first()));
                note.addBatch();
                card.setLong(1, noteId);
                card.setLong(2, noteId);
                card.setLong(3, deck);
                card.setLong(4, seconds);
                card.setLong(5, i + 1);
                card.addBatch();
                indexById.put(q.id(), i);
                expected.put(q.id(), carried);
            }
            note.executeBatch();
            card.executeBatch();
        }
    }

    /** The collection's one row: its settings, note types, decks and deck options, as Anki 2.1 writes them. */
    private static void collectionRow(Connection db, Pack pack, long deck, Instant now) throws SQLException {
        long millis = now.toEpochMilli();
        ObjectNode conf = JSON.createObjectNode()
                .put("nextPos", pack.questions().size() + 1)
                .put("curDeck", deck)
                .put("curModel", String.valueOf(BASIC_MODEL))
                .put("estTimes", true)
                .put("dueCounts", true)
                .put("collapseTime", 1200)
                .put("timeLim", 0)
                .put("newSpread", 0)
                .put("sortType", "noteFld")
                .put("sortBackwards", false)
                .put("addToCur", true)
                .put("schedVer", 2);
        conf.putArray("activeDecks").add(deck);
        ObjectNode models = JSON.createObjectNode();
        models.set(String.valueOf(BASIC_MODEL), model(BASIC_MODEL, "quizline Basic", false, deck, now));
        models.set(String.valueOf(CLOZE_MODEL), model(CLOZE_MODEL, "quizline Cloze", true, deck, now));
        ObjectNode decks = JSON.createObjectNode();
        decks.set("1", deck(1, "Default", now));
        decks.set(
                String.valueOf(deck),
                deck(deck, GiftWriter.oneLine(pack.title()).strip(), now));
        ObjectNode dconf = JSON.createObjectNode();
        dconf.set("1", deckOptions());
        try (PreparedStatement row = db.prepareStatement("insert into col values (1,?,?,?,11,0,0,0,?,?,?,?,'{}')")) {
            row.setLong(1, now.getEpochSecond());
            row.setLong(2, millis);
            row.setLong(3, millis);
            row.setString(4, conf.toString());
            row.setString(5, models.toString());
            row.setString(6, decks.toString());
            row.setString(7, dconf.toString());
            row.executeUpdate();
        }
    }

    private static ObjectNode model(long id, String name, boolean cloze, long deck, Instant now) {
        ObjectNode model = JSON.createObjectNode()
                .put("id", id)
                .put("name", name)
                .put("type", cloze ? 1 : 0)
                .put("mod", now.getEpochSecond())
                .put("usn", -1)
                .put("sortf", 0)
                .put("did", deck)
                .put("css", CSS)
                .put(
                        "latexPre",
                        "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
                                + "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
                                + "\\setlength{\\parindent}{0in}\n\\begin{document}\n")
                .put("latexPost", "\\end{document}");
        model.putArray("tags");
        model.putArray("vers");
        ArrayNode fields = model.putArray("flds");
        List<String> names = cloze ? List.of("Text", "Back Extra") : List.of("Front", "Back");
        for (int k = 0; k < names.size(); k++) {
            ObjectNode field = fields.addObject()
                    .put("name", names.get(k))
                    .put("ord", k)
                    .put("sticky", false)
                    .put("rtl", false)
                    .put("font", "Arial")
                    .put("size", 20);
            field.putArray("media");
        }
        ObjectNode template = model.putArray("tmpls")
                .addObject()
                .put("name", cloze ? "Cloze" : "Card 1")
                .put("ord", 0)
                .put("qfmt", cloze ? "{{cloze:Text}}" : "{{Front}}")
                .put(
                        "afmt",
                        cloze ? "{{cloze:Text}}<br>\n{{Back Extra}}" : "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")
                .put("bqfmt", "")
                .put("bafmt", "");
        template.putNull("did");
        if (!cloze) {
            ArrayNode req = model.putArray("req").addArray();
            req.add(0).add("all").addArray().add(0);
        }
        return model;
    }

    private static ObjectNode deck(long id, String name, Instant now) {
        ObjectNode deck = JSON.createObjectNode()
                .put("id", id)
                .put("name", name)
                .put("mod", now.getEpochSecond())
                .put("usn", -1)
                .put("conf", 1)
                .put("desc", "")
                .put("dyn", 0)
                .put("collapsed", false)
                .put("extendNew", 10)
                .put("extendRev", 50);
        for (String today : List.of("newToday", "revToday", "lrnToday", "timeToday")) {
            deck.putArray(today).add(0).add(0);
        }
        return deck;
    }

    private static ObjectNode deckOptions() {
        ObjectNode options = JSON.createObjectNode()
                .put("id", 1)
                .put("name", "Default")
                .put("mod", 0)
                .put("usn", 0);
        ObjectNode fresh = options.putObject("new")
                .put("initialFactor", 2500)
                .put("separate", true)
                .put("order", 1)
                .put("perDay", 20)
                .put("bury", false);
        fresh.putArray("delays").add(1).add(10);
        fresh.putArray("ints").add(1).add(4).add(7);
        ObjectNode lapse = options.putObject("lapse")
                .put("mult", 0)
                .put("minInt", 1)
                .put("leechFails", 8)
                .put("leechAction", 0);
        lapse.putArray("delays").add(10);
        options.putObject("rev")
                .put("perDay", 200)
                .put("ease4", 1.3)
                .put("fuzz", 0.05)
                .put("minSpace", 1)
                .put("ivlFct", 1)
                .put("maxIvl", 36500)
                .put("bury", false)
                .put("hardFactor", 1.2);
        options.put("maxTaken", 60).put("timer", 0).put("autoplay", true).put("replayq", true);
        return options;
    }

    /** The pack's deck: an id made from the pack's id, so every export of the pack fills the same deck. */
    private static long deckId(String packId) {
        return 1_000_000_000L + (sha1(packId) & 0x3FFF_FFFF_FFFFL);
    }

    /** Anki's note checksum: the first 8 hex digits of the SHA-1 of the sort field. */
    private static long checksum(String sortField) {
        return sha1(sortField) >>> 32;
    }

    private static long sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int k = 0; k < 8; k++) {
                value = (value << 8) | (digest[k] & 0xFF);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A field's text as the HTML Anki keeps: markup characters escaped, line breaks as {@code <br>}, and the
     * whitespace HTML would collapse (a tab, a second space) as character references, so it shows and comes back.
     */
    static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\t", "&#9;")
                .replace("  ", " &nbsp;")
                .replace("\n", "<br>");
    }

    private static byte[] zip(Path collection) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("collection.anki2"));
            Files.copy(collection, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("media"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Reads the package back and reports each question that would not return as it was written. */
    private void readBack(Path file, byte[] zip, Map<String, Integer> indexById, Map<String, Question> expected)
            throws IOException {
        Files.write(file, zip);
        Imported back = ApkgReader.read(AnkiPackage.read(file)).imported();
        notices.addAll(ReadBack.compare(back, FORMAT, indexById, expected, id -> ""));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A temporary folder left behind is the system's to clean; the package itself is written.
        }
    }
}
