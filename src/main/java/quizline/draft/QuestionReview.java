package quizline.draft;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The decision on one question and the edits made to it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record QuestionReview(Decision decision, Edits edits) {
    public QuestionReview {
        edits = edits == null ? Edits.NONE : edits;
    }
}
