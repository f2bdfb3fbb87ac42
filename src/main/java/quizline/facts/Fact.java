package quizline.facts;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One fact with its source: {@code quote} is the sentence that states it, characters
 * [start, end) of the article's text.
 */
public record Fact(FactKind kind, String subject, String relation, String object,
        SortedMap<String, String> qualifiers, String article, int start, int end, String quote) {
    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start || end - start != quote.length()) {
            throw new IllegalArgumentException("quote does not fit [" + start + ", " + end + ")");
        }
        qualifiers = Collections.unmodifiableSortedMap(new TreeMap<>(qualifiers == null ? Collections.emptySortedMap() : qualifiers));
    }
}
