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
        ProcessBuilder builder = new ProcessBuilder(Program.ROOT.resolve("quizline").toString(), "--version")
                .directory(Program.ROOT.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("HOME");
        env.remove("XDG_CACHE_HOME"); // the launcher then finds its cache from the account's home, as a bare service would
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("quizline ")), out);
    }
}
