package quizline.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import quizline.SharedFolder;

/** src/test/resources/fsrs is ../shared/fsrs byte for byte: the same files, with the same contents. */
class FsrsCasesCopyTest {
    private static final Path COPY = FsrsCases.folder().getParent();

    @Test
    void theCopyEqualsTheSharedFolder() throws IOException {
        Path shared = SharedFolder.fsrs();
        List<String> files = files(shared);
        assertEquals(
                files,
                files(COPY),
                "files in " + COPY + " and " + shared.toAbsolutePath().normalize()
                        + " (refresh with cp -r ../shared/fsrs/. src/test/resources/fsrs/)");
        for (String file : files) {
            assertArrayEquals(
                    Files.readAllBytes(shared.resolve(file)),
                    Files.readAllBytes(COPY.resolve(file)),
                    file + " differs from ../shared/fsrs/" + file);
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
