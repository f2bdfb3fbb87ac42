package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's shell sessions run as written, against the bundled pack. The convention: a fenced block opened with
 * {@code ```console} is a session; each line starting with {@code $ } is a command, run by {@code sh} in a folder
 * holding {@code ./quizline} (the built jar) and a copy of the packs in the repository's {@code questions/}, with a fresh home, over pipes
 * (no input, so plain mode), {@code QUIZLINE_NOW=2026-12-05T09:00:00Z}, {@code TZ=UTC} and {@code NO_COLOR}; the
 * lines up to the next command are exactly what it prints, standard error where the terminal would show it. A
 * command exits 0 unless it ends with the comment {@code # exit N}. The commands of one block share the home, in
 * order; each block starts afresh. Elapsed times ({@code · 3s}) are the one thing read loosely: no run takes the
 * same time twice.
 */
class ReadmeExamplesIT {
    private static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d+)\\s*$");
    private static final Pattern ELAPSED = Pattern.compile("(· )(\\d+m)?\\d+s\\b");

    @TempDir
    Path dir;

    @BeforeAll
    static void jar() {
        Program.assertJarBuilt();
    }

    record Example(int block, String command, int exit, String output) {}

    /** Every command of every console block, in the README's order. */
    static List<Example> examples(String readme) {
        List<Example> examples = new ArrayList<>();
        boolean inBlock = false;
        int block = 0;
        String command = null;
        StringBuilder output = new StringBuilder();
        for (String line : readme.split("\n", -1)) {
            if (!inBlock) {
                if (line.strip().equals("```console")) {
                    inBlock = true;
                    block++;
                }
                continue;
            }
            if (line.startsWith("$ ") || line.strip().equals("```")) {
                if (command != null) {
                    Matcher exit = EXIT.matcher(command);
                    examples.add(new Example(
                            block, command, exit.find() ? Integer.parseInt(exit.group(1)) : 0, output.toString()));
                }
                command = line.startsWith("$ ") ? line.substring(2) : null;
                output.setLength(0);
                inBlock = line.startsWith("$ ");
            } else {
                output.append(line).append('\n');
            }
        }
        return examples;
    }

    private static String loosely(String text) {
        return ELAPSED.matcher(text).replaceAll("$1Ns");
    }

    @Test
    void everyConsoleExampleOfTheReadmeRunsAsShown() throws Exception {
        List<Example> examples = examples(Files.readString(Program.ROOT.resolve("README.md")));
        assertTrue(examples.size() >= 4, "the README's console examples: " + examples);
        Path folder = null;
        int block = 0;
        for (Example example : examples) {
            if (example.block() != block) {
                block = example.block();
                folder = Files.createDirectories(dir.resolve("block" + block));
                Path launcher = folder.resolve("quizline");
                Files.writeString(
                        launcher, "#!/bin/sh\nexec '" + Program.javaBinary() + "' -jar '" + Program.JAR + "' \"$@\"\n");
                assertTrue(launcher.toFile().setExecutable(true));
                Path questions = Files.createDirectories(folder.resolve("questions"));
                try (var packs = Files.newDirectoryStream(Program.ROOT.resolve("questions"), "*.json")) {
                    for (Path pack : packs) {
                        Files.copy(pack, questions.resolve(pack.getFileName()));
                    }
                }
            }
            Map<String, String> env = Program.environment(folder);
            env.remove("QUIZLINE_PACKS");
            env.remove("QUIZLINE_ARTICLES");
            env.put("QUIZLINE_NOW", "2026-12-05T09:00:00Z");
            env.put("TZ", "UTC");
            env.put("NO_COLOR", "1");
            env.put("COLUMNS", "80");
            ProcessBuilder builder = new ProcessBuilder("sh", "-c", example.command())
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("did not finish in 60 s: " + example.command());
            }
            assertEquals(example.exit(), process.exitValue(), example.command() + "\n" + printed);
            assertEquals(loosely(example.output()), loosely(printed), example.command());
        }
    }

    @Test
    void theConventionReadsCommandsTheirOutputAndTheirExitCode() {
        String readme = """
                text
                ```sh
                $ not a session
                ```
                ```console
                $ ./quizline validate questions/*.json
                questions/sco-summits.json: OK
                $ ./quizline stats --pack nope   # exit 1
                quizline: no pack
                ```
                """;
        assertEquals(
                List.of(
                        new Example(1, "./quizline validate questions/*.json", 0, "questions/sco-summits.json: OK\n"),
                        new Example(1, "./quizline stats --pack nope   # exit 1", 1, "quizline: no pack\n")),
                examples(readme));
    }
}
