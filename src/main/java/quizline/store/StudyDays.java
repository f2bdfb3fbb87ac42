package quizline.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Study days: a day begins at {@code startsAt} local time (04:00 by default), so a review at
 * 01:30 still counts for the evening before. A day is the span from its start to the next day's
 * start, which is 23 or 25 hours long when the clocks change.
 */
public record StudyDays(ZoneId zone, LocalTime startsAt) {
    public StudyDays {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(startsAt, "startsAt");
    }

    /** When {@code day} begins. A start time the clocks skip (02:30 on a spring-forward night) moves on with them. */
    public Instant start(LocalDate day) {
        return day.atTime(startsAt).atZone(zone).toInstant();
    }

    /** The study day {@code at} belongs to: the latest day whose start is not after it. */
    public LocalDate dayOf(Instant at) {
        LocalDate date = at.atZone(zone).toLocalDate();
        // Deciding by start() rather than by the local time keeps dayOf and start consistent in a DST gap.
        return at.isBefore(start(date)) ? date.minusDays(1) : date;
    }
}
