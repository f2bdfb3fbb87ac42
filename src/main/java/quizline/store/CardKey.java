package quizline.store;

/** What progress is keyed by: a question id is only unique within its pack. */
public record CardKey(String packId, String questionId) {
    @Override
    public String toString() {
        return packId + "/" + questionId;
    }
}
