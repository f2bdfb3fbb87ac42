package quizline.pack;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Judges typed answers against a card's answer and aliases. Text is forgiving about presentation (case, accents,
 * punctuation, spacing, hyphenation, a leading "the") and about small misspellings of a word, but strict about
 * words: a missing, extra or different word, or any change to a word with digits, is wrong. Numbers are never fuzzy.
 */
public final class AnswerMatcher {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final String LEADING_ARTICLE = "the ";

    // An optional sign, then digits that are either plain or grouped in threes by commas, with an optional fraction.
    // A lone comma group such as "1,00" is refused: it may be a decimal comma, and guessing would mark it wrongly.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)");

    private AnswerMatcher() {}

    /**
     * Reduces text to the form answers are compared in: compatibility-decomposed, without accents, case-folded,
     * with typographic quotes and dashes made plain, apostrophes and full stops removed (d'Ivoire, U.S.A.), other
     * punctuation and hyphens turned into spaces, "&amp;" spelled "and", runs of spaces collapsed, trimmed, and a
     * leading "the" dropped. A full stop or comma between digits is kept as a decimal point or dropped as a
     * thousands separator.
     */
    public static String fold(String text) {
        return fold(text, false);
    }

    /**
     * Matches typed text against the answer and its aliases. An exact match (after {@link #fold}) of any of them is
     * RIGHT, so an alias spelled exactly beats a near miss of the canonical answer. Otherwise the first of them
     * that the input nearly matches, word by word, makes it a TYPO. Anything else, and blank input, is WRONG.
     */
    public static AnswerMatch matchText(String given, String answer, List<String> aliases) {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(aliases, "aliases");
        Folded typed = Folded.of(given == null ? "" : given);
        if (typed.spaced().isEmpty()) {
            return new AnswerMatch(Verdict.WRONG, answer);
        }
        List<String> candidates = new ArrayList<>(1 + aliases.size());
        candidates.add(answer);
        candidates.addAll(aliases);
        List<Folded> accepted = candidates.stream().map(Folded::of).toList();
        for (int i = 0; i < candidates.size(); i++) {
            if (typed.sameAs(accepted.get(i))) {
                return new AnswerMatch(Verdict.RIGHT, candidates.get(i));
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (isNearMiss(typed, accepted.get(i))) {
                return new AnswerMatch(Verdict.TYPO, candidates.get(i));
            }
        }
        return new AnswerMatch(Verdict.WRONG, answer);
    }

    /**
     * Matches a typed number: RIGHT when it parses and lies within {@code tolerance} of {@code answer}, else WRONG.
     * Accepts surrounding spaces, a sign, a fraction, commas grouping thousands and one trailing full stop. The
     * comparison is decimal, so 1.1 is within 0.1 of 1.0 although the doubles are not.
     *
     * @throws IllegalArgumentException if the answer is not finite or the tolerance is negative or not finite
     */
    public static AnswerMatch matchNumber(String given, double answer, double tolerance) {
        if (!Double.isFinite(answer)) {
            throw new IllegalArgumentException("answer is not a finite number: " + answer);
        }
        if (!Double.isFinite(tolerance) || tolerance < 0) {
            throw new IllegalArgumentException("tolerance must be finite and not negative: " + tolerance);
        }
        BigDecimal expected = BigDecimal.valueOf(answer);
        String shown = expected.stripTrailingZeros().toPlainString();
        BigDecimal typed = parseNumber(given);
        if (typed == null) {
            return new AnswerMatch(Verdict.WRONG, shown);
        }
        boolean within = typed.subtract(expected).abs().compareTo(BigDecimal.valueOf(tolerance)) <= 0;
        return new AnswerMatch(within ? Verdict.RIGHT : Verdict.WRONG, shown);
    }

    /** Whether a typed answer reads as a number at all ({@code 2001}, {@code 1,000}, {@code −3.5}); {@code six} and {@code 4th} do not. */
    public static boolean readsAsNumber(String given) {
        return parseNumber(given) != null;
    }

    private static BigDecimal parseNumber(String given) {
        if (given == null) {
            return null;
        }
        // NFKC turns full-width digits and no-break spaces into plain ones; U+2212 is the typographic minus.
        String text = Normalizer.normalize(given, Normalizer.Form.NFKC)
                .replace('\u2212', '-')
                .strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.replace(",", ""));
    }

    /**
     * An answer folded twice: once with hyphens as spaces and once with hyphens removed, because a hyphenated
     * compound is written both ways (Guinea Bissau, Cooperation) and neither spelling is a mistake.
     */
    private record Folded(String spaced, String joined) {
        static Folded of(String text) {
            return new Folded(fold(text, false), fold(text, true));
        }

        boolean sameAs(Folded other) {
            return spaced.equals(other.spaced) || joined.equals(other.joined);
        }
    }

