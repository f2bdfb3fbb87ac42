package quizline.text;

/**
 * A number with its noun, as every message writes it: "1 question", "3 questions", "2 clashes". English plurals of
 * the nouns quizline counts: "-s", or "-es" after s, x, z, ch and sh ("clash", "box").
 */
public final class Counted {
    private Counted() {}

    /** "1 question", "0 questions", "2 clashes". */
    public static String of(long n, String noun) {
        return n + " " + noun(n, noun);
    }

    /** The noun alone, as many as {@code n}: "question" for 1, "questions" otherwise. */
    public static String noun(long n, String noun) {
        if (n == 1) {
            return noun;
        }
        return noun.matches(".*(?:s|x|z|ch|sh)") ? noun + "es" : noun + "s";
    }
}
