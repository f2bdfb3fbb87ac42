package quizline.pack;

import java.nio.file.Path;
import quizline.io.TextFile;
import quizline.io.UserError;

/** A valid pack read from a file, with its text kept so messages can point at a field's line and column. */
public final class PackFile {
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
    public static PackFile read(Path path) {
        String text = TextFile.read(path);
        PackReader.Result result = PackReader.read(text);
        if (!result.ok()) {
            int more = result.problems().size() - 1;
            throw new UserError(result.problems().get(0).format(path.toString())
                    + (more == 0 ? "" : " (and " + more + " more; 'quizline validate " + path + "' lists them)"));
        }
        return new PackFile(path, text, result.pack().orElseThrow());
    }

    public Pack pack() {
        return pack;
    }

    public String name() {
        return path.toString();
    }

    /** {@code file:line:col} of the value at a JSON pointer, e.g. {@code /questions/3/prompt}. */
    public String at(String pointer) {
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
