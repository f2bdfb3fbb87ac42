package quizline.cli;

import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import quizline.pack.ClozeText;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.store.CardKey;
import quizline.store.ProgressStore;

/**
 * What {@code flagged} and {@code suspended} share: questions a profile marked, each shown with its prompt from
 * the packs loaded, optionally of one pack.
 */
final class MarkedQuestions {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Map<CardKey, String> prompts = new HashMap<>();
    private final List<String> packIds;

    MarkedQuestions(PackLibrary library) {
        packIds = library.packList().stream().map(Pack::id).toList();
        for (Pack pack : library.packList()) {
            for (Question q : pack.questions()) {
                prompts.put(
                        new CardKey(pack.id(), q.id()),
                        q instanceof Question.Cloze
                                ? ClozeText.parse(q.prompt()).render(b -> "_____")
                                : q.prompt());
            }
        }
    }

    /** The question's prompt, or a word that its pack is not loaded (or no longer has it). */
    String prompt(CardKey key) {
        return Optional.ofNullable(prompts.get(key)).orElse("(not in the packs loaded)");
    }

    /** A pack named with --pack must be loaded, or have marked questions: else it is a mistake, named with the packs there are. */
    void checkPack(String packId, boolean marked) {
        if (packId != null && !marked && !packIds.contains(packId)) {
            throw new UserError("no pack with id \"" + packId + "\" (loaded: " + String.join(", ", packIds) + ")");
        }
    }

    static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    /** Reads the profile if there is one: a profile that does not exist has marked nothing, and is not created. */
    static <T> List<T> read(ProfileOptions profile, Map<String, String> env, Function<ProgressStore, List<T>> reading) {
        if (!Files.exists(profile.path(env))) {
            return List.of();
        }
        try (ProgressStore store = profile.openForReading(env)) {
            return reading.apply(store);
        }
    }
}
