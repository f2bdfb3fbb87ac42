package quizline.store;

import java.time.LocalDate;

/**
 * Counts consecutive study days back from today, fed the days of the answers newest first. A
 * day not studied yet does not break the streak before it ends: until the first answer of the
 * day, the streak is the one that ended yesterday.
 */
public final class Streak {
    private final LocalDate today;
    private LocalDate expected;
    private int days;

    public Streak(LocalDate today) {
        this.today = today;
        this.expected = today;
    }

    /** Takes the next day, newest first; false once a gap ends the streak (nothing older matters then). */
    public boolean add(LocalDate day) {
        if (day.isAfter(expected)) {
            // A day already counted, or one after today (a clock set back since).
            return true;
        }
        if (day.equals(expected) || days == 0 && day.equals(today.minusDays(1))) {
            days++;
            expected = day.minusDays(1);
            return true;
        }
        return false;
    }

    public int days() {
        return days;
    }
}
