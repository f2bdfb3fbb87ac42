package quizline.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import quizline.pack.Conflict;
import quizline.pack.Doubt;
import quizline.pack.Pack;
import quizline.pack.Question;

/**
 * A review of a draft, without any drawing: the questions still undecided (never decided, or
 * skipped) and the conflicts still open, in the order an author meets them, and what each
 * key does to the decisions. Every change is handed to {@code save} at once, so leaving at any
 * point loses nothing.
 */
public final class ReviewSession {
    private final Pack draft;
    private final Consumer<Decisions> save;
    /** The plan; a decision on every question of a fact takes that fact's later questions out of it. */
    private final List<ReviewItem> items;

    private Decisions decisions;
    private int index;
    private Settlement.Settled settled;
    private Decisions settledFor;

    public ReviewSession(Pack draft, Decisions decisions, Consumer<Decisions> save) {
        this.draft = draft;
        this.decisions = decisions;
        this.save = save;
        this.items = new ArrayList<>(plan());
    }

    /**
     * Undecided questions, the doubtful ones first: those a conflict between sources covers, then those on a fact
     * the extractor read with less confidence (least first), then the rest, each group in draft order. Each open
     * conflict comes just before the first question it covers (so the question already shows the settled answer),
     * conflicts covering none at the end.
     */
    private List<ReviewItem> plan() {
        List<ReviewItem> plan = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        List<Question> doubtfulFirst = draft.questions().stream()
                .sorted(Comparator.comparing(
                                (Question q) -> openConflicts(q.id()).isEmpty())
                        .thenComparingDouble(
                                q -> doubt(q.id()).map(Doubt::confidence).orElse(1.0)))
                .toList();
        for (Question q : doubtfulFirst) {
            if (decided(q.id())) {
                continue;
            }
            for (Conflict c : draft.conflicts()) {
                if (c.questions().contains(q.id()) && chosen(c).isEmpty() && placed.add(c.id())) {
                    plan.add(new ReviewItem.ConflictItem(c.id()));
                }
            }
            plan.add(new ReviewItem.QuestionItem(q.id()));
        }
        for (Conflict c : draft.conflicts()) {
            if (chosen(c).isEmpty() && placed.add(c.id())) {
                plan.add(new ReviewItem.ConflictItem(c.id()));
            }
        }
        return plan;
    }

    public Pack draft() {
        return draft;
    }

    public Decisions decisions() {
        return decisions;
    }

    /** The item on screen; empty once the author has gone past the last one. */
    public Optional<ReviewItem> current() {
        while (index < items.size() && settledAway(items.get(index))) {
            index++;
        }
        return index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
    }

    /** A question a settled conflict dropped: nothing is left to decide about it. */
    private boolean settledAway(ReviewItem item) {
        return item instanceof ReviewItem.QuestionItem && dropped(item.id()).isPresent();
    }

    /** Why settling a conflict dropped the question (it only makes sense on a losing value), if it did. */
    public Optional<String> dropped(String questionId) {
        return Optional.ofNullable(settlement().dropped().get(questionId));
    }

    private Settlement.Settled settlement() {
        if (settled == null || !settledFor.equals(decisions)) {
            settled = ApplyDecisions.settle(draft, decisions);
            settledFor = decisions;
        }
        return settled;
    }

    /** 1-based position of the current item, and how many there are. */
    public int position() {
        return index + 1;
    }

    public int size() {
        return items.size();
    }

    public Progress progress() {
        int reviewed = (int) draft.questions().stream()
                .filter(q -> decided(q.id()) || dropped(q.id()).isPresent())
                .count();
        int open = (int)
                draft.conflicts().stream().filter(c -> chosen(c).isEmpty()).count();
        return new Progress(reviewed, draft.questions().size(), open);
    }

    /** Questions accepted, rejected (by the author, or left out by a settled conflict) and not decided yet. */
    public record Counts(int accepted, int rejected, int left) {
        /** {@code 12 accepted · 3 rejected · 25 left}. */
        public String text() {
            return accepted + " accepted · " + rejected + " rejected · " + left + " left";
        }
    }

