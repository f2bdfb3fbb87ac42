package quizline.facts;

import java.util.Locale;

/** The four kinds of fact the extractor draws from articles. */
public enum FactKind {
    /** A person holds a title in a country or organisation. */
    POSITION,
    /** A country (or organisation) belongs to, joined, founded or observes an organisation. */
    MEMBER,
    /** An event (a summit) was held in a city. */
    HOST,
    /** An event happened on a date or in a year. */
    DATE;

    /** The name used in JSON and gold files: the constant in lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactKind fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
