package quizline.formats;

import java.util.List;

/**
 * A pack written as a zip (an Anki package, a QTI content package): its bytes, how many questions it holds, and what
 * did not travel.
 */
public record ExportedZip(byte[] bytes, int questions, List<ExportNotice> notices) {
    public ExportedZip {
        notices = List.copyOf(notices);
    }
}
