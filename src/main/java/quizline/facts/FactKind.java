package quizline.facts;

import java.util.Locale;

/**
 * The kinds of fact the extractor draws from articles: the four of the fact table `extract` prints and the scorer
 * measures, and the member counts articles state, which only question generation reads.
 */
public enum FactKind {
    /** A person holds a title in a country or organisation. */
    POSITION,
    /** A country (or organisation) belongs to, joined, founded or observes an organisation. */
    MEMBER,
    /** An event (a summit) was held in a city. */
    HOST,
    /** An event happened on a date or in a year. */
    DATE,
    /** An organisation had a number of full members ("the 10-member ASEAN"): subject, "members", the number. */
    COUNT;

    /** Whether a kind belongs to the fact table that `extract` prints (every kind but counts). */
    public boolean tabled() {
        return this != COUNT;
    }

    /** The name used in JSON and gold files: the constant in lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactKind fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
