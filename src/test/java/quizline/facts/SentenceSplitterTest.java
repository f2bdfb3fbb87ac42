package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import quizline.SharedFolder;

class SentenceSplitterTest {
    private static final SentenceSplitter RULES = SentenceSplitter.standard();

    private static List<String> split(String text) {
        return RULES.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(
                List.of("Mr. Hale met Dr. Osei in Geneva.", "The U.N. envoy, Mrs. Ortega, came too."),
                split("Mr. Hale met Dr. Osei in Geneva. The U.N. envoy, Mrs. Ortega, came too."));
        assertEquals(
                List.of("J. R. Moreno Jr. spoke first; Ms. Lind followed."),
                split("J. R. Moreno Jr. spoke first; Ms. Lind followed."));
        assertEquals(
                List.of("Officials in the U.S. Congress disagreed."),
                split("Officials in the U.S. Congress disagreed."));
        assertEquals(
                List.of("The talks ran until 11 p.m. on Tuesday."), split("The talks ran until 11 p.m. on Tuesday."));
    }

    @Test
    void aDottedAbbreviationEndsASentenceWhenASentenceOpenerFollows() {
        assertEquals(
                List.of("The plan was backed by the U.S.", "The vote is on Friday."),
                split("The plan was backed by the U.S. The vote is on Friday."));
    }

    @Test
    void quotesQuestionMarksAndLineBreaks() {
        assertEquals(
                List.of("\"We are ready,\" he said.", "\"Are you?\"", "Nobody answered...", "Talks begin on Friday!"),
                split("\"We are ready,\" he said. \"Are you?\" Nobody answered... Talks begin on Friday!"));
        assertEquals(
                List.of("A headline without a stop", "The story begins here."),
                split("A headline without a stop\n\nThe story begins here.\n"));
    }

    @Test
    void spansAreExactOffsetsOfTheText() {
        String text = "  Leaders met.\n\nThey talked.  Then   they left.  ";
        for (Sentence s : RULES.split(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            assertEquals(s.text(), s.text().strip());
        }
        assertEquals(3, RULES.split(text).size());
    }

    /**
     * Counts wrong and missed sentence boundaries of both splitters against boundaries marked by
     * hand (src/test/resources/facts/sentences/boundaries.tsv), prints them, and checks that the
     * splitter in use is the one with fewer errors and makes no wrong split: on the fixtures here,
     * and on the shared articles in the next test.
     */
    @Test
    void handWrittenRulesBeatOpenNlpOnTheFixtures() throws IOException {
        Path fixtures = FactQualityTest.RESOURCES.resolve("fixtures");
        assertRulesBeatOpenNlp(fixtures, boundaries(name -> Files.exists(fixtures.resolve(name))));
    }

    @Test
    void handWrittenRulesBeatOpenNlpOnTheSharedArticles() throws IOException {
        Path fixtures = FactQualityTest.RESOURCES.resolve("fixtures");
        Path shared = SharedFolder.articles();
        Map<String, Set<Integer>> gold = boundaries(name -> !Files.exists(fixtures.resolve(name)));
        for (String name : gold.keySet()) {
            assertTrue(
                    Files.exists(shared.resolve(name)),
                    "boundaries.tsv names " + name + ", neither a fixture nor in "
                            + shared.toAbsolutePath().normalize());
        }
        assertRulesBeatOpenNlp(shared, gold);
    }

    private static void assertRulesBeatOpenNlp(Path folder, Map<String, Set<Integer>> gold) throws IOException {
        assertFalse(gold.isEmpty(), "no marked boundaries for " + folder);
        int[] rules = {0, 0};
        int[] openNlp = {0, 0};
        StringBuilder report = new StringBuilder("file\trules wrong/missed\tOpenNLP wrong/missed\n");
        for (Map.Entry<String, Set<Integer>> entry : gold.entrySet()) {
            String text = Files.readString(folder.resolve(entry.getKey()), StandardCharsets.UTF_8);
            int[] r = errors(RULES.split(text), entry.getValue());
            int[] o = errors(OpenNlpSentenceSplitter.INSTANCE.split(text), entry.getValue());
            rules[0] += r[0];
            rules[1] += r[1];
            openNlp[0] += o[0];
            openNlp[1] += o[1];
            report.append(entry.getKey())
                    .append('\t')
                    .append(r[0])
                    .append('/')
                    .append(r[1])
                    .append('\t')
                    .append(o[0])
                    .append('/')
                    .append(o[1])
                    .append('\n');
        }
        int sentences = gold.values().stream().mapToInt(Set::size).sum();
        report.append(String.format(
                "total (%d sentences)\t%d/%d\t%d/%d%n", sentences, rules[0], rules[1], openNlp[0], openNlp[1]));
        System.out.print(report);
        assertEquals(0, rules[0], report.toString());
        assertTrue(rules[0] + rules[1] <= openNlp[0] + openNlp[1], report.toString());
    }

    /** {wrong splits, missed boundaries}. */
    private static int[] errors(List<Sentence> sentences, Set<Integer> gold) {
        Set<Integer> found = sentences.stream().map(Sentence::start).collect(Collectors.toCollection(TreeSet::new));
        int wrong = (int) found.stream().filter(s -> !gold.contains(s)).count();
        int missed = (int) gold.stream().filter(s -> !found.contains(s)).count();
        return new int[] {wrong, missed};
    }

    /** The marked sentence starts of the articles whose file name passes {@code which}. */
    private static Map<String, Set<Integer>> boundaries(Predicate<String> which) throws IOException {
        Map<String, Set<Integer>> gold = new LinkedHashMap<>();
        for (String line : Files.readAllLines(
                FactQualityTest.RESOURCES.resolve("sentences/boundaries.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            Set<Integer> starts = new TreeSet<>();
            for (int i = 1; i < cells.length; i++) {
                starts.add(Integer.parseInt(cells[i]));
            }
            if (which.test(cells[0])) {
                gold.put(cells[0], starts);
            }
        }
        return gold;
    }
}
