package quizline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quizline.facts.Article;
import quizline.facts.ArticleFiles;
import quizline.facts.Fact;
import quizline.facts.FactExtractor;
import quizline.generate.ArticleFacts;
import quizline.generate.DraftGenerator;
import quizline.io.UserError;
import quizline.pack.PackJson;
import quizline.ui.Visible;

@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Print the facts found in news articles, one JSON object per line.",
            // one paragraph per line: picocli wraps each to the terminal's width
            "Fields: kind (position, member, host, date), subject, relation, object, qualifiers, article (file name),"
                    + " start and end (character offsets of the quote), quote (the sentence), asOf (the article's date,"
                    + " when known: the day the fact was true), pattern (the rule that found it) and confidence (0 to 1:"
                    + " lower for facts read through a reference, a relative date, a long list or an inference).",
            "Cross-checks over all facts of the run go to standard error: conflicts (one office with two holders on one"
                    + " date, one person heading two countries, two hosts or dates of one event, member against observer)"
                    + " and changes (a later article naming a new holder supersedes the older fact).",
            "Text outside ASCII is written as \\u escapes, so the output is the same on every terminal."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:facts printed", "1:a file cannot be read", "2:bad command line"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "ARTICLE",
            description = "Article text files (UTF-8), or folders of them (their *.txt files).")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Publication date of every article given, to resolve \"on Thursday\" or \"last month\".")
    LocalDate date;

    @Option(
            names = "--dates",
            paramLabel = "FILE",
            description = {
                "Publication dates per article: lines of file name, tab, YYYY-MM-DD;",
                "'-' for an article whose date is not known (its first line is then not read as a date)."
            })
    Path datesFile;

    @Option(
            names = "--min-confidence",
            paramLabel = "C",
            defaultValue = "0",
            description = "Print only facts whose confidence is at least C (0 to 1; default: all).")
    double minConfidence;

    @Override
    public Integer call() {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UserError("--min-confidence must be between 0 and 1, not " + minConfidence);
        }
        List<ArticleFiles.Text> articles = ArticleFiles.read(files, date, datesFile);
        FactExtractor extractor = FactExtractor.standard();
        ObjectWriter writer = PackJson.mapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        List<ArticleFacts> all = new ArrayList<>();
        for (ArticleFiles.Text text : articles) {
            FactExtractor.Reading reading = extractor.read(text);
            reading.warning().ifPresent(warning -> {
                err.println(warning);
                err.flush();
            });
            Article article = reading.article();
            List<Fact> facts = reading.facts();
            all.add(new ArticleFacts(article.name(), article.publishedDate(), facts));
            for (Fact fact : facts) {
                // the fact table is the four kinds the scorer measures; member counts are read by generate
                if (fact.kind().tabled() && fact.confidence() >= minConfidence) {
                    out.println(json(writer, fact));
                }
            }
        }
        out.flush();
        // Cross-checks over every fact of the run: disagreements, and facts a later article replaced
        DraftGenerator.crossCheck(all).forEach(line -> err.println("quizline: " + line));
        err.flush();
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
        fact.asOf().ifPresent(date -> node.put("asOf", date.toString()));
        node.put("pattern", fact.pattern());
        node.put("confidence", fact.confidence());
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
