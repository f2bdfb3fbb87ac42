package quizline.ui;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Word wrapping by display columns (JLine's {@code columnLength} counts wide characters as two),
 * with a hanging indent so wrapped feedback lines up under its label.
 */
public final class Wrap {
    private Wrap() {}

    public static List<AttributedString> wrap(AttributedString text, int width, int indent) {
        List<AttributedString> lines = new ArrayList<>();
        int usable = Math.max(10, width);
        String plain = text.toString();
        int start = 0;
        while (true) {
            int newline = plain.indexOf('\n', start);
            int end = newline < 0 ? plain.length() : newline;
            wrapParagraph(text.subSequence(start, end), usable, indent, lines);
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    private static void wrapParagraph(AttributedString text, int width, int indent, List<AttributedString> out) {
        String plain = text.toString();
        int leading = 0;
        while (leading < plain.length() && plain.charAt(leading) == ' ') {
            leading++;
        }
        AttributedStringBuilder line = new AttributedStringBuilder().append(text.subSequence(0, leading));
        int lineStart = leading;
        int column = leading;
        int i = leading;
        while (i < plain.length()) {
            int wordEnd = i;
            while (wordEnd < plain.length() && plain.charAt(wordEnd) != ' ') {
                wordEnd++;
            }
            AttributedString word = text.subSequence(i, wordEnd);
            int wordColumns = word.columnLength();
            int gap = column == lineStart ? 0 : 1;
            if (column + gap + wordColumns > width && column > lineStart) {
                out.add(line.toAttributedString());
                line = new AttributedStringBuilder().append(" ".repeat(indent));
                lineStart = indent;
                column = indent;
                gap = 0;
            }
            if (gap == 1) {
                line.append(' ');
                column++;
            }
            // A word longer than the line is cut at the edge rather than overflowing it. Each piece is measured
            // once and the rest is a view of the same text: a word of any length is cut in one pass.
            while (column + wordColumns > width && wordColumns > 1) {
                AttributedString piece = word.columnSubSequence(0, Math.max(1, width - column));
                if (piece.length() == 0) {
                    // A wide character where one column is left: it goes whole.
                    piece = word.subSequence(0, Character.charCount(word.codePointAt(0)));
                }
                line.append(piece);
                out.add(line.toAttributedString());
                word = word.subSequence(piece.length(), word.length());
                wordColumns -= piece.columnLength();
                line = new AttributedStringBuilder().append(" ".repeat(indent));
                lineStart = indent;
                column = indent;
            }
            line.append(word);
            column += wordColumns;
            i = wordEnd;
            while (i < plain.length() && plain.charAt(i) == ' ') {
                i++;
            }
        }
        out.add(line.toAttributedString());
    }
}
