package quizline.formats;

import java.time.LocalDate;
import java.util.List;
import quizline.pack.Pack;
import quizline.pack.PackRules;
import quizline.pack.Question;

/**
 * Whether an imported question would pass {@code quizline validate}. It asks the pack rules themselves, about a
 * one-question pack, so importers can never disagree with the validator about what a good question is.
 */
final class QuestionCheck {
    private QuestionCheck() {}

    /** The validator's messages about the question; empty when it is good. */
    static List<String> problems(Question question) {
        Pack probe = new Pack(
                null, Pack.FORMAT, "probe", "probe", 1, LocalDate.EPOCH, null, List.of(), List.of(question), List.of());
        return PackRules.check(probe);
    }
}
