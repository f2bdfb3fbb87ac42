package quizline.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds an Anki package the way Anki 2.1 exports one with "Support older Anki versions": a zip holding
 * {@code collection.anki2} (an SQLite database of schema 11: tables col, notes, cards, revlog and graves, with Anki's
 * indexes), a {@code media} file mapping the numbered entries to their names, and those entries. It is written
 * here from Anki's schema, independently of quizline's own {@link ApkgWriter}, so that the reader is tested against
 * the layout Anki writes rather than against itself. The stock note types are laid out as Anki 2.1 creates them
 * (fields, templates, the {@code req} of the standard ones, Cloze of type 1); a note gets the cards Anki would
 * generate for it; {@code conf} carries {@code schedVer} only for the second scheduler, as Anki 2.1 does.
 *
 * <p>The packages the reader is tested with are built here, by the tests. No package exported by Anki itself is in
 * the repository yet: the ones found in public repositories carry no licence that allows redistributing them.
 */
public final class AnkiCollectionFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CLOZE_NUMBER = Pattern.compile("\\{\\{c(\\d+)::");
    private static final String GUID_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";
    /** The first note's id, a millisecond time as Anki's ids are (15 June 2019). */
    private static final long FIRST_ID = 1_560_600_000_000L;

    /** Anki 2.1's stock note types. */
    public enum Stock {
        BASIC(1_560_599_000_001L, "Basic", false, List.of("Front", "Back"), "[[0, \"all\", [0]]]"),
        BASIC_AND_REVERSED(
                1_560_599_000_002L,
                "Basic (and reversed card)",
                false,
                List.of("Front", "Back"),
                "[[0, \"all\", [0]], [1, \"all\", [1]]]"),
        BASIC_OPTIONAL_REVERSED(
                1_560_599_000_003L,
                "Basic (optional reversed card)",
                false,
                List.of("Front", "Back", "Add Reverse"),
                "[[0, \"all\", [0]], [1, \"all\", [1, 2]]]"),
        BASIC_TYPE_IN(
                1_560_599_000_004L,
                "Basic (type in the answer)",
                false,
                List.of("Front", "Back"),
                "[[0, \"all\", [0]]]"),
        CLOZE(1_560_599_000_005L, "Cloze", true, List.of("Text", "Extra"), null);

        final long id;
        final String label;
        final boolean cloze;
        final List<String> fields;
        final String req;

        Stock(long id, String label, boolean cloze, List<String> fields, String req) {
            this.id = id;
            this.label = label;
            this.cloze = cloze;
            this.fields = fields;
            this.req = req;
        }
    }

    /** A row of {@code revlog} as Anki writes it: ivl in days, or negative seconds while learning. */
    public record Review(long id, long cardId, int ease, int ivl, int lastIvl, int factor, int millis, int type) {}

    private record Note(long id, String guid, Stock type, String tags, List<String> fields) {}

    private record Card(long id, long noteId, long deckId, int ord) {}

    private final int schedulerVersion;
    private final Map<Long, String> decks = new LinkedHashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<Card> cards = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private final Random guids = new Random(11);
    private long nextId = FIRST_ID;

    /** A collection whose {@code conf} names Anki's first (1) or second (2) scheduler, with deck 1 "Default". */
    public AnkiCollectionFixture(int schedulerVersion) {
        this.schedulerVersion = schedulerVersion;
        decks.put(1L, "Default");
    }

    /** Adds a deck ({@code ::} separates parent and child, as in Anki) and returns its id. */
    public long deck(String name) {
        long id = nextId++;
        decks.put(id, name);
        return id;
    }

    /**
     * Adds a note of a stock type in a deck, with Anki's space-padded tags, and the cards Anki generates for it: one
     * a template whose required fields are filled in, or one a cloze deletion number (ord = number - 1). Returns the
     * ids of its cards, in order of ord.
     */
    public List<Long> note(Stock type, long deck, List<String> tags, String... fields) {
        if (fields.length != type.fields.size()) {
            throw new IllegalArgumentException(type.label + " has " + type.fields.size() + " fields");
        }
        long noteId = nextId++;
        StringBuilder guid = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            guid.append(GUID_CHARS.charAt(guids.nextInt(GUID_CHARS.length())));
        }
        notes.add(new Note(
                noteId,
                guid.toString(),
                type,
                tags.isEmpty() ? "" : " " + String.join(" ", tags) + " ",
                List.of(fields)));
        List<Integer> ords = new ArrayList<>();
        if (type.cloze) {
            TreeSet<Integer> numbers = new TreeSet<>();
            Matcher m = CLOZE_NUMBER.matcher(fields[0]);
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
            numbers.forEach(n -> ords.add(n - 1));
        } else {
            ords.add(0);
            if (type == Stock.BASIC_AND_REVERSED || (type == Stock.BASIC_OPTIONAL_REVERSED && !fields[2].isEmpty())) {
                ords.add(1);
            }
        }
        List<Long> ids = new ArrayList<>();
        for (int ord : ords) {
            long cardId = nextId++;
            cards.add(new Card(cardId, noteId, deck, ord));
            ids.add(cardId);
        }
        return ids;
    }

    /** Adds a review log row; {@code at} is its time in epoch milliseconds, which Anki uses as the row's id. */
    public Review review(long cardId, long at, int type, int ease, int ivl, int lastIvl, int factor) {
        Review review = new Review(at, cardId, ease, ivl, lastIvl, factor, 3000 + (int) (at % 7000), type);
        reviews.add(review);
        return review;
    }

    /** Adds a media file, listed in the package's {@code media} map as Anki lists it. */
    public void media(String name, byte[] content) {
        media.put(name, content);
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }

    /** Writes the package to {@code apkg} and returns it. */
    public Path write(Path apkg) {
        try {
            Path collection = Files.createTempFile(apkg.toAbsolutePath().getParent(), "collection", ".anki2");
            try {
                database(collection);
                try (OutputStream out = Files.newOutputStream(apkg);
                        ZipOutputStream zip = new ZipOutputStream(out)) {
                    zip.putNextEntry(new ZipEntry("collection.anki2"));
                    Files.copy(collection, zip);
                    zip.closeEntry();
                    ObjectNode map = JSON.createObjectNode();
                    int n = 0;
                    for (Map.Entry<String, byte[]> file : media.entrySet()) {
                        map.put(String.valueOf(n), file.getKey());
                        zip.putNextEntry(new ZipEntry(String.valueOf(n)));
                        zip.write(file.getValue());
                        zip.closeEntry();
                        n++;
                    }
                    zip.putNextEntry(new ZipEntry("media"));
                    zip.write(JSON.writeValueAsBytes(map));
                    zip.closeEntry();
                }
            } finally {
                Files.deleteIfExists(collection);
            }
            return apkg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void database(Path file) throws SQLException, IOException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = db.createStatement()) {
            for (String ddl : SCHEMA_11) {
                sql.executeUpdate(ddl);
            }
            long now = nextId;
            try (PreparedStatement col =
                    db.prepareStatement("insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?," + " '{}')")) {
                col.setLong(1, FIRST_ID / 1000 / 86_400 * 86_400);
                col.setLong(2, now);
                col.setLong(3, now);
                col.setString(4, conf());
                col.setString(5, models(now / 1000));
                col.setString(6, decks(now / 1000));
                col.setString(7, DCONF);
                col.executeUpdate();
            }
            try (PreparedStatement note =
                    db.prepareStatement("insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')")) {
                for (Note n : notes) {
                    String first = n.fields().get(0);
                    String sortField = first.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ");
                    note.setLong(1, n.id());
                    note.setString(2, n.guid());
                    note.setLong(3, n.type().id);
                    note.setLong(4, n.id() / 1000);
                    note.setString(5, n.tags());
                    note.setString(6, String.join("\u001f", n.fields()));
                    note.setString(7, sortField);
                    note.setLong(8, checksum(sortField));
                    note.executeUpdate();
                }
            }
            try (PreparedStatement card = db.prepareStatement(
                    "insert into cards values (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, '')")) {
                int position = 1;
                for (Card c : cards) {
                    List<Review> own =
                            reviews.stream().filter(r -> r.cardId() == c.id()).toList();
                    Review last = own.isEmpty() ? null : own.get(own.size() - 1);
                    long lapses = own.stream()
                            .filter(r -> r.type() == 1 && r.ease() == 1)
                            .count();
                    card.setLong(1, c.id());
                    card.setLong(2, c.noteId());
                    card.setLong(3, c.deckId());
                    card.setInt(4, c.ord());
                    card.setLong(5, c.id() / 1000);
                    if (last == null) {
                        // New: type 0, queue 0, due its position among new cards.
                        card.setInt(6, 0);
                        card.setInt(7, 0);
                        card.setLong(8, position++);
                        card.setInt(9, 0);
                        card.setInt(10, 0);
                    } else if (last.ivl() < 0) {
                        // In (re)learning: queue 1, due an epoch second; relearning is type 2 on the first scheduler, 3
                        // on the second.
                        card.setInt(6, last.type() == 0 ? 1 : schedulerVersion == 1 ? 2 : 3);
                        card.setInt(7, 1);
                        card.setLong(8, last.id() / 1000 - last.ivl());
                        card.setInt(9, 0);
                        card.setInt(10, last.factor());
                    } else {
                        // In review: queue 2, due a day number counted from the collection's creation.
                        card.setInt(6, 2);
                        card.setInt(7, 2);
                        card.setLong(8, (last.id() - FIRST_ID) / 86_400_000 + last.ivl());
                        card.setInt(9, last.ivl());
                        card.setInt(10, last.factor() == 0 ? 2500 : last.factor());
                    }
                    card.setInt(11, own.size());
                    card.setLong(12, lapses);
                    card.executeUpdate();
                }
            }
            try (PreparedStatement row =
                    db.prepareStatement("insert into revlog values (?, ?, -1, ?, ?, ?, ?, ?, ?)")) {
                for (Review r : reviews) {
                    row.setLong(1, r.id());
                    row.setLong(2, r.cardId());
                    row.setInt(3, r.ease());
                    row.setInt(4, r.ivl());
                    row.setInt(5, r.lastIvl());
                    row.setInt(6, r.factor());
                    row.setInt(7, r.millis());
                    row.setInt(8, r.type());
                    row.executeUpdate();
                }
            }
        }
    }

    private String conf() throws IOException {
        ObjectNode conf = JSON.createObjectNode();
        conf.putArray("activeDecks").add(1);
        conf.put("curDeck", 1);
        conf.put("newSpread", 0);
        conf.put("collapseTime", 1200);
        conf.put("timeLim", 0);
        conf.put("estTimes", true);
        conf.put("dueCounts", true);
        conf.put("curModel", String.valueOf(Stock.BASIC.id));
        conf.put("nextPos", cards.size() + 1);
        conf.put("sortType", "noteFld");
        conf.put("sortBackwards", false);
        conf.put("addToCur", true);
        if (schedulerVersion != 1) {
            conf.put("schedVer", schedulerVersion);
        }
        return JSON.writeValueAsString(conf);
    }

    private String models(long mod) throws IOException {
        ObjectNode models = JSON.createObjectNode();
        for (Stock type : Stock.values()) {
            ObjectNode m = models.putObject(String.valueOf(type.id));
            m.put("id", type.id);
            m.put("name", type.label);
            m.put("type", type.cloze ? 1 : 0);
            m.put("mod", mod);
            m.put("usn", -1);
            m.put("sortf", 0);
            m.put("did", 1);
            ArrayNode fields = m.putArray("flds");
            for (int i = 0; i < type.fields.size(); i++) {
                ObjectNode f = fields.addObject();
                f.put("name", type.fields.get(i));
                f.put("ord", i);
                f.put("sticky", false);
                f.put("rtl", false);
                f.put("font", "Arial");
                f.put("size", 20);
                f.putArray("media");
            }
            ArrayNode templates = m.putArray("tmpls");
            if (type.cloze) {
                template(templates, "Cloze", 0, "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Extra}}");
            } else {
                String front = type == Stock.BASIC_TYPE_IN ? "{{Front}}\n{{type:Back}}" : "{{Front}}";
                template(templates, "Card 1", 0, front, "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}");
                if (type == Stock.BASIC_AND_REVERSED) {
                    template(templates, "Card 2", 1, "{{Back}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}");
                } else if (type == Stock.BASIC_OPTIONAL_REVERSED) {
                    template(
                            templates,
                            "Card 2",
                            1,
                            "{{#Add Reverse}}{{Back}}{{/Add Reverse}}",
                            "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}");
                }
                m.set("req", JSON.readTree(type.req));
            }
            m.put(
                    "css",
                    ".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n color: black;\n"
                            + " background-color: white;\n}\n"
                            + (type.cloze ? "\n.cloze {\n font-weight: bold;\n color: blue;\n}" : ""));
            m.put(
                    "latexPre",
                    "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                            + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n"
                            + "\\begin{document}\n");
            m.put("latexPost", "\\end{document}");
            m.putArray("tags");
            m.putArray("vers");
        }
        return JSON.writeValueAsString(models);
    }

    private static void template(ArrayNode templates, String name, int ord, String question, String answer) {
        ObjectNode t = templates.addObject();
        t.put("name", name);
        t.put("ord", ord);
        t.put("qfmt", question);
        t.put("afmt", answer);
        t.put("did", (String) null);
        t.put("bqfmt", "");
        t.put("bafmt", "");
    }

    private String decks(long mod) throws IOException {
        ObjectNode all = JSON.createObjectNode();
        for (Map.Entry<Long, String> deck : decks.entrySet()) {
            ObjectNode d = all.putObject(String.valueOf(deck.getKey()));
            d.put("id", deck.getKey());
            d.put("name", deck.getValue());
            d.put("conf", 1);
            d.put("desc", "");
            d.put("dyn", 0);
            d.put("collapsed", false);
            d.put("extendNew", 10);
            d.put("extendRev", 50);
            d.put("mod", mod);
            d.put("usn", -1);
            for (String counter : List.of("newToday", "revToday", "lrnToday", "timeToday")) {
                d.putArray(counter).add(0).add(0);
            }
        }
        return JSON.writeValueAsString(all);
    }

    /** Anki's note checksum: the first 8 hex digits of the SHA-1 of the stripped sort field, as a number. */
    private static long checksum(String field) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(field.getBytes(StandardCharsets.UTF_8));
            return Long.parseLong(java.util.HexFormat.of().formatHex(sha1, 0, 4), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String DCONF =
            "{\"1\": {\"name\": \"Default\", \"new\": {\"delays\": [1, 10], \"ints\": [1, 4,"
                    + " 7], \"initialFactor\": 2500, \"separate\": true, \"order\": 1, \"perDay\": 20, \"bury\": false},"
                    + " \"lapse\": {\"delays\": [10], \"mult\": 0, \"minInt\": 1, \"leechFails\": 8, \"leechAction\": 0},"
                    + " \"rev\": {\"perDay\": 200, \"ease4\": 1.3, \"fuzz\": 0.05, \"minSpace\": 1, \"ivlFct\": 1, \"maxIvl\":"
                    + " 36500, \"bury\": false, \"hardFactor\": 1.2}, \"maxTaken\": 60, \"timer\": 0, \"autoplay\": true,"
                    + " \"replayq\": true, \"mod\": 0, \"usn\": 0, \"id\": 1}}";

    /** The tables and indexes of Anki's schema 11. */
    private static final List<String> SCHEMA_11 = List.of(
            "create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not"
                    + " null, ver integer not null, dty integer not null, usn integer not null, ls integer not null,"
                    + " conf text not null, models text not null, decks text not null, dconf text not null, tags"
                    + " text not null)",
            "create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not"
                    + " null, usn integer not null, tags text not null, flds text not null, sfld integer not null,"
                    + " csum integer not null, flags integer not null, data text not null)",
            "create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not"
                    + " null, mod integer not null, usn integer not null, type integer not null, queue integer not"
                    + " null, due integer not null, ivl integer not null, factor integer not null, reps integer not"
                    + " null, lapses integer not null, left integer not null, odue integer not null, odid integer"
                    + " not null, flags integer not null, data text not null)",
            "create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer"
                    + " not null, ivl integer not null, lastIvl integer not null, factor integer not null, time"
                    + " integer not null, type integer not null)",
            "create table graves (usn integer not null, oid integer not null, type integer not null)",
            "create index ix_notes_usn on notes (usn)",
            "create index ix_cards_usn on cards (usn)",
            "create index ix_revlog_usn on revlog (usn)",
            "create index ix_cards_nid on cards (nid)",
            "create index ix_cards_sched on cards (did, queue, due)",
            "create index ix_revlog_cid on revlog (cid)",
            "create index ix_notes_csum on notes (csum)");
}
