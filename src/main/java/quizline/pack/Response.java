package quizline.pack;

import java.util.List;
import java.util.Set;

/** What a student gave for a question, already read from the keyboard or a line of input. */
public sealed interface Response {
    /** A choice by its 0-based index. */
    record Pick(int index) implements Response {}

    /** Several choices by 0-based index (multi). */
    record Picks(Set<Integer> indices) implements Response {
        public Picks {
            indices = Set.copyOf(indices);
        }
    }

    /** True or false. */
    record Judgement(boolean value) implements Response {}

    /** A typed answer (short, numeric). */
    record Text(String text) implements Response {}

    /** One typed answer per blank of a cloze, in order. */
    record Blanks(List<String> texts) implements Response {
        public Blanks {
            texts = List.copyOf(texts);
        }
    }
}
