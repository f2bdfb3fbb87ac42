package quizline.generate;

import quizline.pack.AnswerMatcher;

/**
 * How many times each letter occurs in a folded name, per word: a cheap test that rules out most pairs of names
 * before the answer matcher compares them. Spellings of one name differ in a few letters of each word (a vowel, a
 * doubled letter, "dzh" for "j": three at most); the bag difference never exceeds the edits, so a larger one
 * means the matcher would say no.
 */
final class LetterBag {
    /** Letters one word may gain or lose between two spellings: "dzh" against "j" is the most. */
    private static final int MOST_PER_WORD = 3;

    private final int[][] counts;

    private LetterBag(int[][] counts) {
        this.counts = counts;
    }

    static LetterBag of(String name) {
        String[] words = AnswerMatcher.fold(name).split(" ");
        int[][] counts = new int[words.length][26];
        for (int w = 0; w < words.length; w++) {
            for (char c : words[w].toCharArray()) {
                if (c >= 'a' && c <= 'z') {
                    counts[w][c - 'a']++;
                }
            }
        }
        return new LetterBag(counts);
    }

    /** False when the names cannot be spellings of each other word by word; true when the matcher must decide. */
    boolean near(LetterBag other) {
        if (counts.length != other.counts.length) {
            return true; // a hyphen or a space written differently: leave it to the matcher
        }
        for (int w = 0; w < counts.length; w++) {
            int more = 0;
            int fewer = 0;
            for (int c = 0; c < 26; c++) {
                int d = counts[w][c] - other.counts[w][c];
                if (d > 0) {
                    more += d;
                } else {
                    fewer -= d;
                }
            }
            if (Math.max(more, fewer) > MOST_PER_WORD) {
                return false;
            }
        }
        return true;
    }
}
