package quizline.session;

import java.time.Instant;
import java.util.Optional;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.store.CardKey;
import quizline.store.ProgressStore;

/** The order questions come in: scheduled ({@link StudyQueue}) or cram ({@link CramQueue}). */
public sealed interface Queue permits StudyQueue, CramQueue {
    Optional<StudyItem> next(Instant now);

    /** The card's state as the queue knows it. */
    Card card(CardKey key);

    /**
     * Records an answer: the card's state before it (as stored when it was graded: another session
     * may have moved it since the queue read it) and after it.
     */
    void answered(CardKey key, Card before, Card after, Verdict verdict);

    /** The question was suspended or buried: it is not asked again in this session, unless its answer is undone. */
    void setAside(CardKey key);

    /** What the day's limits have used up, all sessions together, as counted when the last answer was stored. */
    void usedToday(ProgressStore.DayCounts counts);

    /** What the day's counts take in: since the study day's start, of the packs loaded. */
    ProgressStore.Today today(Instant now);

    void undo();

    boolean canUndo();

    int remaining(Instant now);

    /** Questions still to come, the one on screen included, and how many of them are in learning steps. */
    Left left(Instant now);

    /** Why the question the last {@link #next} returned comes before it is due; empty when it is due (or new). */
    Optional<String> early();

    /** What is left: {@code questions} different questions, {@code learning} of them in learning steps. */
    record Left(int questions, int learning) {}
}
