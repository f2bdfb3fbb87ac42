package quizline.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a review log in CSV: a header naming the columns, then one review per line. The columns
 * {@code card_id}, {@code review_time} and {@code review_rating} are found by name, in any order;
 * others are ignored. {@code review_time} is epoch milliseconds or an ISO-8601 date-time with an
 * offset; {@code review_rating} is 1–4. Fields may be double-quoted, with {@code ""} for a quote.
 */
public final class RevlogCsv {

    /**
     * One review as logged. {@code line} is its 1-based line in the file; {@code state} the card's
     * state before it from an optional {@code review_state} column (0 New, 1 Learning, 2 Review, 3
     * Relearning, and as the reference reads Anki's logs 4 Filtered, 5 Manual), -1 without one.
     */
    public record Row(int line, String cardId, Instant reviewTime, int rating, int state) {
        public Row(int line, String cardId, Instant reviewTime, int rating) {
            this(line, cardId, reviewTime, rating, NO_STATE);
        }
    }

    /** {@link Row#state} when the file has no {@code review_state} column. */
    public static final int NO_STATE = -1;

    static final String CARD_ID = "card_id";
    static final String REVIEW_TIME = "review_time";
    static final String REVIEW_RATING = "review_rating";
    static final String REVIEW_STATE = "review_state";

    private static final Pattern EPOCH_MILLIS = Pattern.compile("-?\\d{1,18}");
    /** 9999-12-31T23:59:59.999Z: beyond it the dates a scheduler computes would not be printable. */
    private static final long MAX_EPOCH_MILLIS = 253_402_300_799_999L;

    private RevlogCsv() {}

    /**
     * Reads every review of {@code reader}. {@code fileName} only labels error messages.
     *
     * @throws RevlogFormatException at the first malformed line, with its {@code file:line}
     */
    public static List<Row> read(Reader reader, String fileName) throws IOException, RevlogFormatException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String header = lines.readLine();
        if (header == null) {
            throw new RevlogFormatException(
                    fileName,
                    1,
                    "empty file: expected a header with " + CARD_ID + ", " + REVIEW_TIME + " and " + REVIEW_RATING);
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> names = fields(header, fileName, 1);
        int columns = names.size();
        Map<String, Integer> index = columnIndex(names, fileName);
        int cardColumn = index.get(CARD_ID);
        int timeColumn = index.get(REVIEW_TIME);
        int ratingColumn = index.get(REVIEW_RATING);
        int stateColumn = index.getOrDefault(REVIEW_STATE, -1);

        List<Row> rows = new ArrayList<>();
        Map<String, Row> lastOfCard = new HashMap<>();
        int lineNumber = 1;
        String text;
        while ((text = lines.readLine()) != null) {
            lineNumber++;
            if (text.isBlank()) {
                continue;
            }
            List<String> values = fields(text, fileName, lineNumber);
            if (values.size() != columns) {
                throw new RevlogFormatException(
                        fileName,
                        lineNumber,
                        "expected " + columns + " columns as in the header, found " + values.size());
            }
            String cardId = values.get(cardColumn);
            if (cardId.isEmpty()) {
                throw new RevlogFormatException(fileName, lineNumber, "empty " + CARD_ID);
            }
            Instant time = reviewTime(values.get(timeColumn).strip(), fileName, lineNumber);
            int rating = rating(values.get(ratingColumn).strip(), fileName, lineNumber);
            Row previous = lastOfCard.get(cardId);
            if (previous != null && time.isBefore(previous.reviewTime())) {
                throw new RevlogFormatException(
                        fileName,
                        lineNumber,
                        REVIEW_TIME + " " + time
                                + " is earlier than the previous review of card \"" + cardId + "\" (line "
                                + previous.line() + ", " + previous.reviewTime() + ")");
            }
            int state =
                    stateColumn < 0 ? NO_STATE : state(values.get(stateColumn).strip(), fileName, lineNumber);
            Row row = new Row(lineNumber, cardId, time, rating, state);
            lastOfCard.put(cardId, row);
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Integer> columnIndex(List<String> names, String fileName) throws RevlogFormatException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (index.putIfAbsent(name, i) != null && isRequired(name)) {
                throw new RevlogFormatException(fileName, 1, "duplicate column " + name);
            }
        }
        for (String required : List.of(CARD_ID, REVIEW_TIME, REVIEW_RATING)) {
            if (!index.containsKey(required)) {
                throw new RevlogFormatException(
                        fileName,
                        1,
                        "missing column " + required + " (the header must name " + CARD_ID + ", " + REVIEW_TIME
                                + " and " + REVIEW_RATING + ")");
            }
        }
        return index;
    }

    private static boolean isRequired(String name) {
        return name.equals(CARD_ID) || name.equals(REVIEW_TIME) || name.equals(REVIEW_RATING);
    }

    private static Instant reviewTime(String text, String fileName, int line) throws RevlogFormatException {
        try {
            Instant time;
            if (EPOCH_MILLIS.matcher(text).matches()) {
                long millis = Long.parseLong(text);
                if (Math.abs(millis) > MAX_EPOCH_MILLIS) {
                    throw new RevlogFormatException(
                            fileName, line, "bad " + REVIEW_TIME + " \"" + text + "\": out of range (after year 9999)");
                }
                time = Instant.ofEpochMilli(millis);
            } else {
                time = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
            }
            // The log is kept to the millisecond, as the reference keeps its dates.
            return time.truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeException e) {
            throw new RevlogFormatException(
                    fileName,
                    line,
                    "bad " + REVIEW_TIME + " \"" + text
                            + "\": expected epoch milliseconds or an ISO-8601 date-time with an offset, like 2024-01-01T09:00:00Z");
        }
    }

    private static int state(String text, String fileName, int line) throws RevlogFormatException {
        if (text.length() == 1 && text.charAt(0) >= '0' && text.charAt(0) <= '5') {
            return text.charAt(0) - '0';
        }
        throw new RevlogFormatException(
                fileName,
                line,
                "bad " + REVIEW_STATE + " \"" + text
                        + "\": expected 0 (New), 1 (Learning), 2 (Review), 3 (Relearning), 4 (Filtered) or 5 (Manual)");
    }

    private static int rating(String text, String fileName, int line) throws RevlogFormatException {
        if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '4') {
            return text.charAt(0) - '0';
        }
        throw new RevlogFormatException(
                fileName,
                line,
                "bad " + REVIEW_RATING + " \"" + text + "\": expected 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)");
    }

    /** Splits one CSV line ({@link Csv#line}): a quoted field keeps its commas, and {@code ""} inside it is a quote. */
    private static List<String> fields(String line, String fileName, int lineNumber) throws RevlogFormatException {
        try {
            return Csv.line(line, ',', lineNumber);
        } catch (Csv.Problem e) {
            throw new RevlogFormatException(fileName, e.line, e.getMessage());
        }
    }
}
