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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import quizline.text.Counted;

/**
 * A whole profile's progress as one JSON file: every review row exactly as stored, every setting, the
 * suspended questions, the burials still in force, the flags and the student's resets. The {@code card} table is not
 * in it: it is derived, and rebuilt on import. Nor are the rows' checksums: import gives each row it adds the checksum of what
 * it read. Nor are burials over when the file is written: they set nothing aside any more.
 *
 * <pre>
 * {
 *   "format": "quizline-progress",
 *   "version": 3,
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
 *   ],
 *   "resets": [
 *     {"pack":"mini","question":"founded","resetAt":1720602400000,"afterReviews":2}
 *   ]
 * }
 * </pre>
 *
 * One review (suspension, burial, flag, reset) a line, so a diff of two exports reads like the log. Version 1 files,
 * written before the suspensions, burials and flags, are read as having none, and version 1 and 2 files as having
 * no resets. Importing skips reviews the profile already has
 * (same pack, question, time and kind), so importing a file twice adds nothing. Several reviews can share those (a
 * clock stepped back or frozen, two sessions in one millisecond): they are matched in log order, the first in the
 * file with the profile's first, and so on.
 */
public final class ProgressArchive {
    public static final String FORMAT = "quizline-progress";
    public static final int VERSION = 3;

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

    /**
     * A reset of a card with {@code quizline card ID --reset}, as a file carries it: the card, when, and how many of
     * the card's scheduled reviews in the file came before it ({@code afterReviews}; 0: none).
     *
     * <p>Not the review row id the profile logs ({@code card_reset.after_review}): the profile imported into numbers
     * its rows its own way (its own reviews first, the file's appended after them), so an id would point at another
     * review there, or at none. Nor the time and kind of the review it followed: several reviews of a card can share
     * those (a clock frozen or set back, two sessions in one millisecond). A count says which review without either
     * problem, since the file lists the reviews in log order: import finds that review's row in the profile as it
     * matches the review itself (same time and kind, then order), and logs the reset after that row.
     */
    public record Reset(CardKey key, Instant at, int afterReviews) {}

