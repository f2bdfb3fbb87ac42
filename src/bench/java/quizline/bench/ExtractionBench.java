package quizline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import quizline.facts.Article;
import quizline.facts.Fact;
import quizline.facts.FactExtractor;

/**
 * Fact extraction, warm: one operation is {@code FactExtractor.extract} on one article, taking the
 * folder's {@code *.txt} articles in turn, so the score is the mean time per article. The folder is
 * the fact fixtures unless {@code -p articles=DIR} names another (run from the project root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ExtractionBench {
    @Param({"src/test/resources/facts/fixtures"})
    public String articles;

    private FactExtractor extractor;
    private Article[] texts;
    private int next;

    @Setup
    public void setUp() throws IOException {
        extractor = FactExtractor.standard();
        List<Article> read = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(articles))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                read.add(
                        Article.undated(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        if (read.isEmpty()) {
            throw new IllegalArgumentException(
                    "no *.txt articles in " + Path.of(articles).toAbsolutePath());
        }
        texts = read.toArray(Article[]::new);
    }

    @Benchmark
    public List<Fact> extractOneArticle() {
        Article article = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return extractor.extract(article);
    }
}
