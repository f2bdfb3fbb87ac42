package quizline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hand-written sentence rules for news text: a line break ends a sentence; ".", "!" or "?"
 * (with any closing quotes or brackets) ends one when blank space and a capital, digit or
 * opening quote follow, unless the full stop belongs to an abbreviation ("Mr.", "Jr.") or an
 * initial ("R."). After a dotted abbreviation ("U.S.", "U.N.", "p.m.") a sentence ends only when
 * a word that typically opens a sentence follows.
 */
final class RuleSentenceSplitter implements SentenceSplitter {
    static final RuleSentenceSplitter INSTANCE = new RuleSentenceSplitter();
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
    private static final String CLOSERS = "\"'”’)]»";
    private static final String OPENERS = "\"'“‘([«•";

    private final Set<String> abbreviations;
    private final Set<String> starters;

    private RuleSentenceSplitter() {
        Knowledge knowledge = Knowledge.get();
        this.abbreviations = knowledge.abbreviations;
        this.starters = knowledge.sentenceStarters;
    }

    @Override
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Lines.forEach(text, (from, to) -> {
            splitLine(text, from, to, sentences);
            return 0;
        });
        return sentences;
    }

    private void splitLine(String text, int from, int to, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < to && (isTerminator(text.charAt(end)) || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            if (end >= to || !Character.isWhitespace(text.charAt(end))) {
                i = end - 1;
                continue;
            }
            int next = end;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < to
                    && opensSentence(text.charAt(next))
                    && !(c == '.' && end == i + 1 && fullStopContinues(text, i, next, to))) {
                Lines.addTrimmed(text, start, end, out);
                start = next;
            }
            i = end - 1;
        }
        Lines.addTrimmed(text, start, to, out);
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    /** Whether the full stop at {@code dot} belongs to the word before it rather than ending the sentence. */
    private boolean fullStopContinues(String text, int dot, int next, int to) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (DOTTED.matcher(word).matches()) {
            return !starters.contains(nextWord(text, next, to));
        }
        return abbreviations.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }

    private static String nextWord(String text, int from, int to) {
        int end = from;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }
}
