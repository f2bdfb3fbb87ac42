package quizline.session;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.SourceRef;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.store.CardKey;
import quizline.store.ProgressStore;

/**
 * What to ask next, Anki's way: learning cards as they fall due, then today's reviews (most
 * overdue first), then new questions (in pack order, or shuffled by the day), each within the day's
 * limits; a question citing the same sentence as one answered today waits for another day; learning cards
 * due within the learn-ahead window come last, so a session never waits on the clock, and
 * {@link #early} says so. The card just answered never comes straight back while another waits.
 */
public final class StudyQueue implements Queue {
    private final Map<CardKey, Entry> entries = new LinkedHashMap<>();
    private final Instant dayStart;
    private final ProgressStore.Today today;
    private final Instant dayEnd;
    private final StudyRules rules;
    private final int sessionCap;
    private int newLeft;
    private int reviewsLeft;
    private int introduced;
    private final Deque<Snapshot> history = new ArrayDeque<>();
    private StudyItem askAgain;
    /** The card answered last: it comes next only when nothing else can. */
    private CardKey last;

    private String early;

    private static final class Entry {
        final StudyItem item;
        /**
         * What the question shares with its siblings: the fact it was written from when the pack names it (questions
         * on one fact may cite different sentences), else the sentence it cites; null when it has neither.
         */
        final String sibling;

        Card card;
        boolean done;
        /** Suspended or buried during this session: not asked again, not counted. */
        boolean setAside;

        Entry(StudyItem item, Card card) {
            this.item = item;
            this.card = card;
            SourceRef source = item.question().source();
            String fact = item.question().fact();
            this.sibling = fact != null
                    ? item.pack().id() + "\nfact\n" + fact
                    : source == null
                            ? null
                            : item.pack().id() + "\n" + source.article() + "\n" + source.start() + "\n" + source.end();
        }
    }

    /** New questions in the order they are introduced. */
    private final List<Entry> newOrder = new ArrayList<>();
    /** Cards answered today, by the fact or sentence they share: their siblings wait for another day. */
    private final Map<String, Set<CardKey>> answeredToday = new HashMap<>();

    /** How the queue stood before an answer, so undo can put it back exactly. */
    private record Snapshot(
            CardKey key,
            Card card,
            boolean done,
            int newLeft,
            int reviewsLeft,
            int introduced,
            CardKey last,
            boolean buried,
            boolean setAside) {}

    static final String NOTHING_ELSE_DUE = "nothing else is due";
    static final String NOT_TWICE = "else the question just answered would come straight back";

    /**
     * @param states    the stored state of cards with history
     * @param usedToday what today's limits have already used up
     * @param today what the daily limits count: since the study day's start, the packs loaded (all of them, not
     *              only those this session asks from: the limits are the learner's, across packs)
     * @param dayEnd when the study day ends: cards due before then are due today
     * @param sessionCap at most this many different cards in this session
     */
    public StudyQueue(
            List<StudyItem> items,
            Map<CardKey, Card> states,
            StudyRules rules,
            ProgressStore.DayCounts usedToday,
            ProgressStore.Today today,
            Instant dayEnd,
            int sessionCap) {
        this.rules = rules;
        this.today = today;
        this.dayStart = today.start();
        this.dayEnd = dayEnd;
        this.sessionCap = sessionCap;
        this.newLeft = Math.max(0, rules.newPerDay() - usedToday.newCards());
        this.reviewsLeft = Math.max(0, rules.reviewsPerDay() - usedToday.reviews());
        for (StudyItem item : items) {
            Card card = states.get(item.key());
            Entry e = new Entry(item, card == null ? Card.newCard(item.key().toString(), Instant.EPOCH) : card);
            entries.put(item.key(), e);
            if (e.card.state() == CardState.NEW) {
                newOrder.add(e);
            }
            if (e.card.lastReview() != null && !e.card.lastReview().isBefore(dayStart)) {
                bury(e);
            }
        }
        if (rules.randomNewOrder()) {
            // Seeded by the day: the same order all day long, in every session, and another tomorrow.
            Collections.shuffle(newOrder, new Random(dayStart.getEpochSecond()));
        }
    }

