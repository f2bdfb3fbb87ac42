package quizline.formats;

import java.util.List;

/** A pack written in another format, and what did not travel. */
public record Exported(String text, List<ExportNotice> notices) {
    public Exported {
        notices = List.copyOf(notices);
    }
}
