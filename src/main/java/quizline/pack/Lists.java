package quizline.pack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Absent lists read as empty, and no caller can change a record's list behind its back. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        if (list instanceof PackedQuestions) {
            return list; // read from the cache, and no one can change it
        }
        // List.copyOf rejects null elements; keep them so validation can report them by position.
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
