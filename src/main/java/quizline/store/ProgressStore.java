package quizline.store;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import quizline.schedule.Card;

/**
 * Where progress lives between sessions. The session reads card states when it starts, to choose
 * what to ask; each answer is then graded from the card's state as stored at that moment (another
 * session may have reviewed it since) and written as one unit: the state read, the review
 * appended and the card's new state stored, all in one transaction.
 */
public interface ProgressStore extends AutoCloseable {
    /** The current scheduling state of every card that has history. */
    Map<CardKey, CardProgress> cards();

    /** {@link #cards}' states alone. */
    default Map<CardKey, Card> states() {
        Map<CardKey, Card> states = new java.util.HashMap<>();
        cards().forEach((key, progress) -> states.put(key, progress.card()));
        return states;
    }

    /**
     * The cards as a study day starts from them, without decoding every card's state: see {@link StudyCards}.
     *
     * @param dayStart the study day's start: a card answered since then is in play (its siblings wait)
     * @param dayEnd the study day's end: a card due before then is in play
     */
    StudyCards studyCards(Instant dayStart, Instant dayEnd);

    /**
     * Every card's state and due time, as the card table's columns hold them: what the line saying when to come back
     * needs, without decoding the encoded state of each of a profile's hundred thousand cards.
     */
    Map<CardKey, Due> dues();

    /** What today's limits have used up: new cards first seen and reviews done, as {@code today} counts them. */
    DayCounts counts(Today today);

    /**
     * The packs this store's answers are graded from, each by the fingerprint of its answers (the pack id to
     * {@code AnswerKeys.ofPack}): a card row an answer (or its undo) writes then keeps its pack's {@link
     * AnswersChecked} when that is of the same answers. A store not told writes every card row as of answers not known.
     */
    default void answersFrom(Map<String, String> packAnswers) {}

    /**
     * Keeps, in this store's next write (before what that write writes) or in {@link #keepAnswersAgreed}, that every
     * card row of {@code packId} agreed with the answers {@code answers} fingerprints: what a changed-answer check found
     * after reading the rows with {@link #studyCards}, whose {@link StudyCards#checked} gave {@code writes}. It is not
     * kept when a card row of the pack was written since that read (by this store or any other), so a check that
     * missed a row never counts; it is not kept at all when the store is closed first.
     */
    default void answersAgreed(String packId, String answers, long writes) {}

    /**
     * Writes what {@link #answersAgreed} holds, if no write did, once the open's check passed: at the end of a session
     * that wrote nothing. Never fails: what is not kept is checked again at the next start.
     */
    default void keepAnswersAgreed() {}

    /**
     * Records an answer to the card {@code key}, durably, before returning. In one transaction: the
     * card's stored state is read (a card with no state yet is {@link #newCard new}), {@code grading}
     * turns it into the review (its {@code before} must be that state), the review is appended, a
     * scheduled review's {@code after} becomes the card's state, and the day's counts are taken.
     *
     * @param today what the day's counts take in: since the study day's start, of the packs studied here
     * @param grading pure: it may run while other sessions wait for the database
     * @throws IllegalArgumentException when the review is of another card or not graded from the state read
     */
    Recorded record(CardKey key, Today today, Function<Card, ReviewRecord> grading);

    /** Records a review graded beforehand; it must be graded from the card's stored state, as {@link #record(CardKey, Instant, Function)} checks. */
    default void record(ReviewRecord review) {
        record(review.key(), new Today(review.at(), Set.of(review.key().packId())), current -> review);
    }

    /**
     * Takes back {@code review}, this store's newest one: it leaves the log and the card returns to
     * {@code review.before()}.
     *
     * @throws UndoRefused when another session has reviewed the card since (nothing is changed)
     */
    void undo(ReviewRecord review);

    /** Forgets a card's scheduling state (its history stays in the log): it starts again as new. */
    void reset(CardKey key);

    /**
     * The student's reset of a card at {@code at}: its schedule is forgotten (it is new again), its answers stay in
     * the log as history, and the reset is logged so the card table rebuilt from the log keeps it new. False when the
     * card had no schedule to forget.
     */
    boolean forget(CardKey key, Instant at);

