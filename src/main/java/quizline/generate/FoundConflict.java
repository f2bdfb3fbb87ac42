package quizline.generate;

import java.util.List;
import quizline.pack.Conflict;

/** A disagreement between sentences and the topics of the questions it holds back. */
record FoundConflict(String id, String about, List<String> topics, List<Conflict.Claim> values) {
    FoundConflict {
        topics = List.copyOf(topics);
        values = List.copyOf(values);
    }

    FoundConflict(String id, String about, String topic, List<Conflict.Claim> values) {
        this(id, about, List.of(topic), values);
    }
}
