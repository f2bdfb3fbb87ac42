package quizline.browse;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jline.utils.Levenshtein;
import quizline.io.UserError;
import quizline.store.CardKey;

/**
 * A question named on the command line: {@code PACK/ID} as the lists show it, or a bare question id when only one
 * pack has it. An id that is ambiguous or names nothing is refused in one line, with the candidates or the ids
 * nearest to it.
 */
public final class CardIds {
    private static final int NEAREST = 3;

    private CardIds() {}

    /** The key {@code given} names among {@code known} (the questions of the packs loaded, and any with progress). */
    public static CardKey resolve(String given, Collection<CardKey> known) {
        int slash = given.indexOf('/');
        if (slash > 0 && slash < given.length() - 1) {
            CardKey key = new CardKey(given.substring(0, slash), given.substring(slash + 1));
            if (known.contains(key)) {
                return key;
            }
            throw unknown(given, known, CardKey::toString);
        }
        List<CardKey> matches = known.stream()
                .filter(k -> k.questionId().equals(given))
                .sorted(ORDER)
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new UserError("question id \"" + given + "\" is in more than one pack: "
                    + String.join(", ", matches.stream().map(CardKey::toString).toList())
                    + "; name one as PACK/ID");
        }
        throw unknown(given, known, CardKey::questionId);
    }

    private static final Comparator<CardKey> ORDER = Comparator.comparing(CardKey::toString);

    /** No such question: the few known ids nearest to what was typed (by edit distance), as PACK/ID. */
    private static UserError unknown(
            String given, Collection<CardKey> known, java.util.function.Function<CardKey, String> compared) {
        List<CardKey> nearest = known.stream()
                .sorted(Comparator.<CardKey>comparingInt(k -> Levenshtein.distance(given, compared.apply(k)))
                        .thenComparing(ORDER))
                .limit(NEAREST)
                .toList();
        return new UserError("no question \"" + given + "\""
                + (nearest.isEmpty()
                        ? " (no packs loaded)"
                        : " (nearest: "
                                + String.join(
                                        ", ",
                                        nearest.stream().map(CardKey::toString).toList())
                                + "; quizline list shows them all)"));
    }
}
