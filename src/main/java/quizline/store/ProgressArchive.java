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
import java.time.Instant;
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
 * A whole profile's progress as one JSON file: every review row exactly as stored, every setting, the
 * suspended questions, the burials still in force and the flags. The {@code card} table is not in it: it is
 * derived, and rebuilt on import. Nor are the rows' checksums: import gives each row it adds the checksum of what
 * it read. Nor are burials over when the file is written: they set nothing aside any more.
 *
 * <pre>
 * {
 *   "format": "quizline-progress",
 *   "version": 2,
 *   "settings": {"new-per-day":"30"},
 *   "reviews": [
 *     {"pack":"mini","question":"founded","reviewedAt":1720602300000,"kind":"review",...},
 *     ...
 *   ],
 *   "suspended": [
 *     {"pack":"mini","question":"founded","since":1720602300000,"reason":"student"}
 *   ],
 *   "buried": [
 *     {"pack":"mini","question":"host-city","until":1720670400000}
 *   ],
 *   "flags": [
 *     {"pack":"mini","question":"founded","note":"two years are given","flaggedAt":1720602300000}
 *   ]
 * }
 * </pre>
 *
 * One review (suspension, burial, flag) a line, so a diff of two exports reads like the log. Version 1 files,
 * written before the last three lists, are read as having none. Importing skips reviews the profile already has
 * (same pack, question, time and kind), so importing a file twice adds nothing. Several reviews can share those (a
 * clock stepped back or frozen, two sessions in one millisecond): they are matched in log order, the first in the
 * file with the profile's first, and so on.
 */
