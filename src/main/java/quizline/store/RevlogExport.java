package quizline.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review log in the CSV layout the FSRS optimizers read:
 * {@code card_id,review_time,review_rating,review_state,review_duration}, one scheduled review a
 * line, oldest first. Cram answers are left out, as the optimizers leave out Anki's cram reviews
 * that did not reschedule: they say nothing about the intervals.
 *
 * <ul>
 *   <li>{@code card_id}: an integer, because fsrs-rs reads it as an i64; see {@link #cardId}.
 *   <li>{@code review_time}: epoch milliseconds, UTC.
 *   <li>{@code review_rating}: 1 Again, 2 Hard, 3 Good, 4 Easy.
 *   <li>{@code review_state}: the card's state <em>before</em> the review, 0 New, 1 Learning,
 *       2 Review, 3 Relearning.
 *   <li>{@code review_duration}: milliseconds spent answering.
 * </ul>
 */
public final class RevlogExport {
    public static final String HEADER = "card_id,review_time,review_rating,review_state,review_duration";
    /** 2^53 - 1: ids stay exact in tools that read numbers as doubles (JavaScript, pandas). */
    private static final long ID_MASK = (1L << 53) - 1;

    static final List<String> STATES = List.of("new", "learning", "review", "relearning");

    private RevlogExport() {}

    /**
     * One scheduled review, as the optimizers read it.
     *
     * @param state the card's state before the review, 0 New, 1 Learning, 2 Review, 3 Relearning
     */
    public record Scheduled(CardKey key, long reviewedAt, int rating, int state, long durationMillis) {}

    /**
     * What {@link #eachScheduled} hands on: a scheduled review, its log row's id, and its card's state before it as in
     * {@link Scheduled}.
     */
    public interface ScheduledReview {
        void accept(CardKey key, long id, long reviewedAt, int rating, int state);
    }

    /**
     * Each scheduled review (cram answers left out), without the answer's duration and without keeping them: oldest
     * first, as {@link #scheduled} orders them; or, {@code byCard}, card after card, each card's in that order.
     */
    public static void eachScheduled(SqlProgressStore store, boolean byCard, ScheduledReview each) {
        ReviewLog.eachScheduled(store, byCard, each);
    }

    /** Every scheduled review (cram answers left out), oldest first. */
    public static List<Scheduled> scheduled(SqlProgressStore store) {
        return scheduledRows(store).stream()
                .map(r -> new Scheduled(
                        r.key(), r.reviewedAt(), r.rating(), stateCode(r.stateBefore()), r.durationMillis()))
                .toList();
    }

    private static List<ReviewRow> scheduledRows(SqlProgressStore store) {
        return ReviewLog.rows(store).stream()
                .filter(r -> r.kind().equals(ReviewKind.REVIEW.label()))
                .sorted(Comparator.comparingLong(ReviewRow::reviewedAt))
                .toList();
    }

    /** Writes the header and every scheduled review; returns how many reviews were written. */
    public static int write(SqlProgressStore store, Writer out) throws IOException {
        List<ReviewRow> rows = scheduledRows(store);
        Map<Long, CardKey> owners = new HashMap<>();
        out.write(HEADER + "\n");
        for (ReviewRow r : rows) {
            long id = cardId(r.key());
            CardKey owner = owners.putIfAbsent(id, r.key());
            if (owner != null && !owner.equals(r.key())) {
                // Two keys in 2^53 values: not expected in this universe, but never to be written silently.
                throw new IllegalStateException("card ids collide: " + owner + " and " + r.key());
            }
            out.write(id + "," + r.reviewedAt() + "," + r.rating() + "," + stateCode(r.stateBefore()) + ","
                    + r.durationMillis() + "\n");
        }
        return rows.size();
    }

    /**
     * A card's id: FNV-1a (64 bit) over the UTF-8 bytes of pack id, a NUL byte and question id,
     * keeping the low 53 bits. The same card gets the same id in every export, on every machine.
     */
    public static long cardId(CardKey key) {
        long hash = 0xcbf29ce484222325L;
        byte[] bytes = (key.packId() + "\0" + key.questionId()).getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash & ID_MASK;
    }

    static int stateCode(String label) {
        int code = STATES.indexOf(label);
        if (code < 0) {
            throw new IllegalArgumentException("not a card state: \"" + label + "\"");
        }
        return code;
    }
}
