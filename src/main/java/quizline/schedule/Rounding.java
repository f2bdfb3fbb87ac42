package quizline.schedule;

/** The reference rounds every intermediate FSRS value to 8 decimals; matching it needs the same rounding. */
final class Rounding {
    private Rounding() {}

    /** Rounds to 8 decimal places, halves up (as JavaScript's Math.round does). */
    static double round8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }
}
