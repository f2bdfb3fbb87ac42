package quizline.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import quizline.pack.Verdict;
import quizline.schedule.CardState;
import quizline.schedule.Rating;

/**
 * Makes the {@link ReviewDigest}s of the rows of one read, each row's from its {@link #COLUMNS}, for a class's report,
 * which reads some 200,000 rows and holds them all at once. What quizline writes of a review from its own words and
 * numbers comes joined in one column, read as bytes and taken apart in place: the SQLite driver pays a native call per
 * column read and builds each text through a buffer and a decoded copy, and PostgreSQL's driver decodes each text it is
 * asked for. The question ids and key fingerprints met again are kept as the String made first (200,000 reviews of a
 * class name some 200 questions and keys), which the report also compares and looks up by.
 */
final class ReviewDigestReader {
    /**
     * The columns read, in order: the fields joined by the unit separator, a control character (time, kind, grade,
     * verdict, state before, state after, the key's fingerprint, the state after's encoding, then the question, last:
     * the pack's rules keep separators out of an id, so it is found after the last one even in a row damaged before it),
     * and the answer as typed, read only when judged wrong.
     */
    static final String COLUMNS = "concat_ws('\u001f', reviewed_at, kind, rating, correctness, state_before,"
            + " state_after, answer_hash, card_after, question_id), answer";

    private static final byte SEPARATOR = 0x1f;
    /** The joined fields before the question. */
    private static final int FIELDS = 8;

    private static final Named<ReviewKind> KINDS = new Named<>(ReviewKind.values());
    private static final Named<Verdict> VERDICTS = new Named<>(Verdict.values());
    private static final Named<CardState> STATES = new Named<>(CardState.values());

    private final SqlProgressStore store;
    private final Map<String, String> questionIds = new HashMap<>();
    /** Each question's key fingerprint last read: a card's answers mostly share their key. */
    private final Map<String, Fingerprint> keys = new HashMap<>();
    /** Where each of the fields before the question ends in the row being read. */
    private final int[] ends = new int[FIELDS];
    /** How many separators the row being read has: {@link #FIELDS} when it is sound. */
    private int separators;

    private record Fingerprint(byte[] bytes, String text) {}

    ReviewDigestReader(SqlProgressStore store) {
        this.store = store;
    }

    /** The review whose {@link #COLUMNS} start at column {@code from} of the row {@code r} is on. */
    ReviewDigest read(ResultSet r, int from) throws SQLException {
        byte[] row = r.getBytes(from);
        String questionId = null;
        try {
            int last = split(row);
            if (last >= 0) {
                questionId = questionId(row, last + 1);
            }
            if (separators != FIELDS) {
                throw new IllegalArgumentException((FIELDS + 1) + " fields expected, " + (separators + 1) + " found");
            }
            Verdict verdict = VERDICTS.in(row, start(3), ends[3]);
            return new ReviewDigest(
                    questionId,
                    Instant.ofEpochMilli(number(row, 0, ends[0])),
                    KINDS.in(row, start(1), ends[1]),
                    Rating.ofGrade((int) number(row, start(2), ends[2])),
                    verdict,
                    verdict == Verdict.WRONG ? r.getString(from + 1) : null,
                    keyHash(questionId, row, start(6), ends[6]),
                    STATES.in(row, start(4), ends[4]),
                    STATES.in(row, start(5), ends[5]),
                    Instant.ofEpochMilli(due(row, start(7), ends[7])));
        } catch (IllegalArgumentException e) {
            // A kind, grade, verdict or state no quizline writes: a row damaged where SQLite's checks cannot see
            throw new StoreFailure(
                    store.where() + ": a review row " + (questionId == null ? "" : "of " + questionId + " ")
                            + "is damaged (" + e.getMessage() + "); `quizline doctor` lists the damage",
                    e);
        }
    }

    /**
     * Finds the ends of the fields before the question, and counts the separators (in {@link #separators}); returns
     * where the last one is (-1: none), after which the question is, however many there are: a row damaged in a field
     * before it still names its question.
     */
    private int split(byte[] row) {
        if (row == null) {
            throw new IllegalArgumentException("no fields");
        }
        separators = 0;
        int last = -1;
        for (int i = 0; i < row.length; i++) {
            if (row[i] == SEPARATOR) {
                if (separators < FIELDS) {
                    ends[separators] = i;
                }
                separators++;
                last = i;
            }
        }
        return last;
    }

    private int start(int field) {
        return ends[field - 1] + 1;
    }

    private String questionId(byte[] row, int from) {
        String read = new String(row, from, row.length - from, StandardCharsets.UTF_8);
        String known = questionIds.putIfAbsent(read, read);
        return known == null ? read : known;
    }

    private String keyHash(String questionId, byte[] row, int from, int to) {
        Fingerprint last = keys.get(questionId);
        if (last != null && Arrays.equals(row, from, to, last.bytes(), 0, last.bytes().length)) {
            return last.text();
        }
        byte[] bytes = Arrays.copyOfRange(row, from, to);
        Fingerprint read = new Fingerprint(bytes, new String(bytes, StandardCharsets.UTF_8));
        keys.put(questionId, read);
        return read.text();
    }

    /** The due instant (epoch ms) of a card state encoded between {@code from} and {@code to}, read alone. */
    private static long due(byte[] row, int from, int to) {
        int start = from;
        for (int field = 0; field < CardCodec.DUE_FIELD; field++) {
            while (start < to && row[start] != ';') {
                start++;
            }
            if (start++ == to) {
                throw new IllegalArgumentException("a card state needs 11 fields: " + text(row, from, to));
            }
        }
        int end = start;
        while (end < to && row[end] != ';') {
            end++;
        }
        if (end == to) {
            throw new IllegalArgumentException("a card state needs 11 fields: " + text(row, from, to));
        }
        return number(row, start, end);
    }

    /** A decimal number written by the database, as {@link Long#parseLong} reads one, from bytes. */
    private static long number(byte[] row, int from, int to) {
        boolean negative = from < to && row[from] == '-';
        int first = negative ? from + 1 : from;
        if (first == to || to - first > 18) {
            throw new IllegalArgumentException("not a number: \"" + text(row, from, to) + "\"");
        }
        long n = 0;
        for (int i = first; i < to; i++) {
            int digit = row[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not a number: \"" + text(row, from, to) + "\"");
            }
            n = n * 10 + digit;
        }
        return negative ? -n : n;
    }

    private static String text(byte[] row, int from, int to) {
        return new String(row, from, to - from, StandardCharsets.UTF_8);
    }

    /** An enum's constants by their names as quizline writes them (lower case), found in bytes in any case. */
    private static final class Named<E extends Enum<E>> {
        private final E[] values;
        private final byte[][] names;

        Named(E[] values) {
            this.values = values;
            this.names = Arrays.stream(values)
                    .map(v -> v.name().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))
                    .toArray(byte[][]::new);
        }

        E in(byte[] row, int from, int to) {
            for (int v = 0; v < values.length; v++) {
                byte[] name = names[v];
                if (name.length == to - from && sameLetters(name, row, from)) {
                    return values[v];
                }
            }
            throw new IllegalArgumentException(
                    "no " + values[0].getDeclaringClass().getSimpleName() + " \"" + text(row, from, to) + "\"");
        }

        /** Whether {@code name} (lower case) is at {@code from}, its letters in either case. */
        private static boolean sameLetters(byte[] name, byte[] row, int from) {
            for (int i = 0; i < name.length; i++) {
                byte b = row[from + i];
                if (b != name[i] && (b < 'A' || b > 'Z' || b + ('a' - 'A') != name[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
