package quizline.text;

import java.math.BigDecimal;
import java.util.OptionalLong;

/** A number as quizline writes it: a whole number without {@code .0}, so a year reads 2001, not 2001.0. */
public final class Numbers {
    /** 2^53: up to it a double holds every whole number, so a whole double is exactly that long. */
    private static final double LARGEST_EXACT = 0x1p53;

    private Numbers() {}

    /** The whole number {@code value} is, when it is one that a long holds exactly; -0.0 is 0. */
    public static OptionalLong whole(double value) {
        return value == Math.rint(value) && Math.abs(value) <= LARGEST_EXACT
                ? OptionalLong.of((long) value)
                : OptionalLong.empty();
    }

    /** {@code value} as text: a whole number as its digits ({@code 2001}), any other as Java writes it (0.5, 1.0E-4). */
    public static String text(double value) {
        OptionalLong whole = whole(value);
        return whole.isPresent() ? Long.toString(whole.getAsLong()) : Double.toString(value);
    }

    /** {@code value} in plain decimals, never with an exponent ({@code 2001}, {@code 0.0001}): for other programs' files. */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
