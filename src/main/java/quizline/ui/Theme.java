package quizline.ui;

import org.jline.utils.AttributedStyle;

/** The styles of the screen; the plain theme (NO_COLOR, pipes) has none. */
public record Theme(
        AttributedStyle title,
        AttributedStyle right,
        AttributedStyle typo,
        AttributedStyle wrong,
        AttributedStyle dim,
        AttributedStyle key,
        AttributedStyle quote) {

    public static final Theme PLAIN = new Theme(
            AttributedStyle.DEFAULT,
            AttributedStyle.DEFAULT,
            AttributedStyle.DEFAULT,
            AttributedStyle.DEFAULT,
            AttributedStyle.DEFAULT,
            AttributedStyle.DEFAULT,
            AttributedStyle.DEFAULT);

    public static final Theme COLOR = new Theme(
            AttributedStyle.BOLD,
            AttributedStyle.BOLD.foreground(AttributedStyle.GREEN),
            AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW),
            AttributedStyle.BOLD.foreground(AttributedStyle.RED),
            AttributedStyle.DEFAULT.faint(),
            AttributedStyle.BOLD.foreground(AttributedStyle.CYAN),
            AttributedStyle.DEFAULT.italic());

    /** Colour, or the plain theme (NO_COLOR, which the environment reads). */
    public static Theme of(boolean color) {
        return color ? COLOR : PLAIN;
    }
}
