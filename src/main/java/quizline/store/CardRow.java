package quizline.store;

/** One row of the {@code card} table as stored: the state label, due instant (epoch ms), encoded card and answer hash. */
public record CardRow(CardKey key, String state, long due, String card, String answerHash) {

    /** The same columns, so two rows for one key can be compared whatever their origin. */
    boolean sameAs(CardRow other) {
        return state.equals(other.state)
                && due == other.due
                && card.equals(other.card)
                && answerHash.equals(other.answerHash);
    }
}
