package quizline.generate;

import java.time.LocalDate;
import java.util.List;
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

    /** The questions carrying their fact's own date: a 2023 office-holder stays "as of 2023" in a 2024 pack. */
    static List<Generated> dated(List<Generated> written, LocalDate factDate) {
        return written.stream()
                .map(g -> new Generated(Question.ofFact(g.question(), factDate, g.question().fact()), g.topics()))
                .toList();
    }
}
