package quizline.generate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import quizline.facts.Gazetteer;

/** How names, titles, events and relations read inside a question written from a fact. */
final class Wording {
    private static final List<String> DEFINITE_WORDS = WordLists.read("definite-words.txt");
    /** Organisations named by an acronym read as a word, which takes no article: "NATO", "ASEAN", not "the EU". */
    private static final List<String> BARE_NAMES = WordLists.read("bare-names.txt");

    private static final Pattern STARTS_WITH_YEAR = Pattern.compile("^\\d{4}\\b.*");
    /** "founding of X", "accession of X to Y", "candidacy of X for Y": lower-case words name the event, so "Association of …" stays whole. */
    private static final Pattern EVENT_OF_PLACE =
            Pattern.compile("^(\\p{Ll}+(?: \\p{Ll}+)*) of (.+?)(?: (to|for) (.+))?$");
    /** "2024 33rd Arab League summit", "2023 LXII Mercosur summit": the ordinal names the event, the year only stacks on it. */
    private static final Pattern YEAR_THEN_ORDINAL = Pattern.compile("^\\d{4} ((?:\\d+(?:st|nd|rd|th)|[IVXLC]+) .+)$");

    /** "is a founding member of" and its like: the statement a membership fact makes. */
    private static final Map<String, String> MEMBERSHIP_PHRASES = Map.of(
            "founding member", "is a founding member of",
            "member", "is a member of",
            "joined", "has joined",
            "observer", "is an observer of",
            "dialogue partner", "is a dialogue partner of",
            "prospective member", "is a prospective member of",
            "suspended member", "is a suspended member of",
            "partner", "is a partner country of",
            "candidate", "is a candidate for membership of",
            "associate member", "is an associate member of");

    private static final java.time.format.DateTimeFormatter MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", java.util.Locale.ENGLISH);

    private Wording() {}

    /** "As of July 2024, ": a question on what can go stale names the date its fact was true; "" when unknown. */
    static String asOf(java.util.Optional<java.time.LocalDate> date) {
        return date.map(d -> "As of " + MONTH.format(d) + ", ").orElse("");
    }

    /** A membership statement, in the past when it is dated: "was a member of". */
    static String membership(String relation, boolean dated) {
        String now = membership(relation);
        return dated ? now.replaceFirst("^is ", "was ").replaceFirst("^has ", "had ") : now;
    }

    /** Full membership, as a lesser tie is judged against: "was a full member of" ("a member" may take in associates). */
    static String fullMembership(boolean dated) {
        return membership("member", dated).replaceFirst(" a member", " a full member");
    }

    /** A country or organisation as it reads after "of" or "in": "China", "the United Nations". */
    static String place(String name) {
        if (name.startsWith("the ")) {
            return name;
        }
        Gazetteer gazetteer = Gazetteer.get();
        if (gazetteer.country(name).isEmpty() && !gazetteer.territory(name)) {
            // organisations, and anything the data files do not call a country; an acronym read as a word takes none
            return BARE_NAMES.contains(name) ? name : "the " + name;
        }
        for (String word : name.split(" ")) {
            if (DEFINITE_WORDS.contains(word)) {
                return "the " + name;
            }
        }
        return name;
    }

    /** An event as the subject of a sentence: "the 2024 G20 summit", "the founding of the African Union". */
    static String event(String subject) {
        var ordinal = YEAR_THEN_ORDINAL.matcher(subject);
        if (ordinal.matches()) {
            return "the " + ordinal.group(1);
        }
        if (STARTS_WITH_YEAR.matcher(subject).matches()) {
            return "the " + subject;
        }
        var ofPlace = EVENT_OF_PLACE.matcher(subject);
        if (ofPlace.matches()) {
            // "the accession of Finland to NATO": each place takes its own article
            return "the " + ofPlace.group(1) + " of " + place(ofPlace.group(2))
                    + (ofPlace.group(3) == null ? "" : " " + ofPlace.group(3) + " " + place(ofPlace.group(4)));
        }
        return "the " + subject;
    }

    /**
     * Events the extractor names after what a country or organisation did, with the sentence an instructor writes for
     * each: "accession of Finland to NATO" is "Finland joined NATO", never "the accession ... took place".
     */
    private enum Deed {
        FOUNDING("^founding of (.+)$", "%s was founded", "In what year was %s founded?"),
        ACCESSION("^accession of (.+) to (.+)$", "%s joined %s", "In what year did %s join %s?"),
        APPLICATION("^application of (.+) to (.+)$", "%s applied to join %s", "In what year did %s apply to join %s?"),
        INVITATION(
                "^invitation of (.+) to (.+)$", "%s was invited to join %s", "In what year was %s invited to join %s?"),
        CANDIDACY(
                "^candidacy of (.+) for (.+)$",
                "%s was granted candidate status for %s",
                "In what year was %s granted candidate status for %s?");

        private final Pattern subject;
        private final String statement;
        private final String question;

        Deed(String subject, String statement, String question) {
            this.subject = Pattern.compile(subject);
            this.statement = statement;
            this.question = question;
        }

        /** The statement or question with the event's places, each with its own article; empty for other events. */
        static Optional<String> of(String subject, java.util.function.Function<Deed, String> form) {
            for (Deed deed : values()) {
                var m = deed.subject.matcher(subject);
                if (m.matches()) {
                    Object[] places = new Object[m.groupCount()];
                    for (int i = 0; i < places.length; i++) {
                        places[i] = place(m.group(i + 1));
                    }
                    return Optional.of(String.format(java.util.Locale.ROOT, form.apply(deed), places));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A sentence, not capitalised, saying when an event happened, {@code when} being "in 2002" or "on 18 November
     * 2024": "the African Union was founded in 2002", "Finland joined NATO in 2023", "the 2024 G20 summit took place
     * on 18 November 2024". An instructor writes what happened, not "the founding of the African Union took place".
     */
    static String happened(String subject, String when) {
        return Deed.of(subject, deed -> deed.statement)
                .map(done -> done + " " + when)
                // A summit is dated by its first day (docs/extraction.md): "began on" is true of a two-day summit too
                .orElseGet(() -> event(subject) + (when.startsWith("on ") ? " began " : " took place ") + when);
    }

    /** The question asking an event's year: "In what year was the African Union founded?". */
    static String yearQuestion(String subject) {
        return Deed.of(subject, deed -> deed.question)
                .orElseGet(() -> "In what year did " + event(subject) + " take place?");
    }

    /** A title with the office it serves, when the fact names one: "spokesman for the President". */
    static String title(String title, Map<String, String> qualifiers) {
        String office = qualifiers.get("for");
        return office == null ? title : title + " for the " + office;
    }

    static String membership(String relation) {
        return MEMBERSHIP_PHRASES.getOrDefault(relation, "is a " + relation + " of");
    }

    /** "As of July 2024, …" after "True or false: " reads "as of July 2024, …"; a name keeps its capital. */
    static String lowerFirst(String sentence) {
        return sentence.startsWith("As of ") ? "a" + sentence.substring(1) : sentence;
    }

    static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
