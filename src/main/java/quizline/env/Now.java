package quizline.env;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import quizline.io.UserError;

/**
 * The time every command reads: the system clock, or, when {@code QUIZLINE_NOW} is set, a clock
 * that starts at that time and runs on from there (to test, or to preview a schedule). The day
 * boundary stays in the local time zone.
 */
final class Now {
    static final String VARIABLE = "QUIZLINE_NOW";

    private Now() {}

    /** @throws UserError, a {@linkplain UserError#usage() usage} mistake, when the variable holds no date-time */
    static Clock clock(Map<String, String> env, Clock system) {
        String value = env.get(VARIABLE);
        if (value == null || value.isEmpty()) {
            return system;
        }
        Instant start = parse(value, system);
        return Clock.offset(system, Duration.between(system.instant(), start));
    }

    private static Instant parse(String value, Clock system) {
        try {
            TemporalAccessor parsed =
                    DateTimeFormatter.ISO_DATE_TIME.parseBest(value.strip(), ZonedDateTime::from, LocalDateTime::from);
            return parsed instanceof ZonedDateTime zoned
                    ? zoned.toInstant()
                    : ((LocalDateTime) parsed).atZone(system.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw UserError.usage(
                    VARIABLE + "=" + value + " is not a date-time such as 2026-12-05T09:00:00Z or 2026-12-05T09:00");
        }
    }
}
