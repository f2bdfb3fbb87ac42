package quizline.session;

import quizline.store.ProgressStore;
import quizline.store.ReviewRecord;
import quizline.store.ReviewKind;
import quizline.store.CardKey;
import quizline.store.Correctness;
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
import quizline.pack.Answers;
import quizline.pack.Checked;
import quizline.pack.Response;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.Rating;
import quizline.schedule.Scheduler;

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
    private final int leechLapses;
    private final Instant started;
    private final Deque<ReviewRecord> done = new ArrayDeque<>();
    private StudyItem current;
    private Instant shownAt;
    private Outcome pending;

    public StudySession(Queue queue, Scheduler scheduler, ProgressStore store, Clock clock, int leechLapses) {
        this.queue = queue;
        this.scheduler = scheduler;
        this.store = store;
        this.clock = clock;
        this.kind = queue instanceof CramQueue ? ReviewKind.CRAM : ReviewKind.REVIEW;
        this.leechLapses = leechLapses;
        this.started = clock.instant();
    }

    public boolean cram() {
        return kind == ReviewKind.CRAM;
    }

    /** The question to ask now, or empty when the session is over. */
    public Optional<StudyItem> current() {
        if (current == null) {
            current = queue.next(clock.instant()).orElse(null);
        }
        return Optional.ofNullable(current);
    }

    /** Call when the question appears on screen: its answer time counts from here. */
    public void shown() {
        shownAt = clock.instant();
    }

    /** Judges the answer; a scheduled review then waits for {@link #grade}, a cram answer is logged at once. */
    public Outcome submit(Response response) {
        StudyItem item = current().orElseThrow(() -> new IllegalStateException("the session is over"));
        Instant now = clock.instant();
        long millis = shownAt == null ? 0 : Math.max(0, Duration.between(shownAt, now).toMillis());
        Checked checked = Answers.check(item.question(), response);
        Rating suggested = suggest(checked.verdict());
        if (kind == ReviewKind.CRAM) {
            Card card = queue.card(item.key());
            commit(new ReviewRecord(item.key(), now, suggested, checked.typed(), correctness(checked.verdict()), millis,
                    card, card, ReviewKind.CRAM, Answers.keyHash(item.question())));
            return new Outcome(item, checked, now, millis, suggested, null);
        }
        pending = new Outcome(item, checked, now, millis, suggested, scheduler.preview(queue.card(item.key()), now));
        return pending;
    }

    private static Correctness correctness(Verdict verdict) {
        return Correctness.valueOf(verdict.name());
    }

    /** wrong → Again, right with a typo → Hard, right → Good. */
    public static Rating suggest(Verdict verdict) {
        return switch (verdict) {
            case WRONG -> Rating.AGAIN;
            case TYPO -> Rating.HARD;
            case RIGHT -> Rating.GOOD;
        };
    }

    /** Grades the pending answer and stores it; the store has it before this returns. */
    public ReviewRecord grade(Rating rating) {
        if (pending == null) {
            throw new IllegalStateException("no answer waiting for a grade");
        }
        Outcome o = pending;
        Card before = queue.card(o.item().key());
        Instant now = clock.instant();
        Card after = scheduler.next(before, rating, now);
        ReviewRecord record = new ReviewRecord(o.item().key(), now, rating, o.checked().typed(),
                correctness(o.checked().verdict()),
                o.durationMillis(), before, after, ReviewKind.REVIEW, Answers.keyHash(o.item().question()));
        commit(record);
        pending = null;
        return record;
    }

    /**
     * Leaving with an answer judged but not yet graded keeps it, with the suggested grade: the
     * student saw the feedback, so the answer counts.
     */
    public Optional<ReviewRecord> gradePendingWithSuggestion() {
        return pending == null ? Optional.empty() : Optional.of(grade(pending.suggested()));
    }

    private void commit(ReviewRecord record) {
        store.record(record);
        queue.answered(record.key(), record.after(), Verdict.valueOf(record.correctness().name()));
        done.push(record);
        current = null;
        shownAt = null;
    }

    /**
     * Takes back the last stored answer: it leaves the log, the card returns to its state before,
     * and its question is asked again. An answer still waiting for its grade is dropped.
     */
    public Optional<StudyItem> undo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        ReviewRecord last = done.pop();
        store.undo(last);
        queue.undo();
        pending = null;
        current = null;
        shownAt = null;
        return current();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    /** Answers given so far in this session. */
    public int answered() {
        return done.size();
    }

    /** Answers given plus questions still to come (learning cards may come back and add to it). */
    public int planned() {
        int ahead = queue.remaining(clock.instant());
        return done.size() + Math.max(ahead, current == null ? 0 : 1);
    }

    public Summary summary() {
        int right = 0;
        int typo = 0;
        int wrong = 0;
        Map<Rating, Integer> ratings = new EnumMap<>(Rating.class);
        List<CardKey> leeches = new ArrayList<>();
        for (ReviewRecord r : done) {
            switch (r.correctness()) {
                case RIGHT -> right++;
                case TYPO -> typo++;
                case WRONG -> wrong++;
            }
            if (r.kind() == ReviewKind.REVIEW) {
                ratings.merge(r.rating(), 1, Integer::sum);
                if (r.after().lapses() >= leechLapses && r.before().lapses() < leechLapses) {
                    leeches.add(r.key());
                }
            }
        }
        java.util.Collections.reverse(leeches);
        return new Summary(done.size(), right, typo, wrong, ratings, leeches, Duration.between(started, clock.instant()));
    }
}
