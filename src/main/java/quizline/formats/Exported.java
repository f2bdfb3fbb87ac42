package quizline.formats;

import java.util.List;

/** A pack written in another format: the text, how many questions it holds, and what did not travel. */
public record Exported(String text, int questions, List<ExportNotice> notices) {
    public Exported {
        notices = List.copyOf(notices);
    }
}
