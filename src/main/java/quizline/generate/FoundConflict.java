package quizline.generate;

import java.util.List;
import quizline.pack.Conflict;

/** A disagreement between sentences and the topic of the questions it holds back. */
record FoundConflict(String id, String about, String topic, List<Conflict.Claim> values) {
    FoundConflict {
        values = List.copyOf(values);
    }
}
