package quizline.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * What a screen has printed, kept as paragraphs (text and hanging indent) rather than as the lines
 * they were wrapped into, so that a resize can draw the screen again wrapped at the new width: the
 * last lines, as many as the screen holds, as if the session had run at that width all along.
 */
final class Scrollback {
    /** Paragraphs kept; each is a line at least, so more than any screen holds. */
    static final int KEPT = 1_000;

    private record Paragraph(AttributedString text, int indent) {}

    private final Deque<Paragraph> paragraphs = new ArrayDeque<>();

    /** Records a paragraph printed with the given hanging indent; an empty text is an empty line. */
    void add(AttributedString text, int indent) {
        paragraphs.addLast(new Paragraph(text, indent));
        if (paragraphs.size() > KEPT) {
            paragraphs.removeFirst();
        }
    }

    /** The last {@code rows} lines of what was printed, wrapped at word boundaries to {@code width}. */
    List<AttributedString> lastLines(int width, int rows) {
        List<AttributedString> reversed = new ArrayList<>();
        for (Iterator<Paragraph> it = paragraphs.descendingIterator(); it.hasNext() && reversed.size() < rows; ) {
            Paragraph p = it.next();
            List<AttributedString> lines = Wrap.wrap(p.text(), width, p.indent());
            for (int i = lines.size() - 1; i >= 0 && reversed.size() < rows; i--) {
                reversed.add(lines.get(i));
            }
        }
        Collections.reverse(reversed);
        return reversed;
    }
}
