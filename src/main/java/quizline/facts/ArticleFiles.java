package quizline.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import quizline.io.TextFile;
import quizline.io.UserError;

/**
 * Articles named on the command line, with their dates: from --date, a --dates file, or the date the article prints
 * at its top (a date line or a dateline) unless its own content contradicts that date, which is then refused with
 * a warning naming the file, the line and why.
 */
public final class ArticleFiles {
    private ArticleFiles() {}

    /**
     * An article's file as read: the name facts cite, the path as given (warnings name it), its text, and its date
     * when --date or a --dates file gives one ({@code dateFromTop} false; empty for "-", a date not known); otherwise
     * the date is taken from the article's top when it is read for its facts ({@link FactExtractor#read}).
     */
    public record Text(String path, String name, String text, Optional<LocalDate> given, boolean dateFromTop) {}

    /** Reads every file before anything else happens, so a missing one stops the command with nothing written. */
    public static List<Text> read(List<Path> files, LocalDate date, Path datesFile) {
        Map<String, Optional<LocalDate>> dates = datesFile == null ? Map.of() : readDates(datesFile);
        List<Text> articles = new ArrayList<>();
        for (Path file : expanded(files)) {
            String text = readArticle(file);
            String name = file.getFileName().toString();
            boolean listed = date != null || dates.containsKey(name);
            Optional<LocalDate> given = date != null ? Optional.of(date) : dates.getOrDefault(name, Optional.empty());
            articles.add(new Text(file.toString(), name, text, given, !listed));
        }
        return articles;
    }

    /** The warning for a date at an article's top that its content contradicts, if it does. */
    static Optional<String> refusalWarning(Text file, ArticleDate.Judgement judgement) {
        return judgement.refusal().map(reason -> {
            var header = judgement.header().orElseThrow();
            return "quizline: warning: " + file.path() + ":" + header.line() + ": the date " + header.date()
                    + " is not taken as the article's date: " + reason + " (give its date with --date or --dates)";
        });
    }

    /**
     * The files given, a folder standing for the articles in it: its "*.txt" files by name ("extract news/" reads
     * news/a.txt, news/b.txt; the gold facts or notes beside them are not articles). A folder without one is an error.
     */
    static List<Path> expanded(List<Path> given) {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> inside = Files.list(path)) {
                List<Path> articles = inside.filter(
                                p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                        .sorted()
                        .toList();
                if (articles.isEmpty()) {
                    throw new UserError(path + ": no articles (*.txt files) in this folder");
                }
                files.addAll(articles);
            } catch (IOException e) {
                throw new UserError(path + ": cannot read: " + e.getMessage());
            }
        }
        return files;
    }

    static String readArticle(Path file) {
        return TextFile.read(file, "an article").replace("\r\n", "\n");
    }

    static Map<String, Optional<LocalDate>> readDates(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage());
        }
        Map<String, Optional<LocalDate>> dates = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            if (cells.length != 2) {
                throw new UserError(file + ":" + (i + 1) + ": expected a file name and a date");
            }
            try {
                dates.put(cells[0], cells[1].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(cells[1])));
            } catch (DateTimeParseException e) {
                throw new UserError(file + ":" + (i + 1) + ": not a date (YYYY-MM-DD): " + cells[1]);
            }
        }
        return dates;
    }
}
