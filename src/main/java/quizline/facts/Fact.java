package quizline.facts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One fact with its source: {@code quote} is the sentence that states it, characters
 * [start, end) of the article's text. {@code asOf} is the date the fact was true: its
 * article's date, when known. {@code pattern} names the rule that found it and
 * {@code confidence} (0 to 1) says how much that reading is to be trusted, so a reviewer
 * reads the doubtful ones first. Two facts are equal when they state the same thing from the
 * same sentence, whichever rule found them.
 */
public record Fact(
        FactKind kind,
        String subject,
        String relation,
        String object,
        SortedMap<String, String> qualifiers,
        String article,
        int start,
        int end,
        String quote,
        Optional<LocalDate> asOf,
        String pattern,
        double confidence) {
    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(pattern, "pattern");
        if (start < 0 || end < start || end - start != quote.length()) {
            throw new IllegalArgumentException("quote does not fit [" + start + ", " + end + ")");
        }
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside (0, 1]: " + confidence);
        }
        qualifiers = Collections.unmodifiableSortedMap(
                new TreeMap<>(qualifiers == null ? Collections.emptySortedMap() : qualifiers));
        asOf = asOf == null ? Optional.empty() : asOf;
    }

    /** A fact read by hand or made in a test: undated, found by no rule, fully trusted. */
    public Fact(
            FactKind kind,
            String subject,
            String relation,
            String object,
            SortedMap<String, String> qualifiers,
            String article,
            int start,
            int end,
            String quote) {
        this(kind, subject, relation, object, qualifiers, article, start, end, quote, Optional.empty(), "given", 1.0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fact f
                && kind == f.kind
                && subject.equals(f.subject)
                && relation.equals(f.relation)
                && object.equals(f.object)
                && qualifiers.equals(f.qualifiers)
                && article.equals(f.article)
                && start == f.start
                && end == f.end
                && asOf.equals(f.asOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, subject, relation, object, qualifiers, article, start, end, asOf);
    }
}
