package quizline.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The review sidecar beside a draft: {@code DRAFT.json} keeps its decisions in
 * {@code DRAFT.review.json}. Saved through a temporary file and a rename, so a crash while
 * saving leaves the previous decisions whole rather than half a file.
 */
public final class ReviewFile {
    private final Path path;

    public ReviewFile(Path path) {
        this.path = path;
    }

    /** {@code drafts/sco.json} → {@code drafts/sco.review.json}. */
    public static ReviewFile beside(Path draft) {
        String name = draft.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return new ReviewFile(draft.resolveSibling(stem + ".review.json"));
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
        Path folder = path.toAbsolutePath().getParent();
        try {
            Path temporary = Files.createTempFile(folder, ".review-", ".tmp");
            try {
                Files.writeString(temporary, decisions.toJson(), StandardCharsets.UTF_8);
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot save the decisions: " + e.getMessage(), e);
        }
    }
}
