package quizline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import quizline.store.ProgressArchive;
import quizline.store.RevlogExport;
import quizline.store.SqliteProgressStore;

/**
 * Writes a profile's progress to a file: the review log as CSV for the FSRS optimizer, or all
 * of it as JSON for {@code import}. The file appears whole or not at all: it is written beside
 * its final name and moved into place.
 */
final class ProgressExport {
    enum Format {
        /** card_id,review_time,review_rating,review_state,review_duration. */
        REVLOG,
        /** Every review row and setting, for a later import. */
        PROGRESS
    }

    private ProgressExport() {}

    static int run(ProfileOptions profile, Map<String, String> env, Format format, Path file, boolean force,
            PrintWriter out) {
        refuseToOverwrite(file, force);
        try (SqliteProgressStore store = profile.openExisting(env)) {
            Path target = file.toAbsolutePath();
            Path temporary = temporaryBeside(target);
            int reviews;
            try {
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    reviews = format == Format.REVLOG ? RevlogExport.write(store, writer) : ProgressArchive.write(store, writer);
                }
                if (force) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(temporary, target);
                }
            } catch (FileAlreadyExistsException e) {
                throw new UserError(file + ": already exists (use --force to replace it)");
            } catch (IOException e) {
                throw new UserError(file + ": cannot write: " + e.getMessage());
            } finally {
                deleteQuietly(temporary);
            }
            out.println("exported " + (format == Format.REVLOG ? "the review log: " + count(reviews, "scheduled review")
                    : count(reviews, "review") + " and " + count(store.settings().size(), "setting")) + " to " + file);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static void refuseToOverwrite(Path file, boolean force) {
        if (Files.isDirectory(file)) {
            throw new UserError(file + ": is a folder");
        }
        if (Files.exists(file) && !force) {
            throw new UserError(file + ": already exists (use --force to replace it)");
        }
    }

    private static Path temporaryBeside(Path target) {
        Path folder = target.getParent();
        try {
            return Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new UserError(target + ": cannot write in " + folder + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover hidden .part file is harmless; the export's own outcome is what to report.
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
