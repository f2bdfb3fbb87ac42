package quizline.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What one study day's limits have used up ({@link ProgressStore.DayCounts}), kept up to date as the log grows: read
 * once from the day's rows, then brought up to date from the rows logged after the newest one taken in (the answer
 * just written, and whatever other sessions on the profile committed since). So an answer's count costs the rows
 * written since the answer before, not the day's rows, however many answers the day already holds.
 *
 * <p>Every writer of a profile's reviews holds the profile's write lock ({@link SqlProgressStore#inTransaction}), and
 * row ids only grow (never reused), so the rows after the newest id taken in are exactly those not taken in yet. A row
 * another session takes back (undo) stays counted here: it errs on the side of fewer new cards, never more.
 */
final class DayTally {
    private final ProgressStore.Today today;
    private final long start;
    /** The cards first seen today, each with its rows first seeing it (a card reset and seen again counts once). */
    private final Map<CardKey, Integer> newCards = new HashMap<>();

    private int reviews;
    /** The id of the newest row taken in. */
    private long newest;

    private DayTally(ProgressStore.Today today, long newest) {
        this.today = today;
        this.start = today.start().toEpochMilli();
        this.newest = newest;
    }

    /** The day's counts as the database holds them now: the day's rows read by time. */
    static DayTally read(Scope scope, ProgressStore.Today today) throws SQLException {
        DayTally tally = new DayTally(today, ReviewLog.newestId(scope));
        // Up to the newest id read first: a row committed in between is taken in by the next catch-up, once
        ReviewLog.eachLoggedSince(scope, tally.start, tally.newest, tally::take);
        return tally;
    }

    /** Whether this tally counts {@code day}: the same start and packs. */
    boolean counts(ProgressStore.Today day) {
        return today.equals(day);
    }

    /** Takes in the rows logged since the newest one taken in. */
    void catchUp(Scope scope) throws SQLException {
        ReviewLog.eachLoggedAfter(scope, newest, this::take);
    }

    /** This session's row {@code id} was taken back: it no longer counts, if it did. */
    void takenBack(long id, ReviewRow row) {
        if (id <= newest) {
            add(row.key(), row.kind(), row.stateBefore(), row.reviewedAt(), -1);
        }
    }

    ProgressStore.DayCounts counts() {
        return new ProgressStore.DayCounts(newCards.size(), reviews);
    }

    private void take(ReviewLog.Logged row) {
        newest = Math.max(newest, row.id());
        add(row.key(), row.kind(), row.stateBefore(), row.reviewedAt(), 1);
    }

    /**
     * What counts: scheduled reviews (not cram) since the day's start, of the packs loaded; a card first seen (its
     * state before was new) uses up a new card, a review from the review state one of the day's reviews.
     */
    private void add(CardKey key, String kind, String stateBefore, long reviewedAt, int sign) {
        if (!kind.equals("review") || reviewedAt < start || !today.packs().contains(key.packId())) {
            return;
        }
        if (stateBefore.equals("new")) {
            if (sign > 0) {
                newCards.merge(key, 1, Integer::sum);
            } else {
                newCards.computeIfPresent(key, (k, rows) -> rows == 1 ? null : rows - 1);
            }
        } else if (stateBefore.equals("review")) {
            reviews += sign;
        }
    }
}
