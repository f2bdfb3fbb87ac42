package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The launcher script as a user's shell or a service starts it. */
class LauncherIT {
    @Test
    void startsWithoutHome() throws Exception {
        Program.assertJarBuilt();
        ProcessBuilder builder = new ProcessBuilder(
                        Program.ROOT.resolve("quizline").toString(), "--version")
                .directory(Program.ROOT.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("HOME");
        env.remove(
                "XDG_CACHE_HOME"); // the launcher then finds its cache from the account's home, as a bare service would
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("quizline ")), out);
    }

    @Test
    void namesFilesOutsideAsciiUnderTheCLocale() throws Exception {
        Program.assertJarBuilt();
        // The folder "ü" and the file "päck.json" are made by the shell from byte escapes, so this test's own JVM
        // needs no locale that can name them.
        String script = "d=\"$0/\"$'\\xc3\\xbc'; mkdir -p \"$d\"; f=\"$d/p\"$'\\xc3\\xa4'\"ck.json\"; cp \"$1\" \"$f\";"
                + " LC_ALL=C \"$2\" validate \"$f\"";
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("launcher");
        ProcessBuilder builder = new ProcessBuilder(
                        "bash",
                        "-c",
                        script,
                        dir.toString(),
                        Program.TEST_PACKS.resolve("mini.json").toString(),
                        Program.ROOT.resolve("quizline").toString())
                .directory(Program.ROOT.toFile())
                .redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.strip().endsWith("ck.json: OK"), out);
    }

    /**
     * A bare {@code java -jar} under the C locale cannot name such a file (the JVM reads its name as "??"): it says so
     * in one line and how to run, never an internal error, for a file argument and for a home folder.
     */
    @Test
    void aBareJavaUnderTheCLocaleSaysWhyItCannotNameTheFile() throws Exception {
        Program.assertJarBuilt();
        String script = "d=\"$0/\"$'\\xc3\\xbc'; mkdir -p \"$d\"; f=\"$d/p.json\"; cp \"$1\" \"$f\";"
                + " LC_ALL=C \"$2\" -jar \"$3\" validate \"$f\"; echo \"exit $?\";"
                + " LC_ALL=C HOME=\"$d\" XDG_DATA_HOME= \"$2\" -jar \"$3\" stats; echo \"exit $?\"";
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("launcher");
        ProcessBuilder builder = new ProcessBuilder(
                        "bash",
                        "-c",
                        script,
                        dir.toString(),
                        Program.TEST_PACKS.resolve("mini.json").toString(),
                        Program.javaBinary(),
                        Program.JAR.toString())
                .directory(Program.ROOT.toFile())
                .redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), out);
        java.util.List<String> lines = out.lines().toList();
        assertTrue(lines.contains("exit 2") && lines.contains("exit 1"), out);
        assertEquals(
                2,
                lines.stream()
                        .filter(l -> l.contains("cannot be written in the locale's character set")
                                && l.endsWith("run with a UTF-8 locale (LC_ALL=C.UTF-8) or through ./quizline"))
                        .count(),
                out);
        assertTrue(!out.contains("internal error"), out);
    }

    /** The launcher's class-data training run studies in a folder of its own: the user's profile stays as it was. */
    @Test
    void theTrainingRunLeavesTheUsersProfileAlone() throws Exception {
        Program.assertJarBuilt();
        java.nio.file.Path home = java.nio.file.Files.createTempDirectory("launcher");
        ProcessBuilder builder = new ProcessBuilder(
                        Program.ROOT.resolve("quizline").toString(), "--version")
                .directory(Program.ROOT.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString()); // an empty cache: the training run happens
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.remove("QUIZLINE_CDS");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), out);
        assertEquals(0, process.exitValue(), out);
        try (var archives = java.nio.file.Files.list(home.resolve("cache").resolve("quizline"))) {
            // A class-data archive, or an AOT cache on a JDK of release 24 or later.
            assertTrue(
                    archives.anyMatch(
                            p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot")),
                    "the training run made its archive");
        }
        assertTrue(
                !java.nio.file.Files.exists(home.resolve("data")),
                "nothing written to the user's data folder: " + home.resolve("data"));
    }
}
