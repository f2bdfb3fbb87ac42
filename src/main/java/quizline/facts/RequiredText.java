package quizline.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The text a regular expression cannot match without, read from the expression itself: clauses of strings, one string of
 * each clause in every match ("joined" or "joins", and "O" or "A"). The extractors try some 300 patterns on each
 * sentence and nearly all of them fail; a sentence that lacks a clause is skipped without running the pattern, which
 * is most of what extraction used to cost.
 *
 * <p>The reading is conservative: what it does not understand (a character class, a repetition that may be absent, a
 * lookaround) it takes to require nothing, so {@link #admits} is false only where the pattern cannot match. It follows
 * the syntax the shape patterns use and gives up (requires nothing) on anything else: flags, back references,
 * quoting.
 */
final class RequiredText {
    /** Beyond this many strings a set of alternatives stops being spelt out: "(?:a|an|the) (?:new|full) member". */
    private static final int MAX_STRINGS = 24;
    /** Clauses kept per part of a pattern: the most selective ones, since each costs a search of the sentence. */
    private static final int MAX_CLAUSES = 8;

    private static final RequiredText NOTHING = new RequiredText(List.of());

    private final List<String[]> clauses;
    /** The clauses' strings by their numbers in {@link RequiredStrings}. */
    private final int[][] ids;

    private RequiredText(List<String[]> clauses) {
        this.clauses = clauses;
        this.ids = clauses.stream()
                .map(clause ->
                        Arrays.stream(clause).mapToInt(RequiredStrings::id).toArray())
                .toArray(int[][]::new);
    }

    static RequiredText of(String regex) {
        if (regex.contains("\\Q")) {
            return NOTHING; // quoted text may hold any bracket: not followed
        }
        Parser parser = new Parser(regex);
        Part whole;
        try {
            whole = parser.alternation();
        } catch (Unsupported e) {
            return NOTHING;
        }
        if (parser.at < regex.length()) {
            return NOTHING; // an unbalanced ")": not a pattern this reads
        }
        List<String[]> clauses = new ArrayList<>();
        for (Set<String> clause : best(whole.clauses())) {
            clauses.add(clause.toArray(String[]::new));
        }
        return new RequiredText(List.copyOf(clauses));
    }

    /** Whether the text holds one string of every clause: false only where no match can be found in it. */
    boolean admits(String text) {
        return admits(RequiredStrings.search(text).present());
    }

    /** Whether the shape holds one string of every clause, from the strings found in it once for every pattern. */
    boolean admits(Shape shape) {
        return ids.length == 0 || admits(shape.requiredStrings());
    }

    private boolean admits(BitSet present) {
        for (int[] clause : ids) {
            if (!anyOf(present, clause)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyOf(BitSet present, int[] clause) {
        for (int id : clause) {
            if (present.get(id)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return clauses.stream().map(List::of).toList().toString();
    }

    /**
     * What a part of a pattern matches: either exactly one of a few strings ({@code exact}, "" among them when it may
     * match nothing), or text holding one string of each clause ({@code exact} null).
     */
    private record Part(Set<String> exact, List<Set<String>> required) {
        static final Part EMPTY = new Part(Set.of(""), List.of());
        /** One character, or text, that this reading does not follow: it requires nothing. */
        static final Part ANYTHING = new Part(null, List.of());

        static Part literal(String s) {
            return new Part(Set.of(s), List.of());
        }

        List<Set<String>> clauses() {
            if (exact == null) {
                return required;
            }
            return exact.contains("") ? List.of() : List.of(exact);
        }
    }

    /**
     * Clauses without strings that another string of the same clause lies in (text holding "the O" holds "O"), the
     * most selective first (longest shortest string), at most {@link #MAX_CLAUSES}.
     */
    private static List<Set<String>> best(List<Set<String>> clauses) {
        Set<Set<String>> simplified = new LinkedHashSet<>();
        for (Set<String> clause : clauses) {
            Set<String> kept = new LinkedHashSet<>();
            for (String s : clause) {
                if (clause.stream().noneMatch(other -> !other.equals(s) && s.contains(other))) {
                    kept.add(s);
                }
            }
            if (!kept.contains("") && kept.size() <= MAX_STRINGS) {
                simplified.add(Set.copyOf(kept));
            }
        }
        return simplified.stream()
                .sorted(Comparator.comparingInt(RequiredText::shortest).reversed())
                .limit(MAX_CLAUSES)
                .toList();
    }

    private static int shortest(Set<String> clause) {
        return clause.stream().mapToInt(String::length).min().orElse(0);
    }

    /** Every concatenation of a string of {@code a} and one of {@code b}, or null when there are too many. */
    private static Set<String> product(Set<String> a, Set<String> b) {
        if (a.size() * b.size() > MAX_STRINGS) {
            return null;
        }
        Set<String> result = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                result.add(x + y);
            }
        }
        return result;
    }

    /** Syntax this reading does not follow: the pattern is taken to require nothing. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A recursive descent over the pattern's text; {@code at} is the next character to read. */
    private static final class Parser {
        private final String regex;
        private int at;

        Parser(String regex) {
            this.regex = regex;
        }

        private boolean more() {
            return at < regex.length();
        }

        private char peek() {
            return regex.charAt(at);
        }

        private boolean startsWith(String s) {
            return regex.startsWith(s, at);
        }

        /** "a|b|c": a match is a match of one of them, so a clause takes one clause of each alternative. */
        Part alternation() {
            List<Part> alternatives = new ArrayList<>();
            alternatives.add(sequence());
            while (more() && peek() == '|') {
                at++;
                alternatives.add(sequence());
            }
            if (alternatives.size() == 1) {
                return alternatives.get(0);
            }
            Set<String> exact = new LinkedHashSet<>();
            for (Part alternative : alternatives) {
                if (exact != null && alternative.exact() != null) {
                    exact.addAll(alternative.exact());
                } else {
                    exact = null;
                }
            }
            if (exact != null && exact.size() <= MAX_STRINGS) {
                return new Part(exact, List.of());
            }
            List<Set<String>> clauses = null;
            for (Part alternative : alternatives) {
                List<Set<String>> own = best(alternative.clauses());
                if (clauses == null) {
                    clauses = own;
                    continue;
                }
                List<Set<String>> joined = new ArrayList<>();
                for (Set<String> a : clauses) {
                    for (Set<String> b : own) {
                        Set<String> either = new LinkedHashSet<>(a);
                        either.addAll(b);
                        joined.add(either);
                    }
                }
                clauses = best(joined);
            }
            return new Part(null, clauses);
        }

        /**
         * Parts in a row: exact strings run together while they stay few ("joined " + "the " ...); a run that grows
         * too long, or a part that is not exact, closes the run into a clause.
         */
        Part sequence() {
            Set<String> run = Set.of("");
            List<Set<String>> clauses = new ArrayList<>();
            boolean exact = true;
            while (more() && peek() != '|' && peek() != ')') {
                Part part = quantified(atom());
                Set<String> longer = part.exact() == null ? null : product(run, part.exact());
                if (longer != null) {
                    run = longer;
                    continue;
                }
                exact = false;
                clauses.addAll(new Part(run, List.of()).clauses());
                if (part.exact() != null) {
                    run = part.exact();
                } else {
                    clauses.addAll(part.required());
                    run = Set.of("");
                }
            }
            if (exact) {
                return new Part(run, List.of());
            }
            clauses.addAll(new Part(run, List.of()).clauses());
            return new Part(null, best(clauses));
        }

        /** "x?", "x*", "x+", "x{2,5}", each maybe lazy or possessive: what is required at least once stays required. */
        private Part quantified(Part part) {
            if (!more()) {
                return part;
            }
            int min;
            int max;
            char c = peek();
            if (c == '?') {
                min = 0;
                max = 1;
                at++;
            } else if (c == '*') {
                min = 0;
                max = Integer.MAX_VALUE;
                at++;
            } else if (c == '+') {
                min = 1;
                max = Integer.MAX_VALUE;
                at++;
            } else if (c == '{') {
                int close = regex.indexOf('}', at);
                if (close < 0) {
                    throw new Unsupported();
                }
                String[] bounds = regex.substring(at + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(bounds[0]);
                    max = bounds.length == 1
                            ? min
                            : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                at = close + 1;
            } else {
                return part;
            }
            if (more() && (peek() == '?' || peek() == '+')) {
                at++; // lazy or possessive: the same strings, tried in another order
            }
            if (min == 1 && max == 1) {
                return part;
            }
            if (min == 0) {
                if (max == 1 && part.exact() != null) {
                    Set<String> maybe = new LinkedHashSet<>(part.exact());
                    maybe.add("");
                    return new Part(maybe, List.of());
                }
                return Part.ANYTHING;
            }
            return new Part(null, part.clauses());
        }

        private Part atom() {
            char c = peek();
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '\\':
                    return escape();
                case '^':
                case '$':
                    at++;
                    return Part.EMPTY;
                case '.':
                    at++;
                    return Part.ANYTHING;
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported(); // a quantifier with nothing to repeat
                default:
                    at++;
                    return Part.literal(String.valueOf(c));
            }
        }

        /** A group: its content, or nothing for a lookaround, which reads text without taking it into the match. */
        private Part group() {
            at++;
            boolean lookaround = false;
            if (startsWith("?:") || startsWith("?>")) {
                at += 2;
            } else if (startsWith("?=") || startsWith("?!")) {
                at += 2;
                lookaround = true;
            } else if (startsWith("?<=") || startsWith("?<!")) {
                at += 3;
                lookaround = true;
            } else if (startsWith("?<")) {
                int close = regex.indexOf('>', at);
                if (close < 0) {
                    throw new Unsupported();
                }
                at = close + 1; // a named group
            } else if (startsWith("?")) {
                throw new Unsupported(); // flags: case-insensitive text would not be found by contains
            }
            Part content = alternation();
            if (!more() || peek() != ')') {
                throw new Unsupported();
            }
            at++;
            return lookaround ? Part.EMPTY : content;
        }

        /** "[CO]": one of a few letters; any other class ("[^;]", "[a-z]") is one character this does not follow. */
        private Part characterClass() {
            int start = at + 1;
            if (regex.startsWith("]", start) || regex.startsWith("^]", start)) {
                throw new Unsupported(); // a bracket as the class's first member
            }
            int depth = 0;
            boolean plain = true;
            for (at = start; more(); at++) {
                char c = peek();
                if (c == '\\') {
                    plain = false;
                    at++;
                } else if (c == '[') {
                    plain = false;
                    depth++;
                } else if (c == ']' && at > start) {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == '^' || c == '-' || c == '&' || c == ']') {
                    plain = false;
                }
            }
            if (!more()) {
                throw new Unsupported();
            }
            String members = regex.substring(start, at);
            at++;
            if (!plain || members.isEmpty()) {
                return Part.ANYTHING;
            }
            Set<String> letters = new LinkedHashSet<>();
            for (char c : members.toCharArray()) {
                letters.add(String.valueOf(c));
            }
            return new Part(letters, List.of());
        }

        /** "\(" is a bracket, "\d" a digit this does not follow, "\b" a boundary that takes no text. */
        private Part escape() {
            at++;
            if (!more()) {
                throw new Unsupported();
            }
            char c = peek();
            at++;
            if (!Character.isLetterOrDigit(c)) {
                return Part.literal(String.valueOf(c));
            }
            switch (c) {
                case 'd':
                case 'D':
                case 'w':
                case 'W':
                case 's':
                case 'S':
                case 'h':
                case 'H':
                case 'v':
                case 'V':
                    return Part.ANYTHING;
                case 'b':
                case 'B':
                case 'A':
                case 'z':
                case 'Z':
                case 'G':
                    return Part.EMPTY;
                default:
                    throw new Unsupported(); // a property, a back reference, a code point: not in the shape patterns
            }
        }
    }
}
