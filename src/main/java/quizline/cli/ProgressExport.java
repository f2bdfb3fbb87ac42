package quizline.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import quizline.store.ProgressArchive;
import quizline.store.RevlogExport;
import quizline.store.SqliteProgressStore;
import quizline.text.Counted;

/**
 * Writes a profile's progress to a file: the review log as CSV for the FSRS optimizer, or all
 * of it as JSON for {@code import}. The file appears whole or not at all ({@link OutputFile}).
 */
final class ProgressExport {
    enum Format {
        /** card_id,review_time,review_rating,review_state,review_duration. */
        REVLOG,
        /** Every review row and setting, for a later import. */
        PROGRESS
    }

    private ProgressExport() {}

    static int run(
            ProfileOptions profile, Map<String, String> env, Format format, Path file, boolean force, PrintWriter out) {
        OutputFile.checkWritable(file, force);
        try (SqliteProgressStore store = profile.openForReading(env)) {
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
            out.println("exported "
                    + (format == Format.REVLOG
                            ? "the review log: " + Counted.of(reviews[0], "scheduled review")
                            : Counted.of(reviews[0], "review") + " and "
                                    + Counted.of(store.settings().size(), "setting"))
                    + " to " + file);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
