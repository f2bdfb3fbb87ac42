package quizline.generate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quizline.facts.FactKind;
import quizline.pack.Question;

/**
 * "As of August 2023, how many members did BRICS have?" where an article states the count ("the five-member bloc"),
 * typed as a number, as of the fact's date: counts change as organisations grow. Not asked when two counts of one
 * organisation are given for one date (one of them is wrong, and nothing tells which).
 */
final class CountQuestions {
    private static final List<String> TAGS = List.of("members");

    /** The counts the articles give, by "organisation|date". */
    private final Map<String, Set<String>> given = new HashMap<>();

    private final Optional<LocalDate> declared;

    CountQuestions(FactBase base, Optional<LocalDate> declared) {
        this.declared = declared;
        for (KnownFact f : base.all()) {
            if (f.kind() == FactKind.COUNT) {
                given.computeIfAbsent(key(f), k -> new HashSet<>()).add(f.object());
            }
        }
    }

    private String key(KnownFact f) {
        return f.subject() + "|"
                + f.asOf().or(() -> declared).map(LocalDate::toString).orElse("");
    }

    List<FactQuestions.Candidate> of(KnownFact f, Set<String> disputed) {
        Optional<LocalDate> date = f.asOf().or(() -> declared);
        if (date.isEmpty() || given.getOrDefault(key(f), Set.of()).size() > 1) {
            return List.of();
        }
        String organisation = Wording.place(f.subject());
        String asOf = Wording.asOf(date);
        int count = Integer.parseInt(f.object());
        String statement = Wording.capitalised(asOf + organisation + " had " + count + " members.");
        Set<String> topics = Set.of(Topics.count(f.subject()));
        String status = Topics.status(topics, disputed);
        String id = Slug.id(Slug.join("count", f.subject(), f.object()), "numeric");
        Question.Numeric question = new Question.Numeric(
                id,
                Wording.capitalised(asOf + "how many members did " + organisation + " have?"),
                count,
                0.0,
                TAGS,
                statement,
                f.first(),
                status);
        return List.of(FactQuestions.Candidate.of(question, topics, "count").dated(date.get()));
    }
}
