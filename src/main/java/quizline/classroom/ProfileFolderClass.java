package quizline.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import quizline.io.UserError;
import quizline.store.ProgressStore;
import quizline.store.ReviewDigest;
import quizline.store.SqliteProgressStore;
import quizline.store.StoreException;
import quizline.store.StoreFailure;

/**
 * A class on one machine: every profile of a data folder ({@code NAME.db}) is a student, named by its profile name, and
 * read through a read-only connection; the files are never changed. Profiles being made (hidden temporary files) are
 * not students.
 */
public final class ProfileFolderClass implements ClassProgress {
    private final Path folder;

    public ProfileFolderClass(Path folder) {
        this.folder = folder;
    }

    /** The profiles of the folder, by student name; none when the folder does not exist. */
    public Map<String, Path> profiles() {
        Map<String, Path> profiles = new java.util.TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return profiles;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.endsWith(".db") && !name.startsWith(".") && Files.isRegularFile(f);
                    })
                    .sorted(Comparator.naturalOrder())
                    .forEach(f -> {
                        String name = f.getFileName().toString();
                        profiles.put(name.substring(0, name.length() - ".db".length()), f);
                    });
        } catch (IOException e) {
            throw new UserError(folder + ": cannot list the class's profiles: " + e.getMessage());
        }
        return profiles;
    }

    @Override
    public ClassRecords read(String packId) {
        Map<String, List<ReviewDigest>> reviews = new ConcurrentHashMap<>();
        Map<String, List<ProgressStore.Flag>> flags = new ConcurrentHashMap<>();
        // Each profile on its own connection: read side by side, as many at once as there are cores
        profiles().entrySet().parallelStream().forEach(entry -> {
            String student = entry.getKey();
            Path file = entry.getValue();
            try (SqliteProgressStore store = SqliteProgressStore.openForReport(file)) {
                reviews.put(student, store.reviewDigests(packId));
                flags.put(
                        student,
                        store.flags().stream()
                                .filter(f -> f.key().packId().equals(packId))
                                .toList());
            } catch (StoreException e) {
                throw new UserError("student " + student + ": " + e.getMessage());
            } catch (StoreFailure e) {
                throw new UserError("student " + student + ": " + e.getMessage());
            }
        });
        return new ClassRecords(reviews, flags);
    }
}