    public Counts counts() {
        int accepted = 0;
        int rejected = 0;
        for (Question q : draft.questions()) {
            if (dropped(q.id()).isPresent() || decision(q.id()) == Decision.REJECT) {
                rejected++;
            } else if (decision(q.id()) == Decision.ACCEPT) {
                accepted++;
            }
        }
        return new Counts(accepted, rejected, draft.questions().size() - accepted - rejected);
    }

    public void accept() {
        decide(Decision.ACCEPT);
    }

    public void reject() {
        decide(Decision.REJECT);
    }

    /** Why the current question's fact is doubtful, if it is: the extractor read it with less confidence. */
    public Optional<Doubt> doubt(String questionId) {
        return draft.question(questionId).flatMap(q -> draft.doubt(q.fact()));
    }

    /**
     * Accepts (or rejects) every question of the current question's fact that is not decided yet, this one
     * included; the others leave the plan.
     *
     * @return the ids decided, the current one first
     */
    public List<String> decideFact(Decision decision) {
        String id = current().orElseThrow().id();
        String fact = draftQuestion(id).fact();
        List<String> ids = new ArrayList<>(List.of(id));
        if (fact != null) {
            draft.questions().stream()
                    .filter(q -> fact.equals(q.fact())
                            && !q.id().equals(id)
                            && !decided(q.id())
                            && dropped(q.id()).isEmpty())
                    .forEach(q -> ids.add(q.id()));
        }
        Decisions next = decisions;
        for (String each : ids) {
            QuestionReview previous = next.question(each);
            next = next.with(each, new QuestionReview(decision, previous == null ? Edits.NONE : previous.edits()));
        }
        change(next);
        for (int i = items.size() - 1; i > index; i--) {
            if (items.get(i) instanceof ReviewItem.QuestionItem
                    && ids.contains(items.get(i).id())) {
                items.remove(i);
            }
        }
        index++;
        return ids;
    }

    /**
     * Goes on to the next open conflict, leaving the questions before it undecided (they come back next time).
     *
     * @return false, staying where it is, when no open conflict lies ahead
     */
    public boolean nextConflict() {
        for (int i = index + 1; i < items.size(); i++) {
            if (items.get(i) instanceof ReviewItem.ConflictItem c
                    && chosen(conflict(c.id())).isEmpty()) {
                index = i;
                return true;
            }
        }
        return false;
    }

    /** Leaves the question (or conflict) undecided: it comes back on the next review. */
    public void skip() {
        ReviewItem item = current().orElseThrow();
        if (item instanceof ReviewItem.QuestionItem) {
            decide(Decision.SKIP);
        } else {
            index++;
        }
    }

    private void decide(Decision decision) {
        ReviewItem.QuestionItem item = (ReviewItem.QuestionItem) current().orElseThrow();
        QuestionReview previous = decisions.question(item.id());
        Edits edits = previous == null ? Edits.NONE : previous.edits();
        change(decisions.with(item.id(), new QuestionReview(decision, edits)));
        index++;
    }

    /** Back to the previous item, to decide it again; false at the first. */
    public boolean back() {
        int previous = index - 1;
        while (previous >= 0 && settledAway(items.get(previous))) {
            previous--;
        }
        if (previous < 0) {
            return false;
        }
        index = previous;
        return true;
    }

