package quizline.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Packs combined into one: the first pack's id, title and version, the earliest asOf, and every source, question and
 * conflict. A question id (or source, or conflict) in two packs is kept once when both are the same; when they
 * differ, that is a clash, and no pack is made.
 */
public final class PackMerge {
    private PackMerge() {}

    /**
     * The merged pack, or the clashes that kept it from being made.
     *
     * @param pack the merged pack; null when there are clashes
     * @param clashes one line a clash, {@code file:line:col: question id "q1" is also at file:line:col, and the two
     *     differ}
     * @param keptOnce how many questions were found twice, alike, and kept once
     */
    public record Merged(Pack pack, List<String> clashes, int keptOnce) {
        public boolean ok() {
            return clashes.isEmpty();
        }
    }

    /** Where something kept in the merge came from, for clash messages. */
    private record Origin<T>(T value, String at) {}

    /** Merges {@code packs}, the first one leading. */
    public static Merged merge(List<PackFile> packs) {
        List<String> clashes = new ArrayList<>();
        Map<String, Origin<Source>> sources = new LinkedHashMap<>();
        Map<String, Origin<Question>> questions = new LinkedHashMap<>();
        Map<String, Origin<Conflict>> conflicts = new LinkedHashMap<>();
        int keptOnce = 0;
        LocalDate asOf = packs.get(0).pack().asOf();
        for (PackFile file : packs) {
            Pack pack = file.pack();
            for (int i = 0; i < pack.sources().size(); i++) {
                Source s = pack.sources().get(i);
                add(
                        sources,
                        s.article(),
                        s,
                        file.at("/sources/" + i + "/article"),
                        "source \"" + s.article() + "\"",
                        clashes);
            }
            int added = 0;
            for (int i = 0; i < pack.questions().size(); i++) {
                Question q = pack.questions().get(i);
                if (add(
                        questions,
                        q.id(),
                        q,
                        file.at("/questions/" + i + "/id"),
                        "question id \"" + q.id() + "\"",
                        clashes)) {
                    added++;
                }
            }
            keptOnce += pack.questions().size() - added;
            for (int i = 0; i < pack.conflicts().size(); i++) {
                Conflict c = pack.conflicts().get(i);
                add(conflicts, c.id(), c, file.at("/conflicts/" + i + "/id"), "conflict \"" + c.id() + "\"", clashes);
            }
            asOf = pack.asOf().isBefore(asOf) ? pack.asOf() : asOf;
        }
        if (!clashes.isEmpty()) {
            return new Merged(null, List.copyOf(clashes), keptOnce);
        }
        Pack first = packs.get(0).pack();
        // Drafts merged keep their doubtful facts, for the questions kept
        Set<String> facts = values(questions).stream()
                .map(Question::fact)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Doubt> doubts = packs.stream()
                .flatMap(p -> p.pack().doubts().stream())
                .filter(d -> facts.contains(d.fact()))
                .distinct()
                .toList();
        Pack merged = new Pack(
                first.schema(),
                first.format(),
                first.id(),
                first.title(),
                first.version(),
                asOf,
                first.description(),
                values(sources),
                values(questions),
                values(conflicts),
                doubts);
        return new Merged(merged, List.of(), keptOnce);
    }

    /** @return whether the value was added, rather than found already (alike, or clashing) */
    private static <T> boolean add(
            Map<String, Origin<T>> kept, String key, T value, String at, String what, List<String> clashes) {
        Origin<T> earlier = kept.get(key);
        if (earlier == null) {
            kept.put(key, new Origin<>(value, at));
            return true;
        }
        if (!earlier.value().equals(value)) {
            clashes.add(at + ": " + what + " is also at " + earlier.at() + ", and the two differ");
        }
        return false;
    }

    private static <T> List<T> values(Map<String, Origin<T>> kept) {
        return kept.values().stream().map(Origin::value).toList();
    }
}