    /** Every review of one card, cram answers included, oldest first. */
    java.util.List<ReviewRecord> history(CardKey key);

    /**
     * Every review of one pack's cards, cram answers included, in the order they were logged: for the instructor's
     * report, which reads a whole class. By default the history of each card the store has a state for (a card reset
     * since, or answered only in cram, is missed): a store that can, reads them at once.
     */
    default java.util.List<ReviewRecord> reviews(String packId) {
        java.util.List<ReviewRecord> all = new java.util.ArrayList<>();
        cards().keySet().stream().filter(k -> k.packId().equals(packId)).forEach(k -> all.addAll(history(k)));
        all.sort(java.util.Comparator.comparing(ReviewRecord::at));
        return all;
    }

    /** The questions suspended: not asked until unsuspended. */
    Map<CardKey, Suspension> suspended();

    /** Suspends a question (again: keeps the first suspension). */
    void suspend(Suspension suspension);

    /** Lifts a suspension; false when the question was not suspended. */
    boolean unsuspend(CardKey key);

    /** The questions buried at {@code now}: not asked before their burial ends. */
    default Set<CardKey> buried(Instant now) {
        return burials(now).keySet();
    }

    /** The burials in force at {@code now}, each with the time it ends. */
    Map<CardKey, Instant> burials(Instant now);

    /** Buries a question until {@code until}. */
    void bury(CardKey key, Instant until);

    /** Ends a burial early (undo). */
    void unbury(CardKey key);

    /** Records a flag: a note for the pack's author on one question. */
    void flag(Flag flag);

    /** Every flag, oldest first. */
    java.util.List<Flag> flags();

    /** Removes every flag of a question; returns how many there were. */
    int unflag(CardKey key);

    /** The profile's settings (scheduler, daily limits, …) as text, by key. */
    Map<String, String> settings();

    /** Sets a setting; {@code null} removes it (back to the default). */
    void putSetting(String key, String value);

    @Override
    void close();

    /** A card's scheduling state and the hash of the answer it was learned with. */
    record CardProgress(quizline.schedule.Card card, String answerHash) {}

    /** Where a card is in its life and when it is next due. */
    record Due(quizline.schedule.CardState state, Instant at) {
        public static Due of(Card card) {
            return new Due(card.state(), card.due());
        }
    }

    /**
     * One card's row as a study day starts from it: the hash of the answer it was learned with; whether it has started
     * (a state other than new); and its state when it is in play, due before the day's end or answered since its start
     * (null otherwise: the states of the others are not read).
     */
    record StudyCard(String answerHash, boolean started, Card inPlay) {}

    /**
     * What the store holds of the last changed-answer check of one pack: the fingerprint of the answers every card row
     * of the pack agreed with then (null: none, or a card row was written since from other answers), and how many card
     * rows of the pack were written since it could last have changed (see {@link #answersAgreed}).
     */
    record AnswersChecked(String answers, long writes) {
        /** None kept: a pack no card row of which has been written since the store began keeping them. */
        public static final AnswersChecked NONE = new AnswersChecked(null, 0);
    }

    /**
     * The cards a study day starts from: every card's {@link StudyCard}, by key, the caller may change (a card reset is
     * {@linkplain #remove removed}). A profile of years holds a hundred thousand cards, of which a day needs a few hundred
     * states: the store reads whole only the rows of the cards in play, and of the others which have started, so a card
     * started but not in play has a {@link StudyCard} without its answer hash; those hashes are read a pack at a time
     * when {@linkplain #answerHashes asked for}.
     */
    final class StudyCards {
        /** A card started but not in play, as this knows it: no answer hash, no state. */
        private static final StudyCard STARTED = new StudyCard(null, true, null);

        private final Map<CardKey, StudyCard> cards;
        private final Map<String, Set<String>> started;
        private final Function<String, Map<String, String>> hashesOf;
        private final Map<String, AnswersChecked> checked;
        private final Set<CardKey> removed = new java.util.HashSet<>();

