package quizline.store;

import java.time.Instant;
import java.util.Map;

/**
 * Where progress lives between sessions. The session reads card states when it starts and
 * writes each answer as one unit: the review appended and the card's new state stored together.
 */
public interface ProgressStore extends AutoCloseable {
    /** The current scheduling state of every card that has history. */
    Map<CardKey, CardProgress> cards();

    /** Reviews since {@code since}, for the daily limits: new cards first seen, reviews done. */
    DayCounts countsSince(Instant since);

    /** Appends the review and stores {@code review.after()} as the card's state, durably, before returning. */
    void record(ReviewRecord review);

    /** Takes back {@code review}, the newest one: it leaves the log and the card returns to {@code review.before()}. */
    void undo(ReviewRecord review);

    /** Forgets a card's scheduling state (its history stays in the log): it starts again as new. */
    void reset(CardKey key);

    /** The profile's settings (scheduler, daily limits, …) as text, by key. */
    Map<String, String> settings();

    /** Sets a setting; {@code null} removes it (back to the default). */
    void putSetting(String key, String value);

    @Override
    void close();

    /** A card's scheduling state and the hash of the answer it was learned with. */
    record CardProgress(quizline.schedule.Card card, String answerHash) {}

    /** What today's limits have already used up. */
    record DayCounts(int newCards, int reviews) {}
}
