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
     * store's cards, read once by the caller); returns one notice line per reset. A pack whose card rows all agreed
     * with these same answers at the last check, none written since from other answers ({@link
     * ProgressStore.StudyCards#checked}), is not read again; the store is told the answers of each pack, and keeps
     * what each check found with its next write.
     */
    public static List<String> resetChanged(
            ProgressStore store, List<PackLibrary.Loaded> packs, ProgressStore.StudyCards cards) {
        List<String> notices = new ArrayList<>();
        java.util.Map<String, String> answers = new java.util.HashMap<>();
        for (PackLibrary.Loaded loaded : packs) {
            quizline.pack.Pack pack = loaded.pack();
            String ofPack = loaded.answerKeys().ofPack();
            answers.put(pack.id(), ofPack);
            ProgressStore.AnswersChecked checked = cards.checked(pack.id());
            if (ofPack.equals(checked.answers())) {
                continue;
            }
            java.util.Map<String, String> learned = cards.answerHashes(pack.id());
            for (int i = 0; i < pack.questions().size(); i++) {
                String hash = learned.get(pack.questionId(i));
                // The pack's fingerprint only for a question with progress: most of a large bank has none
                if (hash != null && !loaded.answerKeys().is(i, hash)) {
                    CardKey key = new CardKey(pack.id(), pack.questionId(i));
                    store.reset(key);
                    cards.remove(key);
                    notices.add("Notice: the answer to " + key + " changed in the pack, so its progress starts again"
                            + " (its history is kept).");
                }
            }
            // The resets only removed rows: every row left agrees
            store.answersAgreed(pack.id(), ofPack, checked.writes());
        }
        store.answersFrom(answers);
        return notices;
    }
}
