package quizline.session;

import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.store.CardKey;

/** A question to ask, with the pack it belongs to (for its sources and progress key). */
public record StudyItem(Pack pack, Question question) {
    public CardKey key() {
        return new CardKey(pack.id(), question.id());
    }
}
