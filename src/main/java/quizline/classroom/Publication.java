package quizline.classroom;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import quizline.pack.Answers;
import quizline.pack.Pack;
import quizline.pack.Question;

/**
 * What publishing a pack to a class does, decided from the version the class has (if any) and the one offered: pure.
 * A newer version replaces the one published; the same content again changes nothing; an older version, or the same
 * version with other content, is refused unless forced, since students would silently go back or two different packs
 * would carry one version number.
 */
public final class Publication {
    private Publication() {}

    /** How the pack offered stands against the one published. */
    public enum Outcome {
        /** No pack of this id is published yet. */
        FIRST,
        /** A higher version than the one published. */
        NEWER,
        /** The same pack (same content, whatever the layout of its file): nothing to do. */
        SAME,
        /** A lower version than the one published. */
        OLDER,
        /** The same version number with other content. */
        SAME_VERSION_CHANGED;

        /** Whether the class's copy is written: always for a first or newer pack, with --force for the refused ones. */
        public boolean writes(boolean force) {
            return switch (this) {
                case FIRST, NEWER -> true;
                case SAME -> false;
                case OLDER, SAME_VERSION_CHANGED -> force;
            };
        }
    }

    public static Outcome decide(Optional<Pack> published, Pack offered) {
        if (published.isEmpty()) {
            return Outcome.FIRST;
        }
        Pack current = published.get();
        if (current.equals(offered)) {
            return Outcome.SAME;
        }
        if (offered.version() > current.version()) {
            return Outcome.NEWER;
        }
        return offered.version() < current.version() ? Outcome.OLDER : Outcome.SAME_VERSION_CHANGED;
    }

    /**
     * What changes for students between two versions, by the rules of pack changes (progress keyed by pack id and
     * question id): questions added (new to everyone), removed (their history kept), and those whose keyed answer
     * changed (their progress starts again at the next session). A reworded question keeps its progress and is not
     * listed.
     */
    public record Changes(List<String> added, List<String> removed, List<String> answerChanged) {
        public Changes {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            answerChanged = List.copyOf(answerChanged);
        }

        public static Changes between(Pack before, Pack after) {
            Map<String, Question> old = byId(before);
            Map<String, Question> next = byId(after);
            return new Changes(
                    after.questions().stream()
                            .map(Question::id)
                            .filter(id -> !old.containsKey(id))
                            .toList(),
                    before.questions().stream()
                            .map(Question::id)
                            .filter(id -> !next.containsKey(id))
                            .toList(),
                    after.questions().stream()
                            .filter(q -> old.containsKey(q.id()))
                            .filter(q -> !Answers.keyHash(q).equals(Answers.keyHash(old.get(q.id()))))
                            .map(Question::id)
                            .toList());
        }

        private static Map<String, Question> byId(Pack pack) {
            return pack.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        }
    }
}
