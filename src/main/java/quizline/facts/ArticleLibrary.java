package quizline.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds source articles by file name, so citations can show the sentence itself. Looks in the
 * folders given with {@code --articles}, then those in {@code QUIZLINE_ARTICLES}, then an
 * {@code articles} folder beside the pack.
 */
public final class ArticleLibrary {
    private final List<Path> folders;
    private final Map<String, Optional<String>> cache = new HashMap<>();

    public ArticleLibrary(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /**
     * @param given the folders of {@code --articles}
     * @param fromEnv the folders {@code QUIZLINE_ARTICLES} names
     * @param packFolder the pack's folder, or null
     */
    public static ArticleLibrary of(List<Path> given, List<Path> fromEnv, Path packFolder) {
        List<Path> folders = new ArrayList<>(given);
        folders.addAll(fromEnv);
        if (packFolder != null) {
            folders.add(packFolder.resolve("articles"));
        }
        return new ArticleLibrary(folders);
    }

    /** The folders looked in, in order. */
    public List<Path> folders() {
        return folders;
    }

    /** The article's text, or empty when no folder has a readable file of that name. */
    public Optional<String> text(String articleName) {
        return cache.computeIfAbsent(articleName, this::load);
    }

    private Optional<String> load(String articleName) {
        Path name = Path.of(articleName).getFileName();
        if (name == null || !name.toString().equals(articleName)) {
            return Optional.empty(); // a citation names a file, never a path
        }
        for (Path folder : folders) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException | java.io.UncheckedIOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
