package quizline.facts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The date an article's first line states, when that line is nothing but a date
 * ("March 2, 2024", "4 July 2024", "2024-07-04"). Anything else on the line and it is not taken:
 * a date must be clear before relative dates are resolved against it.
 */
public final class HeaderDate {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH));

    private HeaderDate() {}

    public static Optional<LocalDate> of(String text) {
        for (String line : text.split("\n", 20)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            for (DateTimeFormatter format : FORMATS) {
                try {
                    return Optional.of(LocalDate.parse(trimmed, format));
                } catch (DateTimeParseException e) {
                    // not this format; try the next
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}
