package quizline.browse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import quizline.io.UserError;
import quizline.pack.AnswerMatcher;
import quizline.pack.Answers;
import quizline.pack.ClozeText;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.schedule.CardState;
import quizline.store.CardKey;
import quizline.store.ProgressStore;

/**
 * Every question of the packs loaded with where it stands in a profile: its state and when it is due, and whether
 * it is suspended or buried. {@code list} and {@code search} choose from it, {@code show} and {@code card} find one
 * question in it.
 */
public final class Catalog {
    /**
     * One question and its progress: {@code state} NEW and {@code due} null for a question never answered (or whose
     * answer changed in the pack since, which study starts again); {@code suspension} null unless suspended.
     */
    public record Entry(
            CardKey key,
            Question question,
            CardState state,
            Instant due,
            ProgressStore.Suspension suspension,
            boolean buried) {
        /** {@code new}, {@code learning}, {@code review} or {@code relearning}, then whether it is set aside. */
        public String stateText() {
            String state = state().name().toLowerCase(java.util.Locale.ROOT);
            if (suspension != null) {
                return state + ", suspended" + (suspension.leech() ? " (leech)" : "");
            }
            return buried ? state + ", buried" : state;
        }

        /** Whether study asks it before {@code dayEnd}: scheduled, due by then, neither suspended nor buried. */
        public boolean dueBy(Instant dayEnd) {
            return state != CardState.NEW && due.isBefore(dayEnd) && suspension == null && !buried;
        }

        /** The prompt as a line of text: a cloze's blanks as {@code _____}. */
        public String prompt() {
            return question instanceof Question.Cloze
                    ? ClozeText.parse(question.prompt()).render(b -> "_____")
                    : question.prompt();
        }
    }

    /**
     * What {@code list} and {@code search} choose by: a pack, a tag, only what is due today, only what is suspended,
     * and text to find (null: any).
     */
    public record Filter(String packId, String tag, boolean due, boolean suspended, String text) {}

    private final List<Pack> packs;
    private final Map<CardKey, Entry> entries = new LinkedHashMap<>();

    private Catalog(List<Pack> packs) {
        this.packs = List.copyOf(packs);
    }

    /**
     * The questions of {@code packs}, in pack order, with a profile's card states, suspensions and burials (those
     * buried at the time the caller asked the store).
     */
    public static Catalog of(
            List<Pack> packs,
            Map<CardKey, ProgressStore.CardProgress> cards,
            Map<CardKey, ProgressStore.Suspension> suspended,
            Set<CardKey> buried) {
        Catalog catalog = new Catalog(packs);
        for (Pack pack : packs) {
            for (Question q : pack.questions()) {
                CardKey key = new CardKey(pack.id(), q.id());
                ProgressStore.CardProgress progress = cards.get(key);
                // A card whose keyed answer changed is started again by the next session: it is shown as new
                boolean current = progress != null && progress.answerHash().equals(Answers.keyHash(q));
                catalog.entries.put(
                        key,
                        new Entry(
                                key,
                                q,
                                current ? progress.card().state() : CardState.NEW,
                                current ? progress.card().due() : null,
                                suspended.get(key),
                                buried.contains(key)));
            }
        }
        return catalog;
    }

    public Set<CardKey> keys() {
        return entries.keySet();
    }

    public Optional<Entry> entry(CardKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * The questions the filter lets through, in pack order. A pack not loaded, or a tag no question of the packs
     * chosen has, is a mistake, named with the packs or tags there are.
     */
    public List<Entry> select(Filter filter, Instant dayEnd) {
        if (filter.packId() != null && packs.stream().noneMatch(p -> p.id().equals(filter.packId()))) {
            throw new UserError("no pack with id \"" + filter.packId() + "\" (loaded: "
                    + String.join(", ", packs.stream().map(Pack::id).toList()) + ")");
        }
        List<Entry> inPack = entries.values().stream()
                .filter(e -> filter.packId() == null || e.key().packId().equals(filter.packId()))
                .toList();
        if (filter.tag() != null
                && inPack.stream().noneMatch(e -> e.question().tags().contains(filter.tag()))) {
            SortedSet<String> tags = new TreeSet<>();
            inPack.forEach(e -> tags.addAll(e.question().tags()));
            throw new UserError("no question has the tag \"" + filter.tag() + "\""
                    + (tags.isEmpty() ? "" : " (tags: " + String.join(", ", tags) + ")"));
        }
        java.util.function.Predicate<String> holds = filter.text() == null ? null : holding(filter.text());
        return inPack.stream()
                .filter(e -> filter.tag() == null || e.question().tags().contains(filter.tag()))
                .filter(e -> !filter.due() || e.dueBy(dayEnd))
                .filter(e -> !filter.suspended() || e.suspension() != null)
                .filter(e -> holds == null || matches(e, holds))
                .toList();
    }

    /**
     * Whether a question holds the text, folded as answers are (case, accents and punctuation aside): in its id,
     * prompt, choices, answer, accepted answers, explanation or tags.
     */
    private static boolean matches(Entry e, java.util.function.Predicate<String> holds) {
        Question q = e.question();
        List<String> fields = new ArrayList<>(List.of(q.id(), e.prompt(), Answers.rightAnswer(q)));
        fields.addAll(q.tags());
        if (q.explanation() != null) {
            fields.add(q.explanation());
        }
        if (q instanceof Question.Choice c) {
            fields.addAll(c.choices());
        } else if (q instanceof Question.Multi m) {
            fields.addAll(m.choices());
        }
        return fields.stream().anyMatch(holds);
    }

    /**
     * Whether a field holds the text, both folded as answers are; text that folds to nothing (punctuation alone) is
     * looked for as it is, lower-cased.
     */
    private static java.util.function.Predicate<String> holding(String text) {
        String folded = AnswerMatcher.fold(text);
        if (folded.isBlank()) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            return field -> field.toLowerCase(java.util.Locale.ROOT).contains(lower);
        }
        return field -> AnswerMatcher.fold(field).contains(folded);
    }
}
