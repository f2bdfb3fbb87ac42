package quizline;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folder {@code ../shared} beside the project root, for the tests that need it: the articles the
 * bundled pack is generated from (third-party text, never copied into the repository) and the FSRS
 * conformance cases that {@code src/test/resources/fsrs} is a copy of.
 *
 * <p>Without the folder those tests are skipped, each with one line saying what it needs. Where the
 * environment variable {@code CI} is {@code true}, as on the CI runner, which has the folder, they
 * fail instead: CI never passes by skipping them. The reason is printed once per folder, as the
 * build's summary counts skipped tests without saying why.
 */
public final class SharedFolder {
    private static final Path ROOT = Path.of("..", "shared");
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private SharedFolder() {}

    /** {@code ../shared/articles}: the five articles {@code questions/sco-summits.json} is generated from. */
    public static Path articles() {
        return require("articles", "the articles are not in the repository");
    }

    /** {@code ../shared/dev-articles}: real news reports with hand-written gold facts, to measure extraction. */
    public static Path devArticles() {
        return require("dev-articles", "the development articles and their gold facts are not in the repository");
    }

    /** {@code ../shared/tools}: the scorer extraction is measured with. */
    public static Path tools() {
        return require("tools", "the extraction scorer is not in the repository");
    }

    /** {@code ../shared/fsrs}: where the copy of the FSRS conformance cases in the test resources comes from. */
    public static Path fsrs() {
        return require("fsrs", "to compare the copy in src/test/resources/fsrs with it");
    }

    /** Whether a missing folder fails the test instead of skipping it. */
    public static boolean required() {
        return "true".equals(System.getenv("CI"));
    }

    private static Path require(String name, String why) {
        Path dir = ROOT.resolve(name);
        if (!Files.isDirectory(dir)) {
            String needs = "needs ../shared/" + name + " (" + why + ")";
            if (required()) {
                fail(needs + ", and CI=true makes that an error: expected the folder "
                        + dir.toAbsolutePath().normalize() + "; unset CI to skip the tests that need it");
            }
            if (REPORTED.add(name)) {
                System.out.println("Skipping the tests that need ../shared/" + name + ": " + why);
            }
            assumeTrue(false, needs);
        }
        return dir;
    }
}
