package quizline.ui;

import java.io.PrintWriter;
import java.io.Writer;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Text read from files (packs, articles, imports, review files, file names) made safe to print: a
 * terminal obeys control characters, so a pack could retitle the window, clear the screen or
 * overwrite what was printed. Every control character (C0, DEL, C1) is shown instead of sent:
 * C0 and DEL in caret notation ({@code ESC} as {@code ^[}, {@code CR} as {@code ^M}, {@code DEL}
 * as {@code ^?}), C1 as a backslash, {@code u} and four hex digits (CSI, U+009B, as six characters).
 * Newline and tab are kept, and so is a CR right before a newline; a bare CR is not.
 */
public final class Visible {
    private Visible() {}

    public static String text(String text) {
        int first = firstHidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            if (hidden(text, i)) {
                appendShown(shown, text.charAt(i));
            } else {
                shown.append(text.charAt(i));
            }
        }
        return shown.toString();
    }

    /** As {@link #text(String)}, keeping the styles: a shown control character takes the style it had. */
    public static AttributedString text(AttributedString text) {
        String plain = text.toString();
        if (firstHidden(plain) < 0) {
            return text;
        }
        AttributedStringBuilder shown = new AttributedStringBuilder(plain.length() + 8);
        int from = 0;
        for (int i = 0; i < plain.length(); i++) {
            if (hidden(plain, i)) {
                shown.append(text.subSequence(from, i));
                shown.append(text(String.valueOf(plain.charAt(i))), text.styleAt(i));
                from = i + 1;
            }
        }
        shown.append(text.subSequence(from, plain.length()));
        return shown.toAttributedString();
    }

    /**
     * A writer that passes everything printed through {@link #text(String)} on to {@code out}, and
     * flushes {@code out} at every line. Line ends written by {@code println} are passed unchanged.
     */
    public static PrintWriter writer(Writer out) {
        return new PrintWriter(out, true) {
            @Override
            public void write(int c) {
                write(String.valueOf((char) c), 0, 1);
            }

            @Override
            public void write(char[] chars, int offset, int length) {
                write(new String(chars, offset, length));
            }

            @Override
            public void write(String s, int offset, int length) {
                String shown = text(s.substring(offset, offset + length));
                super.write(shown, 0, shown.length());
            }
        };
    }

    private static int firstHidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (hidden(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hidden(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\t') {
            return false;
        }
        if (c == '\r') {
            return i + 1 >= text.length() || text.charAt(i + 1) != '\n';
        }
        return Character.getType(c) == Character.CONTROL;
    }

    private static void appendShown(StringBuilder shown, char c) {
        if (c < 0x20) {
            shown.append('^').append((char) (c + '@'));
        } else if (c == 0x7f) {
            shown.append("^?");
        } else {
            shown.append(String.format("\\u%04X", (int) c));
        }
    }
}
