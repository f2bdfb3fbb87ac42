package quizline.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * GIFT text after its escapes are read. Moodle swaps {@code \~ \= \# \{ \} \:} and {@code \n} for placeholders
 * before parsing, so escaped characters are never structural; here each character instead remembers whether it was
 * escaped, and which line of the file it came from, so messages can name the line.
 */
final class GiftText {
    private static final String ESCAPABLE = "~=#{}:n";

    private final String chars;
    private final boolean[] escaped;
    private final int[] lines;
    /** The line an empty text is on: where it was cut from. */
    private final int emptyLine;

    private GiftText(String chars, boolean[] escaped, int[] lines, int emptyLine) {
        this.chars = chars;
        this.escaped = escaped;
        this.lines = lines;
        this.emptyLine = emptyLine;
    }

    /**
     * Reads escapes as Moodle does: {@code \\} is one backslash and escapes nothing after it; {@code \n} is a line
     * break; a backslash before any other character stays as typed.
     *
     * @param lineOf the file line of each character of {@code raw}
     */
    static GiftText read(String raw, int[] lineOf) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean[] escaped = new boolean[raw.length()];
        int[] lines = new int[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean escape = c == '\\'
                    && i + 1 < raw.length()
                    && (raw.charAt(i + 1) == '\\' || ESCAPABLE.indexOf(raw.charAt(i + 1)) >= 0);
            if (escape) {
                char next = raw.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
                escaped[n] = next != '\\';
            } else {
                out.append(c);
            }
            lines[n++] = lineOf[i];
        }
        return new GiftText(
                out.toString(), Arrays.copyOf(escaped, n), Arrays.copyOf(lines, n), lineOf.length == 0 ? 0 : lineOf[0]);
    }

    int length() {
        return chars.length();
    }

    boolean isEmpty() {
        return chars.isEmpty();
    }

    /** The line of the character at {@code index}; past the end, the line of the last character. */
    int lineAt(int index) {
        return lines.length == 0 ? emptyLine : lines[Math.min(Math.max(index, 0), lines.length - 1)];
    }

    int firstLine() {
        return lineAt(0);
    }

    /** The first place at or after {@code from} where {@code token} stands with none of its characters escaped. */
    int indexOf(String token, int from) {
        for (int i = Math.max(from, 0); i + token.length() <= chars.length(); i++) {
            if (isAt(token, i)) {
                return i;
            }
        }
        return -1;
    }

    int indexOf(String token) {
        return indexOf(token, 0);
    }

    int lastIndexOf(String token) {
        for (int i = chars.length() - token.length(); i >= 0; i--) {
            if (isAt(token, i)) {
                return i;
            }
        }
        return -1;
    }

    boolean startsWith(String token) {
        return isAt(token, 0);
    }

    /** Whether {@code token} stands at {@code at} with none of its characters escaped. */
    boolean isAt(String token, int at) {
        if (!chars.startsWith(token, at)) {
            return false;
        }
        for (int k = 0; k < token.length(); k++) {
            if (escaped[at + k]) {
                return false;
            }
        }
        return true;
    }

    GiftText sub(int start, int end) {
        return new GiftText(
                chars.substring(start, end),
                Arrays.copyOfRange(escaped, start, end),
                Arrays.copyOfRange(lines, start, end),
                lineAt(start));
    }

    GiftText sub(int start) {
        return sub(start, chars.length());
    }

    /** Without the spaces, tabs and line breaks PHP's trim removes, unless they were escaped ({@code \n}). */
    GiftText trim() {
        int start = 0;
        int end = chars.length();
        while (start < end && isTrimmed(start)) {
            start++;
        }
        while (end > start && isTrimmed(end - 1)) {
            end--;
        }
        return sub(start, end);
    }

    private boolean isTrimmed(int i) {
        return !escaped[i] && isPhpSpace(chars.charAt(i));
    }

    static boolean isPhpSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
    }

    /** PHP's trim on a finished string, escaped line breaks included. */
    static String phpTrim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isPhpSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isPhpSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Parts between unescaped {@code separator} characters, kept untrimmed. */
    List<GiftText> split(char separator) {
        List<GiftText> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) == separator && !escaped[i]) {
                parts.add(sub(start, i));
                start = i + 1;
            }
        }
        parts.add(sub(start));
        return parts;
    }

    /** The text with escapes resolved, as it will be shown. */
    String text() {
        return chars;
    }

    @Override
    public String toString() {
        return chars;
    }
}
