package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import quizline.SharedFolder;

/**
 * Independent Anki tools from the npm registry, in test scope only: {@code anki-reader} reads the packages quizline
 * writes, {@code anki-apkg-export} writes packages for quizline to import. Their versions are pinned in
 * {@code src/test/node/anki-oracle} (package.json and its lock); the first test that needs them installs them with
 * {@code npm ci} under {@code target/anki-oracle}, once. Without npm on the machine the tests skip, saying so, except
 * where {@code CI=true}, where they fail: CI never passes by skipping them.
 */
final class AnkiOracle {
    private static final Path SOURCE = Path.of("src/test/node/anki-oracle");
    private static final Path HOME = Path.of("target/anki-oracle");
    private static boolean installed;

    private AnkiOracle() {}

    /** Runs one of the oracle's scripts with node and gives what it printed; a failure fails the test. */
    static String run(String script, String... args) throws IOException, InterruptedException {
        install();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        return exec(command, 60);
    }

    private static synchronized void install() throws IOException, InterruptedException {
        if (installed) {
            return;
        }
        if (!onPath("node") || !onPath("npm")) {
            String needs = "needs node and npm (to run the npm packages anki-reader and anki-apkg-export)";
            if (SharedFolder.required()) {
                fail(needs + ", and CI=true makes that an error: install Node.js and npm");
            }
            assumeTrue(false, needs);
        }
        Files.createDirectories(HOME);
        boolean changed = false;
        for (String file : List.of("package.json", "package-lock.json", "read-package.js", "write-package.js")) {
            Path target = HOME.resolve(file);
            byte[] want = Files.readAllBytes(SOURCE.resolve(file));
            if (!Files.exists(target) || !java.util.Arrays.equals(want, Files.readAllBytes(target))) {
                Files.copy(SOURCE.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
                changed = true;
            }
        }
        if (changed || !Files.isDirectory(HOME.resolve("node_modules/anki-reader"))) {
            exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
        }
        installed = true;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static String exec(List<String> command, int seconds) throws IOException, InterruptedException {
        Path err = Files.createTempFile("anki-oracle", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(HOME.toFile())
                    .redirectError(err.toFile())
                    .start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + ": still running after " + seconds + " s");
            }
            assertEquals(
                    0,
                    process.exitValue(),
                    String.join(" ", command) + " failed: " + Files.readString(err, StandardCharsets.UTF_8));
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
