package quizline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a data file shipped in the jar (word lists, tables of knowledge): "#" comments and blank lines left
 * out, line ends without their carriage returns. One reader for every room's data files, so each reads them alike.
 * A missing file is a defect of the build, not the user's doing.
 */
public final class DataLines {
    private DataLines() {}

    /** The lines of the resource at {@code path} ("/quizline/facts/titles.tsv"), as written. */
    public static List<String> of(String path) {
        try (InputStream in = DataLines.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + path);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(line.replace("\r", ""));
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a one-column list at {@code path}, each stripped of surrounding blanks. */
    public static List<String> words(String path) {
        return of(path).stream().map(String::strip).toList();
    }
}
