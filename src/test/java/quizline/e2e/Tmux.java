package quizline.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real terminal for end-to-end tests: a tmux server of its own (so no user session is
 * touched), keys sent with send-keys, the screen read with capture-pane.
 */
final class Tmux implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final String socket;
    private final String session = "quizline";

    private Tmux(String socket) {
        this.socket = socket;
    }

    /** Fails, rather than skips, without tmux: the terminal tests are part of the suite (.ci/run installs it). */
    static void assertInstalled() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
        if (p.waitFor() != 0) {
            throw new AssertionError("tmux is needed for the terminal tests (.ci/run installs it)");
        }
    }

    /** Starts {@code command} in a fresh {@code columns}×{@code rows} terminal with the given environment. */
    static Tmux start(Path workdir, int columns, int rows, Map<String, String> env, String command)
            throws IOException, InterruptedException {
        Tmux tmux = new Tmux("quizline-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        List<String> args = new ArrayList<>(List.of(
                "new-session",
                "-d",
                "-s",
                tmux.session,
                "-x",
                String.valueOf(columns),
                "-y",
                String.valueOf(rows),
                "-c",
                workdir.toString()));
        for (Map.Entry<String, String> e : env.entrySet()) {
            args.add("-e");
            args.add(e.getKey() + "=" + e.getValue());
        }
        // Keep the pane after the program exits, so its last screen can still be read.
        args.add(command + "; echo '[exited '$?']'; sleep 600");
        tmux.tmux(args.toArray(String[]::new));
        return tmux;
    }

    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Types text literally (no key names). */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, "-l", text);
    }

    /** Resizes the terminal, as dragging its window's corner does: the program gets SIGWINCH. */
    void resize(int columns, int rows) throws IOException, InterruptedException {
        tmux("resize-window", "-t", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", session);
    }

    /** The screen with its escape sequences, to check colours. */
    String screenWithEscapes() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-e", "-t", session);
    }

    /** Waits until the screen matches; fails with the screen's content after the timeout. */
    String waitFor(String regex) throws IOException, InterruptedException {
        Pattern pattern = Pattern.compile(regex, Pattern.DOTALL);
        Instant deadline = Instant.now().plus(TIMEOUT);
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            screen = screen();
            if (pattern.matcher(screen).find()) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("screen never matched /" + regex + "/ in " + TIMEOUT.toSeconds() + " s:\n" + screen);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    /** The terminal goes away (a window shut, a connection dropped): everything in it gets SIGHUP. */
    void hangUp() throws IOException {
        close();
    }

    @Override
    public void close() throws IOException {
        Process kill = new ProcessBuilder("tmux", "-L", socket, "kill-server")
                .redirectErrorStream(true)
                .start();
        try {
            kill.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            // try-with-resources may close while the test is being interrupted: keep the flag for JUnit.
            Thread.currentThread().interrupt();
        }
    }
}
