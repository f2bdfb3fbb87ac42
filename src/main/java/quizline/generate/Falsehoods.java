package quizline.generate;

/**
 * Which true/false statements are keyed False: about a third, chosen by the question's id so a draft is the same on
 * every run and a statement keeps its key when other facts come and go. A draft of statements all keyed True teaches
 * students to answer True.
 */
final class Falsehoods {
    private static final int ONE_IN = 3;

    private Falsehoods() {}

    static boolean keyedFalse(String questionId) {
        return Math.floorMod(questionId.hashCode(), ONE_IN) == 0;
    }
}
