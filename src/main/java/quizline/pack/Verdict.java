package quizline.pack;

import java.util.Locale;

/** How an answer was judged: by the matcher, and as the review log keeps it (one type for both). */
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

    /** The word the review log and its exports write: {@code right}, {@code typo}, {@code wrong}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