    private static boolean isNearMiss(Folded typed, Folded accepted) {
        if (accepted.spaced().isEmpty()) {
            return false;
        }
        List<String> typedWords = words(typed.spaced());
        List<String> acceptedWords = words(accepted.spaced());
        if (typedWords.size() == acceptedWords.size()) {
            return allWordsClose(typedWords, acceptedWords);
        }
        // The word counts differ: a compound may have been hyphenated, or spaced, differently from the pack.
        return allWordsClose(words(typed.joined()), words(accepted.joined()))
                || differsOnlyInSpacing(typed.spaced(), accepted.spaced());
    }

    private static boolean differsOnlyInSpacing(String typed, String accepted) {
        return !containsDigit(accepted) && typed.replace(" ", "").equals(accepted.replace(" ", ""));
    }

    private static boolean allWordsClose(List<String> typed, List<String> accepted) {
        if (typed.size() != accepted.size()) {
            return false;
        }
        for (int i = 0; i < typed.size(); i++) {
            if (!isCloseWord(typed.get(i), accepted.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCloseWord(String typed, String accepted) {
        if (typed.equals(accepted)) {
            return true;
        }
        // Years, amounts and names like G20 are facts: one digit off is another fact.
        if (containsDigit(typed) || containsDigit(accepted)) {
            return false;
        }
        String typedKey = SpellingVariants.romanisationKey(typed);
        String acceptedKey = SpellingVariants.romanisationKey(accepted);
        if (typedKey.equals(acceptedKey)) {
            return true;
        }
        // A different first letter makes a different word (Russia/Prussia, Gambia/Zambia, Pakistan/Tajikistan).
        if (typed.charAt(0) != accepted.charAt(0)) {
            return false;
        }
        // Letters added at the end are usually a suffix with a meaning: Aliyev/Aliyeva, Sharif/Sharifi,
        // Russia/Russian. Such a word names someone or something else.
        if (isExtension(typed, accepted) || isExtension(typedKey, acceptedKey)) {
            return false;
        }
        int allowed = allowedEdits(Math.min(typed.length(), accepted.length()));
        return Math.abs(typed.length() - accepted.length()) <= allowed
                && SpellingVariants.distance(typed, accepted) <= allowed;
    }

    /** Short words tolerate nothing (Iran/Iraq, Mali/Bali, Xi/Li); the allowance grows with the shorter word. */
    private static int allowedEdits(int length) {
        if (length <= 4) {
            return 0;
        }
        return length <= 7 ? 1 : 2;
    }

    private static boolean isExtension(String a, String b) {
        return a.length() != b.length() && (a.startsWith(b) || b.startsWith(a));
    }

    private static boolean containsDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    private static List<String> words(String folded) {
        return List.of(folded.split(" "));
    }

    private static String fold(String text, boolean joinHyphens) {
        Objects.requireNonNull(text, "text");
        String lower = plainPunctuation(text).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String bare = COMBINING_MARKS
                .matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD))
                .replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); ) {
            int c = bare.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(latinLetter(c));
            } else {
                boolean betweenDigits = i > 0
                        && i + 1 < bare.length()
                        && Character.isDigit(bare.charAt(i - 1))
                        && Character.isDigit(bare.charAt(i + 1));
                out.append(punctuation(c, betweenDigits, joinHyphens));
            }
            i += Character.charCount(c);
        }
        String folded = SPACES.matcher(out).replaceAll(" ").strip();
        if (folded.startsWith(LEADING_ARTICLE)) {
            folded = folded.substring(LEADING_ARTICLE.length());
        }
        return folded;
    }

    /** What a character that is neither letter nor digit becomes: nothing inside a word, a space between words. */
    private static String punctuation(int c, boolean betweenDigits, boolean joinHyphens) {
        return switch (c) {
            case '.' -> betweenDigits ? "." : ""; // a decimal point, else an abbreviation or a sentence's end
            case ',' -> betweenDigits ? "" : " "; // a thousands separator, else a list
            case '\'' -> ""; // an elision: d'Ivoire, N'Djamena
            case '-' -> joinHyphens ? "" : " ";
            case '&' -> " and ";
            default -> " ";
        };
    }

    /** Typographic quotes, primes and dashes as their plain keyboard forms, before decomposition splits some. */
    private static String plainPunctuation(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                // ʻ and ʼ are letters to Unicode, but Uzbek (Oʻzbekiston) and others use them as apostrophes.
                case '\u2018',
                        '\u2019',
                        '\u201A',
                        '\u201B',
                        '\u2032',
                        '\u02B9',
                        '\u02BB',
                        '\u02BC',
                        '\u02BD',
                        '`',
                        '\u00B4',
                        '\uFF07' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02' -> out.append('"');
                case '\u2010',
                        '\u2011',
                        '\u2012',
                        '\u2013',
                        '\u2014',
                        '\u2015',
                        '\u2212',
                        '\uFE58',
                        '\uFE63',
                        '\uFF0D' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Letters that Unicode does not decompose into a base letter and a mark. */
    private static String latinLetter(int c) {
        return switch (c) {
            case 'ø' -> "o";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            default -> Character.toString(c);
        };
    }
}
