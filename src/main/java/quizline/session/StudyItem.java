package quizline.session;

import java.util.Objects;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.SourceRef;
import quizline.store.CardKey;

/**
 * A question to ask, with the pack it belongs to (for its sources and progress key): the pack's question at
 * {@code index}. Its key is read without the question, which a pack from the cache decodes only when asked for, so a
 * bank of a hundred thousand questions can be selected and keyed without decoding them all.
 */
public final class StudyItem {
    private final Pack pack;
    private final int index;

    /** The question at {@code index} of {@code pack}'s questions. */
    public StudyItem(Pack pack, int index) {
        this.pack = Objects.requireNonNull(pack);
        this.index = Objects.checkIndex(index, pack.questions().size());
    }

    public Pack pack() {
        return pack;
    }

    public Question question() {
        return pack.questions().get(index);
    }

    /** The question's fact (null: none), read without decoding the question from the cache. */
    public String fact() {
        return pack.questionFact(index);
    }

    /** The sentence the question cites (null: none), read without decoding the question from the cache. */
    public SourceRef source() {
        return pack.questionSource(index);
    }

    public CardKey key() {
        return new CardKey(pack.id(), pack.questionId(index));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StudyItem i && index == i.index && (pack == i.pack || pack.equals(i.pack));
    }

    @Override
    public int hashCode() {
        return 31 * pack.id().hashCode() + index;
    }

    @Override
    public String toString() {
        return "StudyItem[" + key() + "]";
    }
}
