package quizline.schedule;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The FSRS conformance cases ({@code src/test/resources/fsrs/cases}) and the tolerances of their README
 * ({@code src/test/resources/fsrs/README.md}). They are a byte-for-byte copy of {@code ../shared/fsrs},
 * where they are made from the reference and refreshed: copy the folder again after a change there
 * ({@code cp -r ../shared/fsrs/. src/test/resources/fsrs/}); {@link FsrsCasesCopyTest} checks that the
 * two are the same when {@code ../shared} is present.
 */
public final class FsrsCases {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REPORTED = 10;

    /** One case: {@code NAME.csv}, {@code NAME.json}, {@code NAME.expected.jsonl}. */
    public record Case(String name, Path csv, JsonNode options, List<Expected> expected) {

        public SchedulerOptions schedulerOptions() {
            return new SchedulerOptions(
                    options.get("retention").asDouble(),
                    Steps.parse(String.join(",", strings(options.get("learning_steps")))),
                    Steps.parse(String.join(",", strings(options.get("relearning_steps")))),
                    options.get("short_term").asBoolean(),
                    options.get("max_interval").asInt(),
                    false);
        }

        public FsrsParameters parameters() {
            JsonNode params = options.get("params");
            if (params == null || params.isNull()) {
                return FsrsParameters.defaults();
            }
            double[] w = new double[params.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = params.get(i).asDouble();
            }
            return new FsrsParameters(w);
        }

        /** The options in the command-line form {@code quizline fsrs replay} takes. */
        public List<String> commandLineOptions() {
            List<String> args = new ArrayList<>();
            args.add("--retention");
            args.add(options.get("retention").asText());
            args.add("--learning-steps");
            args.add(String.join(",", strings(options.get("learning_steps"))));
            args.add("--relearning-steps");
            args.add(String.join(",", strings(options.get("relearning_steps"))));
            if (!options.get("short_term").asBoolean()) {
                args.add("--no-short-term");
            }
            args.add("--max-interval");
            args.add(options.get("max_interval").asText());
            JsonNode params = options.get("params");
            if (params != null && !params.isNull()) {
                List<String> w = new ArrayList<>();
                params.forEach(p -> w.add(p.asText()));
                args.add("--params");
                args.add(String.join(",", w));
            }
            return args;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One line of an expected (or produced) JSONL file. */
    public record Expected(
            String cardId,
            int i,
            Instant reviewTime,
            int rating,
            String state,
            double stability,
            double difficulty,
            Double retrievability,
            int scheduledDays,
            Instant due) {

        public static Expected parse(String line) {
            try {
                JsonNode n = JSON.readTree(line);
                JsonNode r = n.get("retrievability");
                return new Expected(
                        n.get("card_id").asText(),
                        n.get("i").asInt(),
                        Instant.parse(n.get("review_time").asText()),
                        n.get("rating").asInt(),
                        n.get("state").asText(),
                        n.get("stability").asDouble(),
                        n.get("difficulty").asDouble(),
                        r == null || r.isNull() ? null : r.asDouble(),
                        n.get("scheduled_days").asInt(),
                        Instant.parse(n.get("due").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON object: " + line, e);
            }
        }
    }

    private FsrsCases() {}

    /** The folder of the cases: {@code NAME.csv}, {@code NAME.json}, {@code NAME.expected.jsonl}. */
    public static Path folder() {
        return Paths.get("src", "test", "resources", "fsrs", "cases").toAbsolutePath();
    }

    /** Every case, by name. */
    public static List<Case> all() {
        Path dir = folder();
        assertTrue(Files.isDirectory(dir), "FSRS conformance cases not found: expected the folder " + dir);
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path csv : files.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList()) {
                String file = csv.getFileName().toString();
                String name = file.substring(0, file.length() - ".csv".length());
                Path options = dir.resolve(name + ".json");
                Path expected = dir.resolve(name + ".expected.jsonl");
                assertTrue(Files.isRegularFile(options), "case " + name + " has no " + options.getFileName());
                assertTrue(Files.isRegularFile(expected), "case " + name + " has no " + expected.getFileName());
                List<Expected> lines = Files.readAllLines(expected).stream()
                        .filter(l -> !l.isBlank())
                        .map(Expected::parse)
                        .toList();
                cases.add(new Case(name, csv, JSON.readTree(options.toFile()), lines));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(!cases.isEmpty(), "no FSRS conformance cases (*.csv) in " + dir);
        return cases;
    }

    /** Asserts line-by-line agreement within the README's tolerances, reporting the first few differences. */
    public static void assertConforms(String caseName, List<Expected> expected, List<Expected> actual) {
        List<String> problems = new ArrayList<>();
        if (expected.size() != actual.size()) {
            problems.add("expected " + expected.size() + " reviews, got " + actual.size());
        }
        for (int k = 0; k < Math.min(expected.size(), actual.size()) && problems.size() < MAX_REPORTED; k++) {
            String difference = difference(expected.get(k), actual.get(k));
            if (difference != null) {
                problems.add("line " + (k + 1) + " (" + expected.get(k).cardId() + " #"
                        + expected.get(k).i() + "): " + difference);
            }
        }
        if (!problems.isEmpty()) {
            fail(caseName + ": " + problems.size() + (problems.size() >= MAX_REPORTED ? "+" : "") + " difference(s)\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** {@code null} when the two agree within tolerance, else what differs. */
    static String difference(Expected e, Expected a) {
        List<String> diffs = new ArrayList<>();
        if (!e.cardId().equals(a.cardId())) {
            diffs.add("card_id " + a.cardId() + " != " + e.cardId());
        }
        if (e.i() != a.i()) {
            diffs.add("i " + a.i() + " != " + e.i());
        }
        if (!sameSecond(e.reviewTime(), a.reviewTime())) {
            diffs.add("review_time " + a.reviewTime() + " != " + e.reviewTime());
        }
        if (e.rating() != a.rating()) {
            diffs.add("rating " + a.rating() + " != " + e.rating());
        }
        if (!e.state().equals(a.state())) {
            diffs.add("state " + a.state() + " != " + e.state());
        }
        if (!close(e.stability(), a.stability())) {
            diffs.add("stability " + a.stability() + " != " + e.stability());
        }
        if (!close(e.difficulty(), a.difficulty())) {
            diffs.add("difficulty " + a.difficulty() + " != " + e.difficulty());
        }
        if (e.retrievability() == null || a.retrievability() == null) {
            if (e.retrievability() != a.retrievability()) {
                diffs.add("retrievability " + a.retrievability() + " != " + e.retrievability());
            }
        } else if (Math.abs(e.retrievability() - a.retrievability()) > 1e-6) {
            diffs.add("retrievability " + a.retrievability() + " != " + e.retrievability());
        }
        if (e.scheduledDays() != a.scheduledDays()) {
            diffs.add("scheduled_days " + a.scheduledDays() + " != " + e.scheduledDays());
        }
        if (!sameSecond(e.due(), a.due())) {
            diffs.add("due " + a.due() + " != " + e.due());
        }
        return diffs.isEmpty() ? null : String.join(", ", diffs);
    }

    /** 1e-6 relative, or 1e-9 absolute near zero. */
    static boolean close(double expected, double actual) {
        double diff = Math.abs(expected - actual);
        return diff <= 1e-9 || diff <= 1e-6 * Math.abs(expected);
    }

    private static boolean sameSecond(Instant expected, Instant actual) {
        return Math.abs(expected.toEpochMilli() - actual.toEpochMilli()) < 1000;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
