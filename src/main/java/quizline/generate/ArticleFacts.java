package quizline.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import quizline.facts.Fact;
import quizline.facts.FactExtractor;

/** An article's file name, its publication date when known, and the facts drawn from it. */
public record ArticleFacts(String article, Optional<LocalDate> published, List<Fact> facts) {
    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        published = published == null ? Optional.empty() : published;
        facts = List.copyOf(facts);
    }

    public static ArticleFacts of(FactExtractor.Reading reading) {
        return new ArticleFacts(reading.article().name(), reading.article().publishedDate(), reading.facts());
    }
}
