package quizline.session;

import java.util.ArrayList;
import java.util.List;
import quizline.pack.Answers;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.store.CardKey;
import quizline.store.ProgressStore;

/**
 * Authors fix typos weekly, so a reworded question keeps its progress; but when the keyed answer
 * itself changed, what was learned is wrong: reset that card, and say so.
 */
public final class AnswerChanges {
    private AnswerChanges() {}

    /**
     * Resets every card whose question's answer changed, in the store and in {@code cards} (the
     * store's cards, read once by the caller); returns one notice line per reset.
     */
    public static List<String> resetChanged(ProgressStore store, List<Pack> packs, ProgressStore.StudyCards cards) {
        List<String> notices = new ArrayList<>();
        for (Pack pack : packs) {
            for (Question q : pack.questions()) {
                CardKey key = new CardKey(pack.id(), q.id());
                String learned = cards.answerHashes().get(key);
                if (learned != null && !learned.equals(Answers.keyHash(q))) {
                    store.reset(key);
                    cards.answerHashes().remove(key);
                    cards.started().remove(key);
                    cards.inPlay().remove(key);
                    notices.add("Notice: the answer to " + key + " changed in the pack, so its progress starts again"
                            + " (its history is kept).");
                }
            }
        }
        return notices;
    }
}
