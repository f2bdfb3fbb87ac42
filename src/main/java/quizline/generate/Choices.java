package quizline.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import quizline.pack.Question;
import quizline.pack.SourceRef;

/** The answer placed among its distractors at a position drawn from the question's id. */
record Choices(List<String> choices, int answer) {
    Choices {
        choices = List.copyOf(choices);
    }

    static Choices of(String seed, String answer, List<String> distractors) {
        List<String> all = new ArrayList<>(distractors);
        int position = new Random(seed.hashCode() * 31L + 7).nextInt(distractors.size() + 1);
        all.add(position, answer);
        return new Choices(all, position);
    }

    /** The choice question with these choices. */
    Question.Choice question(
            String id, String prompt, List<String> tags, String explanation, SourceRef source, String status) {
        return new Question.Choice(id, prompt, choices, answer, tags, explanation, source, status);
    }
}
