package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.SharedFolder;

/**
 * Precision and recall of the extractor against hand-written gold facts, for the five shared
 * articles and for this project's own fixture articles. The matching rule is in {@link GoldFacts}.
 */
class FactQualityTest {
    static final Path RESOURCES = Path.of("src", "test", "resources", "facts");
    private static final double PRECISION = 0.90;
    private static final double RECALL = 0.80;

    @Test
    void sharedArticlesMeetTheTargets() throws IOException {
        Path shared = SharedFolder.articles();
        Map<String, Optional<LocalDate>> dates = dates(RESOURCES.resolve("article-dates.tsv"));
        List<Fact> facts = new ArrayList<>();
        FactExtractor extractor = FactExtractor.standard();
        for (String name : GoldFacts.articleFiles(shared)) {
            String text = Files.readString(shared.resolve(name), StandardCharsets.UTF_8);
            Optional<LocalDate> published = dates.containsKey(name) ? dates.get(name) : HeaderDate.of(text);
            facts.addAll(extractor.extract(new Article(name, text, published)));
        }
        check("shared articles", GoldFacts.score(facts, GoldFacts.read(RESOURCES.resolve("gold/articles.jsonl"))));
    }

    @Test
    void fixtureArticlesMeetTheTargets() throws IOException {
        Path folder = RESOURCES.resolve("fixtures");
        List<Fact> facts = new ArrayList<>();
        FactExtractor extractor = FactExtractor.standard();
        for (String name : GoldFacts.articleFiles(folder)) {
            String text = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
            facts.addAll(extractor.extract(new Article(name, text, HeaderDate.of(text))));
        }
        check("fixtures", GoldFacts.score(facts, GoldFacts.read(RESOURCES.resolve("gold/fixtures.jsonl"))));
    }

    private static void check(String title, GoldFacts.Score score) {
        String report = score.report(title);
        System.out.print(report);
        assertTrue(score.precision() >= PRECISION && score.recall() >= RECALL, report);
    }

    static Map<String, Optional<LocalDate>> dates(Path file) throws IOException {
        Map<String, Optional<LocalDate>> dates = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split("\\s+");
            dates.put(cells[0], cells[1].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(cells[1])));
        }
        return dates;
    }
}
