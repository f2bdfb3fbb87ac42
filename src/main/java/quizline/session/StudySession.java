package quizline.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import quizline.pack.Answers;
import quizline.pack.Checked;
import quizline.pack.Response;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.Rating;
import quizline.schedule.Scheduler;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;
import quizline.store.UndoRefused;

/**
 * One study session: asks what the queue says, judges the answer, suggests a grade, and writes
 * each graded answer to the store before the next question. Time comes from the injected clock.
 */
public final class StudySession {
    private final Queue queue;
    private final Scheduler scheduler;
    private final ProgressStore store;
    private final Clock clock;
    private final ReviewKind kind;
    private final StudyRules rules;
    private final Instant started;
    private final int limit;
    private final Deque<Answer> done = new ArrayDeque<>();
    /** Answers judged but not graded when undo took back an earlier one: graded after it, newest last. */
    private final Deque<Outcome> deferred = new ArrayDeque<>();

    private StudyItem current;
    private Instant shownAt;
    /** Work to run when the first question is on screen ({@link #onFirstShown}); null once run, or when there is none. */
    private Runnable firstShown;

    private Outcome pending;

    /** What happened to a question besides its grade; undoing the answer takes it back too. */
    public enum Aside {
        NONE,
        /** The student suspended it. */
        SUSPENDED,
        /** The student buried it until the next study day. */
        BURIED,
        /** Its lapses reached the leech limit: suspended on its own. */
        LEECH
    }

    private record Answer(ReviewRecord review, Aside aside) {}

    /** An answer taken back: the question asked again, and whether an answer waiting for its grade was kept. */
    public record Undone(StudyItem item, ReviewRecord answer, Aside aside, boolean keptWaiting) {}

    public StudySession(Queue queue, Scheduler scheduler, ProgressStore store, Clock clock, StudyRules rules) {
        this(queue, scheduler, store, clock, rules, Integer.MAX_VALUE);
    }

