package quizline.store;

/**
 * A card's answers in the log, the scheduled reviews among them (cram answers are not), the right ones (a typo
 * included) and its lapses, as stats counts them.
 */
public record CardTally(int answers, int scheduled, int correct, int lapses) {
    /**
     * What one row of the log adds: an answer; a scheduled review unless crammed; right unless judged wrong; a lapse
     * when it is a scheduled review rated Again from Review state.
     */
    static CardTally of(ReviewRow row) {
        boolean scheduled = row.kind().equals("review");
        return new CardTally(
                1,
                scheduled ? 1 : 0,
                row.correctness().equals("wrong") ? 0 : 1,
                scheduled && row.stateBefore().equals("review") && row.rating() == 1 ? 1 : 0);
    }

    CardTally plus(CardTally other) {
        return new CardTally(
                answers + other.answers, scheduled + other.scheduled, correct + other.correct, lapses + other.lapses);
    }
}
