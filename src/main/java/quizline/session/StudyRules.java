package quizline.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import quizline.store.StudyDays;

/**
 * The daily limits and the study day, with Anki's defaults: 20 new cards and 200 reviews a day,
 * a day that starts at 04:00 local time (so a late evening still counts as that day), learning
 * cards shown up to 20 minutes early when nothing else is left, a leech at 8 lapses, questions that
 * share a fact (or, without a fact key, a source sentence) not asked on the same day (Anki's "bury siblings"), new questions in an
 * order shuffled anew each day.
 */
public record StudyRules(
        int newPerDay,
        int reviewsPerDay,
        LocalTime dayStartsAt,
        Duration learnAhead,
        int leechLapses,
        boolean burySiblings,
        boolean randomNewOrder) {
    public static final StudyRules DEFAULTS = new StudyRules(20, 200, LocalTime.of(4, 0), Duration.ofMinutes(20), 8);

    /** With Anki's defaults for the order: siblings buried, new questions in random order. */
    public StudyRules(int newPerDay, int reviewsPerDay, LocalTime dayStartsAt, Duration learnAhead, int leechLapses) {
        this(newPerDay, reviewsPerDay, dayStartsAt, learnAhead, leechLapses, true, true);
    }

    /** The same rules with another order: whether siblings wait for another day, whether new questions are shuffled. */
    public StudyRules withOrder(boolean burySiblings, boolean randomNewOrder) {
        return new StudyRules(
                newPerDay, reviewsPerDay, dayStartsAt, learnAhead, leechLapses, burySiblings, randomNewOrder);
    }

    public StudyRules {
        if (newPerDay < 0 || reviewsPerDay < 0) {
            throw new IllegalArgumentException("daily limits must not be negative");
        }
        if (leechLapses < 1) {
            throw new IllegalArgumentException("the leech threshold must be 1 or more");
        }
    }

    /** When the study day containing {@code now} began (the day's rule lives in {@link StudyDays}). */
    public Instant dayStart(Instant now, ZoneId zone) {
        StudyDays days = new StudyDays(zone, dayStartsAt);
        return days.start(days.dayOf(now));
    }

    /** When the study day containing {@code now} ends: cards due before then are due today. */
    public Instant dayEnd(Instant now, ZoneId zone) {
        StudyDays days = new StudyDays(zone, dayStartsAt);
        return days.start(days.dayOf(now).plusDays(1));
    }
}
