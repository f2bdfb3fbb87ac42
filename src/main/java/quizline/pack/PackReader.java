package quizline.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a pack from its text and reports every problem with the line and column where it is:
 * JSON syntax, structure (unknown, missing, mistyped fields) and meaning (see {@link PackRules}).
 */
public final class PackReader {
    private PackReader() {}

    /** One problem, 1-based line and column. */
    public record Problem(int line, int column, String message) {
        public String format(String fileName) {
            return fileName + ":" + line + ":" + column + ": " + message;
        }
    }

    /** The pack when the text had no problems, otherwise the problems in file order. */
    public record Result(Optional<Pack> pack, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Reads without looking at articles: source offsets are checked only against the sources list. */
    public static Result read(String text) {
        return read(text, article -> Optional.empty());
    }

    /**
     * @param articles the text of an article by its file name, when it can be found; used to check
     *                 that source offsets lie inside the article
     */
    public static Result read(String text, Function<String, Optional<String>> articles) {
        LocatedJson json;
        try {
            json = LocatedJson.read(text);
        } catch (LocatedJson.SyntaxException e) {
            return new Result(
                    Optional.empty(),
                    List.of(new Problem(e.position().line(), e.position().column(), e.getMessage())));
        }
        if (!json.root().isObject()) {
            return new Result(
                    Optional.empty(),
                    List.of(new Problem(
                            1, 1, "a pack must be a JSON object, not " + StrictBinder.describe(json.root()))));
        }
        StrictBinder binder = new StrictBinder();
        Pack pack = (Pack) binder.bind(json.root(), Pack.class, "", "the pack");
        List<StrictBinder.Issue> issues = new ArrayList<>(binder.issues());
        if (pack != null) {
            issues.addAll(PackRules.issues(pack, articles));
        } else {
            PartialPack partial = partialPack(json);
            if (partial != null) {
                issues.addAll(PackRules.checkParts(
                        partial.format(),
                        partial.id(),
                        partial.title(),
                        partial.version(),
                        partial.questions(),
                        partial.sources(),
                        articles));
            }
        }
        issues.addAll(PackRules.idsAndPrompts(json.root().path("questions")));
        List<Problem> problems = issues.stream()
                .map(i -> {
                    LocatedJson.Position p = json.position(i.pointer());
                    return new Problem(p.line(), p.column(), i.message());
                })
                .distinct()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
        return new Result(problems.isEmpty() ? Optional.of(pack) : Optional.empty(), problems);
    }

    /** The questions (null where one did not bind) and sources (null when unknown) of a broken pack. */
    private record PartialPack(
            Integer format, String id, String title, Integer version, List<Question> questions, List<Source> sources) {}

    /**
     * The parts of a pack that bind on their own, so meaning checks (duplicate ids, answers out of
     * range) still run on the good questions of a file whose header or other questions are broken.
     */
    private static PartialPack partialPack(LocatedJson json) {
        var root = json.root();
        StrictBinder quiet = new StrictBinder();
        var questionNodes = root.get("questions");
        List<Question> questions = new ArrayList<>();
        for (int i = 0; questionNodes != null && questionNodes.isArray() && i < questionNodes.size(); i++) {
            questions.add((Question) quiet.bind(questionNodes.get(i), Question.class, "/questions/" + i, "question"));
        }
        var sourceNodes = root.get("sources");
        List<Source> sources = null;
        if (sourceNodes != null && sourceNodes.isArray()) {
            sources = new ArrayList<>();
            for (int i = 0; i < sourceNodes.size() && sources != null; i++) {
                Object s = quiet.bind(sourceNodes.get(i), Source.class, "/sources/" + i, "source");
                if (s == null) {
                    sources = null;
                } else {
                    sources.add((Source) s);
                }
            }
        }
        return new PartialPack(
                (Integer) quiet.bind(root.path("format"), Integer.class, "/format", "format"),
                (String) quiet.bind(root.path("id"), String.class, "/id", "id"),
                (String) quiet.bind(root.path("title"), String.class, "/title", "title"),
                (Integer) quiet.bind(root.path("version"), Integer.class, "/version", "version"),
                questions,
                sources);
    }
}
