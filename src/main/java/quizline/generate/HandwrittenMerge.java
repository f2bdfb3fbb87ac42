package quizline.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import quizline.pack.Conflict;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.Source;

/**
 * A generated pack joined with a hand-written one: the hand-written questions first (students meet them in that
 * order), then the generated ones. The hand-written pack's header (schema, description, version, outlets and
 * titles of sources) is what the author keeps by hand, so it wins over what generation could know.
 */
public final class HandwrittenMerge {
    private HandwrittenMerge() {}

    /** @throws DraftRefused naming the question ids both packs use */
    public static Pack merge(Pack generated, Pack handwritten, String title) {
        Set<String> handwrittenIds =
                handwritten.questions().stream().map(Question::id).collect(Collectors.toSet());
        Set<String> clashes = generated.questions().stream()
                .map(Question::id)
                .filter(handwrittenIds::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!clashes.isEmpty()) {
            throw new DraftRefused(
                    "question ids in both the generated and the added pack: " + String.join(", ", clashes));
        }
        List<Question> questions = new ArrayList<>(handwritten.questions());
        questions.addAll(generated.questions());
        List<Conflict> conflicts = new ArrayList<>(handwritten.conflicts());
        conflicts.addAll(generated.conflicts());
        return new Pack(
                handwritten.schema(),
                generated.format(),
                generated.id(),
                title,
                handwritten.version(),
                generated.asOf(),
                handwritten.description(),
                sources(generated, handwritten),
                questions,
                conflicts,
                generated.doubts());
    }

    private static List<Source> sources(Pack generated, Pack handwritten) {
        Map<String, Source> byArticle = new TreeMap<>();
        handwritten.sources().forEach(s -> byArticle.put(s.article(), s));
        List<Source> sources = new ArrayList<>();
        for (Source g : generated.sources()) {
            Source h = byArticle.remove(g.article());
            sources.add(
                    h == null
                            ? g
                            : new Source(
                                    g.article(),
                                    h.outlet(),
                                    h.published() != null ? h.published() : g.published(),
                                    h.title()));
        }
        // Articles only hand-written questions cite stay listed, in the hand-written pack's order.
        handwritten.sources().stream()
                .filter(s -> byArticle.containsKey(s.article()))
                .forEach(sources::add);
        return sources;
    }
}
