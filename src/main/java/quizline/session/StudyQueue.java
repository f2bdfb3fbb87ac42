package quizline.session;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import quizline.pack.Pack;
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
 *
 * <p>The cards in play are kept in three sets, in the order they are asked from: learning cards and due reviews by
 * due time, new cards in their order; an answer moves one card between them. So picking the next question and counting
 * what is left cost what today's session holds, not what the packs hold. Only those cards are made into entries: the
 * cards due today or answered today when the queue is made, and the new ones as their turn comes (a hundred thousand
 * questions cost a look-up each to start, not an entry each).
 */
public final class StudyQueue implements Queue {
    /** The cards in play, and those answered or looked at: made as needed ({@link #entry}). */
    private final Map<CardKey, Entry> entries = new HashMap<>();
    /** The selected questions, in pack order: an entry's place among them breaks ties in due time. */
    private final List<StudyItem> items;
    /** The stored state of a card in play (null: none, or not read). */
    private final java.util.function.Function<CardKey, Card> states;
    /** The new questions, in the order they are introduced; those before {@link #newMade} have their entry. */
    private final List<Integer> newOrder = new ArrayList<>();

    private int newMade;
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
        final CardKey key;
        /** Its place among the selected questions: ties in due time go to the one first in the packs. */
        final int seq;
        /** Its place among the new questions, in the order they are introduced; -1 when it was not new. */
        int newRank = -1;
        /**
         * What the question shares with its siblings: the fact it was written from when the pack names it (questions
         * on one fact may cite different sentences), else the sentence it cites; null when it has neither.
         */
        final String sibling;

        Card card;
        boolean done;
        /** Suspended or buried during this session: not asked again, not counted. */
        boolean setAside;

