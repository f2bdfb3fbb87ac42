package quizline.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * A sentence as a line of symbols that patterns can match: each mention becomes its letter and
 * number ("D0 T1 P2" for "Russian President Jane Doe"), other words appear in lower case
 * and punctuation as itself, all separated by single spaces.
 */
final class Shape {
    private final String text;
    private final int[] symbolStarts;
    private final Mention[] symbolMentions;
    /** The token each symbol starts at. */
    private final int[] symbolTokens;
    /** The patterns' required strings found in the text, searched for when first asked. */
    private RequiredStrings.Found required;

    private Shape(String text, int[] symbolStarts, Mention[] symbolMentions, int[] symbolTokens) {
        this.text = text;
        this.symbolStarts = symbolStarts;
        this.symbolMentions = symbolMentions;
        this.symbolTokens = symbolTokens;
    }

    /** The registered strings the text holds, searched again when strings were registered since the last search. */
    BitSet requiredStrings() {
        if (required == null || required.count() != RequiredStrings.count()) {
            required = RequiredStrings.search(text);
        }
        return required.present();
    }

    static Shape of(List<Token> tokens, List<Mention> mentions) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<Mention> symbolMentions = new ArrayList<>();
        List<Integer> symbolTokens = new ArrayList<>();
        int next = 0;
        int i = 0;
        while (i < tokens.size()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            starts.add(text.length());
            symbolTokens.add(i);
            while (next < mentions.size() && mentions.get(next).from() < i) {
                next++;
            }
            if (next < mentions.size() && mentions.get(next).from() == i) {
                Mention mention = mentions.get(next);
                text.append(mention.symbol()).append(next);
                symbolMentions.add(mention);
                i = mention.to();
            } else {
                text.append(
                        possessiveApostrophe(tokens, i)
                                ? "'s"
                                : word(tokens.get(i).key()));
                symbolMentions.add(null);
                i++;
            }
        }
        return new Shape(
                text.toString(),
                starts.stream().mapToInt(Integer::intValue).toArray(),
                symbolMentions.toArray(new Mention[0]),
                symbolTokens.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * An apostrophe closing a word that ends in s is its possessive, written as patterns read every other one:
     * "Barbados' Prime Minister", "the Bahamas’ leader" ("'s"). Not an apostrophe after a space, which opens a quote.
     */
    private static boolean possessiveApostrophe(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (i == 0 || !token.key().equals("'")) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.end() == token.start()
                && before.isCapitalised()
                && before.text().endsWith("s")
                && (i + 1 == tokens.size() || tokens.get(i + 1).start() > token.end());
    }

    private static String word(String token) {
        switch (token) {
            case "“":
            case "”":
            case "«":
            case "»":
                return "\"";
            case "‘":
                return "'";
            case "–":
            case "—":
                return "—";
            case "dialog": // American spelling: "six dialog partners"
                return "dialogue";
            case "dialogs":
                return "dialogues";
            default:
                return token.toLowerCase(Locale.ROOT);
        }
    }

    String text() {
        return text;
    }

    /** Whether some mention has this symbol: extractors skip sentences that cannot match. */
    boolean has(char symbol) {
        for (Mention mention : symbolMentions) {
            if (mention != null && mention.symbol() == symbol) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of these words or phrases occurs in the text. */
    boolean containsAny(List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens [first, end) that the symbols in [from, to) of {@link #text()} stand for, so a match can be read
     * as the article writes it; {@code tokenCount} is the sentence's number of tokens.
     */
    int[] tokenRange(int from, int to, int tokenCount) {
        int first = Arrays.binarySearch(symbolStarts, from);
        first = first >= 0 ? first : -first - 1;
        int last = Arrays.binarySearch(symbolStarts, to);
        last = last >= 0 ? last : -last - 1;
        int start = first < symbolTokens.length ? symbolTokens[first] : tokenCount;
        int end = last < symbolTokens.length ? symbolTokens[last] : tokenCount;
        return new int[] {start, end};
    }

    /** The mention whose symbol starts at {@code at} in {@link #text()}, or null. */
    Mention mentionAt(int at) {
        int i = Arrays.binarySearch(symbolStarts, at);
        return i >= 0 ? symbolMentions[i] : null;
    }

    /** The mention a named group of a match captured (its first symbol), or null. */
    Mention mention(Matcher m, String group) {
        int start = m.start(group);
        return start < 0 ? null : mentionAt(start);
    }

    /** A mention and where its symbol starts in {@link #text()}. */
    record Placed(Mention mention, int at) {}

    /** Every mention whose symbol lies in [from, to) of {@link #text()}, in order. */
    List<Placed> placedIn(int from, int to) {
        List<Placed> result = new ArrayList<>();
        int i = Arrays.binarySearch(symbolStarts, from);
        for (i = i >= 0 ? i : -i - 1; i < symbolStarts.length && symbolStarts[i] < to; i++) {
            if (symbolMentions[i] != null) {
                result.add(new Placed(symbolMentions[i], symbolStarts[i]));
            }
        }
        return result;
    }

    List<Mention> mentionsIn(int from, int to) {
        return placedIn(from, to).stream().map(Placed::mention).toList();
    }

    /** The mentions in a named group of a match; empty when the group did not take part. */
    List<Mention> mentions(Matcher m, String group) {
        int start = m.start(group);
        return start < 0 ? List.of() : mentionsIn(start, m.end(group));
    }

    @Override
    public String toString() {
        return text;
    }
}