    /**
     * A file's content once read and checked; a version 1 file has no suspensions, burials or flags, and a version 1
     * or 2 file no resets.
     */
    public record Archive(
            Map<String, String> settings,
            List<ReviewRow> reviews,
            List<ProgressStore.Suspension> suspended,
            Map<CardKey, Instant> buried,
            List<ProgressStore.Flag> flags,
            List<Reset> resets) {
        public Archive {
            settings = new LinkedHashMap<>(settings);
            reviews = List.copyOf(reviews);
            suspended = List.copyOf(suspended);
            buried = new LinkedHashMap<>(buried);
            flags = List.copyOf(flags);
            resets = List.copyOf(resets);
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

    /** What a file was written with: reviews, settings, suspensions, burials in force, flags and resets. */
    public record Written(int reviews, int settings, int suspended, int buried, int flags, int resets) {}

    /**
     * What an import did: reviews added, reviews the profile already had, reviews it has in another form (kept as
     * they are), settings changed, card states rebuilt, resets added and resets the profile already had.
     */
    public record ImportResult(
            int added,
            int alreadyPresent,
            int differing,
            int settingsChanged,
            int cardsRebuilt,
            int resets,
            int resetsPresent) {}

    /**
     * Writes every review (in log order), every setting (by key), every suspension (by question), the burials in
     * force at {@code now} (by question), every flag (oldest first) and every reset (in log order); returns how many
     * of each it wrote.
     */
    public static Written write(SqlProgressStore store, Instant now, Writer out) throws IOException {
        List<ReviewRow> rows = ReviewLog.rows(store);
        List<Reset> resets = ReviewLog.resets(store);
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
        list(out, "resets", resets, (g, r) -> {
            key(g, r.key());
            g.writeNumberField("resetAt", r.at().toEpochMilli());
            g.writeNumberField("afterReviews", r.afterReviews());
        });
        out.write("\n}\n");
        return new Written(rows.size(), settings.size(), suspended.size(), burials.size(), flags.size(), resets.size());
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
        /** The line each reset of the file starts on, for a reset that follows more reviews than the file has. */
        private final List<Integer> resetLines = new ArrayList<>();

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
            List<Reset> resets = List.of();
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
                    case "resets":
                        resets = marks(name, "a reset", this::reset);
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
            placeResets(resets, reviews);
            return new Archive(settings, reviews, suspended, buried, flags, resets);
        }

        /**
         * Each reset must follow reviews the file has: import logs it after the review it names, so one past the
         * card's last would follow nothing there. Checked once the whole file is read, the reviews being a list of
         * their own (before the resets in a file quizline wrote, but JSON does not order fields).
         */
        private void placeResets(List<Reset> resets, List<ReviewRow> reviews) throws ArchiveException {
            Map<CardKey, Integer> scheduled = new HashMap<>();
            for (ReviewRow r : reviews) {
                if (r.kind().equals("review")) {
                    scheduled.merge(r.key(), 1, Integer::sum);
                }
            }
            for (int i = 0; i < resets.size(); i++) {
                Reset reset = resets.get(i);
                int have = scheduled.getOrDefault(reset.key(), 0);
                if (reset.afterReviews() > have) {
                    throw new ArchiveException(
                            file,
                            resetLines.get(i),
                            "a reset of " + reset.key().packId() + "/"
                                    + reset.key().questionId() + " follows "
                                    + Counted.of(reset.afterReviews(), "scheduled review") + " of it, but the file has "
                                    + have);
                }
            }
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
            /** The entry from its fields; {@code line} is the line it starts on. */
            T read(Map<String, Object> fields, int line);
        }

        /** The fields each kind of mark has, beside its pack and question, and how each is read. */
        private static final Map<String, List<String>> MARK_FIELDS = Map.of(
                "suspended", List.of("since", "reason"),
                "buried", List.of("until"),
                "flags", List.of("note", "flaggedAt"),
                "resets", List.of("resetAt", "afterReviews"));

        /** A list of suspensions, burials, flags or resets: objects with a pack, a question and their own fields. */
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
                                case "since", "until", "flaggedAt", "resetAt" ->
                                    whole(name, Long.MIN_VALUE, Long.MAX_VALUE);
                                case "afterReviews" -> whole(name, 0, Integer.MAX_VALUE);
                                case "reason" -> oneOf(name, REASONS);
                                default -> text(name);
                            });
                }
                for (String name : names) {
                    if (!f.containsKey(name)) {
                        throw new ArchiveException(file, start, what + " is missing \"" + name + "\"");
                    }
                }
                marks.add(mark.read(f, start));
            }
            return marks;
        }

        private static CardKey markKey(Map<String, Object> f) {
            return new CardKey((String) f.get("pack"), (String) f.get("question"));
        }

        private ProgressStore.Suspension suspension(Map<String, Object> f, int line) {
            return new ProgressStore.Suspension(
                    markKey(f),
                    Instant.ofEpochMilli((Long) f.get("since")),
                    f.get("reason").equals("leech"));
        }

        private Map.Entry<CardKey, Instant> burial(Map<String, Object> f, int line) {
            return Map.entry(markKey(f), Instant.ofEpochMilli((Long) f.get("until")));
        }

        private ProgressStore.Flag flag(Map<String, Object> f, int line) {
            return new ProgressStore.Flag(
                    markKey(f), (String) f.get("note"), Instant.ofEpochMilli((Long) f.get("flaggedAt")));
        }

        private Reset reset(Map<String, Object> f, int line) {
            resetLines.add(line);
            return new Reset(
                    markKey(f),
                    Instant.ofEpochMilli((Long) f.get("resetAt")),
                    ((Long) f.get("afterReviews")).intValue());
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
     * rest. Then the resets the profile lacks, in one transaction with their cards rebuilt (see {@link
     * #importResets}); a run stopped before it leaves those cards as if not reset, until the import is run again. The
     * caller keeps a second import of the profile from running at the same time.
     */
    public static ImportResult importInto(SqlProgressStore store, Archive archive) {
        Scope db = store.scope();
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
                        CardTable.put(db, row, null);
                    }
                    rebuiltCards.addAll(rebuilt.rows().keySet());
                    return null;
                });
            }
            ResetsAdded resets = archive.resets().isEmpty()
                    ? new ResetsAdded(Set.of(), 0)
                    : store.inTransaction(() -> {
                        ResetsAdded logged = importResets(db, archive);
                        rebuild(db, logged.cards());
                        return logged;
                    });
            rebuiltCards.addAll(resets.cards());
            return new ImportResult(
                    added.size(),
                    present,
                    differing,
                    settingsChanged,
                    rebuiltCards.size(),
                    archive.resets().size() - resets.present(),
                    resets.present());
        } catch (SQLException e) {
            throw new StoreFailure(
                    store.where() + ": could not import: "
                            + (e.getMessage() == null
                                    ? e.toString()
                                    : e.getMessage().lines().findFirst().orElse("")),
                    e);
        }
    }

    /**
     * Logs the archive's resets the profile does not have, each after the profile's row of the review it followed in
     * the file; returns the cards that got one, and how many the profile already had. The
     * file's reviews are all in the profile by now (those it lacked were just added, in the file's order), and its
     * n-th review of a given time and kind is the profile's n-th, as {@link #importInto} matched them. A reset is
     * already there when the profile logs one of the same card, at the same time, after the same row: importing a
     * file twice adds nothing. Several equal ones are matched in order, as reviews are.
     */
    private static ResetsAdded importResets(Scope db, Archive archive) throws SQLException {
        record Occurrence(ReviewRow.Identity identity, int n) {}
        record Logged(CardKey key, long at, long afterReview) {}
        Set<CardKey> cards = new HashSet<>();
        archive.resets().forEach(r -> cards.add(r.key()));
        // Each card's scheduled reviews in the file, in order, as an identity and which occurrence of it
        Map<CardKey, List<Occurrence>> inFile = new HashMap<>();
        Map<ReviewRow.Identity, Integer> seen = new HashMap<>();
        for (ReviewRow row : archive.reviews()) {
            if (cards.contains(row.key())) {
                int n = seen.merge(row.identity(), 1, Integer::sum) - 1;
                if (row.kind().equals("review")) {
                    inFile.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(new Occurrence(row.identity(), n));
                }
            }
        }
        Map<ReviewRow.Identity, List<Long>> rowIds = new HashMap<>();
        try (PreparedStatement p = db.prepare("""
                        SELECT id, pack_id, question_id, reviewed_at, kind FROM review WHERE {mine}kind = 'review'
                        ORDER BY id""");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                CardKey key = new CardKey(r.getString(2), r.getString(3));
                if (cards.contains(key)) {
                    rowIds.computeIfAbsent(
                                    new ReviewRow.Identity(
                                            key.packId(), key.questionId(), r.getLong(4), r.getString(5)),
                                    k -> new ArrayList<>())
                            .add(r.getLong(1));
                }
            }
        }
        Map<Logged, Integer> have = new HashMap<>();
        try (PreparedStatement p =
                        db.prepare("SELECT pack_id, question_id, reset_at, after_review FROM card_reset{where}");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                have.merge(
                        new Logged(new CardKey(r.getString(1), r.getString(2)), r.getLong(3), r.getLong(4)),
                        1,
                        Integer::sum);
            }
        }
        Set<CardKey> added = new LinkedHashSet<>();
        int present = 0;
        Dialect.Template.Rendered insert = db.dialect().render("""
                INSERT INTO card_reset ({key}pack_id, question_id, reset_at, after_review, checksum)
                VALUES ({val}?, ?, ?, ?, ?)""");
        try (PreparedStatement p = db.db().prepareStatement(insert.sql())) {
            for (Reset reset : archive.resets()) {
                List<Occurrence> reviews = inFile.getOrDefault(reset.key(), List.of());
                // 0 when it followed none; a review undone since by a session's `u` (between two batches) leaves the
                // reset after the one before it
                long afterReview = 0;
                for (int i = reset.afterReviews() - 1; i >= 0 && afterReview == 0; i--) {
                    List<Long> ids = rowIds.getOrDefault(reviews.get(i).identity(), List.of());
                    afterReview = reviews.get(i).n() < ids.size()
                            ? ids.get(reviews.get(i).n())
                            : 0;
                }
                long at = reset.at().toEpochMilli();
                Logged logged = new Logged(reset.key(), at, afterReview);
                if (have.getOrDefault(logged, 0) > 0) {
                    have.merge(logged, -1, Integer::sum);
                    present++;
                    continue;
                }
                insert.bind(
                        p, db.profile(), reset.key(), at, afterReview, RowChecksum.reset(reset.key(), at, afterReview));
                p.executeUpdate();
                added.add(reset.key());
            }
        }
        return new ResetsAdded(added, present);
    }

    /** The cards an import logged a reset of, and how many of the file's resets the profile already had. */
    private record ResetsAdded(Set<CardKey> cards, int present) {}

    /**
     * Rebuilds the rows of {@code cards} from the log, as doctor does: a card reset after its last scheduled review
     * has no row (it is new), one answered since its reset the row its last review left.
     */
    private static void rebuild(Scope db, Set<CardKey> cards) throws SQLException {
        CardTable.Rebuilt rebuilt = CardTable.fromLog(db, cards);
        for (CardKey key : cards) {
            CardRow row = rebuilt.rows().get(key);
            if (row != null) {
                CardTable.put(db, row, null);
            } else if (!rebuilt.sources().containsKey(key)) {
                CardTable.delete(db, key);
            }
        }
    }

    /**
     * Adds the archive's suspensions, burials and flags the profile does not have, in one transaction. A question
     * the profile has suspended keeps its own suspension; a burial ends at the later of the two times, and one over
     * at {@code now} is not added; a flag is added unless the profile has the same one (question, note and time),
     * so importing a file twice adds nothing. Nothing the profile has is lifted.
     */
    public static MarksResult importMarks(SqlProgressStore store, Archive archive, Instant now) {
        Scope db = store.scope();
        try {
            return store.inTransaction(() -> {
                int suspended = 0;
                int buried = 0;
                int flags = 0;
                int present = 0;
                Dialect.Template.Rendered suspend = db.dialect()
                        .render(
                                "INSERT INTO suspended ({key}pack_id, question_id, since, reason) VALUES ({val}?, ?, ?, ?)"
                                        + " ON CONFLICT ({key}pack_id, question_id) DO NOTHING");
                try (PreparedStatement p = db.db().prepareStatement(suspend.sql())) {
                    for (ProgressStore.Suspension s : archive.suspended()) {
                        suspend.bind(
                                p, db.profile(), s.key(), s.since().toEpochMilli(), s.leech() ? "leech" : "student");
                        if (p.executeUpdate() > 0) {
                            suspended++;
                        } else {
                            present++;
                        }
                    }
                }
                Dialect.Template.Rendered bury = db.dialect()
                        .render("INSERT INTO buried ({key}pack_id, question_id, until) VALUES ({val}?, ?, ?)"
                                + " ON CONFLICT ({key}pack_id, question_id) DO UPDATE SET until = excluded.until"
                                + " WHERE excluded.until > buried.until");
                try (PreparedStatement p = db.db().prepareStatement(bury.sql())) {
                    for (Map.Entry<CardKey, Instant> b : archive.buried().entrySet()) {
                        if (!b.getValue().isAfter(now)) {
                            continue;
                        }
                        bury.bind(p, db.profile(), b.getKey(), b.getValue().toEpochMilli());
                        if (p.executeUpdate() > 0) {
                            buried++;
                        } else {
                            present++;
                        }
                    }
                }
                Set<ProgressStore.Flag> have = new HashSet<>(store.flags());
                Dialect.Template.Rendered flag = db.dialect()
                        .render(
                                "INSERT INTO flag ({key}pack_id, question_id, note, flagged_at) VALUES ({val}?, ?, ?, ?)");
                try (PreparedStatement p = db.db().prepareStatement(flag.sql())) {
                    for (ProgressStore.Flag f : archive.flags()) {
                        if (!have.add(f)) {
                            present++;
                            continue;
                        }
                        flag.bind(p, db.profile(), f.key(), f.note(), f.at().toEpochMilli());
                        p.executeUpdate();
                        flags++;
                    }
                }
                return new MarksResult(suspended, buried, flags, present);
            });
        } catch (SQLException e) {
            throw new StoreFailure(
                    store.where() + ": could not import the suspensions, burials and flags: "
                            + (e.getMessage() == null
                                    ? e.toString()
                                    : e.getMessage().lines().findFirst().orElse("")),
                    e);
        }
    }

    private static void insert(Scope db, List<ReviewRow> rows) throws SQLException {
        Dialect.Template.Rendered insert = db.dialect().render(ReviewLog.INSERT);
        try (PreparedStatement p = db.db().prepareStatement(insert.sql())) {
            for (ReviewRow r : rows) {
                insert.bind(p, db.profile(), ReviewLog.values(r));
                p.addBatch();
            }
            p.executeBatch();
        }
        CardTallyTable.added(db, rows);
        AnswerSlotTable.added(db, rows);
    }

    private static void putSetting(Scope db, String key, String value) throws SQLException {
        try (PreparedStatement p = db.prepare(
                "INSERT INTO setting ({key}key, value) VALUES ({val}?, ?)"
                        + " ON CONFLICT ({key}key) DO UPDATE SET value = excluded.value",
                key,
                value)) {
            p.executeUpdate();
        }
    }
}
