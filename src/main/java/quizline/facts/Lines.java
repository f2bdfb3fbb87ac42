package quizline.facts;

import java.util.function.IntBinaryOperator;

/**
 * News text puts each paragraph, headline and caption on a line of its own, and a headline has
 * no full stop: a line break always ends a sentence. Splitters work one line at a time.
 */
final class Lines {
    private Lines() {}

    /** Calls {@code line} with [start, end) of each line that has text, blanks trimmed. */
    static void forEach(String text, IntBinaryOperator line) {
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                line.applyAsInt(from, to);
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
    }

    /** Adds the sentence [from, to) after trimming blanks; empty spans are dropped. */
    static void addTrimmed(String text, int from, int to, java.util.List<Sentence> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            out.add(Sentence.of(text, from, to));
        }
    }
}
