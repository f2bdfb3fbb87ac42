package quizline.pack;

import java.util.Objects;

/**
 * The judgement of one typed answer.
 *
 * @param verdict how the answer was judged
 * @param accepted for RIGHT and TYPO, the pack's spelling that was matched (the canonical answer or one of its
 *     aliases), so the student can be shown it beside what they typed; for WRONG, the canonical answer, to show
 *     as the correction
 */
public record AnswerMatch(Verdict verdict, String accepted) {
    public AnswerMatch {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(accepted, "accepted");
    }
}
