package quizline.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import quizline.facts.FactKind;
import quizline.pack.SourceRef;

/**
 * A fact as questions use it: people under one spelling, and every sentence that states it; {@code first} is the
 * sentence questions cite. {@code asOf} is the latest date an article stating it was true on, when known;
 * {@code confidence} and {@code rule} are those of its most trusted statement.
 */
record KnownFact(
        FactKind kind,
        String subject,
        String relation,
        String object,
        SortedMap<String, String> qualifiers,
        List<SourceRef> sources,
        Optional<LocalDate> asOf,
        double confidence,
        String rule) {
    KnownFact {
        sources = List.copyOf(sources);
        asOf = asOf == null ? Optional.empty() : asOf;
    }

    /** A fact with every statement of it read in full: what a plain sentence naming every part gives. */
    KnownFact(
            FactKind kind,
            String subject,
            String relation,
            String object,
            SortedMap<String, String> qualifiers,
            List<SourceRef> sources,
            Optional<LocalDate> asOf) {
        this(kind, subject, relation, object, qualifiers, sources, asOf, 1.0, "");
    }

    /** Whether its best reading took an inference (see {@code Facts.Found}): its questions are reviewed first. */
    boolean doubtful() {
        return confidence < PLAIN;
    }

    /** The extractor's confidence in a plain sentence that names every part of a fact. */
    static final double PLAIN = 0.9;

    SourceRef first() {
        return sources.get(0);
    }
}
