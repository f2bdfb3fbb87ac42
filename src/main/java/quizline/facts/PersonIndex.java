package quizline.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people an article names in full, in the order it first writes them, so that a later
 * "Doe" or "Ms. Doe" resolves to the full name first written. A part shared by two different
 * full names ("Okafor" for two Okafors) resolves to nobody rather than to the wrong person.
 */
final class PersonIndex {
    /** A regnal number after a single name: "Abdullah II", "Mohammed VI". */
    private static final java.util.regex.Pattern REGNAL =
            java.util.regex.Pattern.compile("^\\p{Lu}\\p{L}+ (?:II|III|IV|VI|VII|VIII)$");

    private final List<Mention.PersonMention> fullNames = new ArrayList<>();
    private final Map<String, String> byPart = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    /** Records a name written in a sentence that is not a title-case headline. */
    void add(Mention.PersonMention person) {
        if (person.parts().size() < 2
                || fullNames.stream().anyMatch(known -> known.name().equals(person.name()))) {
            return;
        }
        if (fullNames.stream().anyMatch(known -> known.parts().containsAll(person.parts()))) {
            return; // a shorter form of a name already known
        }
        fullNames.add(person);
        for (String part : person.parts()) {
            if (part.length() < 2) {
                continue; // initials tell nobody apart
            }
            String known = byPart.putIfAbsent(part, person.name());
            if (known != null && !known.equals(person.name())) {
                ambiguous.add(part);
            }
        }
    }

    /** The full name first written for this mention, if it can be told. */
    Optional<String> resolve(Mention.PersonMention person) {
        if (person.parts().size() >= 2) {
            for (Mention.PersonMention known : fullNames) {
                if (known.parts().containsAll(person.parts())) {
                    return Optional.of(known.name());
                }
            }
            return Optional.of(person.name());
        }
        if (person.parts().size() == 1 && REGNAL.matcher(person.name()).find()) {
            return Optional.of(
                    person.name()); // "King Abdullah II": a monarch's name and number name one person in full
        }
        if (person.parts().size() == 1) {
            String part = person.parts().get(0);
            if (!ambiguous.contains(part) && byPart.containsKey(part)) {
                return Optional.of(byPart.get(part));
            }
        }
        return Optional.empty();
    }
}
