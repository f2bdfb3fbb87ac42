package quizline.generate;

import java.util.Map;
import java.util.Set;

/**
 * What kind of office a title names, for the cross-checks: an office one person holds at a time (a country has one
 * President), and the offices that head a state or a government, which nobody holds in two countries at once.
 */
final class Offices {
    /** Titles several people hold at once in one place: any country has many ambassadors and spokespeople. */
    private static final Set<String> SHARED = Set.of(
            "Ambassador",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "senior fellow",
            "fellow",
            "Deputy Prime Minister",
            "First Deputy Prime Minister",
            "Deputy Secretary-General",
            "Governor",
            "Vice President",
            "Ruler",
            "Deputy Mayor",
            "High Representative");
    /** Titles that head a state or a government: one person, one country. */
    private static final Set<String> HEADS = Set.of(
            "President",
            "acting President",
            "interim President",
            "Prime Minister",
            "acting Prime Minister",
            "Chancellor",
            "King",
            "Queen",
            "Emir",
            "Sultan",
            "Crown Prince",
            "Supreme Leader",
            "Taoiseach",
            "Premier");

    /** Titles of which one person holds one in a place: nobody is both President and Prime Minister of one country. */
    private static final Set<String> EXCLUSIVE = Set.of(
            "President",
            "acting President",
            "interim President",
            "Prime Minister",
            "acting Prime Minister",
            "Chancellor",
            "King",
            "Queen",
            "Emir",
            "Supreme Leader",
            "Vice President");

    /** What a title heads: a state or government, a ministry, an international body, or none (spokespeople, envoys). */
    enum Kind {
        HEAD,
        MINISTER,
        ORGANISATION,
        OTHER
    }

    private static final Set<String> ORGANISATION_TITLES = Set.of(
            "Secretary-General",
            "Deputy Secretary-General",
            "Director-General",
            "Executive Secretary",
            "High Representative",
            "Chairman",
            "Chairperson");

    /** Titles that differ only by the holder's sex: "Queen" offered for King Hamad is ruled out at a glance. */
    private static final Map<String, String> OTHER_SEX = Map.of(
            "King",
            "Queen",
            "Queen",
            "King",
            "Prince",
            "Princess",
            "Princess",
            "Prince",
            "Crown Prince",
            "Crown Princess",
            "Crown Princess",
            "Crown Prince",
            "Emperor",
            "Empress",
            "Empress",
            "Emperor");

    private Offices() {}

    /** Whether two titles are one office for holders of the other sex ("King" and "Queen"). */
    static boolean otherSex(String title, String other) {
        return other.equals(OTHER_SEX.get(title));
    }

    static Kind kind(String title) {
        String plain = title.replaceFirst("^(?:acting|interim|caretaker) ", "");
        if (HEADS.contains(plain)
                || EXCLUSIVE.contains(plain)
                || plain.equals("Deputy Prime Minister")
                || plain.equals("First Deputy Prime Minister")) {
            return Kind.HEAD;
        }
        if (ORGANISATION_TITLES.contains(plain)) {
            return Kind.ORGANISATION; // "Executive Secretary" of a commission, not a minister
        }
        if (plain.contains("Minister")
                || plain.contains("Secretary of State")
                || plain.endsWith("Secretary") && !plain.startsWith("Press")
                || plain.equals("National Security Adviser")) {
            return Kind.MINISTER;
        }
        if (ORGANISATION_TITLES.contains(plain)) {
            return Kind.ORGANISATION;
        }
        return Kind.OTHER;
    }

    /** Countries whose President heads the government, with no Prime Minister: no-prime-minister.txt. */
    private static final Set<String> NO_PRIME_MINISTER = Set.copyOf(WordLists.read("no-prime-minister.txt"));

    /** Titles of a Prime Minister's government that a country without one does not have. */
    private static final Set<String> PARLIAMENTARY =
            Set.of("Prime Minister", "Deputy Prime Minister", "First Deputy Prime Minister", "Chancellor");

    /** Titles of one system's office ("Supreme Leader"): offered for another office, they give the answer away. */
    private static final Set<String> ONE_SYSTEM = Set.of("Supreme Leader");

