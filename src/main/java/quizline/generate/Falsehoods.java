package quizline.generate;

/**
 * Which true/false statements are keyed False: two in five, chosen by the question's id so a draft is the same on
 * every run and a statement keeps its key when other facts come and go. A statement drawn False for a fact that
 * offers no falsehood is not written at all, so about a third of the statements in a draft are keyed False. A draft
 * of statements all keyed True teaches students to answer True.
 */
final class Falsehoods {
    private static final int OUT_OF = 5;
    private static final int FALSE = 2;

    private Falsehoods() {}

    static boolean keyedFalse(String questionId) {
        return Math.floorMod(questionId.hashCode(), OUT_OF) < FALSE;
    }
}
