package quizline.store;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import quizline.io.OutputFile;
import quizline.text.Counted;

/**
 * Writes a profile's progress to a file: the review log as CSV for the FSRS optimizer, or all
 * of it as JSON for {@code import}. The file appears whole or not at all ({@link OutputFile}).
 */
public final class ProgressExport {
    public enum Format {
        /** card_id,review_time,review_rating,review_state,review_duration. */
        REVLOG,
        /** Every review row and setting, for a later import. */
        PROGRESS
    }

    private ProgressExport() {}

    /**
     * Writes the profile {@code profile} opens to {@code file}; an output that cannot be written is refused before
     * the profile is opened.
     *
     * @return the line that says what was exported
     */
    public static String write(
            Supplier<? extends SqliteProgressStore> profile, Format format, Path file, boolean force) {
        OutputFile.checkWritable(file, force);
        try (SqliteProgressStore store = profile.get()) {
            int[] reviews = new int[1];
            OutputFile.write(
                    file,
                    stream -> {
                        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                        reviews[0] = format == Format.REVLOG
                                ? RevlogExport.write(store, writer)
                                : ProgressArchive.write(store, writer);
                        writer.flush();
                    },
                    force);
            return "exported "
                    + (format == Format.REVLOG
                            ? "the review log: " + Counted.of(reviews[0], "scheduled review")
                            : Counted.of(reviews[0], "review") + " and "
                                    + Counted.of(store.settings().size(), "setting"))
                    + " to " + file;
        }
    }
}
