package quizline.store;

import java.util.Objects;

/** What progress is keyed by: a question id is only unique within its pack. */
public record CardKey(String packId, String questionId) {
    // equals and hashCode written out (the hash the record's own would give): the record's are made at their first
    // call from method handles, some 15 classes spun at run time before a session's first question

    @Override
    public boolean equals(Object other) {
        return other instanceof CardKey k
                && Objects.equals(packId, k.packId)
                && Objects.equals(questionId, k.questionId);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(packId) + Objects.hashCode(questionId);
    }

    @Override
    public String toString() {
        return packId + "/" + questionId;
    }
}