        Entry(StudyItem item, CardKey key, Card card, int seq) {
            this.item = item;
            this.key = key;
            this.card = card;
            this.seq = seq;
            // Read without decoding the question: a start makes an entry for each card in play
            SourceRef source = item.source();
            String fact = item.fact();
            this.sibling = fact != null
                    ? item.pack().id() + "\nfact\n" + fact
                    : source == null
                            ? null
                            : item.pack().id() + "\n" + source.article() + "\n" + source.start() + "\n" + source.end();
        }
    }

    private static final Comparator<Entry> BY_DUE =
            Comparator.comparing((Entry e) -> e.card.due()).thenComparingInt(e -> e.seq);

    /** Learning cards in play ({@link #inLearning}), soonest due first. */
    private final java.util.TreeSet<Entry> learningSet = new java.util.TreeSet<>(BY_DUE);
    /** Reviews due today in play ({@link #dueReview}), most overdue first. */
    private final java.util.TreeSet<Entry> reviewSet = new java.util.TreeSet<>(BY_DUE);
    /** The due reviews in play by sibling group ({@link #group}). */
    private final Map<Object, Set<Entry>> reviewGroups = new HashMap<>();
    /** New cards in play, in the order they are introduced. */
    private final java.util.TreeSet<Entry> freshSet = new java.util.TreeSet<>(Comparator.comparingInt(e -> e.newRank));
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

    /** A card with no history, as the line saying when to come back sees it. */
    private static final ProgressStore.Due UNSEEN = new ProgressStore.Due(CardState.NEW, Instant.EPOCH);

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
        this(items, states, started(states), rules, usedToday, today, dayEnd, sessionCap);
    }

    /**
     * A queue made from the states of the cards in play alone ({@link ProgressStore.StudyCards}): a card that has
     * started but is neither due before {@code dayEnd} nor answered today is never asked today, so its state is not
     * needed, only the knowledge that it is not new.
     *
     * @param states the stored states of at least the cards in play
     * @param started every card whose stored state is not new
     */
    public StudyQueue(
            List<StudyItem> items,
            Map<CardKey, Card> states,
            Set<CardKey> started,
            StudyRules rules,
            ProgressStore.DayCounts usedToday,
            ProgressStore.Today today,
            Instant dayEnd,
            int sessionCap) {
        this(
                items,
                key -> {
                    boolean begun = started.contains(key);
                    Card card = states.get(key);
                    return begun || card != null ? new ProgressStore.StudyCard(null, begun, card) : null;
                },
                states::get,
                rules,
                usedToday,
                today,
                dayEnd,
                sessionCap);
    }

    /**
     * A queue made from the cards as a study day starts from them ({@link ProgressStore#studyCards}), each looked up
     * once: a card that has started but is neither due before {@code dayEnd} nor answered today is never asked today,
     * so its state is not needed, only the knowledge that it is not new.
     */
    public StudyQueue(
            List<StudyItem> items,
            ProgressStore.StudyCards cards,
            StudyRules rules,
            ProgressStore.DayCounts usedToday,
            ProgressStore.Today today,
            Instant dayEnd,
            int sessionCap) {
        this(
                items,
                cards::get,
                key -> {
                    ProgressStore.StudyCard card = cards.get(key);
                    return card == null ? null : card.inPlay();
                },
                rules,
                usedToday,
                today,
                dayEnd,
                sessionCap);
    }

    /**
     * @param rows each card's row (null: none), looked up once per selected question
     * @param states the state of a card in play, for one made later (null: none)
     */
    private StudyQueue(
            List<StudyItem> items,
            java.util.function.Function<CardKey, ProgressStore.StudyCard> rows,
            java.util.function.Function<CardKey, Card> states,
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
        this.items = List.copyOf(items);
        this.states = states;
        List<Entry> made = new ArrayList<>();
        for (int seq = 0; seq < this.items.size(); seq++) {
            StudyItem item = this.items.get(seq);
            CardKey key = item.key();
            ProgressStore.StudyCard row = rows.apply(key);
            Card card = row == null ? null : row.inPlay();
            if (row == null || !row.started()) {
                newOrder.add(seq);
            } else if (card != null
                    && (card.due().isBefore(dayEnd)
                            || card.lastReview() != null && !card.lastReview().isBefore(dayStart))) {
                // Due today (learning or review), or answered today (its siblings wait for another day)
                Entry e = new Entry(item, key, card, seq);
                entries.put(key, e);
                made.add(e);
            }
        }
        if (rules.randomNewOrder()) {
            // Seeded by the day: the same order all day long, in every session, and another tomorrow.
            Collections.shuffle(newOrder, new Random(dayStart.getEpochSecond()));
        }
        for (Entry e : made) {
            if (e.card.lastReview() != null && !e.card.lastReview().isBefore(dayStart)) {
                bury(e);
            }
            index(e);
        }
    }

    private static Set<CardKey> started(Map<CardKey, Card> states) {
        Set<CardKey> started = new HashSet<>();
        states.forEach((key, card) -> {
            if (card.state() != CardState.NEW) {
                started.add(key);
            }
        });
        return started;
    }

    /**
     * The card's entry, made from its item and stored state when it has none yet: a card the queue asks (in play, or
     * new), so its state, if any, is among those given.
     */
    private Entry entry(CardKey key) {
        Entry e = entries.get(key);
        if (e != null) {
            return e;
        }
        for (int seq = 0; seq < items.size(); seq++) {
            if (items.get(seq).key().equals(key)) {
                return made(seq, -1);
            }
        }
        throw new IllegalArgumentException(key + " is not among the selected questions");
    }

    /** The entry of the item at {@code seq}, made and indexed; {@code newRank} its place among the new ones, or -1. */
    private Entry made(int seq, int newRank) {
        StudyItem item = items.get(seq);
        CardKey key = item.key();
        Entry e = entries.get(key);
        if (e == null) {
            Card card = states.apply(key);
            e = new Entry(item, key, card == null ? Card.newCard(key.toString(), Instant.EPOCH) : card, seq);
            entries.put(key, e);
        }
        if (newRank >= 0 && e.newRank < 0) {
            e.newRank = newRank;
            index(e);
        }
        return e;
    }

    /** The new card after {@code after} in the order they are introduced (null: the first), making entries as needed. */
    private Entry freshAfter(Entry after) {
        Entry next = after == null ? (freshSet.isEmpty() ? null : freshSet.first()) : freshSet.higher(after);
        while (next == null && newMade < newOrder.size()) {
            int rank = newMade++;
            Entry e = made(newOrder.get(rank), rank);
            next = freshSet.contains(e) && (after == null || e.newRank > after.newRank) ? e : null;
        }
        return next;
    }

    /** Puts the card in the set it is asked from, if it is in play; call after each change to it. */
    private void index(Entry e) {
        if (inLearning(e)) {
            learningSet.add(e);
        } else if (dueReview(e)) {
            reviewSet.add(e);
            reviewGroups.computeIfAbsent(group(e), g -> new HashSet<>()).add(e);
        } else if (!e.done && !e.setAside && e.card.state() == CardState.NEW && e.newRank >= 0) {
            freshSet.add(e);
        }
    }

    /** Takes the card out of its set; call before each change to it (the sets are ordered by its state). */
    private void unindex(Entry e) {
        learningSet.remove(e);
        freshSet.remove(e);
        if (reviewSet.remove(e)) {
            Set<Entry> group = reviewGroups.get(group(e));
            group.remove(e);
            if (group.isEmpty()) {
                reviewGroups.remove(group(e));
            }
        }
    }

    /** Records that the card was answered today; true when that buries its siblings anew. */
    private boolean bury(Entry e) {
        return rules.burySiblings()
                && e.sibling != null
                && answeredToday
                        .computeIfAbsent(e.sibling, s -> new HashSet<>())
                        .add(e.key);
    }

    /** Whether a sibling of this card was answered today. */
    private boolean buried(Entry e) {
        return e.sibling != null
                && answeredToday.getOrDefault(e.sibling, Set.of()).stream().anyMatch(k -> !k.equals(e.key));
    }

    /** The questions of the packs that pass the filter, in pack order. */
    public static List<StudyItem> select(List<Pack> packs, String packId, String tag) {
        List<StudyItem> items = new ArrayList<>();
        for (Pack pack : packs) {
            if (packId != null && !packId.equals(pack.id())) {
                continue;
            }
            // A tag is read from each question; without one, no question is decoded to be selected
            for (int i = 0; i < pack.questions().size(); i++) {
                if (tag == null || pack.questions().get(i).tags().contains(tag)) {
                    items.add(new StudyItem(pack, i));
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
        return !e.key.equals(last);
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
        for (Entry e : learningSet) {
            if (e.card.due().isAfter(dueBy)) {
                break;
            }
            if (which.test(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
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
        return reviewSet.stream().filter(e -> !buried(e)).findFirst();
    }

    private Optional<Entry> fresh() {
        if (newLeft == 0 || introduced >= sessionCap) {
            return Optional.empty();
        }
        for (Entry e = freshAfter(null); e != null; e = freshAfter(e)) {
            if (!buried(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The card's state as the queue knows it (stored, or as this session left it). */
    @Override
    public Card card(CardKey key) {
        return entry(key).card;
    }

    /**
     * Records the card's state after an answer and counts it against the limits, by its state
     * before: a card another session has introduced meanwhile is not new here either.
     */
    @Override
    public void answered(CardKey key, Card before, Card after, Verdict verdict) {
        Entry e = entry(key);
        boolean buried = !(before.state() == CardState.LEARNING || before.state() == CardState.RELEARNING) && bury(e);
        history.push(new Snapshot(key, e.card, e.done, newLeft, reviewsLeft, introduced, last, buried, e.setAside));
        unindex(e);
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
        index(e);
    }

    /** The question was suspended or buried: this session neither asks nor counts it again (undo brings it back). */
    @Override
    public void setAside(CardKey key) {
        Entry e = entry(key);
        unindex(e);
        e.setAside = true;
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
        unindex(e);
        e.card = s.card();
        e.done = s.done();
        e.setAside = s.setAside();
        index(e);
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

    /**
     * Learning cards still in play, plus the reviews and new cards the limits still allow. Siblings not yet buried
     * count once (answering one buries the others), a new card not at all when a due review of its group counts. Each
     * set is read until its limit is reached, so this costs what the limits hold, not what the packs hold.
     */
    @Override
    public int remaining(Instant now) {
        int capLeft = Math.max(0, sessionCap - introduced);
        Set<Object> groups = new HashSet<>();
        int reviews = 0;
        for (Iterator<Entry> it = reviewSet.iterator(); it.hasNext() && reviews < reviewsLeft; ) {
            Entry e = it.next();
            if (!buried(e) && groups.add(group(e))) {
                reviews++;
            }
        }
        int fresh = 0;
        for (Entry e = freshAfter(null); e != null && fresh < newLeft; e = freshAfter(e)) {
            if (!buried(e) && !reviewCounts(group(e)) && groups.add(group(e))) {
                fresh++;
            }
        }
        return learningSet.size() + Math.min(capLeft, reviews + fresh);
    }

    /** Whether a due review of the group, not buried, counts among what is left. */
    private boolean reviewCounts(Object group) {
        Set<Entry> due = reviewGroups.get(group);
        return due != null && due.stream().anyMatch(e -> !buried(e));
    }

    private Object group(Entry e) {
        return e.sibling == null || !rules.burySiblings() ? e.key : e.sibling;
    }

    /** Learning cards still in play count as what is left: a learning step moves a card, it adds none. */
    @Override
    public Left left(Instant now) {
        return new Left(remaining(now), learningSet.size());
    }

    /** Cards due today (learning and review) among the selected questions, before any limit. */
    public int dueToday() {
        return learningSet.size() + reviewSet.size();
    }

    /**
     * When the selected questions come back, from their states and due times as stored (a card the store does not have
     * yet is as this queue knows it); new questions count when today's limit holds them back.
     */
    public ComeBack comeBack(Map<CardKey, ProgressStore.Due> stored, Instant now, java.time.ZoneId zone) {
        List<ProgressStore.Due> cards = new ArrayList<>();
        for (StudyItem item : items) {
            CardKey key = item.key();
            Entry e = entries.get(key);
            if (e != null && e.setAside) {
                continue;
            }
            ProgressStore.Due due = stored.get(key);
            if (due == null) {
                Card known = e != null ? e.card : states.apply(key);
                due = known != null ? ProgressStore.Due.of(known) : UNSEEN;
            }
            cards.add(due);
        }
        long unseen = cards.stream().filter(c -> c.state() == CardState.NEW).count();
        int newTomorrow = newLeft == 0 ? (int) Math.min(unseen, rules.newPerDay()) : 0;
        return ComeBack.of(cards, newTomorrow, now, rules, zone);
    }

    /** New questions available today: the unseen ones, up to what the daily limit still allows. */
    public int newAvailable() {
        return Math.min(freshSet.size() + newOrder.size() - newMade, newLeft);
    }
}