    /**
     * @param rules the study day (a buried question comes back when the next one starts) and the leech limit
     * @param limit answers this session takes before it ends (a learning step asked again is an answer too)
     */
    public StudySession(
            Queue queue, Scheduler scheduler, ProgressStore store, Clock clock, StudyRules rules, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a session takes at least one answer, not " + limit);
        }
        this.limit = limit;
        this.queue = queue;
        this.scheduler = scheduler;
        this.store = store;
        this.clock = clock;
        this.kind = queue instanceof CramQueue ? ReviewKind.CRAM : ReviewKind.REVIEW;
        this.rules = rules;
        this.started = clock.instant();
    }

    /** The zone dates are shown in: the clock's. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public boolean cram() {
        return kind == ReviewKind.CRAM;
    }

    /**
     * The question to ask now, or empty when the session is over: nothing left, or the limit answered. An answer
     * kept through an undo comes back first, already judged: {@link #judged} has it.
     */
    public Optional<StudyItem> current() {
        if (current == null && !deferred.isEmpty()) {
            resumeDeferred();
        }
        if (current == null && done.size() < limit) {
            current = queue.next(clock.instant()).orElse(null);
        }
        return Optional.ofNullable(current);
    }

    /** The answer to the question on screen when it is already judged and waits for its grade (kept through an undo). */
    public Optional<Outcome> judged() {
        return current != null && pending != null && pending.item().equals(current)
                ? Optional.of(pending)
                : Optional.empty();
    }

    /** Puts the newest kept answer back on screen, its preview taken from the card as it is now. */
    private void resumeDeferred() {
        Outcome kept = deferred.pop();
        Instant now = clock.instant();
        current = kept.item();
        pending = new Outcome(
                kept.item(),
                kept.checked(),
                now,
                kept.durationMillis(),
                kept.suggested(),
                scheduler.preview(queue.card(kept.item().key()), now));
    }

    /** Call when the question appears on screen: its answer time counts from here. */
    public void shown() {
        shownAt = clock.instant();
        Runnable first = firstShown;
        firstShown = null;
        if (first != null) {
            first.run();
        }
    }

    /**
     * Runs {@code work} once, when the first question is on screen ({@link #shown}): work put off so that it shows
     * sooner, which starts while the student reads.
     */
    public void onFirstShown(Runnable work) {
        firstShown = work;
    }

    /** Judges the answer; a scheduled review then waits for {@link #grade}, a cram answer is logged at once. */
    public Outcome submit(Response response) {
        StudyItem item = current().orElseThrow(() -> new IllegalStateException("the session is over"));
        return submit(item, Answers.check(item.question(), response));
    }

    /**
     * The student says they do not know: a wrong answer with nothing typed, Again suggested. It
     * waits for {@link #grade} like any other (the screen grades it Again at once).
     */
    public Outcome dontKnow() {
        StudyItem item = current().orElseThrow(() -> new IllegalStateException("the session is over"));
        return submit(item, Checked.of(Verdict.WRONG, ""));
    }

    private Outcome submit(StudyItem item, Checked checked) {
        Instant now = clock.instant();
        long millis =
                shownAt == null ? 0 : Math.max(0, Duration.between(shownAt, now).toMillis());
        Rating suggested = suggest(checked.verdict());
        if (kind == ReviewKind.CRAM) {
            commit(
                    item.key(),
                    now,
                    card -> new ReviewRecord(
                            item.key(),
                            now,
                            suggested,
                            checked.typed(),
                            checked.verdict(),
                            millis,
                            card,
                            card,
                            ReviewKind.CRAM,
                            Answers.keyHash(item.question())));
            return new Outcome(item, checked, now, millis, suggested, null);
        }
        pending = new Outcome(item, checked, now, millis, suggested, scheduler.preview(queue.card(item.key()), now));
        return pending;
    }

    /** wrong → Again, right with a typo → Hard, right → Good. */
    public static Rating suggest(Verdict verdict) {
        return switch (verdict) {
            case WRONG -> Rating.AGAIN;
            case TYPO -> Rating.HARD;
            case RIGHT -> Rating.GOOD;
        };
    }

    /**
     * Grades the pending answer and stores it; the store has it before this returns. The new
     * state is computed from the card as stored at that moment, which another session on the
     * same profile may have moved since this one started (the preview showed this session's view).
     */
    public ReviewRecord grade(Rating rating) {
        if (pending == null) {
            throw new IllegalStateException("no answer waiting for a grade");
        }
        Outcome o = pending;
        Instant now = clock.instant();
        ReviewRecord record = commit(
                o.item().key(),
                now,
                before -> new ReviewRecord(
                        o.item().key(),
                        now,
                        rating,
                        o.checked().typed(),
                        o.checked().verdict(),
                        o.durationMillis(),
                        before,
                        scheduler.next(before, rating, now),
                        ReviewKind.REVIEW,
                        Answers.keyHash(o.item().question())));
        pending = null;
        if (becomesLeech(record.before(), record.after(), rules.leechLapses())) {
            setAside(record, Aside.LEECH);
            store.suspend(new ProgressStore.Suspension(record.key(), now, true));
        }
        return record;
    }

    /**
     * Anki's rule: a lapse that brings the card to the leech limit makes it a leech, and so does every half limit
     * of lapses after that (a leech unsuspended and forgotten again is suspended again).
     */
    static boolean becomesLeech(Card before, Card after, int limit) {
        int lapses = after.lapses();
        return lapses > before.lapses() && lapses >= limit && (lapses - limit) % Math.max(1, limit / 2) == 0;
    }

    /** What the last grade did besides grading: {@link Aside#LEECH} when it made the question a leech. */
    public Aside lastAside() {
        return done.isEmpty() ? Aside.NONE : done.peek().aside();
    }

    /**
     * Saves the answer waiting for its grade with the suggested grade, then suspends its question: it is not asked
     * again, in any session, until unsuspended.
     */
    public ReviewRecord suspend() {
        ReviewRecord record = gradeSuggested();
        if (lastAside() == Aside.NONE) {
            setAside(record, Aside.SUSPENDED);
            store.suspend(new ProgressStore.Suspension(record.key(), record.at(), false));
        }
        return record;
    }

    /**
     * Saves the answer waiting for its grade with the suggested grade, then buries its question until the next
     * study day starts (when it is due then, it is asked then).
     *
     * @return the answer saved, and when the question comes back (empty when the grade made it a leech)
     */
    public Buried bury() {
        ReviewRecord record = gradeSuggested();
        if (lastAside() != Aside.NONE) {
            return new Buried(record, Optional.empty());
        }
        Instant until = rules.dayEnd(record.at(), clock.getZone());
        setAside(record, Aside.BURIED);
        store.bury(record.key(), until);
        return new Buried(record, Optional.of(until));
    }

    /** An answer saved by {@link #bury}, and when its question comes back. */
    public record Buried(ReviewRecord answer, Optional<Instant> until) {}

    private ReviewRecord gradeSuggested() {
        if (pending == null) {
            throw new IllegalStateException("no answer waiting for a grade");
        }
        return grade(pending.suggested());
    }

    private void setAside(ReviewRecord record, Aside aside) {
        done.pop();
        done.push(new Answer(record, aside));
        queue.setAside(record.key());
    }

    /** Flags the question on screen for the pack's author, with the student's note; the answer still waits. */
    public void flag(String note) {
        StudyItem item = current().orElseThrow(() -> new IllegalStateException("the session is over"));
        store.flag(new ProgressStore.Flag(item.key(), note.strip(), clock.instant()));
    }

    /** Every answer to the question on screen, oldest first (cram answers included). */
    public List<ReviewRecord> history() {
        StudyItem item = current().orElseThrow(() -> new IllegalStateException("the session is over"));
        return store.history(item.key());
    }

    /**
     * Leaving with answers judged but not yet graded keeps them, with the suggested grade: the student saw the
     * feedback, so the answers count. The one on screen first, then any kept through an undo.
     */
    public List<ReviewRecord> gradePendingWithSuggestion() {
        List<ReviewRecord> saved = new ArrayList<>();
        while (pending != null || !deferred.isEmpty()) {
            if (pending == null) {
                resumeDeferred();
            }
            saved.add(grade(pending.suggested()));
        }
        return saved;
    }

    private ReviewRecord commit(CardKey key, Instant now, Function<Card, ReviewRecord> grading) {
        ProgressStore.Recorded recorded = store.record(key, queue.today(now), grading);
        ReviewRecord record = recorded.review();
        queue.answered(record.key(), record.before(), record.after(), record.correctness());
        queue.usedToday(recorded.today());
        done.push(new Answer(record, Aside.NONE));
        current = null;
        shownAt = null;
        return record;
    }

    /**
     * Takes back the last stored answer: it leaves the log, the card returns to its state before
     * (a suspension or burial that answer brought is lifted), and its question is asked again. An answer waiting
     * for its grade is kept: it comes back, judged, once the question asked again is graded.
     *
     * @throws UndoRefused when another session has answered that question since; then nothing
     *     changes, the answer waiting for its grade included
     */
    public Optional<Undone> undo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        Answer last = done.peek();
        store.undo(last.review());
        done.pop();
        switch (last.aside()) {
            case SUSPENDED, LEECH -> store.unsuspend(last.review().key());
            case BURIED -> store.unbury(last.review().key());
            case NONE -> {}
        }
        queue.undo();
        boolean kept = pending != null;
        if (kept) {
            deferred.push(pending);
            pending = null;
        }
        shownAt = null;
        // The question taken back is asked now; a kept answer waits until it is graded.
        current = queue.next(clock.instant()).orElse(null);
        return Optional.ofNullable(current).map(item -> new Undone(item, last.review(), last.aside(), kept));
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    /** Answers given so far in this session. */
    public int answered() {
        return done.size();
    }

    /**
     * What is left of the session, the question on screen included: different questions, of them
     * how many in learning steps; never more than the answers the limit still allows.
     */
    public Queue.Left left() {
        Queue.Left ahead = queue.left(clock.instant());
        int answersLeft = limit - done.size();
        int questions = Math.min(answersLeft, Math.max(ahead.questions(), current == null ? 0 : 1));
        // The question on screen, when it is not in learning steps itself, is one of the questions that are not.
        boolean showingOther = current != null && !learning(queue.card(current.key()));
        return new Queue.Left(questions, Math.max(0, Math.min(ahead.learning(), questions - (showingOther ? 1 : 0))));
    }

    private static boolean learning(Card card) {
        return card.state() == quizline.schedule.CardState.LEARNING
                || card.state() == quizline.schedule.CardState.RELEARNING;
    }

    /** When the session's questions come back, from the store's states now; empty for a cram session. */
    public Optional<ComeBack> comeBack() {
        if (!(queue instanceof StudyQueue scheduled)) {
            return Optional.empty();
        }
        return Optional.of(scheduled.comeBack(store.dues(), clock.instant(), clock.getZone()));
    }

    /** The question on screen before it is due: how long before, and why it is asked now. */
    public record Early(Duration by, String why) {}

    /** Whether the question on screen is asked before it is due, and why; empty when it is due or new. */
    public Optional<Early> early() {
        if (current == null) {
            return Optional.empty();
        }
        Instant due = queue.card(current.key()).due();
        Instant now = clock.instant();
        return queue.early().filter(why -> due.isAfter(now)).map(why -> new Early(Duration.between(now, due), why));
    }

    public Summary summary() {
        int right = 0;
        int typo = 0;
        int wrong = 0;
        Map<Rating, Integer> ratings = new EnumMap<>(Rating.class);
        List<CardKey> leeches = new ArrayList<>();
        for (ReviewRecord r : done.stream().map(Answer::review).toList()) {
            switch (r.correctness()) {
                case RIGHT -> right++;
                case TYPO -> typo++;
                case WRONG -> wrong++;
            }
            if (r.kind() == ReviewKind.REVIEW) {
                ratings.merge(r.rating(), 1, Integer::sum);
                if (becomesLeech(r.before(), r.after(), rules.leechLapses())) {
                    leeches.add(r.key());
                }
            }
        }
        java.util.Collections.reverse(leeches);
        return new Summary(
                done.size(), right, typo, wrong, ratings, leeches, Duration.between(started, clock.instant()));
    }
}
