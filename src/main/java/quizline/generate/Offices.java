package quizline.generate;

import java.util.Set;

/**
 * What kind of office a title names, for the cross-checks: an office one person holds at a time (a country has one
 * President), and the offices that head a state or a government, which nobody holds in two countries at once.
 */
final class Offices {
    /** Titles several people hold at once in one place: any country has many ambassadors and spokespeople. */
    private static final Set<String> SHARED = Set.of("Ambassador", "spokesman", "spokeswoman", "spokesperson", "senior fellow",
            "fellow", "Deputy Prime Minister", "First Deputy Prime Minister", "Deputy Secretary-General", "Governor",
            "Vice President", "Ruler", "Deputy Mayor", "High Representative");
    /** Titles that head a state or a government: one person, one country. */
    private static final Set<String> HEADS = Set.of("President", "acting President", "interim President", "Prime Minister",
            "acting Prime Minister", "Chancellor", "King", "Queen", "Emir", "Sultan", "Crown Prince", "Supreme Leader");

    /** Titles of which one person holds one in a place: nobody is both President and Prime Minister of one country. */
    private static final Set<String> EXCLUSIVE = Set.of("President", "acting President", "interim President", "Prime Minister",
            "acting Prime Minister", "Chancellor", "King", "Queen", "Emir", "Supreme Leader", "Vice President");

    /** What a title heads: a state or government, a ministry, an international body, or none (spokespeople, envoys). */
    enum Kind { HEAD, MINISTER, ORGANISATION, OTHER }

    private static final Set<String> ORGANISATION_TITLES = Set.of("Secretary-General", "Deputy Secretary-General", "Director-General",
            "Executive Secretary", "High Representative", "Chairman", "Chairperson");

    private Offices() {}

    static Kind kind(String title) {
        String plain = title.replaceFirst("^(?:acting|interim|caretaker) ", "");
        if (HEADS.contains(plain) || EXCLUSIVE.contains(plain) || plain.equals("Deputy Prime Minister")
                || plain.equals("First Deputy Prime Minister")) {
            return Kind.HEAD;
        }
        if (plain.contains("Minister") || plain.contains("Secretary of State") || plain.endsWith("Secretary") && !plain.startsWith("Press")
                || plain.equals("National Security Adviser")) {
            return Kind.MINISTER;
        }
        if (ORGANISATION_TITLES.contains(plain)) {
            return Kind.ORGANISATION;
        }
        return Kind.OTHER;
    }

    /** The title a false statement may give instead: the other head of a country ("Prime Minister" for a President). */
    static java.util.Optional<String> rival(String title) {
        return switch (title) {
            case "President", "acting President", "interim President", "Chancellor" -> java.util.Optional.of("Prime Minister");
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
        return !title.equals("leader") && !NOT_NOW.matcher(title).matches();
    }

    static boolean exclusive(String title) {
        return EXCLUSIVE.contains(title);
    }

    /** Whether one person at a time holds this title in one place. */
    static boolean single(String title) {
        return !SHARED.contains(title);
    }

    static boolean heads(String title) {
        return HEADS.contains(title);
    }
}
