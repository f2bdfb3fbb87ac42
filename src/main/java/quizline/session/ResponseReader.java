package quizline.session;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the keys of a response from a line of input: a letter or number for a choice, several for a multi, t/f (or
 * y/n) for a statement. Empty means "not understood".
 */
public final class ResponseReader {
    private ResponseReader() {}

    /** {@code b}, {@code B}, {@code 2} all pick the second choice. */
    public static Optional<Integer> pick(String input, int choices) {
        if (input.length() != 1) {
            return Optional.empty();
        }
        int index = keyIndex(input.charAt(0));
        return index >= 0 && index < choices ? Optional.of(index) : Optional.empty();
    }

    /** The choice a key stands for: a–f or 1–6; -1 for any other key. */
    public static int keyIndex(char key) {
        char k = Character.toLowerCase(key);
        if (k >= 'a' && k <= 'f') {
            return k - 'a';
        }
        if (k >= '1' && k <= '6') {
            return k - '1';
        }
        return -1;
    }

    /** {@code ac}, {@code a, c}, {@code 1 3} all pick the first and third choices. */
    public static Optional<Set<Integer>> picks(String input, int choices) {
        Set<Integer> picked = new LinkedHashSet<>();
        for (char ch : input.toCharArray()) {
            if (ch == ',' || ch == ' ' || ch == ';') {
                continue;
            }
            int index = keyIndex(ch);
            if (index < 0 || index >= choices) {
                return Optional.empty();
            }
            picked.add(index);
        }
        return picked.isEmpty() ? Optional.empty() : Optional.of(picked);
    }

    /**
     * A judgement typed at a true/false question: t/f, true/false, y/n, yes/no. Unlike
     * {@link #judgement}, 1 and 2 are no answer here: they are the keys of a choice, hit by habit.
     */
    public static Optional<Boolean> statement(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.equals("1") || s.equals("2") ? Optional.empty() : judgement(s);
    }

    public static Optional<Boolean> judgement(String input) {
        switch (input.toLowerCase(Locale.ROOT)) {
            case "t", "true", "y", "yes", "1":
                return Optional.of(true);
            case "f", "false", "n", "no", "2":
                return Optional.of(false);
            default:
                return Optional.empty();
        }
    }
}
