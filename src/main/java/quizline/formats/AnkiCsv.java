package quizline.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * Records of a delimited text file as Anki's importer reads them (the Rust csv crate, configured by Anki): fields
 * may be quoted with {@code "}, a doubled {@code ""} inside quotes is one quote, quoted fields may hold the
 * delimiter and line breaks; records end at {@code \n}, {@code \r} or {@code \r\n}; blank lines are skipped and a
 * record that starts with {@code #} is a comment, anywhere in the file.
 */
final class AnkiCsv {
    /** One record and the line it starts on. */
    record Row(int line, List<String> fields) {}

    static final class UnclosedQuote extends Exception {
        private static final long serialVersionUID = 1L;

        final int line;

        UnclosedQuote(int line) {
            super("a quoted field opened here is never closed", null, false, false);
            this.line = line;
        }
    }

    private AnkiCsv() {}

    /** @param firstLine the file line {@code text} starts on */
    static List<Row> read(String text, char delimiter, int firstLine) throws UnclosedQuote {
        List<Row> rows = new ArrayList<>();
        int line = firstLine;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                continue;
            }
            if (c == '#') {
                while (i < n && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean recordEnded = false;
            while (!recordEnded) {
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new UnclosedQuote(start);
                        }
                        char q = text.charAt(i);
                        if (q == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else if (q == '"') {
                            i++;
                            break;
                        } else {
                            if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                                line++;
                            }
                            field.append(q);
                            i++;
                        }
                    }
                }
                // Up to the next delimiter or line end: the whole of an unquoted field, or text after a closing quote.
                while (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    field.append(text.charAt(i++));
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i < n && text.charAt(i) == delimiter) {
                    i++;
                } else {
                    recordEnded = true;
                }
            }
            rows.add(new Row(start, fields));
        }
        return rows;
    }

    /** A record in the form {@link #read} reads back, quoting only the fields that need it. */
    static String write(List<String> fields, char delimiter) {
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