    /**
     * Sets one field of the current question. The decision stays as it was.
     *
     * @return why the edit was refused, or empty when it was saved
     */
    public Optional<String> edit(EditField field, String typed) {
        String id = current().orElseThrow().id();
        QuestionReview previous = decisions.question(id);
        Edits edits;
        try {
            edits = field.apply(previous == null ? Edits.NONE : previous.edits(), typed);
            checkEdited(ApplyDecisions.edit(settled(draftQuestion(id)), edits));
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        change(decisions.with(id, new QuestionReview(previous == null ? Decision.SKIP : previous.decision(), edits)));
        return Optional.empty();
    }

    /**
     * What ApplyDecisions leaves to the pack rules, checked now while the author is still at the question: fewer
     * choices is the one edit that can leave a right answer behind, so the types without choices have nothing to check.
     */
    private static void checkEdited(Question q) {
        q.visit(new Question.Visitor<Void>() {
            @Override
            public Void choice(Question.Choice c) {
                if (c.answer() >= c.choices().size()) {
                    throw new IllegalArgumentException(
                            "the answer would no longer be among the choices: edit the answer first");
                }
                return null;
            }

            @Override
            public Void multi(Question.Multi m) {
                if (m.answer().stream().anyMatch(i -> i >= m.choices().size())) {
                    throw new IllegalArgumentException(
                            "a right answer would no longer be among the choices: edit the answer first");
                }
                return null;
            }

            @Override
            public Void shortAnswer(Question.Short s) {
                return null;
            }

            @Override
            public Void trueFalse(Question.TrueFalse t) {
                return null;
            }

            @Override
            public Void numeric(Question.Numeric n) {
                return null;
            }

            @Override
            public Void cloze(Question.Cloze c) {
                return null;
            }
        });
    }

    /**
     * Settles the current conflict with its {@code number}th value (1-based).
     *
     * @return false when there is no such value
     */
    public boolean resolve(int number) {
        Conflict c = conflict(current().orElseThrow().id());
        if (number < 1 || number > c.values().size()) {
            return false;
        }
        change(decisions.withConflict(c.id(), c.values().get(number - 1).value()));
        index++;
        return true;
    }

    /** Notes the pack the review has just written, so that a resumed review may replace it. */
    public void wrote(String text) {
        change(decisions.withWritten(text));
    }

    private void change(Decisions next) {
        decisions = next;
        save.accept(next);
    }

    public Question draftQuestion(String id) {
        return draft.question(id).orElseThrow(() -> new IllegalArgumentException("no question \"" + id + "\""));
    }

    public Conflict conflict(String id) {
        return draft.conflicts().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conflict \"" + id + "\""));
    }

    /** The value chosen for a conflict, in this review or already in the draft. */
    public Optional<String> chosen(Conflict c) {
        return Optional.ofNullable(decisions.conflicts().getOrDefault(c.id(), c.resolved()));
    }

    /** Null while undecided. */
    public Decision decision(String questionId) {
        QuestionReview review = decisions.question(questionId);
        return review == null ? null : review.decision();
    }

    public Edits edits(String questionId) {
        QuestionReview review = decisions.question(questionId);
        return review == null ? Edits.NONE : review.edits();
    }

    private boolean decided(String questionId) {
        Decision d = decision(questionId);
        return d == Decision.ACCEPT || d == Decision.REJECT;
    }

    /** The conflicts covering a question that are still open. */
    public List<Conflict> openConflicts(String questionId) {
        return draft.conflicts().stream()
                .filter(c -> c.questions().contains(questionId) && chosen(c).isEmpty())
                .toList();
    }

    /** The question as the pack would have it: settled conflicts and the author's edits applied. */
    public Question preview(String questionId) {
        Question settled = settled(draftQuestion(questionId));
        try {
            return ApplyDecisions.edit(settled, edits(questionId));
        } catch (IllegalArgumentException e) {
            return settled; // an edit saved by hand that no longer applies: show the draft's version
        }
    }

    /** The question with the settled conflicts applied; the draft's own while a settlement dropped it. */
    private Question settled(Question q) {
        Question settled = settlement().question(q.id());
        return settled == null ? q : settled;
    }

    /** What settling the conflict with {@code value} would do to a covered question, as things stand. */
    public Settlement.Outcome ifSettled(String questionId, Conflict c, String value) {
        Settlement.Settled then = ApplyDecisions.settle(draft, decisions.withConflict(c.id(), value));
        Question q = then.question(questionId);
        return q == null
                ? new Settlement.Outcome(null, then.dropped().get(questionId))
                : new Settlement.Outcome(q, null);
    }
}
