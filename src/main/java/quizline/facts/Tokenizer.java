package quizline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words, numbers and punctuation, keeping each token's offsets. */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            // dotted abbreviations stay whole: "U.N.", "U.S."
            "(?:\\p{Lu}\\.){2,}"
                    // words, with inner hyphens and apostrophes: "Jean-Marc", "O'Brien", "ex-Soviet"
                    + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*"
                    // a plus after capitals belongs to the name: "OPEC+"
                    + "(?:(?<=\\p{Lu})\\+(?![\\p{L}\\p{N}]))?"
                    // ordinals stay whole: "32nd", "16th"
                    + "|\\p{N}+(?:st|nd|rd|th)(?!\\p{L})"
                    // numbers: "2022", "2,000", "1.5"
                    + "|\\p{N}+(?:[.,]\\p{N}+)*"
                    + "|\\S");

    /** A name joined to a word that says how something relates to it: "Mercosur-associated", "Saudi-led", "EU-member". */
    private static final Pattern LED_BY_NAME = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{N}]*)-(associated|led|backed|brokered|sponsored|funded|allied|aligned|member)");

    /**
     * Two words glued where a space was lost, as captions run into the text: "Felix UlloaVice-President". A capital and
     * three lower-case letters or more before the second capital, so names written so stay whole ("McDonald",
     * "MacArthur", "DeSantis", "LaGuardia").
     */
    private static final Pattern GLUED = Pattern.compile("(\\p{Lu}\\p{Ll}{3,})(\\p{Lu}\\p{Ll}.*)");

    private Tokenizer() {}

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            // The possessive is a token of its own, so "Kazakhstan's capital" still names Kazakhstan.
            // each of the two patterns needs a capital first and a hyphen or a second capital: most words are
            // neither, and are not matched at all
            boolean capital = Character.isUpperCase(word.charAt(0));
            Matcher compound = capital && word.indexOf('-') > 0 ? LED_BY_NAME.matcher(word) : null;
            Matcher glued = capital && word.length() > 5 ? GLUED.matcher(word) : null;
            if (word.length() > 2
                    && (word.endsWith("'s") || word.endsWith("’s"))
                    && Character.isLetter(word.charAt(word.length() - 3))) {
                tokens.add(new Token(word.substring(0, word.length() - 2), start, end - 2));
                tokens.add(new Token(word.substring(word.length() - 2), end - 2, end));
            } else if (compound != null && compound.matches()) {
                // "Mercosur-associated", "Saudi-led": the name before the hyphen is a name of its own, not part of a
                // person's
                int hyphen = start + compound.end(1);
                tokens.add(new Token(compound.group(1), start, hyphen));
                tokens.add(new Token("-", hyphen, hyphen + 1));
                tokens.add(new Token(compound.group(2), hyphen + 1, end));
            } else if (glued != null && glued.matches()) {
                int second = start + glued.end(1);
                tokens.add(new Token(glued.group(1), start, second));
                tokens.add(new Token(glued.group(2), second, end));
            } else if (possessiveAfterS(text, tokens, word, start, end, to)) {
                // "The Bahamas' Prime Minister", "the Philippines' president": the possessive of a name ending in s,
                // written as "'s" is, so that the same patterns read it
                tokens.add(new Token("'s", start, end));
            } else {
                tokens.add(new Token(word, start, end));
            }
        }
        return tokens;
    }

    /**
     * Whether a lone apostrophe is the possessive of the capitalised word ending in s right before it, followed by
     * a space and a word; not when a single quote opened earlier in the sentence (it closes that quote then).
     */
    private static boolean possessiveAfterS(String text, List<Token> tokens, String word, int start, int end, int to) {
        if (!(word.equals("'") || word.equals("’")) || tokens.isEmpty() || end + 1 >= to) {
            return false;
        }
        Token before = tokens.get(tokens.size() - 1);
        return before.end() == start
                && before.isCapitalised()
                && before.text().length() > 2
                && before.text().endsWith("s")
                && text.charAt(end) == ' '
                && Character.isLetter(text.charAt(end + 1))
                && tokens.stream()
                        .noneMatch(t -> t.text().equals("'") || t.text().equals("‘"));
    }

    static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    static String plainApostrophes(String s) {
        return s.indexOf('’') < 0 ? s : s.replace('’', '\'');
    }
}
