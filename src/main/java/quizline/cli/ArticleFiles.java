package quizline.cli;

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
import quizline.facts.Article;
import quizline.facts.HeaderDate;

/** Articles named on the command line, with their dates: from --date, a --dates file, or a first line that is a date. */
final class ArticleFiles {
    private ArticleFiles() {}

    /** Reads every file before anything else happens, so a missing one stops the command with nothing written. */
    static List<Article> read(List<Path> files, LocalDate date, Path datesFile) {
        Map<String, Optional<LocalDate>> dates = datesFile == null ? Map.of() : readDates(datesFile);
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            String text = readArticle(file);
            String name = file.getFileName().toString();
            Optional<LocalDate> published = date != null ? Optional.of(date)
                    : dates.containsKey(name) ? dates.get(name) : HeaderDate.of(text);
            articles.add(new Article(name, text, published));
        }
        return articles;
    }

    static String readArticle(Path file) {
        return PackFiles.readText(file, "an article").replace("\r\n", "\n");
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
