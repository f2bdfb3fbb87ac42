package quizline.facts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article to read: its file name (facts cite it), its text and, when known, the date it was
 * published, against which "on Thursday" or "last month" are resolved.
 */
public record Article(String name, String text, Optional<LocalDate> publishedDate) {
    public Article {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        publishedDate = publishedDate == null ? Optional.empty() : publishedDate;
    }

    public static Article undated(String name, String text) {
        return new Article(name, text, Optional.empty());
    }
}
