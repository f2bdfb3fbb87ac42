package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.SharedFolder;
import quizline.lint.Finding;
import quizline.lint.PackLint;
import quizline.lint.Severity;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Question;

/**
 * The draft of the 30 development articles, as an instructor gets it: one or two questions per fact, every kind of
 * question an instructor writes, about a third of the statements keyed False, no lint error but the conflicts left to
 * the review, and the same bytes on every run.
 */
class GeneratedDraftVarietyTest {
    @TempDir
    Path dir;

    private Path generate(String name) throws IOException {
        List<String> args = new ArrayList<>(List.of("generate"));
        try (Stream<Path> files = Files.list(SharedFolder.devArticles())) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> args.add(f.toString()));
        }
        Path out = dir.resolve(name);
        args.addAll(List.of("--id", "dev", "--title", "Dev", "--out", out.toString()));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    @Test
    void theDevelopmentArticlesGiveAVariedDraftTheSameOnEveryRun() throws IOException {
        Path first = generate("a.json");
        Path second = generate("b.json");
        assertEquals(Files.readString(first), Files.readString(second), "byte for byte");
        Pack draft = PackReader.read(Files.readString(first)).pack().orElseThrow();

        Map<String, List<Question>> byFact = draft.questions().stream().collect(Collectors.groupingBy(Question::fact));
        byFact.forEach((fact, questions) -> assertTrue(questions.size() <= 2, fact + ": " + questions.size()));
        assertTrue(draft.questions().size() <= 2 * byFact.size());

        List<Question.TrueFalse> statements = draft.questions().stream()
                .filter(q -> q instanceof Question.TrueFalse)
                .map(q -> (Question.TrueFalse) q)
                .toList();
        long keyedFalse = statements.stream().filter(t -> !t.answer()).count();
        assertTrue(
                keyedFalse * 4 >= statements.size() && keyedFalse * 20 <= statements.size() * 9,
                keyedFalse + " of " + statements.size() + " statements keyed False");

        for (String kind : List.of(
                "-not-member",
                "-members",
                "-who-choice",
                "-year-choice",
                "-leader",
                "-country-choice",
                "-title-choice",
                "-truefalse-false",
                "-short",
                "-cloze")) {
            assertTrue(draft.questions().stream().anyMatch(q -> q.id().endsWith(kind)), "no question " + kind);
        }
        for (String type : List.of("choice", "multi", "short", "truefalse", "numeric", "cloze")) {
            assertTrue(draft.questions().stream().anyMatch(q -> q.type().equals(type)), "no " + type + " question");
        }

        List<String> errors = PackLint.check(draft, draft.asOf()).stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::message)
                .filter(m -> !m.contains("draft-conflict") && !m.contains("is not resolved"))
                .toList();
        assertEquals(List.of(), errors);
    }
}
