package quizline.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import quizline.schedule.Card;
import quizline.schedule.CardState;

/** Progress for the life of the process: for tests, and for profiles that ask not to be kept. */
public final class InMemoryProgressStore implements ProgressStore {
    private final Map<CardKey, CardProgress> cards = new HashMap<>();
    private final List<ReviewRecord> log = new ArrayList<>();
    private final Map<String, String> settings = new HashMap<>();
    private final Map<CardKey, Suspension> suspended = new HashMap<>();
    private final Map<CardKey, Instant> buried = new HashMap<>();
    private final List<Flag> flags = new ArrayList<>();

    @Override
    public Map<CardKey, CardProgress> cards() {
        return Map.copyOf(cards);
    }

    public List<ReviewRecord> reviews() {
        return List.copyOf(log);
    }

    @Override
    public List<ReviewRecord> reviews(String packId) {
        return log.stream().filter(r -> r.key().packId().equals(packId)).toList();
    }

    @Override
    public DayCounts counts(Today today) {
        int newCards = 0;
        int reviews = 0;
        Set<CardKey> seen = new HashSet<>();
        for (ReviewRecord r : log) {
            if (r.kind() != ReviewKind.REVIEW
                    || r.at().isBefore(today.start())
                    || !today.packs().contains(r.key().packId())) {
                continue;
            }
            if (r.before().state() == CardState.NEW && seen.add(r.key())) {
                newCards++;
            } else if (r.before().state() == CardState.REVIEW) {
                reviews++;
            }
        }
        return new DayCounts(newCards, reviews);
    }

    @Override
    public Recorded record(CardKey key, Today today, Function<Card, ReviewRecord> grading) {
        CardProgress stored = cards.get(key);
        Card current = stored == null ? ProgressStore.newCard(key) : stored.card();
        ReviewRecord review = Grading.checked(key, current, stored != null, grading.apply(current));
        log.add(review);
        if (review.kind() == ReviewKind.REVIEW) {
            cards.put(review.key(), new CardProgress(review.after(), review.answerHash()));
        }
        return new Recorded(review, counts(today));
    }

    @Override
    public void undo(ReviewRecord review) {
        if (log.isEmpty() || !log.get(log.size() - 1).equals(review)) {
            throw new IllegalStateException("only the newest review can be undone");
        }
        log.remove(log.size() - 1);
        if (review.kind() == ReviewKind.REVIEW) {
            if (review.before().state() == CardState.NEW) {
                cards.remove(review.key());
            } else {
                cards.put(review.key(), new CardProgress(review.before(), review.answerHash()));
            }
        }
    }

    @Override
    public boolean forget(CardKey key, Instant at) {
        boolean had = cards().containsKey(key);
        reset(key);
        return had;
    }

    @Override
    public void reset(CardKey key) {
        cards.remove(key);
    }

    @Override
    public List<ReviewRecord> history(CardKey key) {
        return log.stream().filter(r -> r.key().equals(key)).toList();
    }

    @Override
    public Map<CardKey, Suspension> suspended() {
        return Map.copyOf(suspended);
    }

    @Override
    public void suspend(Suspension suspension) {
        suspended.putIfAbsent(suspension.key(), suspension);
    }

    @Override
    public boolean unsuspend(CardKey key) {
        return suspended.remove(key) != null;
    }

    @Override
    public Map<CardKey, Instant> burials(Instant now) {
        Map<CardKey, Instant> burials = new HashMap<>();
        buried.forEach((key, until) -> {
            if (until.isAfter(now)) {
                burials.put(key, until);
            }
        });
        return burials;
    }

    @Override
    public void bury(CardKey key, Instant until) {
        buried.put(key, until);
    }

    @Override
    public void unbury(CardKey key) {
        buried.remove(key);
    }

    @Override
    public void flag(Flag flag) {
        flags.add(flag);
    }

    @Override
    public List<Flag> flags() {
        return List.copyOf(flags);
    }

    @Override
    public int unflag(CardKey key) {
        int before = flags.size();
        flags.removeIf(f -> f.key().equals(key));
        return before - flags.size();
    }

    @Override
    public Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    @Override
    public void putSetting(String key, String value) {
        if (value == null) {
            settings.remove(key);
        } else {
            settings.put(key, value);
        }
    }

    @Override
    public void close() {}
}
