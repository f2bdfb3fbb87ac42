package quizline.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * The one reader and writer of delimited text (Anki's text files, review logs): a field may be quoted with {@code "},
 * a doubled {@code ""} inside quotes is one quote, and a quoted field may hold the delimiter. The two files differ
 * in two rules, each entry point following its file's:
 *
 * <ul>
 *   <li>{@link #read} is Anki's importer (the Rust csv crate, configured by Anki): quoted fields may also hold line
 *       breaks, text after a closing quote joins the field, records end at {@code \n}, {@code \r} or {@code \r\n},
 *       blank lines are skipped and a record that starts with {@code #} is a comment, anywhere in the file;
 *   <li>{@link #line} is a review log's line, which is one whole record: a quote must close on its line, and
 *       nothing but the delimiter may follow it.
 * </ul>
 */
public final class Csv {
    /** One record and the line it starts on. */
    record Row(int line, List<String> fields) {}

    /** Text that breaks the rules; {@link #line} is where (a record's first line for a quote never closed). */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        final int line;

        Problem(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private final String text;
    private final char delimiter;
    /** A review log's rules: one line, one record; nothing after a closing quote. */
    private final boolean oneLine;

    private int i;
    private int line;

    private Csv(String text, char delimiter, boolean oneLine, int line) {
        this.text = text;
        this.delimiter = delimiter;
        this.oneLine = oneLine;
        this.line = line;
    }

    /** Every record of {@code text}, by Anki's rules; {@code firstLine} is the file line {@code text} starts on. */
    static List<Row> read(String text, char delimiter, int firstLine) throws Problem {
        Csv csv = new Csv(text, delimiter, false, firstLine);
        List<Row> rows = new ArrayList<>();
        int n = text.length();
        while (csv.i < n) {
            char c = text.charAt(csv.i);
            if (c == '\r' || c == '\n') {
                csv.i += c == '\r' && csv.i + 1 < n && text.charAt(csv.i + 1) == '\n' ? 2 : 1;
                csv.line++;
                continue;
            }
            if (c == '#') {
                while (csv.i < n && !csv.atLineEnd()) {
                    csv.i++;
                }
                continue;
            }
            int start = csv.line;
            rows.add(new Row(start, csv.record(start)));
        }
        return rows;
    }

    /**
     * The fields of {@code line}, a review log's line (without its line break), which is one whole record.
     *
     * @param lineNumber the line's number in its file, for the problem
     */
    static List<String> line(String line, char delimiter, int lineNumber) throws Problem {
        return new Csv(line, delimiter, true, lineNumber).record(lineNumber);
    }

    /** One record from here, up to its line end (or the text's); {@code start} is the line it began on. */
    private List<String> record(int start) throws Problem {
        int n = text.length();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (i < n && text.charAt(i) == '"') {
                i++;
                quoted(field, start);
                if (oneLine && i < n && text.charAt(i) != delimiter) {
                    throw new Problem(line, "unexpected text after a closing quote in column " + (fields.size() + 1));
                }
            }
            // Up to the next delimiter or line end: the whole of an unquoted field, or text after a closing quote.
            while (i < n && text.charAt(i) != delimiter && !atLineEnd()) {
                field.append(text.charAt(i++));
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i < n && text.charAt(i) == delimiter) {
                i++;
            } else {
                return fields;
            }
        }
    }

    /** The rest of a quoted field, after its opening quote, up to and past its closing one. */
    private void quoted(StringBuilder field, int start) throws Problem {
        int n = text.length();
        while (true) {
            if (i >= n) {
                throw oneLine
                        ? new Problem(line, "unterminated quoted field (fields may not span lines)")
                        : new Problem(start, "a quoted field opened here is never closed");
            }
            char q = text.charAt(i);
            if (q == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else if (q == '"') {
                i++;
                return;
            } else {
                if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                    line++;
                }
                field.append(q);
                i++;
            }
        }
    }

    private boolean atLineEnd() {
        char c = text.charAt(i);
        return c == '\r' || c == '\n';
    }

    /** A record in the form {@link #read} reads back, quoting only the fields that need it. */
    public static String write(List<String> fields, char delimiter) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) {
                out.append(delimiter);
            }
            String field = fields.get(k);
            boolean quote = field.indexOf(delimiter) >= 0
                    || field.indexOf('"') >= 0
                    || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0
                    || field.startsWith("#");
            out.append(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
        }
        return out.append('\n').toString();
    }
}
