package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.SharedFolder;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;

/**
 * questions/sco-summits.json is what the documented command (README, "Regenerating the bundled pack") makes from
 * the shared articles, byte for byte, and it keeps every hand-checked question as written.
 */
class BundledPackRegenerationTest {
    private static final Path AUTHORING = Path.of("questions", "authoring");

    @TempDir
    Path dir;

    @Test
    void theDocumentedCommandRemakesTheBundledPack() throws IOException {
        Path articles = SharedFolder.articles();
        List<String> args = new ArrayList<>(List.of("generate"));
        try (Stream<Path> files = Files.list(articles)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> args.add(f.toString()));
        }
        // The output goes beside the bundled pack, so its $schema reference is the one the pack carries.
        Path out =
                Path.of("questions", ".regenerated-" + ProcessHandle.current().pid() + ".json");
        args.addAll(List.of(
                "--id",
                "sco-summits",
                "--title",
                "SCO summits 2022–2024",
                "--dates",
                AUTHORING.resolve("article-dates.tsv").toString(),
                "--as-of",
                "2024-07-05",
                "--decisions",
                AUTHORING.resolve("sco-summits.review.json").toString(),
                "--add",
                AUTHORING.resolve("sco-summits.handwritten.json").toString(),
                "--out",
                out.toString()));
        try {
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            assertEquals(Files.readString(Path.of("questions", "sco-summits.json")), Files.readString(out));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    void everyHandCheckedQuestionIsKeptAsWritten() throws IOException {
        Pack bundled = PackReader.read(Files.readString(Path.of("questions", "sco-summits.json")))
                .pack()
                .orElseThrow();
        Pack handwritten = PackReader.read(Files.readString(AUTHORING.resolve("sco-summits.handwritten.json")))
                .pack()
                .orElseThrow();
        Map<String, Question> byId =
                bundled.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        assertEquals(82, handwritten.questions().size());
        for (Question q : handwritten.questions()) {
            assertEquals(q, byId.get(q.id()), q.id());
        }
        assertEquals(
                handwritten.questions(),
                bundled.questions().subList(0, handwritten.questions().size()));
        assertTrue(bundled.questions().stream().allMatch(q -> q.status() == null));
    }

    @Test
    void theBundledPackQuotesNoArticleSentence() throws IOException {
        Path articles = SharedFolder.articles();
        String text = Files.readString(Path.of("questions", "sco-summits.json"));
        Pack bundled = PackReader.read(text).pack().orElseThrow();
        for (Question q : bundled.questions()) {
            if (q.source() != null) {
                String quote = Files.readString(articles.resolve(q.source().article()), StandardCharsets.UTF_8)
                        .substring(q.source().start(), q.source().end());
                assertFalse(text.contains(quote.strip()), q.id() + " copies its sentence");
            }
        }
    }
}
