package quizline.cli;

import java.nio.file.Path;
import quizline.pack.LocatedJson;
import quizline.pack.Pack;
import quizline.pack.PackReader;

/** A valid pack read from a file, with its text kept so messages can point at a field's line and column. */
final class PackFile {
    private final Path path;
    private final String text;
    private final Pack pack;
    private LocatedJson located;

    private PackFile(Path path, String text, Pack pack) {
        this.path = path;
        this.text = text;
        this.pack = pack;
    }

    /** @throws UserError with the first problem (in one line) when the file is missing or not a valid pack */
    static PackFile read(Path path) {
        String text = PackFiles.readText(path);
        PackReader.Result result = PackReader.read(text);
        if (!result.ok()) {
            int more = result.problems().size() - 1;
            throw new UserError(result.problems().get(0).format(path.toString())
                    + (more == 0 ? "" : " (and " + more + " more; 'quizline validate " + path + "' lists them)"));
        }
        return new PackFile(path, text, result.pack().orElseThrow());
    }

    Pack pack() {
        return pack;
    }

    String name() {
        return path.toString();
    }

    /** {@code file:line:col} of the value at a JSON pointer, e.g. {@code /questions/3/prompt}. */
    String at(String pointer) {
        if (located == null) {
            try {
                located = LocatedJson.read(text);
            } catch (LocatedJson.SyntaxException e) {
                throw new IllegalStateException("a pack that was read once no longer parses", e);
            }
        }
        LocatedJson.Position p = located.position(pointer);
        return name() + ":" + p.line() + ":" + p.column();
    }
}