    /** Records that the card was answered today; true when that buries its siblings anew. */
    private boolean bury(Entry e) {
        return rules.burySiblings()
                && e.sibling != null
                && answeredToday
                        .computeIfAbsent(e.sibling, s -> new HashSet<>())
                        .add(e.item.key());
    }

    /** Whether a sibling of this card was answered today. */
    private boolean buried(Entry e) {
        return e.sibling != null
                && answeredToday.getOrDefault(e.sibling, Set.of()).stream().anyMatch(k -> !k.equals(e.item.key()));
    }

    /** The questions of the packs that pass the filter, in pack order. */
    public static List<StudyItem> select(List<Pack> packs, String packId, String tag) {
        List<StudyItem> items = new ArrayList<>();
        for (Pack pack : packs) {
            if (packId != null && !packId.equals(pack.id())) {
                continue;
            }
            for (Question q : pack.questions()) {
                if (tag == null || q.tags().contains(tag)) {
                    items.add(new StudyItem(pack, q));
                }
            }
        }
        return items;
    }

    @Override
    public Optional<StudyItem> next(Instant now) {
        early = null;
        if (askAgain != null) {
            return Optional.of(askAgain);
        }
        Optional<Entry> pick = learning(now, this::notLast)
                .or(() -> review().filter(this::notLast))
                .or(() -> fresh().filter(this::notLast));
        if (pick.isPresent()) {
            return pick.map(e -> e.item);
        }
        Instant ahead = now.plus(rules.learnAhead());
        Optional<Entry> lastDue = learning(now, e -> !notLast(e));
        Optional<Entry> other = learning(ahead, this::notLast);
        if (other.isPresent()) {
            early = lastDue.isPresent() ? NOT_TWICE : NOTHING_ELSE_DUE;
            return other.map(e -> e.item);
        }
        if (lastDue.isPresent()) {
            return lastDue.map(e -> e.item);
        }
        pick = learning(ahead, e -> true);
        if (pick.isPresent()) {
            early = NOTHING_ELSE_DUE;
        }
        return pick.map(e -> e.item);
    }

    private boolean notLast(Entry e) {
        return !e.item.key().equals(last);
    }

    @Override
    public Optional<String> early() {
        return Optional.ofNullable(early);
    }

    private boolean inLearning(Entry e) {
        return !e.done
                && !e.setAside
                && (e.card.state() == CardState.LEARNING || e.card.state() == CardState.RELEARNING)
                && e.card.due().isBefore(dayEnd);
    }

    private Optional<Entry> learning(Instant dueBy, java.util.function.Predicate<Entry> which) {
        return entries.values().stream()
                .filter(e -> inLearning(e) && !e.card.due().isAfter(dueBy) && which.test(e))
                .min(Comparator.comparing(e -> e.card.due()));
    }

    private boolean dueReview(Entry e) {
        return !e.done
                && !e.setAside
                && e.card.state() == CardState.REVIEW
                && e.card.due().isBefore(dayEnd);
    }

    private Optional<Entry> review() {
        if (reviewsLeft == 0 || introduced >= sessionCap) {
            return Optional.empty();
        }
        return entries.values().stream()
                .filter(e -> dueReview(e) && !buried(e))
                .min(Comparator.comparing(e -> e.card.due()));
    }

    private Optional<Entry> fresh() {
        if (newLeft == 0 || introduced >= sessionCap) {
            return Optional.empty();
        }
        return newOrder.stream().filter(this::freshNow).findFirst();
    }

    private boolean freshNow(Entry e) {
        return !e.done && !e.setAside && e.card.state() == CardState.NEW && !buried(e);
    }

    /** The card's state as the queue knows it (stored, or as this session left it). */
    @Override
    public Card card(CardKey key) {
        return entries.get(key).card;
    }

