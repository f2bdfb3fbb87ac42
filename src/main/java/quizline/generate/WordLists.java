package quizline.generate;

import java.util.List;
import quizline.io.DataLines;

/** The generator's one-column data files under {@code quizline/generate/}: entries, without comments and blank lines. */
final class WordLists {
    private WordLists() {}

    static List<String> read(String name) {
        return DataLines.words("/quizline/generate/" + name);
    }
}
