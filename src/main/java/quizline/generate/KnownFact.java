package quizline.generate;

import java.util.List;
import java.util.SortedMap;
import quizline.facts.FactKind;
import quizline.pack.SourceRef;

/**
 * A fact as questions use it: people under one spelling, and every sentence that states it; {@code first} is the
 * sentence questions cite.
 */
record KnownFact(FactKind kind, String subject, String relation, String object, SortedMap<String, String> qualifiers,
        List<SourceRef> sources) {
    KnownFact {
        sources = List.copyOf(sources);
    }

    SourceRef first() {
        return sources.get(0);
    }
}
