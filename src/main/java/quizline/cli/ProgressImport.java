package quizline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import quizline.io.InputFile;
import quizline.io.ProcessLock;
import quizline.pack.Pack;
import quizline.session.ProfileSettings;
import quizline.store.ArchiveException;
import quizline.store.ProgressArchive;
import quizline.store.ReviewRow;
import quizline.store.SqliteProgressStore;
import quizline.text.Counted;

/**
 * Reads a progress file made by {@code export --progress} into a profile. The whole file is
 * checked first: one problem and nothing is imported. Reviews the profile already has are
 * skipped, so importing the same file twice adds nothing.
 */
final class ProgressImport {
    private ProgressImport() {}

    @SuppressWarnings("try") // the lock is held by the try, never read in it
    static int run(ProfileOptions profile, Map<String, String> env, Path file, PrintWriter out) {
        Path lockFile = profile.path(env).resolveSibling(profile.path(env).getFileName() + ".import.lock");
        try (ProcessLock lock = lockImports(profile.path(env), lockFile)) {
            return run(profile, env, file, out, read(file));
        } catch (IOException e) {
            throw new UserError(lockFile + ": " + e.getMessage());
        }
    }

    private static int run(
            ProfileOptions profile,
            Map<String, String> env,
            Path file,
            PrintWriter out,
            ProgressArchive.Archive archive) {
        try (SqliteProgressStore store = profile.openForWriting(env)) {
            ProgressArchive.ImportResult result = ProgressArchive.importInto(store, archive);
            StringBuilder line = new StringBuilder("imported ").append(Counted.of(result.added(), "review"));
            if (result.alreadyPresent() > 0) {
                line.append(" (").append(result.alreadyPresent()).append(" already there)");
            }
            line.append(", ")
                    .append(Counted.of(result.settingsChanged(), "setting"))
                    .append(" changed, ")
                    .append(Counted.of(result.cardsRebuilt(), "card"))
                    .append(" rebuilt from ")
                    .append(file);
            out.println(line);
            if (result.differing() > 0) {
                out.println("note: " + Counted.of(result.differing(), "review")
                        + " of the file differ from the profile's copy at the same time; the profile's were kept");
            }
            unknownPacks(env, archive).ifPresent(out::println);
            out.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * One import into a profile at a time: the import writes in batches (so that study sessions are not kept
     * waiting), and two imports would each add the reviews the profile lacks.
     */
    private static ProcessLock lockImports(Path profile, Path lockFile) throws IOException {
        try {
            Files.createDirectories(lockFile.getParent());
            return ProcessLock.take(lockFile);
        } catch (ProcessLock.HeldException e) {
            throw new UserError(profile + ": another quizline import into this profile is running (" + e.holder()
                    + "); wait for it to finish, then import again (reviews already there are skipped)");
        }
    }

    /**
     * Reviews of packs this quizline does not load (a pack from another machine, one renamed or
     * removed) are imported all the same, since the pack may come later; the user is told which.
     */
    private static Optional<String> unknownPacks(Map<String, String> env, ProgressArchive.Archive archive) {
        Set<String> loaded =
                PackLibrary.load(env).packList().stream().map(Pack::id).collect(Collectors.toSet());
        Map<String, Long> unknown = archive.reviews().stream()
                .filter(r -> !loaded.contains(r.packId()))
                .collect(Collectors.groupingBy(ReviewRow::packId, TreeMap::new, Collectors.counting()));
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        int reviews = unknown.values().stream().mapToInt(Long::intValue).sum();
        return Optional.of("note: " + Counted.of(reviews, "review") + " of "
                + (unknown.size() == 1 ? "a pack" : "packs") + " not loaded here ("
                + String.join(", ", unknown.keySet())
                + "): kept, and studied again once " + (unknown.size() == 1 ? "it is" : "they are") + " loaded");
    }

    private static ProgressArchive.Archive read(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserError(file + ": is a folder, not a progress file");
        }
        try (Reader in = new BufferedReader(new InputStreamReader(
                InputFile.open(file, InputFile.PROGRESS_CAP), StandardCharsets.UTF_8.newDecoder()))) {
            return ProgressArchive.read(in, file.toString(), ProgressImport::checkSetting);
        } catch (InputFile.Refused e) {
            throw new UserError(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (ArchiveException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Known settings must hold values this quizline accepts; unknown ones (from a newer quizline) are kept as they are. */
    private static void checkSetting(String key, String value) {
        boolean known = ProfileSettings.ALL.stream().anyMatch(s -> s.key().equals(key));
        if (known) {
            ProfileSettings.check(key, value);
        }
    }
}
