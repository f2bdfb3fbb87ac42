package quizline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A whole profile's progress as one JSON file: every review row exactly as stored and every
 * setting. The {@code card} table is not in it: it is derived, and rebuilt on import. Nor are the
 * rows' checksums: import gives each row it adds the checksum of what it read.
 *
 * <pre>
 * {
 *   "format": "quizline-progress",
 *   "version": 1,
 *   "settings": {"new-per-day":"30"},
 *   "reviews": [
 *     {"pack":"mini","question":"founded","reviewedAt":1720602300000,"kind":"review",...},
 *     ...
 *   ]
 * }
 * </pre>
 *
 * One review a line, so a diff of two exports reads like the log. Importing skips reviews the
 * profile already has (same pack, question, time and kind), so importing a file twice adds nothing.
 * Several reviews can share those (a clock stepped back or frozen, two sessions in one millisecond):
 * they are matched in log order, the first in the file with the profile's first, and so on.
 */
public final class ProgressArchive {
    public static final String FORMAT = "quizline-progress";
    public static final int VERSION = 1;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(8).build())
            .build();

    private static final List<String> KINDS = List.of("review", "cram");
    private static final List<String> CORRECTNESS = List.of("right", "typo", "wrong");
    private static final List<String> STATES = List.of("new", "learning", "review", "relearning");

    private ProgressArchive() {}

    /** A file's content once read and checked. */
    public record Archive(Map<String, String> settings, List<ReviewRow> reviews) {
        public Archive {
            settings = new LinkedHashMap<>(settings);
            reviews = List.copyOf(reviews);
        }
    }

    /**
     * What an import did: reviews added, reviews the profile already had, reviews it has in
     * another form (kept as they are), settings changed, and card states rebuilt.
     */
    public record ImportResult(int added, int alreadyPresent, int differing, int settingsChanged, int cardsRebuilt) {}

    /** Writes every review (in log order) and every setting (by key); returns the number of reviews. */
    public static int write(ProgressStore store, Writer out) throws IOException {
        List<ReviewRow> rows = ReviewLog.rows(store);
        out.write("{\n  \"format\": \"" + FORMAT + "\",\n  \"version\": " + VERSION + ",\n  \"settings\": ");
        out.write(json(g -> {
            g.writeStartObject();
            for (Map.Entry<String, String> e : new TreeMap<>(store.settings()).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }));
        out.write(",\n  \"reviews\": [");
        for (int i = 0; i < rows.size(); i++) {
            ReviewRow r = rows.get(i);
            out.write(i == 0 ? "\n    " : ",\n    ");
            out.write(json(g -> {
                g.writeStartObject();
                g.writeStringField("pack", r.packId());
                g.writeStringField("question", r.questionId());
                g.writeNumberField("reviewedAt", r.reviewedAt());
                g.writeStringField("kind", r.kind());
                g.writeNumberField("rating", r.rating());
                g.writeStringField("answer", r.answer());
                g.writeStringField("correctness", r.correctness());
                g.writeNumberField("durationMs", r.durationMillis());
                g.writeStringField("answerHash", r.answerHash());
                g.writeStringField("stateBefore", r.stateBefore());
                g.writeStringField("stateAfter", r.stateAfter());
                g.writeStringField("cardBefore", r.cardBefore());
                g.writeStringField("cardAfter", r.cardAfter());
                g.writeEndObject();
            }));
        }
        out.write(rows.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return rows.size();
    }

    private interface Fragment {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Fragment fragment) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            fragment.write(g);
        }
        return text.toString();
    }

    /**
     * Reads and checks a whole file before anything is imported.
     *
     * @param settingCheck throws IllegalArgumentException, with the reason, for a value its setting refuses
     * @throws ArchiveException at the first problem, with the file name and line
     */
    public static Archive read(Reader in, String fileName, BiConsumer<String, String> settingCheck)
            throws IOException, ArchiveException {
        try (JsonParser p = JSON.createParser(in)) {
            return new ArchiveReader(p, fileName, settingCheck).archive();
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ArchiveException(fileName, line, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads the file's structure token by token, so every problem is reported at its own line. */
    private static final class ArchiveReader {
        private final JsonParser p;
        private final String file;
        private final BiConsumer<String, String> settingCheck;

        ArchiveReader(JsonParser p, String file, BiConsumer<String, String> settingCheck) {
            this.p = p;
            this.file = file;
            this.settingCheck = settingCheck;
        }

        private int line() {
            return p.currentTokenLocation().getLineNr();
        }

        private ArchiveException problem(String detail) {
            return new ArchiveException(file, line(), detail);
        }

        Archive archive() throws IOException, ArchiveException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw p.currentToken() == null
                        ? new ArchiveException(file, 0, "empty file, not a quizline progress file")
                        : problem("expected a quizline progress file, an object with \"format\": \"" + FORMAT + "\"");
            }
            String format = null;
            Integer version = null;
            Map<String, String> settings = null;
            List<ReviewRow> reviews = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format":
                        format = text(name);
                        if (!format.equals(FORMAT)) {
                            throw problem("\"format\" is \"" + format + "\": not a quizline progress file");
                        }
                        break;
                    case "version":
                        version = (int) whole(name, 1, Integer.MAX_VALUE);
                        if (version > VERSION) {
                            throw problem("made by a newer quizline (progress file version " + version
                                    + "; this one reads version " + VERSION + "): update quizline");
                        }
                        break;
                    case "settings":
                        settings = settings();
                        break;
                    case "reviews":
                        reviews = reviews();
                        break;
                    default:
                        throw problem("unknown field \"" + name + "\"");
                }
            }
            require("format", format);
            require("version", version);
            require("settings", settings);
            require("reviews", reviews);
            if (p.nextToken() != null) {
                throw problem("unexpected content after the progress object");
            }
            return new Archive(settings, reviews);
        }

        private void require(String name, Object value) throws ArchiveException {
            if (value == null) {
                throw new ArchiveException(file, 0, "missing \"" + name + "\": not a complete progress file");
            }
        }

        private Map<String, String> settings() throws IOException, ArchiveException {
            expect(JsonToken.START_OBJECT, "\"settings\" must be an object of text values");
            Map<String, String> settings = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                String value = text("setting \"" + key + "\"");
                try {
                    settingCheck.accept(key, value);
                } catch (IllegalArgumentException e) {
                    throw problem(e.getMessage());
                }
                settings.put(key, value);
            }
            return settings;
        }

        private List<ReviewRow> reviews() throws IOException, ArchiveException {
            expect(JsonToken.START_ARRAY, "\"reviews\" must be an array");
            List<ReviewRow> rows = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                rows.add(review());
            }
            return rows;
        }

        private ReviewRow review() throws IOException, ArchiveException {
            expect(JsonToken.START_OBJECT, "each review must be an object");
            int start = line();
            Map<String, Object> f = new HashMap<>();
            Map<String, Integer> fieldLines = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                fieldLines.put(name, line());
                switch (name) {
                    case "pack":
                    case "question":
                        f.put(name, nonEmpty(name));
                        break;
                    case "reviewedAt":
                        f.put(name, whole(name, Long.MIN_VALUE, Long.MAX_VALUE));
                        break;
                    case "durationMs":
                        f.put(name, whole(name, 0, Long.MAX_VALUE));
                        break;
                    case "rating":
                        f.put(name, whole(name, 1, 4));
                        break;
                    case "kind":
                        f.put(name, oneOf(name, KINDS));
                        break;
                    case "correctness":
                        f.put(name, oneOf(name, CORRECTNESS));
                        break;
                    case "stateBefore":
                    case "stateAfter":
                        f.put(name, oneOf(name, STATES));
                        break;
                    case "answer":
                        f.put(name, p.currentToken() == JsonToken.VALUE_NULL ? null : text(name));
                        break;
                    case "answerHash":
                    case "cardBefore":
                    case "cardAfter":
                        f.put(name, text(name));
                        break;
                    default:
                        throw problem("unknown field \"" + name + "\" in a review");
                }
            }
            for (String name : List.of(
                    "pack",
                    "question",
                    "reviewedAt",
                    "kind",
                    "rating",
                    "answer",
                    "correctness",
                    "durationMs",
                    "answerHash",
                    "stateBefore",
                    "stateAfter",
                    "cardBefore",
                    "cardAfter")) {
                if (!f.containsKey(name)) {
                    throw new ArchiveException(file, start, "review is missing \"" + name + "\"");
                }
            }
            for (String side : List.of("Before", "After")) {
                String card = (String) f.get("card" + side);
                String state = (String) f.get("state" + side);
                try {
                    String decoded = SqliteProgressStore.stateLabel(CardCodec.decode(card));
                    if (!decoded.equals(state)) {
                        throw new ArchiveException(
                                file,
                                fieldLines.get("card" + side),
                                "card" + side + " is a " + decoded + " card but state" + side + " says " + state);
                    }
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw new ArchiveException(
                            file, fieldLines.get("card" + side), "card" + side + ": " + e.getMessage());
                }
            }
            return new ReviewRow(
                    (String) f.get("pack"),
                    (String) f.get("question"),
                    (Long) f.get("reviewedAt"),
                    (String) f.get("kind"),
                    ((Long) f.get("rating")).intValue(),
                    (String) f.get("answer"),
                    (String) f.get("correctness"),
                    (Long) f.get("durationMs"),
                    (String) f.get("answerHash"),
                    (String) f.get("stateBefore"),
                    (String) f.get("stateAfter"),
                    (String) f.get("cardBefore"),
                    (String) f.get("cardAfter"));
        }

        private void expect(JsonToken token, String message) throws ArchiveException {
            if (p.currentToken() != token) {
                throw problem(message);
            }
        }

        private String text(String name) throws IOException, ArchiveException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw problem(name + " must be text");
            }
            return p.getText();
        }

        private String nonEmpty(String name) throws IOException, ArchiveException {
            String value = text(name);
            if (value.isEmpty()) {
                throw problem(name + " must not be empty");
            }
            return value;
        }

        private String oneOf(String name, List<String> allowed) throws IOException, ArchiveException {
            String value = text(name);
            if (!allowed.contains(value)) {
                throw problem(name + " must be " + String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or "
                        + allowed.get(allowed.size() - 1) + ", not \"" + value + "\"");
            }
            return value;
        }

        private long whole(String name, long min, long max) throws IOException, ArchiveException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
                    || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw problem(name + " must be a whole number");
            }
            long value = p.getLongValue();
            if (value < min || value > max) {
                throw problem(
                        name + " must be " + (max == Long.MAX_VALUE ? "at least " + min : "from " + min + " to " + max)
                                + ", not " + value);
            }
            return value;
        }
    }

    /** Reviews written per transaction: a study session waiting for the lock waits for one batch, not the file. */
    static final int BATCH = 5_000;

    /**
     * Adds the archive's reviews the profile does not have yet, sets its settings, and rebuilds the card state of
     * every card that got reviews. The reviews go in batches of {@link #BATCH}, each in its own transaction with the
     * cards it touches rebuilt from the whole log: a study session of the same profile waits a fraction of a second
     * for the lock, not for 400,000 reviews (which held it for over 20 s, past the sessions' 10 s busy timeout). A
     * run stopped between batches leaves whole batches, their cards consistent; the same import run again adds the
     * rest. The caller keeps a second import of the profile from running at the same time.
     */
    public static ImportResult importInto(SqliteProgressStore store, Archive archive) {
        Connection db = store.connection();
        try {
            // The n-th review of an identity in the file is the n-th one in the profile, if it has one.
            Map<ReviewRow.Identity, List<ReviewRow>> existing = new HashMap<>();
            for (ReviewRow row : ReviewLog.rows(store)) {
                existing.computeIfAbsent(row.identity(), k -> new ArrayList<>()).add(row);
            }
            Map<ReviewRow.Identity, Integer> seen = new HashMap<>();
            int present = 0;
            int differing = 0;
            List<ReviewRow> added = new ArrayList<>();
            for (ReviewRow row : archive.reviews()) {
                int occurrence = seen.merge(row.identity(), 1, Integer::sum) - 1;
                List<ReviewRow> same = existing.getOrDefault(row.identity(), List.of());
                ReviewRow have = occurrence < same.size() ? same.get(occurrence) : null;
                if (have == null) {
                    added.add(row);
                } else if (have.equals(row)) {
                    present++;
                } else {
                    differing++;
                }
            }
            existing.clear();
            int settingsChanged = store.inTransaction(() -> {
                int changed = 0;
                Map<String, String> current = store.settings();
                for (Map.Entry<String, String> e : archive.settings().entrySet()) {
                    if (!e.getValue().equals(current.get(e.getKey()))) {
                        putSetting(db, e.getKey(), e.getValue());
                        changed++;
                    }
                }
                return changed;
            });
            Set<CardKey> rebuiltCards = new HashSet<>();
            for (int from = 0; from < added.size(); from += BATCH) {
                List<ReviewRow> batch = added.subList(from, Math.min(added.size(), from + BATCH));
                Set<CardKey> touched = new LinkedHashSet<>();
                batch.forEach(r -> touched.add(r.key()));
                store.inTransaction(() -> {
                    insert(db, batch);
                    CardTable.Rebuilt rebuilt = CardTable.fromLog(db, touched);
                    for (CardRow row : rebuilt.rows().values()) {
                        CardTable.put(db, row);
                    }
                    rebuiltCards.addAll(rebuilt.rows().keySet());
                    return null;
                });
            }
            return new ImportResult(added.size(), present, differing, settingsChanged, rebuiltCards.size());
        } catch (SQLException e) {
            throw new StoreFailure(
                    store.file() + ": could not import: "
                            + (e.getMessage() == null
                                    ? e.toString()
                                    : e.getMessage().lines().findFirst().orElse("")),
                    e);
        }
    }

    private static void insert(Connection db, List<ReviewRow> rows) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(ReviewLog.INSERT)) {
            for (ReviewRow r : rows) {
                ReviewLog.bind(p, r);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void putSetting(Connection db, String key, String value) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }
}