    /**
     * Records the card's state after an answer and counts it against the limits, by its state
     * before: a card another session has introduced meanwhile is not new here either.
     */
    @Override
    public void answered(CardKey key, Card before, Card after, Verdict verdict) {
        Entry e = entries.get(key);
        boolean buried = !(before.state() == CardState.LEARNING || before.state() == CardState.RELEARNING) && bury(e);
        history.push(new Snapshot(key, e.card, e.done, newLeft, reviewsLeft, introduced, last, buried, e.setAside));
        askAgain = null;
        last = key;
        if (before.state() == CardState.NEW) {
            newLeft--;
            introduced++;
        } else if (before.state() == CardState.REVIEW) {
            reviewsLeft--;
            introduced++;
        }
        e.card = after;
        // A card that graduates (or whose next step falls on another day) is done for today.
        e.done = !(after.state() == CardState.LEARNING || after.state() == CardState.RELEARNING)
                || !after.due().isBefore(dayEnd);
    }

    /** The question was suspended or buried: this session neither asks nor counts it again (undo brings it back). */
    @Override
    public void setAside(CardKey key) {
        entries.get(key).setAside = true;
    }

    /** Other sessions on the profile count too: what they used is no longer left for this one. */
    @Override
    public void usedToday(ProgressStore.DayCounts counts) {
        newLeft = Math.min(newLeft, Math.max(0, rules.newPerDay() - counts.newCards()));
        reviewsLeft = Math.min(reviewsLeft, Math.max(0, rules.reviewsPerDay() - counts.reviews()));
    }

    @Override
    public ProgressStore.Today today(Instant now) {
        return today;
    }

    /** Puts the queue back as it was before the last answer; that question comes next. */
    @Override
    public void undo() {
        Snapshot s = history.pop();
        Entry e = entries.get(s.key());
        e.card = s.card();
        e.done = s.done();
        e.setAside = s.setAside();
        newLeft = s.newLeft();
        reviewsLeft = s.reviewsLeft();
        introduced = s.introduced();
        last = s.last();
        if (s.buried()) {
            answeredToday.get(e.sibling).remove(s.key());
        }
        askAgain = e.item;
    }

    @Override
    public boolean canUndo() {
        return !history.isEmpty();
    }

    /** Learning cards still in play, plus the reviews and new cards the limits still allow. */
    @Override
    public int remaining(Instant now) {
        int learning = (int) entries.values().stream().filter(this::inLearning).count();
        int capLeft = Math.max(0, sessionCap - introduced);
        // Siblings not yet buried count once: answering one buries the others.
        Set<Object> groups = new HashSet<>();
        int reviews = (int) Math.min(
                reviewsLeft,
                entries.values().stream()
                        .filter(e -> dueReview(e) && !buried(e) && groups.add(group(e)))
                        .count());
        int fresh = (int) Math.min(
                newLeft,
                entries.values().stream()
                        .filter(e -> freshNow(e) && groups.add(group(e)))
                        .count());
        return learning + Math.min(capLeft, reviews + fresh);
    }

    private Object group(Entry e) {
        return e.sibling == null || !rules.burySiblings() ? e.item.key() : e.sibling;
    }

    /** Learning cards still in play count as what is left: a learning step moves a card, it adds none. */
    @Override
    public Left left(Instant now) {
        int learning = (int) entries.values().stream().filter(this::inLearning).count();
        return new Left(remaining(now), learning);
    }

    /** Cards due today (learning and review) among the selected questions, before any limit. */
    public int dueToday() {
        return (int) entries.values().stream()
                .filter(e -> inLearning(e) || dueReview(e))
                .count();
    }

    /**
     * When the selected questions come back, from their states as stored (a card the store does
     * not have yet is as this queue knows it); new questions count when today's limit holds them back.
     */
    public ComeBack comeBack(Map<CardKey, Card> stored, Instant now, java.time.ZoneId zone) {
        List<Card> cards = entries.entrySet().stream()
                .filter(e -> !e.getValue().setAside)
                .map(e -> stored.getOrDefault(e.getKey(), e.getValue().card))
                .toList();
        long unseen = cards.stream().filter(c -> c.state() == CardState.NEW).count();
        int newTomorrow = newLeft == 0 ? (int) Math.min(unseen, rules.newPerDay()) : 0;
        return ComeBack.of(cards, newTomorrow, now, rules, zone);
    }

    /** New questions available today: the unseen ones, up to what the daily limit still allows. */
    public int newAvailable() {
        long unseen = entries.values().stream()
                .filter(e -> !e.setAside && e.card.state() == CardState.NEW)
                .count();
        return (int) Math.min(unseen, newLeft);
    }
}
