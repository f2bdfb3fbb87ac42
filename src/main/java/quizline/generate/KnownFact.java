package quizline.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import quizline.facts.FactKind;
import quizline.pack.SourceRef;

/**
 * A fact as questions use it: people under one spelling, and every sentence that states it; {@code first} is the
 * sentence questions cite. {@code asOf} is the latest date an article stating it was true on, when known.
 */
record KnownFact(FactKind kind, String subject, String relation, String object, SortedMap<String, String> qualifiers,
        List<SourceRef> sources, Optional<LocalDate> asOf) {
    KnownFact {
        sources = List.copyOf(sources);
        asOf = asOf == null ? Optional.empty() : asOf;
    }

    SourceRef first() {
        return sources.get(0);
    }
}
