package quizline.pack;

/** How a typed answer was judged. */
public enum Verdict {
    /** The same answer once case, accents, punctuation, spacing and a leading "the" are set aside. */
    RIGHT,
    /** Accepted, but spelled differently: a small typo or another romanisation of the same name. */
    TYPO,
    WRONG;

    /** Whether the answer counts as known: a typo shows the student the spelling but is not a lapse. */
    public boolean isAccepted() {
        return this != WRONG;
    }
}