public final class ProgressArchive {
    public static final String FORMAT = "quizline-progress";
    public static final int VERSION = 2;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(8).build())
            .build();

    private static final List<String> KINDS = List.of("review", "cram");
    private static final List<String> CORRECTNESS = List.of("right", "typo", "wrong");
    private static final List<String> STATES = List.of("new", "learning", "review", "relearning");
    private static final List<String> REASONS = List.of("student", "leech");
    private static final java.util.Comparator<CardKey> BY_QUESTION =
            java.util.Comparator.comparing(CardKey::packId).thenComparing(CardKey::questionId);

    private ProgressArchive() {}

    /** A file's content once read and checked; a version 1 file has no suspensions, burials or flags. */
    public record Archive(
            Map<String, String> settings,
            List<ReviewRow> reviews,
            List<ProgressStore.Suspension> suspended,
            Map<CardKey, Instant> buried,
            List<ProgressStore.Flag> flags) {
        public Archive {
            settings = new LinkedHashMap<>(settings);
            reviews = List.copyOf(reviews);
            suspended = List.copyOf(suspended);
            buried = new LinkedHashMap<>(buried);
            flags = List.copyOf(flags);
        }

        /** Whether the file sets any question aside or flags one. */
        public boolean hasMarks() {
            return !suspended.isEmpty() || !buried.isEmpty() || !flags.isEmpty();
        }
    }

    /**
     * What an import did with the file's marks: suspensions, burials and flags added, and those the profile
     * already had (a suspension of the same question, a burial of it lasting as long or longer, the same flag).
     */
    public record MarksResult(int suspended, int buried, int flags, int alreadyPresent) {}

    /** What a file was written with: reviews, settings, suspensions, burials in force and flags. */
    public record Written(int reviews, int settings, int suspended, int buried, int flags) {}

    /**
     * What an import did: reviews added, reviews the profile already had, reviews it has in
     * another form (kept as they are), settings changed, and card states rebuilt.
     */
    public record ImportResult(int added, int alreadyPresent, int differing, int settingsChanged, int cardsRebuilt) {}

    /**
     * Writes every review (in log order), every setting (by key), every suspension (by question), the burials in
     * force at {@code now} (by question) and every flag (oldest first); returns how many of each it wrote.
     */
    public static Written write(ProgressStore store, Instant now, Writer out) throws IOException {
        List<ReviewRow> rows = ReviewLog.rows(store);
        Map<String, String> settings = store.settings();
        Map<CardKey, Instant> burials = store.burials(now);
        List<ProgressStore.Flag> flags = store.flags();
        List<ProgressStore.Suspension> suspended = store.suspended().values().stream()
                .sorted(java.util.Comparator.comparing(ProgressStore.Suspension::key, BY_QUESTION))
                .toList();
        out.write("{\n  \"format\": \"" + FORMAT + "\",\n  \"version\": " + VERSION + ",\n  \"settings\": ");
        out.write(json(g -> {
            g.writeStartObject();
            for (Map.Entry<String, String> e : new TreeMap<>(settings).entrySet()) {
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
        out.write(rows.isEmpty() ? "]" : "\n  ]");
        list(out, "suspended", suspended, (g, s) -> {
            key(g, s.key());
            g.writeNumberField("since", s.since().toEpochMilli());
            g.writeStringField("reason", s.leech() ? "leech" : "student");
        });
        list(
                out,
                "buried",
                burials.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey(BY_QUESTION))
                        .toList(),
                (g, b) -> {
                    key(g, b.getKey());
                    g.writeNumberField("until", b.getValue().toEpochMilli());
                });
        list(out, "flags", flags, (g, f) -> {
            key(g, f.key());
            g.writeStringField("note", f.note());
            g.writeNumberField("flaggedAt", f.at().toEpochMilli());
        });
        out.write("\n}\n");
        return new Written(rows.size(), settings.size(), suspended.size(), burials.size(), flags.size());
    }

    private interface Fields<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    /** A list of objects, one a line, as the reviews are written. */
    private static <T> void list(Writer out, String name, List<T> items, Fields<T> fields) throws IOException {
        out.write(",\n  \"" + name + "\": [");
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            out.write(i == 0 ? "\n    " : ",\n    ");
            out.write(json(g -> {
                g.writeStartObject();
                fields.write(g, item);
                g.writeEndObject();
            }));
        }
        out.write(items.isEmpty() ? "]" : "\n  ]");
    }

    private static void key(JsonGenerator g, CardKey key) throws IOException {
        g.writeStringField("pack", key.packId());
        g.writeStringField("question", key.questionId());
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
            List<ProgressStore.Suspension> suspended = List.of();
            Map<CardKey, Instant> buried = Map.of();
            List<ProgressStore.Flag> flags = List.of();
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
                    case "suspended":
                        suspended = marks(name, "a suspension", this::suspension);
                        break;
                    case "buried":
                        buried = new LinkedHashMap<>();
                        for (Map.Entry<CardKey, Instant> burial : marks(name, "a burial", this::burial)) {
                            buried.put(burial.getKey(), burial.getValue());
                        }
                        break;
                    case "flags":
                        flags = marks(name, "a flag", this::flag);
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
            return new Archive(settings, reviews, suspended, buried, flags);
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

        private interface Mark<T> {
            T read(Map<String, Object> fields);
        }

        /** The fields each kind of mark has, beside its pack and question, and how each is read. */
        private static final Map<String, List<String>> MARK_FIELDS = Map.of(
                "suspended", List.of("since", "reason"),
                "buried", List.of("until"),
                "flags", List.of("note", "flaggedAt"));

        /** A list of suspensions, burials or flags: objects with a pack, a question and their own fields. */
        private <T> List<T> marks(String list, String what, Mark<T> mark) throws IOException, ArchiveException {
            expect(JsonToken.START_ARRAY, "\"" + list + "\" must be an array");
            List<String> names = new ArrayList<>(List.of("pack", "question"));
            names.addAll(MARK_FIELDS.get(list));
            List<T> marks = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                expect(JsonToken.START_OBJECT, "each entry of \"" + list + "\" must be an object");
                int start = line();
                Map<String, Object> f = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (!names.contains(name)) {
                        throw problem("unknown field \"" + name + "\" in " + what);
                    }
                    f.put(
                            name,
                            switch (name) {
                                case "pack", "question" -> nonEmpty(name);
                                case "since", "until", "flaggedAt" -> whole(name, Long.MIN_VALUE, Long.MAX_VALUE);
                                case "reason" -> oneOf(name, REASONS);
                                default -> text(name);
                            });
                }
                for (String name : names) {
                    if (!f.containsKey(name)) {
                        throw new ArchiveException(file, start, what + " is missing \"" + name + "\"");
                    }
                }
                marks.add(mark.read(f));
            }
            return marks;
        }

        private static CardKey markKey(Map<String, Object> f) {
            return new CardKey((String) f.get("pack"), (String) f.get("question"));
        }

        private ProgressStore.Suspension suspension(Map<String, Object> f) {
            return new ProgressStore.Suspension(
                    markKey(f),
                    Instant.ofEpochMilli((Long) f.get("since")),
                    f.get("reason").equals("leech"));
        }

        private Map.Entry<CardKey, Instant> burial(Map<String, Object> f) {
            return Map.entry(markKey(f), Instant.ofEpochMilli((Long) f.get("until")));
        }

        private ProgressStore.Flag flag(Map<String, Object> f) {
            return new ProgressStore.Flag(
                    markKey(f), (String) f.get("note"), Instant.ofEpochMilli((Long) f.get("flaggedAt")));
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

    /**
     * Adds the archive's suspensions, burials and flags the profile does not have, in one transaction. A question
     * the profile has suspended keeps its own suspension; a burial ends at the later of the two times, and one over
     * at {@code now} is not added; a flag is added unless the profile has the same one (question, note and time),
     * so importing a file twice adds nothing. Nothing the profile has is lifted.
     */
    public static MarksResult importMarks(SqliteProgressStore store, Archive archive, Instant now) {
        Connection db = store.connection();
        try {
            return store.inTransaction(() -> {
                int suspended = 0;
                int buried = 0;
                int flags = 0;
                int present = 0;
                try (PreparedStatement p = db.prepareStatement(
                        "INSERT INTO suspended (pack_id, question_id, since, reason) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (pack_id, question_id) DO NOTHING")) {
                    for (ProgressStore.Suspension s : archive.suspended()) {
                        bindKey(p, s.key());
                        p.setLong(3, s.since().toEpochMilli());
                        p.setString(4, s.leech() ? "leech" : "student");
                        if (p.executeUpdate() > 0) {
                            suspended++;
                        } else {
                            present++;
                        }
                    }
                }
                try (PreparedStatement p =
                        db.prepareStatement("INSERT INTO buried (pack_id, question_id, until) VALUES (?, ?, ?)"
                                + " ON CONFLICT (pack_id, question_id) DO UPDATE SET until = excluded.until"
                                + " WHERE excluded.until > buried.until")) {
                    for (Map.Entry<CardKey, Instant> b : archive.buried().entrySet()) {
                        if (!b.getValue().isAfter(now)) {
                            continue;
                        }
                        bindKey(p, b.getKey());
                        p.setLong(3, b.getValue().toEpochMilli());
                        if (p.executeUpdate() > 0) {
                            buried++;
                        } else {
                            present++;
                        }
                    }
                }
                Set<ProgressStore.Flag> have = new HashSet<>(store.flags());
                try (PreparedStatement p = db.prepareStatement(
                        "INSERT INTO flag (pack_id, question_id, note, flagged_at) VALUES (?, ?, ?, ?)")) {
                    for (ProgressStore.Flag f : archive.flags()) {
                        if (!have.add(f)) {
                            present++;
                            continue;
                        }
                        bindKey(p, f.key());
                        p.setString(3, f.note());
                        p.setLong(4, f.at().toEpochMilli());
                        p.executeUpdate();
                        flags++;
                    }
                }
                return new MarksResult(suspended, buried, flags, present);
            });
        } catch (SQLException e) {
            throw new StoreFailure(
                    store.file() + ": could not import the suspensions, burials and flags: "
                            + (e.getMessage() == null
                                    ? e.toString()
                                    : e.getMessage().lines().findFirst().orElse("")),
                    e);
        }
    }

    private static void bindKey(PreparedStatement p, CardKey key) throws SQLException {
        p.setString(1, key.packId());
        p.setString(2, key.questionId());
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