        /** Every card's row whole, with no check of their answers kept. */
        public StudyCards(Map<CardKey, StudyCard> cards) {
            this(cards, Map.of());
        }

        /** Every card's row whole. */
        public StudyCards(Map<CardKey, StudyCard> cards, Map<String, AnswersChecked> checked) {
            this(cards, new java.util.HashMap<>(), packId -> hashesIn(cards, packId), checked);
        }

        /**
         * @param cards the rows of at least the cards in play, whole
         * @param started the question ids of at least the cards started and not in {@code cards}, by pack id (changed
         *     by {@link #remove})
         * @param hashesOf every card row's answer hash of a pack, by question id
         * @param checked each pack's last changed-answer check as kept, read before the card rows (a pack with none:
         *     {@link AnswersChecked#NONE})
         */
        public StudyCards(
                Map<CardKey, StudyCard> cards,
                Map<String, Set<String>> started,
                Function<String, Map<String, String>> hashesOf,
                Map<String, AnswersChecked> checked) {
            this.cards = cards;
            this.started = started;
            this.hashesOf = hashesOf;
            this.checked = Map.copyOf(checked);
        }

        private static Map<String, String> hashesIn(Map<CardKey, StudyCard> cards, String packId) {
            Map<String, String> hashes = new java.util.HashMap<>();
            cards.forEach((key, card) -> {
                if (key.packId().equals(packId)) {
                    hashes.put(key.questionId(), card.answerHash());
                }
            });
            return hashes;
        }

        /** The pack's last changed-answer check as kept before the card rows were read. */
        public AnswersChecked checked(String packId) {
            return checked.getOrDefault(packId, AnswersChecked.NONE);
        }

        /**
         * The card's row, or null when it has none (it has never been answered, or it was reset); a card started but
         * not in play may come without its answer hash.
         */
        public StudyCard get(CardKey key) {
            StudyCard card = cards.get(key);
            if (card != null) {
                return card;
            }
            Set<String> ids = started.get(key.packId());
            return ids != null && ids.contains(key.questionId()) ? STARTED : null;
        }

        /**
         * The answer hash of every card row of the pack {@code packId} the store holds, by question id, as the rows were
         * when first asked for (read from the store then, unless every row was read whole); a card {@linkplain #remove
         * removed} before is not among them.
         */
        public Map<String, String> answerHashes(String packId) {
            Map<String, String> hashes = new java.util.HashMap<>(hashesOf.apply(packId));
            for (CardKey key : removed) {
                if (key.packId().equals(packId)) {
                    hashes.remove(key.questionId());
                }
            }
            return hashes;
        }

        /** The card has no row any more: it was reset, so it is new. */
        public void remove(CardKey key) {
            removed.add(key);
            cards.remove(key);
            Set<String> ids = started.get(key.packId());
            if (ids != null) {
                ids.remove(key.questionId());
            }
        }
    }

    /**
     * A question not asked until unsuspended: by the student ({@code leech} false), or on its own when its lapses
     * reached the profile's leech limit.
     */
    record Suspension(CardKey key, Instant since, boolean leech) {}

    /** A question flagged for the pack's author, with the student's note (may be empty). */
    record Flag(CardKey key, String note, Instant at) {}

    /** What today's limits have already used up. */
    record DayCounts(int newCards, int reviews) {}

    /**
     * What counts toward the day's limits: reviews since the study day's {@code start}, of the {@code packs} loaded
     * here. Reviews of a pack not loaded here (imported from another machine's profile) use up none of them.
     */
    record Today(Instant start, Set<String> packs) {
        public Today {
            packs = Set.copyOf(packs);
        }
    }

    /** A review as stored, and the day's counts taken in the same transaction (the review included). */
    record Recorded(ReviewRecord review, DayCounts today) {}

    /** The state of a card with no history: new, its interval fuzz seeded from its key. */
    static Card newCard(CardKey key) {
        return Card.newCard(key.toString(), Instant.EPOCH);
    }
}
