package quizline.generate;

import java.time.LocalDate;
import java.util.Set;
import quizline.pack.Question;

/**
 * A question written from a fact and the things it is about ("the title of a person in a country", "the date of an
 * event"): a conflict about one of them makes the question wait for the author.
 */
record Generated(Question question, Set<String> topics) {
    Generated {
        topics = Set.copyOf(topics);
    }

    /** The question carrying its fact's own date: a 2023 office-holder stays "as of 2023" in a 2024 pack. */
    Generated dated(LocalDate factDate) {
        return new Generated(question.withFact(factDate, question.fact()), topics);
    }
}
