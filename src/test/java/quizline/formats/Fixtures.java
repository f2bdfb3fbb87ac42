package quizline.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import quizline.pack.Pack;
import quizline.pack.PackReader;

/** Test files under src/test/resources/formats, read byte for byte. */
final class Fixtures {
    private Fixtures() {}

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/formats/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Pack pack(String name) {
        PackReader.Result result = PackReader.read(text(name));
        if (!result.ok()) {
            throw new IllegalStateException(name + ": " + result.problems());
        }
        return result.pack().orElseThrow();
    }

    static List<String> formatted(List<FileNotice> notices, String file) {
        return notices.stream().map(n -> n.format(file)).toList();
    }
}
