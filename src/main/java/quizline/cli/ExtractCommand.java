package quizline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quizline.facts.Article;
import quizline.facts.Fact;
import quizline.facts.FactExtractor;
import quizline.facts.HeaderDate;
import quizline.pack.PackJson;

@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Print the facts found in news articles, one JSON object per line:",
            "kind (position, member, host, date), subject, relation, object, qualifiers,",
            "article (file name), start and end (character offsets of the quote) and quote (the sentence).",
            "Text outside ASCII is written as \\u escapes, so the output is the same on every terminal."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:facts printed", "1:a file cannot be read", "2:bad command line"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Article text files (UTF-8).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date of every article given, to resolve \"on Thursday\" or \"last month\".")
    LocalDate date;

    @Option(names = "--dates", paramLabel = "FILE",
            description = {"Publication dates per article: lines of file name, tab, YYYY-MM-DD;",
                "'-' for an article whose date is not known (its first line is then not read as a date)."})
    Path datesFile;

    @Override
    public Integer call() {
        Map<String, Optional<LocalDate>> dates = datesFile == null ? Map.of() : readDates(datesFile);
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            String text = readArticle(file);
            String name = file.getFileName().toString();
            Optional<LocalDate> published = date != null ? Optional.of(date)
                    : dates.containsKey(name) ? dates.get(name) : HeaderDate.of(text);
            articles.add(new Article(name, text, published));
        }
        FactExtractor extractor = FactExtractor.standard();
        ObjectWriter writer = PackJson.mapper().writer().with(JsonGenerator.Feature.ESCAPE_NON_ASCII);
        PrintWriter out = spec.commandLine().getOut();
        for (Article article : articles) {
            for (Fact fact : extractor.extract(article)) {
                out.println(json(writer, fact));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String json(ObjectWriter writer, Fact fact) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", fact.kind().label());
        node.put("subject", fact.subject());
        node.put("relation", fact.relation());
        node.put("object", fact.object());
        ObjectNode qualifiers = node.putObject("qualifiers");
        fact.qualifiers().forEach(qualifiers::put);
        node.put("article", fact.article());
        node.put("start", fact.start());
        node.put("end", fact.end());
        node.put("quote", fact.quote());
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readArticle(Path file) {
        return PackFiles.readText(file, "an article").replace("\r\n", "\n");
    }

    private static Map<String, Optional<LocalDate>> readDates(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage());
        }
        Map<String, Optional<LocalDate>> dates = new HashMap<>();
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
