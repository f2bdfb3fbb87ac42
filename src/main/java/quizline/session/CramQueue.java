package quizline.session;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.store.CardKey;
import quizline.store.ProgressStore;

/**
 * Cram: every selected question regardless of due dates, a missed one asked again at the end
 * until it is answered right. Card states are only read, never changed.
 */
public final class CramQueue implements Queue {
    private final List<StudyItem> pending;
    private final Map<CardKey, Card> states;
    private final Deque<List<StudyItem>> history = new ArrayDeque<>();

    public CramQueue(List<StudyItem> items, Map<CardKey, Card> states, int limit) {
        this.pending = new ArrayList<>(items.subList(0, Math.min(limit, items.size())));
        this.states = new HashMap<>(states);
    }

    @Override
    public Optional<StudyItem> next(Instant now) {
        return pending.isEmpty() ? Optional.empty() : Optional.of(pending.get(0));
    }

    @Override
    public Card card(CardKey key) {
        return states.computeIfAbsent(key, k -> Card.newCard(k.toString(), Instant.EPOCH));
    }

    @Override
    public void answered(CardKey key, Card before, Card after, Verdict verdict) {
        history.push(List.copyOf(pending));
        StudyItem item = pending.remove(0);
        if (verdict != Verdict.RIGHT) {
            pending.add(item);
        }
    }

    @Override
    public void setAside(CardKey key) {
        pending.removeIf(item -> item.key().equals(key));
    }

    /** Cram has no daily limits. */
    @Override
    public void usedToday(ProgressStore.DayCounts counts) {}

    /** Cram has no daily limits: nothing needs counting. */
    @Override
    public ProgressStore.Today today(Instant now) {
        return new ProgressStore.Today(now, java.util.Set.of());
    }

    @Override
    public void undo() {
        List<StudyItem> before = history.pop();
        pending.clear();
        pending.addAll(before);
    }

    @Override
    public boolean canUndo() {
        return !history.isEmpty();
    }

    @Override
    public int remaining(Instant now) {
        return pending.size();
    }

    /** Different questions still pending; cram has no learning steps. */
    @Override
    public Left left(Instant now) {
        return new Left((int) pending.stream().distinct().count(), 0);
    }

    /** Cram ignores due dates: nothing is early. */
    @Override
    public Optional<String> early() {
        return Optional.empty();
    }
}
