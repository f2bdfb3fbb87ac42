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
}
