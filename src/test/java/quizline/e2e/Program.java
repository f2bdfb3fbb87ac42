package quizline.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a user would, with every user folder redirected to a temp folder. */
final class Program {
    static final Path ROOT = Path.of(System.getProperty("quizline.root", ".")).toAbsolutePath();
    static final Path JAR =
            Path.of(System.getProperty("quizline.jar", "target/quizline.jar")).toAbsolutePath();
    static final Path TEST_PACKS = ROOT.resolve("src/test/resources/packs");

    record Result(int exit, String out, String err) {}

    /** How many questions the committed bundled pack holds: the count its header line must show. */
    static int bundledQuestions() throws IOException {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(ROOT.resolve("questions/sco-summits.json").toFile());
        return tree.get("questions").size();
    }

    /** The environment for a run: temp home and XDG folders, the test pack and its articles. */
    static Map<String, String> environment(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.put("QUIZLINE_PACKS", TEST_PACKS.resolve("mini.json").toString());
        env.put("QUIZLINE_ARTICLES", TEST_PACKS.resolve("articles").toString());
        env.put("PATH", System.getenv("PATH"));
        env.put("LANG", "C.UTF-8");
        return env;
    }

    static Result run(Path home, String stdin, String... args) throws IOException, InterruptedException {
        return run(environment(home), stdin, args);
    }

    static Result run(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        return runIn(ROOT, env, stdin, args);
    }

    /** Runs quizline in a working directory of the test's, for file arguments without a folder ("--db p.db"). */
    static Result runIn(Path directory, Map<String, String> env, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("quizline did not finish in 60 s: " + command);
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    /**
     * Sets the profile to ask new questions in pack order (the default shuffles them by the day),
     * for the scripts that answer the mini pack's questions in the order it lists them.
     */
    static void inPackOrder(Map<String, String> env, String profile) throws IOException, InterruptedException {
        Result r = run(env, "", "config", "new-order", "pack", "--profile", profile);
        if (r.exit() != 0) {
            throw new AssertionError("config new-order pack failed: " + r.err());
        }
    }

    static void inPackOrder(Path home) throws IOException, InterruptedException {
        inPackOrder(environment(home), "default");
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<unreadable: " + e + ">";
            }
        });
    }

    static void assertJarBuilt() {
        if (!Files.isRegularFile(JAR)) {
            throw new AssertionError("no jar at " + JAR + ": run the tests with the verify phase");
        }
    }

    private Program() {}
}
