package quizline.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import quizline.io.InputFile;
import quizline.io.ProcessLock;
import quizline.io.UserError;
import quizline.text.Counted;

/**
 * Reads a progress file made by {@code export --progress} into a profile. The whole file is
 * checked first: one problem and nothing is imported. Reviews the profile already has are
 * skipped, so importing the same file twice adds nothing.
 */
public final class ProgressImport {
    private ProgressImport() {}

    /**
     * The profile imported into: its database file (null for a profile on a server), and how to open it for
     * writing.
     */
    public record Profile(Path file, Supplier<? extends SqlProgressStore> open) {}

    /**
     * Imports {@code file} into the profile.
     *
     * @param settingCheck refuses a setting's value, with an {@link IllegalArgumentException}
     * @param loadedPacks the ids of the packs loaded here, asked for after the import
     * @param clock the run's clock, for the lock file and the burials already over
     * @return the lines that say what was imported
     */
    @SuppressWarnings("try") // the lock is held by the try, never read in it
    public static List<String> run(
            Profile profile,
            Path file,
            BiConsumer<String, String> settingCheck,
            Supplier<Set<String>> loadedPacks,
            Clock clock) {
        if (profile.file() == null) {
            // On a server the lock is the database's, held by the connection that imports
            ProgressArchive.Archive archive = read(file, settingCheck);
            try (SqlProgressStore store = profile.open().get()) {
                return store.whileImporting(() -> run(store, file, archive, loadedPacks, clock.instant()));
            }
        }
        // absolute, so a profile named without a folder ("--db p.db") has one for its lock file
        Path lockFile =
                profile.file().toAbsolutePath().resolveSibling(profile.file().getFileName() + ".import.lock");
        try (ProcessLock lock = lockImports(profile.file(), lockFile, clock)) {
            ProgressArchive.Archive archive = read(file, settingCheck);
            try (SqlProgressStore store = profile.open().get()) {
                return run(store, file, archive, loadedPacks, clock.instant());
            }
        } catch (IOException e) {
            throw new UserError(lockFile + ": " + e.getMessage());
        }
    }

    private static List<String> run(
            SqlProgressStore store,
            Path file,
            ProgressArchive.Archive archive,
            Supplier<Set<String>> loadedPacks,
            Instant now) {
        List<String> out = new ArrayList<>();
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
        out.add(line.toString());
        // A second line for what the file marks and resets, when it has any: "imported 1 suspension, 1 burial,
        // 1 flag and 1 reset", or only "imported 1 reset"
        List<String> marked = new ArrayList<>();
        int there = 0;
        if (archive.hasMarks()) {
            ProgressArchive.MarksResult marks = ProgressArchive.importMarks(store, archive, now);
            marked.add(Counted.of(marks.suspended(), "suspension"));
            marked.add(Counted.of(marks.buried(), "burial"));
            marked.add(Counted.of(marks.flags(), "flag"));
            there += marks.alreadyPresent();
        }
        if (!archive.resets().isEmpty()) {
            marked.add(Counted.of(result.resets(), "reset"));
            there += result.resetsPresent();
        }
        if (!marked.isEmpty()) {
            String last = marked.remove(marked.size() - 1);
            out.add("imported " + (marked.isEmpty() ? "" : String.join(", ", marked) + " and ") + last
                    + (there > 0 ? " (" + there + " already there)" : ""));
        }
        if (result.differing() > 0) {
            out.add("note: " + Counted.of(result.differing(), "review")
                    + " of the file differ from the profile's copy at the same time; the profile's were kept");
        }
        unknownPacks(loadedPacks.get(), archive).ifPresent(out::add);
        return out;
    }

    /**
     * One import into a profile at a time: the import writes in batches (so that study sessions are not kept
     * waiting), and two imports would each add the reviews the profile lacks.
     */
    private static ProcessLock lockImports(Path profile, Path lockFile, Clock clock) throws IOException {
        try {
            Files.createDirectories(lockFile.getParent());
            return ProcessLock.take(lockFile, clock);
        } catch (ProcessLock.HeldException e) {
            throw new UserError(profile + ": another quizline import into this profile is running (" + e.holder()
                    + "); wait for it to finish, then import again (reviews already there are skipped)");
        }
    }

    /**
     * Reviews of packs this quizline does not load (a pack from another machine, one renamed or
     * removed) are imported all the same, since the pack may come later; the user is told which.
     */
    private static Optional<String> unknownPacks(Set<String> loaded, ProgressArchive.Archive archive) {
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

    private static ProgressArchive.Archive read(Path file, BiConsumer<String, String> settingCheck) {
        if (Files.isDirectory(file)) {
            throw new UserError(file + ": is a folder, not a progress file");
        }
        try (Reader in = new BufferedReader(new InputStreamReader(
                InputFile.open(file, InputFile.PROGRESS_CAP), StandardCharsets.UTF_8.newDecoder()))) {
            return ProgressArchive.read(in, file.toString(), settingCheck);
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
}
