package quizline.formats;

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
}