    /**
     * Whether a title is one the place's system has not, or one system alone has: "Prime Minister" for Brazil's
     * President, "Supreme Leader" for Bahrain's King. Such a wrong title is eliminated at a glance.
     */
    static boolean foreignTo(String title, String place) {
        return ONE_SYSTEM.contains(title) || NO_PRIME_MINISTER.contains(place) && PARLIAMENTARY.contains(title);
    }

    /**
     * The title a false statement may give instead: the other head of a country ("Prime Minister" for a President),
     * its Foreign Minister where it has no Prime Minister (Mexico has no Vice President either).
     */
    static java.util.Optional<String> rival(String title, String place) {
        return rival(title).map(r -> foreignTo(r, place) ? "Foreign Minister" : r);
    }

    /** Whether a place's President heads its government, with no Prime Minister beside: no-prime-minister.txt. */
    static boolean presidential(String place) {
        return NO_PRIME_MINISTER.contains(place);
    }

    /** The title a false statement may give instead: the other head of a country ("Prime Minister" for a President). */
    static java.util.Optional<String> rival(String title) {
        return switch (title) {
            case "President", "acting President", "interim President", "Chancellor" ->
                java.util.Optional.of("Prime Minister");
            case "Prime Minister", "acting Prime Minister" -> java.util.Optional.of("President");
            default -> java.util.Optional.empty();
        };
    }

    /** A title held at another time than the fact's date: "former President", "outgoing Chairman", "President-elect". */
    private static final java.util.regex.Pattern NOT_NOW = java.util.regex.Pattern.compile(
            "^(?:former|ex-|outgoing|incoming|then)\\b.*|.*-elect$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether a question may be written on this title, or offer it as a wrong choice. Not on one held at
     * another time: "who was the former President of Iran?" has several right answers, and "as of July
     * 2024" the President-elect was not yet President. Not on "leader", which any head of state or party is,
     * and which names no office.
     */
    static boolean askable(String title) {
        return !NOT_AN_OFFICE.contains(title) && !NOT_NOW.matcher(title).matches() && !standIn(title);
    }

    /**
     * Someone standing in for an office below a country's head ("acting Permanent Representative to the UN"): the
     * fourth review found it too minor to ask. An acting President or Prime Minister leads a country and is asked.
     */
    private static boolean standIn(String title) {
        return title.matches("^(?:acting|interim|caretaker) .*") && kind(title) != Kind.HEAD;
    }

    /**
     * Words the articles use for a role that name no office a student could be asked: any head of state is a
     * "leader" and a "head of state" (so offered beside "President" it is a second true answer), a foreign minister
     * a "top diplomat", and a "senior fellow" holds a post at a think tank, not in the country the fact names.
     */
    private static final Set<String> NOT_AN_OFFICE =
            Set.of("leader", "top diplomat", "head", "head of state", "head of government", "senior fellow", "fellow");

    /** Titles of a monarchy's ruler or heir, or a ruler not elected: offered for a President they give the answer away. */
    private static final Set<String> HEREDITARY =
            Set.of("King", "Queen", "Crown Prince", "Emir", "Sultan", "Ruler", "Supreme Leader");

    static boolean hereditary(String title) {
        return HEREDITARY.contains(title);
    }

    /**
     * Whether two titles name one role written for a man, a woman or either: "spokesman", "spokeswoman" and
     * "spokesperson"; "Chairman" and "Chairperson". One is never a wrong choice beside the other.
     */
    static boolean sameRole(String a, String b) {
        return neutral(a).equalsIgnoreCase(neutral(b));
    }

    private static String neutral(String title) {
        return title.replaceAll("(?i)(spokes|chair)(?:man|woman|person)\\b", "$1");
    }

    static boolean exclusive(String title) {
        return EXCLUSIVE.contains(title);
    }

    /**
     * Titles many hold at once in one place that say what someone is more than which office they hold: "Slovak diplomat
     * Jane Doe", "a Ugandan envoy", "Portuguese ambassador John Roe". A question never asks who "the" one is.
     */
    private static final Set<String> MANY_AT_ONCE = Set.of("diplomat", "envoy", "special envoy", "Ambassador");

    /** Whether many people hold this title in one place at once, so that nobody is "the" one. */
    static boolean manyAtOnce(String title) {
        return MANY_AT_ONCE.contains(title);
    }

    /** Whether one person at a time holds this title in one place. */
    static boolean single(String title) {
        return !SHARED.contains(title);
    }

    static boolean heads(String title) {
        return HEADS.contains(title);
    }
}
