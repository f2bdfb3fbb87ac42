package quizline.generate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What the author says about the draft: its id and title, and the date its facts hold on when not the articles'. */
public record DraftSpec(String id, String title, Optional<LocalDate> asOf) {
    public DraftSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        asOf = asOf == null ? Optional.empty() : asOf;
    }
}
