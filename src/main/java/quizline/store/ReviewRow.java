package quizline.store;

import java.util.Objects;

/**
 * One row of the {@code review} table exactly as stored: the unit of export and import. Cards stay
 * in their encoded text, so a round trip cannot change a digit of them.
 */
public record ReviewRow(
        String packId,
        String questionId,
        long reviewedAt,
        String kind,
        int rating,
        String answer,
        String correctness,
        long durationMillis,
        String answerHash,
        String stateBefore,
        String stateAfter,
        String cardBefore,
        String cardAfter) {

    public ReviewRow {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(correctness, "correctness");
        Objects.requireNonNull(answerHash, "answerHash");
        Objects.requireNonNull(stateBefore, "stateBefore");
        Objects.requireNonNull(stateAfter, "stateAfter");
        Objects.requireNonNull(cardBefore, "cardBefore");
        Objects.requireNonNull(cardAfter, "cardAfter");
    }

    public CardKey key() {
        return new CardKey(packId, questionId);
    }

    /**
     * What makes a review the same review in two files: importing skips rows whose identity is
     * already there. Rows can share one (two reviews in a millisecond): import matches them in order.
     */
    public Identity identity() {
        return new Identity(packId, questionId, reviewedAt, kind);
    }

    public record Identity(String packId, String questionId, long reviewedAt, String kind) {}

    public static ReviewRow of(ReviewRecord r) {
        return new ReviewRow(
                r.key().packId(),
                r.key().questionId(),
                r.at().toEpochMilli(),
                r.kind().label(),
                r.rating().grade(),
                r.given(),
                r.correctness().label(),
                r.durationMillis(),
                r.answerHash(),
                SqliteProgressStore.stateLabel(r.before()),
                SqliteProgressStore.stateLabel(r.after()),
                CardCodec.encode(r.before()),
                CardCodec.encode(r.after()));
    }
}
