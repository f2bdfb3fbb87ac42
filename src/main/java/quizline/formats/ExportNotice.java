package quizline.formats;

import java.util.ArrayList;
import java.util.List;
import quizline.text.Counted;

/**
 * Something of a pack that a format cannot carry, said when exporting so it is never lost silently.
 *
 * @param question the index of the question in the pack, or {@link #PACK} for the pack itself
 */
public record ExportNotice(int question, String message) {
    public static final int PACK = -1;

    public boolean aboutPack() {
        return question == PACK;
    }

    /** A notice about one question, named by its id. */
    static ExportNotice about(int index, quizline.pack.Question q, String message) {
        return new ExportNotice(index, "question \"" + q.id() + "\": " + message);
    }

    /**
     * What a format loses of the pack itself: the header fields it has no place for (the fixed
     * {@code lost} ones, plus description and sources when there are any) and the conflicts.
     */
    static List<ExportNotice> packLosses(quizline.pack.Pack pack, List<String> lost, String format, String hint) {
        List<String> fields = new ArrayList<>(lost);
        if (pack.description() != null) {
            fields.add("description");
        }
        if (!pack.sources().isEmpty()) {
            fields.add(Counted.of(pack.sources().size(), "source"));
        }
        String listed =
                String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1);
        List<ExportNotice> notices = new ArrayList<>();
        notices.add(new ExportNotice(PACK, format + " has no place for the pack's " + listed + " (" + hint + ")"));
        if (!pack.conflicts().isEmpty()) {
            notices.add(new ExportNotice(
                    PACK,
                    "the pack's " + Counted.of(pack.conflicts().size(), "conflict")
                            + (pack.conflicts().size() == 1 ? " is" : " are") + " not exported"));
        }
        return notices;
    }
}
