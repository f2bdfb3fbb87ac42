package quizline.store;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
     * the profile is opened. {@code now} says which burials are still in force, and carried.
     *
     * @return the line that says what was exported
     */
    public static String write(
            Supplier<? extends SqlProgressStore> profile, Format format, Path file, boolean force, Instant now) {
        OutputFile.checkWritable(file, force);
        try (SqlProgressStore store = profile.get()) {
            ProgressArchive.Written[] written = new ProgressArchive.Written[1];
            int[] reviews = new int[1];
            OutputFile.write(
                    file,
                    stream -> {
                        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                        if (format == Format.REVLOG) {
                            reviews[0] = RevlogExport.write(store, writer);
                        } else {
                            written[0] = ProgressArchive.write(store, now, writer);
                        }
                        writer.flush();
                    },
                    force);
            return "exported "
                    + (format == Format.REVLOG
                            ? "the review log: " + Counted.of(reviews[0], "scheduled review")
                            : what(written[0]))
                    + " to " + file;
        }
    }

    /**
     * "4 reviews and 1 setting", and the marks when there are any: "…, 1 suspension, 1 burial and 2 flags", and the
     * resets when there are any: "… and 1 reset".
     */
    private static String what(ProgressArchive.Written w) {
        List<String> parts =
                new ArrayList<>(List.of(Counted.of(w.reviews(), "review"), Counted.of(w.settings(), "setting")));
        if (w.suspended() + w.buried() + w.flags() > 0) {
            parts.add(Counted.of(w.suspended(), "suspension"));
            parts.add(Counted.of(w.buried(), "burial"));
            parts.add(Counted.of(w.flags(), "flag"));
        }
        if (w.resets() > 0) {
            parts.add(Counted.of(w.resets(), "reset"));
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
