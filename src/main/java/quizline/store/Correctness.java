package quizline.store;

import java.util.Locale;

/** How an answer was judged, as the log keeps it. */
public enum Correctness {
    RIGHT,
    /** Right, with a spelling slip or a transliteration variant. */
    TYPO,
    WRONG;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Correctness ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
