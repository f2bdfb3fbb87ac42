package quizline.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import quizline.io.AtomicFile;

/**
 * The review sidecar beside a draft: {@code DRAFT.json} keeps its decisions in
 * {@code DRAFT.review.json}. Saved through {@link AtomicFile}, so a crash while saving leaves
 * the previous decisions whole rather than half a file.
 */
public final class ReviewFile {
    private final Path path;

    public ReviewFile(Path path) {
        this.path = path;
    }

    /** {@code drafts/sco.json} → {@code drafts/sco.review.json}. */
    public static ReviewFile beside(Path draft) {
        return new ReviewFile(draft.resolveSibling(stem(draft) + ".review.json"));
    }

    /** The lock one review of a draft holds while it runs: {@code drafts/sco.json} → {@code drafts/sco.review.lock}. */
    public static Path lockBeside(Path draft) {
        return draft.resolveSibling(stem(draft) + ".review.lock");
    }

    private static String stem(Path draft) {
        String name = draft.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    public Path path() {
        return path;
    }

    /** The saved decisions, or none when the draft was never reviewed. */
    public Decisions load() throws IOException {
        try {
            return Decisions.parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Decisions.EMPTY;
        }
    }

    /** @throws UncheckedIOException when the folder cannot be written */
    public void save(Decisions decisions) {
        try {
            AtomicFile.writeString(path, decisions.toJson(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot save the decisions: " + e.getMessage(), e);
        }
    }
}
