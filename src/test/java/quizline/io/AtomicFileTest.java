package quizline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    /** A process id no system hands out (Linux stops at 2^22), so its files are a killed run's. */
    private static final long DEAD_PID = 1L << 40;

    @TempDir
    Path dir;

    /** Writes {@code limit} bytes of 'x', then fails as a full disk would. */
    private static AtomicFile.Content failingAfter(int limit) {
        return out -> {
            byte[] chunk = new byte[1000];
            java.util.Arrays.fill(chunk, (byte) 'x');
            int written = 0;
            while (written + chunk.length <= limit) {
                out.write(chunk);
                written += chunk.length;
            }
            throw new IOException("No space left on device");
        };
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileByteForByteAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("pack.json");
        byte[] old = "the old content\n".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, failingAfter(50_000), true));
        assertEquals("No space left on device", e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of("pack.json"), names());
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNoFileWhereThereWasNone() throws IOException {
        Path target = dir.resolve("pack.json");
        assertThrows(IOException.class, () -> AtomicFile.write(target, failingAfter(50_000), false));
        assertEquals(List.of(), names());
    }

    @Test
    void aTargetThatCannotBeReplacedKeepsItsContentAndNoTemporaryFileStays() throws IOException {
        Path target = dir.resolve("out");
        Files.createDirectories(target.resolve("inside"));
        assertThrows(IOException.class, () -> AtomicFile.writeString(target, "new", true));
        assertTrue(Files.isDirectory(target.resolve("inside")));
        assertEquals(List.of("out"), names());
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws IOException {
        Path target = dir.resolve("notes.txt");
        Files.writeString(target, "keep me");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.writeString(target, "new", false));
        assertEquals("keep me", Files.readString(target));
        AtomicFile.writeString(target, "new", true);
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("notes.txt"), names());
    }

    @Test
    void aKilledRunsTemporaryFileNeitherBlocksNorOutlivesTheNextWrite() throws IOException {
        Path target = dir.resolve("pack.json");
        Path leftover = dir.resolve(".pack.json." + DEAD_PID + ".0123456789ab" + AtomicFile.SUFFIX);
        Files.writeString(leftover, "{\"half\": ");
        AtomicFile.writeString(target, "{}\n", false);
        assertEquals("{}\n", Files.readString(target));
        assertEquals(List.of("pack.json"), names());
    }

    @Test
    void aRunningProcesssTemporaryFileAndOtherNamesAreLeftAlone() throws IOException {
        Path target = dir.resolve("pack.json");
        List<String> others = List.of(
                // a process still running (this one) is writing it
                ".pack.json." + ProcessHandle.current().pid() + ".0123456789ab" + AtomicFile.SUFFIX,
                // the temporary file of another target, pack.json.1
                ".pack.json.1." + DEAD_PID + ".0123456789ab" + AtomicFile.SUFFIX,
                // not a temporary file at all
                ".pack.json.notes");
        for (String other : others) {
            Files.writeString(dir.resolve(other), "x");
        }
        AtomicFile.writeString(target, "{}\n", false);
        assertEquals(
                Stream.concat(others.stream(), Stream.of("pack.json")).sorted().toList(), names());
    }

    @Test
    void theNewContentArrivesWhole() throws IOException {
        Path target = dir.resolve("big.txt");
        byte[] big = new byte[3_000_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        AtomicFile.write(target, (OutputStream out) -> out.write(big), false);
        assertArrayEquals(big, Files.readAllBytes(target));
        assertFalse(names().stream().anyMatch(n -> n.endsWith(AtomicFile.SUFFIX)));
    }
}
