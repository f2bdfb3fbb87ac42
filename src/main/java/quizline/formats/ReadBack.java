package quizline.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import quizline.pack.Question;

/**
 * A writer's self-check: its own output read back, and a notice for each question that would
 * not return as it was written. Catches losses no one foresaw, not only the known ones.
 */
final class ReadBack {
    private ReadBack() {}

    /**
     * @param format   the format's name as notices say it ("GIFT", "Anki text")
     * @param reasonOf for a question that did not come back at all, ": why" from the reader's
     *                 notices, or ""
     */
    static List<ExportNotice> compare(
            Imported back,
            String format,
            Map<String, Integer> indexById,
            Map<String, Question> expected,
            Function<String, String> reasonOf) {
        Map<String, Question> returned = new HashMap<>();
        back.questions().forEach(q -> returned.put(q.question().id(), q.question()));
        List<ExportNotice> notices = new ArrayList<>();
        expected.forEach((id, want) -> {
            Question got = returned.get(id);
            int index = indexById.get(id);
            if (got == null) {
                notices.add(ExportNotice.about(index, want, "does not come back from " + format + reasonOf.apply(id)));
            } else if (!got.equals(want)) {
                List<String> fields = Questions.differences(want, got);
                notices.add(ExportNotice.about(
                        index,
                        want,
                        fields.contains("type")
                                ? "comes back from " + format + " as a " + got.type() + " question"
                                : "comes back from " + format + " with a different " + String.join(", ", fields)));
            }
        });
        return notices;
    }
}
