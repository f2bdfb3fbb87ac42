package quizline.pack;

import java.util.List;

/**
 * Two or more sources disagree about one thing (a founding year, a title, a spelling).
 * Drafts list conflicts until an author settles them; {@code resolved} holds the chosen value.
 */
public record Conflict(
        String id,
        String about,
        List<Claim> values,
        @OptionalField List<String> questions,
        @OptionalField String resolved) {
    public Conflict {
        values = Lists.copy(values);
        questions = Lists.copy(questions);
    }

    /** One value and the sentence that states it. */
    public record Claim(String value, SourceRef source) {}
}
