package quizline.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import quizline.facts.FactKind;
import quizline.facts.OfficeHolders;

/**
 * An office holder checked against the office-holders file: when the file knows who held the office in the fact's
 * month and names somebody else, the article or its reading is wrong (an outgoing chair read as the new one, a list
 * that gave one person his neighbour's title), and the fact's questions are reviewed first with the file's holder
 * beside them. Only for a month up to the file's own date: after it, a new holder is news the file cannot know.
 */
final class OfficeCheck {
    /** The confidence a fact the file contradicts is shown with: below any reading the extractor makes. */
    static final double CONTRADICTED = 0.1;

    private OfficeCheck() {}

    /** Who the file says held the office that month instead, when it contradicts the fact. */
    static Optional<String> contradiction(KnownFact f) {
        if (f.kind() != FactKind.POSITION || f.asOf().isEmpty()) {
            return Optional.empty();
        }
        OfficeHolders file = OfficeHolders.get();
        LocalDate day = f.asOf().get();
        if (day.isAfter(file.asOf())) {
            return Optional.empty();
        }
        List<OfficeHolders.Term> then = file.heldOn(f.object(), f.relation(), day);
        boolean named =
                then.stream().flatMap(t -> t.spellings().stream()).anyMatch(s -> People.samePerson(s, f.subject()));
        return then.isEmpty() || named
                ? Optional.empty()
                : Optional.of(then.get(0).person());
    }
}
