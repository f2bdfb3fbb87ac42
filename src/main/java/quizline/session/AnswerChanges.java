package quizline.session;

import java.util.ArrayList;
import java.util.List;
import quizline.pack.PackLibrary;
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
    public static List<String> resetChanged(
            ProgressStore store, List<PackLibrary.Loaded> packs, ProgressStore.StudyCards cards) {
        List<String> notices = new ArrayList<>();
        for (PackLibrary.Loaded loaded : packs) {
            quizline.pack.Pack pack = loaded.pack();
            for (int i = 0; i < pack.questions().size(); i++) {
                CardKey key = new CardKey(pack.id(), pack.questionId(i));
                ProgressStore.StudyCard card = cards.get(key);
                // The pack's fingerprint only for a question with progress: most of a large bank has none
                if (card != null
                        && card.answerHash() != null
                        && !loaded.answerKeys().is(i, card.answerHash())) {
                    store.reset(key);
                    cards.remove(key);
                    notices.add("Notice: the answer to " + key + " changed in the pack, so its progress starts again"
                            + " (its history is kept).");
                }
            }
        }
        return notices;
    }
}
