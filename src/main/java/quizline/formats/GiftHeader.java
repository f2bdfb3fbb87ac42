package quizline.formats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizline.pack.Pack;

/**
 * The comment quizline writes at the top of a GIFT export, {@code Pack "sco": SCO summits (version 2, as of
 * 2024-07-05), exported by quizline}: GIFT has no field for the pack's id, title, version or asOf, and Moodle
 * ignores comments, so they travel there and a GIFT round trip keeps them.
 */
record GiftHeader(String id, String title, int version, LocalDate asOf) {
    private static final Pattern LINE = Pattern.compile(
            "Pack \"([a-z0-9][a-z0-9._-]*)\": (.+) \\(version ([1-9][0-9]{0,8}), as of ([0-9]{4}-[0-9]{2}-[0-9]{2})\\),"
                    + " exported by quizline");

    /** What a reader made of a file, with the pack's id, title, version and asOf from this header, if it has one. */
    static Imported imported(
            List<ImportedQuestion> questions,
            List<FileNotice> errors,
            List<FileNotice> warnings,
            Optional<GiftHeader> header) {
        return new Imported(
                questions,
                errors,
                warnings,
                header.map(GiftHeader::id),
                header.map(GiftHeader::title),
                header.map(GiftHeader::version),
                header.map(GiftHeader::asOf));
    }

    /** The comment's text, without the {@code //}. */
    static String line(Pack pack) {
        return "Pack \"" + pack.id() + "\": " + GiftWriter.oneLine(pack.title()) + " (version " + pack.version()
                + ", as of " + pack.asOf() + "), exported by quizline";
    }

    /** The header a comment line holds ({@code // Pack "…"}), if it is one quizline wrote. */
    static Optional<GiftHeader> read(String commentLine) {
        String text = commentLine.startsWith("//") ? commentLine.substring(2).strip() : commentLine;
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GiftHeader(
                    m.group(1), m.group(2).strip(), Integer.parseInt(m.group(3)), LocalDate.parse(m.group(4))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
