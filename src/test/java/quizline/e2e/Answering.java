package quizline.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A running quizline fed answers ("1", "t" where 1 is no answer, then Enter for the grade) until its input is closed. The
 * feed keeps only a few answers ahead of the ones saved, so closing the input ends the session
 * soon instead of after a pipe full of answers.
 */
final class Answering {
    private static final int AHEAD = 3;
    private static final long PATIENCE_MILLIS = 100;

    final Process process;
    final CompletableFuture<String> out;
    private final Object progress = new Object();
    private int saved;

    Answering(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Program.javaBinary(), "-jar", Program.JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Program.ROOT.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        out = new CompletableFuture<>();
        Thread reader = new Thread(() -> out.complete(readAll()));
        reader.setDaemon(true);
        reader.start();
        Thread feeder = new Thread(() -> feed(process.getOutputStream()));
        feeder.setDaemon(true);
        feeder.start();
    }

    private void feed(OutputStream in) {
        try {
            int sent = 0;
            while (true) {
                synchronized (progress) {
                    if (sent - saved >= AHEAD) {
                        // Some questions take more lines than one answer and its grade: feed on anyway, slowly.
                        progress.wait(PATIENCE_MILLIS);
                    }
                }
                // 1 answers a choice, a multi or a typed question; at true/false it is no answer, so t follows
                // (elsewhere t is no grade and is asked again); the empty line takes the suggested grade.
                in.write("1\nt\n\n".getBytes(StandardCharsets.UTF_8));
                in.flush();
                sent++;
            }
        } catch (IOException | InterruptedException e) {
            // The process is gone, or its input was closed: nothing more to feed.
        }
    }

    private String readAll() {
        StringBuilder text = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                text.append(line).append('\n');
                if (line.startsWith("Saved: ")) {
                    synchronized (progress) {
                        saved++;
                        progress.notifyAll();
                    }
                }
            }
        } catch (IOException e) {
            // The process was killed mid-line: what was read is what it printed.
        }
        return text.toString();
    }

    /** Waits until the program has saved an answer (start-up takes seconds on a busy machine); false if it ended first. */
    boolean awaitFirstSave(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (progress) {
            while (saved == 0 && process.isAlive() && System.currentTimeMillis() < deadline) {
                progress.wait(50);
            }
            return saved > 0;
        }
    }

    /** Ends the input: the session ends with its summary, as at the end of a piped file. */
    void endInput() throws IOException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // A session that ran out of questions ended by itself, and its input went with it; answers the
            // feeder had buffered for it can no longer be written. Only a live process's input must close.
            if (process.isAlive()) {
                throw e;
            }
        }
    }

    /** Answers the program said it saved; waits for it to end. */
    int acknowledged() {
        return ("\n" + out.join()).split("\nSaved: ", -1).length - 1;
    }
}
