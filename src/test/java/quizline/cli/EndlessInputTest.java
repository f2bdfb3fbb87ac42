package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs with no end: a device such as /dev/zero, or a pipe that never stops. Each command that
 * reads a file stops at the size cap with one line, instead of reading until memory runs out.
 */
class EndlessInputTest {
    private static final Path ZERO = Path.of("/dev/zero");

    @TempDir
    Path dir;

    private static void assertOneLine(Cli.Result r, String expected) {
        String all = r.out() + r.err();
        assertEquals(1, r.exit(), all);
        assertEquals(1, all.lines().count(), all);
        assertTrue(all.contains(expected), all);
        assertFalse(all.contains("internal error"), all);
    }

    @Test
    void aDeviceIsRefusedByEveryCommandThatReadsFiles() {
        assumeTrue(Files.exists(ZERO));
        String device = "/dev/zero: a device, not a file";
        assertOneLine(Cli.run("validate", ZERO.toString()), device);
        assertOneLine(Cli.run("lint", ZERO.toString()), device);
        assertOneLine(
                Cli.run(
                        "import",
                        ZERO.toString(),
                        "--out",
                        dir.resolve("p.json").toString()),
                device);
        assertOneLine(
                Cli.run(
                        "import",
                        "--progress",
                        ZERO.toString(),
                        "--db",
                        dir.resolve("p.db").toString()),
                device);
        assertOneLine(Cli.run("fsrs", "replay", ZERO.toString()), device);
        assertFalse(Files.exists(dir.resolve("p.json")));
        assertFalse(Files.exists(dir.resolve("p.db")));
    }

    @Test
    void aPipeThatNeverEndsStopsAtTheCap() throws Exception {
        Path fifo = dir.resolve("endless");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        String header = "card_id,review_time,review_rating,review_state,review_duration\n";
        for (List<String> command : List.of(
                List.of("validate"),
                List.of("import", "--out", dir.resolve("p.json").toString()),
                List.of("fsrs", "replay"))) {
            // A review log that goes on for ever, so that replay reads on instead of stopping at a bad header.
            CompletableFuture<Void> writer =
                    CompletableFuture.runAsync(() -> endless(fifo, header, "1,1720519200000,3,0,2400\n"));
            String[] args = command.toArray(new String[command.size() + 1]);
            args[command.size()] = fifo.toString();
            assertOneLine(Cli.run(args), fifo + ": larger than 32 MiB, the most quizline reads from such a file");
            writer.join();
        }
    }

    /** Writes {@code header}, then {@code line} until the reader goes away. */
    private static void endless(Path fifo, String header, String line) {
        byte[] chunk = line.repeat(4096).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new FileOutputStream(fifo.toFile())) {
            out.write(header.getBytes(StandardCharsets.UTF_8));
            while (true) {
                out.write(chunk);
            }
        } catch (IOException e) {
            // the reader closed the pipe: done
        }
    }

    @Test
    void aPipeIsReadOnceAndWhole() throws Exception {
        Path fifo = dir.resolve("gift");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        String gift = "::Capital of Kenya:: What is the capital of Kenya? {=Nairobi}\n";
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = new FileOutputStream(fifo.toFile())) {
                out.write(gift.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path pack = dir.resolve("pack.json");
        // opened twice, the pipe's second reader would wait for ever for a writer that is gone
        Cli.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60),
                () -> Cli.run("import", "--gift", fifo.toString(), "--out", pack.toString()));
        writer.join();
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(Files.readString(pack).contains("What is the capital of Kenya?"), Files.readString(pack));
        assertTrue(Files.readString(pack).contains("capital-of-kenya"), "the title's first bytes are kept");
    }
}
