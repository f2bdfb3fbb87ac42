package quizline.formats;

import java.util.List;
import quizline.pack.Question;

/** Short constructors for expected questions: no source, no status. */
final class Q {
    private Q() {}

    static Question.Choice choice(
            String id, String prompt, List<String> choices, int answer, List<String> tags, String explanation) {
        return new Question.Choice(id, prompt, choices, answer, tags, explanation, null, null);
    }

    static Question.Multi multi(
            String id,
            String prompt,
            List<String> choices,
            List<Integer> answer,
            List<String> tags,
            String explanation) {
        return new Question.Multi(id, prompt, choices, answer, tags, explanation, null, null);
    }

    static Question.Short shortAnswer(
            String id, String prompt, String answer, List<String> accept, List<String> tags, String explanation) {
        return new Question.Short(id, prompt, answer, accept, tags, explanation, null, null);
    }

    static Question.TrueFalse trueFalse(
            String id, String prompt, boolean answer, List<String> tags, String explanation) {
        return new Question.TrueFalse(id, prompt, answer, tags, explanation, null, null);
    }

    static Question.Numeric numeric(
            String id, String prompt, double answer, Double tolerance, List<String> tags, String explanation) {
        return new Question.Numeric(id, prompt, answer, tolerance, tags, explanation, null, null);
    }

    static Question.Cloze cloze(String id, String prompt, List<String> tags, String explanation) {
        return new Question.Cloze(id, prompt, tags, explanation, null, null);
    }
}
