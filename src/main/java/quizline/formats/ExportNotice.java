package quizline.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.text.Counted;

/**
 * Something of a pack that a format cannot carry, said when exporting so it is never lost silently.
 *
 * @param question the index of the question in the pack, or {@link #PACK} for the pack itself
 * @param kind     for a loss many questions can share (their sources, their status), what it is said of them
 *                 all: {@link #perKind} makes one notice of them, with their count; null for a notice of its own
 */
public record ExportNotice(int question, String message, String questionId, String kind) {
    public static final int PACK = -1;

    /** How many question ids a notice for many questions names before "…". */
    private static final int IDS_NAMED = 3;

    public ExportNotice(int question, String message) {
        this(question, message, null, null);
    }

    public boolean aboutPack() {
        return question == PACK;
    }

    /** A notice about one question, named by its id. */
    static ExportNotice about(int index, Question q, String message) {
        return of(index, q, message, null);
    }

    /**
     * A loss of one kind: said of this question alone when no other has it, else once for all of them.
     *
     * @param kind what all the questions that have it have, after "N questions": "have a source, which …"
     */
    static ExportNotice of(int index, Question q, String message, String kind) {
        return new ExportNotice(index, "question \"" + q.id() + "\": " + message, q.id(), kind);
    }

    /**
     * What every format loses of a question that it has no field for: its source and its status (the fact date
     * and key are the pack's own bookkeeping, redone when a pack is generated, and not reported).
     */
    static List<ExportNotice> questionLosses(int index, Question q, String format) {
        List<ExportNotice> notices = new ArrayList<>();
        if (q.source() != null) {
            notices.add(of(
                    index,
                    q,
                    "its source (" + q.source().article() + ", characters "
                            + q.source().start() + "–" + q.source().end() + ") does not travel in " + format,
                    "have a source, which does not travel in " + format));
        }
        if (q.status() != null) {
            notices.add(of(
                    index,
                    q,
                    "its status \"" + q.status() + "\" does not travel in " + format,
                    "have a status, which does not travel in " + format));
        }
        return notices;
    }

    /** What a format without tags loses of a question that has some. */
    static List<ExportNotice> tagLosses(int index, Question q, String format) {
        if (q.tags().isEmpty()) {
            return List.of();
        }
        return List.of(of(
                index,
                q,
                "its tags (" + String.join(", ", q.tags()) + ") do not travel in " + format,
                "have tags, which do not travel in " + format));
    }

    /**
     * The notices with those of one kind made one, said at the first question that has it: {@code 124 questions
     * ("a", "b", "c", …) have a source, which does not travel in GIFT}. A kind only one question has keeps its own
     * notice, which says more. Ordered by question, the pack's own notices first.
     */
    static List<ExportNotice> perKind(List<ExportNotice> notices) {
        Map<String, List<ExportNotice>> byKind = notices.stream()
                .filter(n -> n.kind() != null)
                .collect(Collectors.groupingBy(ExportNotice::kind, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<String>> idsByKind = new LinkedHashMap<>();
        byKind.forEach((kind, same) -> idsByKind.put(
                kind, same.stream().map(ExportNotice::questionId).distinct().toList()));
        List<ExportNotice> result = new ArrayList<>();
        for (ExportNotice notice : notices) {
            List<String> ids = notice.kind() == null ? List.of() : idsByKind.get(notice.kind());
            if (ids.size() <= 1) {
                result.add(notice);
            } else if (byKind.get(notice.kind()).get(0) == notice) {
                String named = ids.stream()
                                .limit(IDS_NAMED)
                                .map(id -> "\"" + id + "\"")
                                .collect(Collectors.joining(", "))
                        + (ids.size() > IDS_NAMED ? ", …" : "");
                result.add(new ExportNotice(
                        notice.question(),
                        Counted.of(ids.size(), "question") + " (" + named + ") " + notice.kind(),
                        notice.questionId(),
                        notice.kind()));
            }
        }
        result.sort(java.util.Comparator.comparingInt(ExportNotice::question));
        return result;
    }

    /**
     * What a format loses of the pack itself: the header fields it has no place for (the fixed {@code lost} ones,
     * plus description and sources when there are any) and the conflicts.
     */
    static List<ExportNotice> packLosses(Pack pack, List<String> lost, String format, String hint) {
        List<String> fields = new ArrayList<>(lost);
        if (pack.description() != null) {
            fields.add("description");
        }
        if (!pack.sources().isEmpty()) {
            fields.add(Counted.of(pack.sources().size(), "source"));
        }
        List<ExportNotice> notices = new ArrayList<>();
        if (!fields.isEmpty()) {
            String listed = fields.size() == 1
                    ? fields.get(0)
                    : String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1);
            notices.add(new ExportNotice(
                    PACK,
                    format + " has no place for the pack's " + listed + (hint.isEmpty() ? "" : " (" + hint + ")")));
        }
        if (!pack.conflicts().isEmpty()) {
            notices.add(new ExportNotice(
                    PACK,
                    "the pack's " + Counted.of(pack.conflicts().size(), "conflict")
                            + (pack.conflicts().size() == 1 ? " is" : " are") + " not exported"));
        }
        return notices;
    }
}
