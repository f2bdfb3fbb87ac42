package quizline.session;

import quizline.store.CardKey;
import java.time.Instant;
import java.util.Optional;
import quizline.pack.Verdict;
import quizline.schedule.Card;

/** The order questions come in: scheduled ({@link StudyQueue}) or cram ({@link CramQueue}). */
public sealed interface Queue permits StudyQueue, CramQueue {
    Optional<StudyItem> next(Instant now);

    /** The card's state as the queue knows it. */
    Card card(CardKey key);

    void answered(CardKey key, Card after, Verdict verdict);

    void undo();

    boolean canUndo();

    int remaining(Instant now);
}
