package quizline.facts;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import quizline.SharedFolder;

/**
 * What OpenNLP's tokenizer and tagger would cost next to the hand-written rules, for
 * docs/extraction.md; a measurement, run on request. The extraction's own speed is a benchmark, not a
 * test: {@code ./bench ExtractionBench} (BENCHMARKS.md).
 */
class ExtractionSpeedTest {
    private static List<Article> articles() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (Path folder : List.of(SharedFolder.articles(), FactQualityTest.RESOURCES.resolve("fixtures"))) {
            for (String name : GoldFacts.articleFiles(folder)) {
                articles.add(Article.undated(name, Files.readString(folder.resolve(name), StandardCharsets.UTF_8)));
            }
        }
        return articles;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * The best of five timed batches, in this thread's CPU time where the JVM measures it: other
     * builds on a shared machine stretch wall time, not the work done.
     */
    private static double millisPerArticle(
            List<Article> articles, int rounds, java.util.function.Consumer<Article> work) {
        for (int i = 0; i < 20; i++) {
            articles.forEach(work); // warm-up
        }
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        double best = Double.MAX_VALUE;
        for (int batch = 0; batch < 5; batch++) {
            long start = cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                articles.forEach(work);
            }
            long end = cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
            best = Math.min(best, (end - start) / 1e6 / (rounds * articles.size()));
        }
        return best;
    }

    /** OpenNLP's tokenizer and tagger on the same text: run with -Dquizline.measure=true. */
    @Test
    @EnabledIfSystemProperty(named = "quizline.measure", matches = "true")
    void openNlpCosts() throws IOException {
        List<Article> articles = articles();
        TokenizerME tokenizer;
        POSTaggerME tagger;
        try (InputStream tokens = getClass().getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");
                InputStream tags = getClass().getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            tokenizer = new TokenizerME(new TokenizerModel(tokens));
            tagger = new POSTaggerME(new POSModel(tags));
        }
        SentenceSplitter rules = SentenceSplitter.standard();
        SentenceSplitter openNlp = OpenNlpSentenceSplitter.INSTANCE;
        double ruleSplit = millisPerArticle(articles, 200, a -> rules.split(a.text()));
        double nlpSplit = millisPerArticle(articles, 200, a -> openNlp.split(a.text()));
        double ruleTokens = millisPerArticle(
                articles,
                50,
                a -> rules.split(a.text()).forEach(s -> Tokenizer.tokenize(a.text(), s.start(), s.end())));
        double nlpTokens = millisPerArticle(
                articles, 20, a -> openNlp.split(a.text()).forEach(s -> tokenizer.tokenizePos(s.text())));
        double nlpTags = millisPerArticle(
                articles, 20, a -> openNlp.split(a.text()).forEach(s -> tagger.tag(tokenizer.tokenize(s.text()))));
        System.out.printf(
                Locale.ROOT,
                "per article, warm: split rules %.3f ms, OpenNLP %.3f ms; tokens rules %.3f ms, OpenNLP %.3f ms; OpenNLP tokens+POS %.3f ms%n",
                ruleSplit,
                nlpSplit,
                ruleTokens,
                nlpTokens,
                nlpTags);
    }
}
