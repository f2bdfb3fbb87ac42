package quizline.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import quizline.io.DataLines;

/**
 * Reads the knowledge files under {@code quizline/facts/} on the class path: lines of
 * tab-separated columns, "#" comments, blank lines skipped, and in .tsv files a header line.
 */
final class DataFiles {
    private static final String FOLDER = "/quizline/facts/";

    private DataFiles() {}

    /** Rows of a .tsv file after its header; missing trailing columns read as "". */
    static List<String[]> table(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines(name)) {
            if (header) {
                header = false;
                continue;
            }
            String[] cells = Arrays.copyOf(line.split("\t", -1), columns);
            for (int i = 0; i < columns; i++) {
                cells[i] = cells[i] == null ? "" : cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The entries of a one-column .txt file. */
    static List<String> words(String name) {
        return lines(name).stream().map(String::strip).toList();
    }

    /**
     * The date a file of checked knowledge is true on: its first row after the header, "as of" and the date. A file
     * without one stops loading, since its facts could not be dated.
     */
    static java.time.LocalDate asOf(String name, List<String[]> rows) {
        if (rows.isEmpty() || !rows.get(0)[0].equals("as of")) {
            throw new IllegalStateException(
                    name + ": the first row must give the date the file is true on (\"as of\")");
        }
        return java.time.LocalDate.parse(rows.get(0)[1]);
    }

    /** "a|b|c" as a list; "" as an empty list. */
    static List<String> split(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<String> lines(String name) {
        return DataLines.of(FOLDER + name);
    }
}
