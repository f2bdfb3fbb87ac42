package quizline.lint;

import java.util.Locale;

/** An error makes {@code quizline lint} fail; a warning is worth a look but may be right. */
public enum Severity {
    ERROR,
    WARNING;

    /** How messages spell it: {@code error}, {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
