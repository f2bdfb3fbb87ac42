package quizline.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import quizline.pack.Answers;
import quizline.pack.Checked;
import quizline.pack.Response;
import quizline.pack.Verdict;

/**
 * One study session: walks the queue, judges answers, logs them, and keeps the running figures.
 * Time comes from the injected clock, so tests are exact.
 */
public final class StudySession {
    private final List<StudyItem> queue;
    private final Clock clock;
    private final ReviewLog log;
    private final Instant started;
    private final Deque<Outcome> outcomes = new ArrayDeque<>();
    private final Deque<Review> reviews = new ArrayDeque<>();
    private int position;
    private Instant shownAt;

    public StudySession(List<StudyItem> queue, Clock clock, ReviewLog log) {
        this.queue = List.copyOf(queue);
        this.clock = clock;
        this.log = log;
        this.started = clock.instant();
    }

    public Optional<StudyItem> current() {
        return position < queue.size() ? Optional.of(queue.get(position)) : Optional.empty();
    }

    /** Call when the question appears on screen: its answer time counts from here. */
    public void shown() {
        shownAt = clock.instant();
    }

    public Outcome submit(Response response) {
        StudyItem item = current().orElseThrow(() -> new IllegalStateException("the session is over"));
        Instant now = clock.instant();
        long millis = shownAt == null ? 0 : Math.max(0, Duration.between(shownAt, now).toMillis());
        Checked checked = Answers.check(item.question(), response);
        Review review = new Review(item.key(), now, checked.typed(), checked.verdict(), millis);
        log.append(review);
        reviews.push(review);
        Outcome outcome = new Outcome(item, checked, millis);
        outcomes.push(outcome);
        position++;
        shownAt = null;
        return outcome;
    }

    /** Takes back the last answer: its review leaves the log and its question is asked again. */
    public Optional<StudyItem> undo() {
        if (outcomes.isEmpty()) {
            return Optional.empty();
        }
        outcomes.pop();
        log.removeLast(reviews.pop());
        position--;
        return current();
    }

    /** 1-based number of the question being asked (or the total once the session is over). */
    public int number() {
        return Math.min(position + 1, queue.size());
    }

    public int planned() {
        return queue.size();
    }

    public Summary summary() {
        int right = 0;
        int typo = 0;
        int wrong = 0;
        for (Outcome o : outcomes) {
            Verdict v = o.checked().verdict();
            if (v == Verdict.RIGHT) {
                right++;
            } else if (v == Verdict.TYPO) {
                typo++;
            } else {
                wrong++;
            }
        }
        return new Summary(outcomes.size(), queue.size(), right, typo, wrong, Duration.between(started, clock.instant()));
    }
}
