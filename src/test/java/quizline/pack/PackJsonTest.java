package quizline.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared mapper refuses what Jackson's defaults would quietly accept. */
class PackJsonTest {
    private final ObjectMapper mapper = PackJson.mapper();

    private static final String SOURCE = "{\"article\": \"a.txt\", \"start\": %s, \"end\": 10}";

    @Test
    void refusesCoercionsAndDuplicates() {
        assertThrows(JsonProcessingException.class, () -> mapper.readValue(SOURCE.formatted("\"1\""), SourceRef.class));
        assertThrows(JsonProcessingException.class, () -> mapper.readValue(SOURCE.formatted("1.7"), SourceRef.class));
        assertThrows(
                JsonProcessingException.class,
                () -> mapper.readValue(
                        "{\"article\": \"a.txt\", \"article\": \"b.txt\", \"start\": 1, \"end\": 10}",
                        SourceRef.class));
        assertThrows(
                JsonProcessingException.class,
                () -> mapper.readValue("{\"article\": \"a.txt\", \"end\": 10}", SourceRef.class));
        assertThrows(
                JsonProcessingException.class, () -> mapper.readValue(SOURCE.formatted("1") + " {}", SourceRef.class));
        assertThrows(
                JsonProcessingException.class,
                () -> mapper.readValue("{\"article\": 5, \"start\": 1, \"end\": 10}", SourceRef.class));
        assertEquals(new SourceRef("a.txt", 1, 10), assertDoesNotThrow(SOURCE.formatted("1")));
    }

    @Test
    void readsQuestionsByTheirTypeName() throws JsonProcessingException {
        Question q = mapper.readValue(
                "{\"type\": \"truefalse\", \"id\": \"t\", \"prompt\": \"p\", \"answer\": true,"
                        + " \"tags\": null, \"explanation\": null, \"source\": null, \"status\": null,"
                        + " \"asOf\": null, \"fact\": null}",
                Question.class);
        assertEquals(new Question.TrueFalse("t", "p", true, List.of(), null, null, null), q);
    }

    private SourceRef assertDoesNotThrow(String json) {
        try {
            return mapper.readValue(json, SourceRef.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void wholeNumbersAreWrittenAsAuthorsWriteThem() {
        Question.Numeric year = new Question.Numeric("y", "Year?", 2001, 0.0, null, null, null, null);
        Question.Numeric share = new Question.Numeric("s", "Share?", 0.25, 0.5, null, null, null, null);
        String json = PackJson.write(List.of(year, share));
        assertEquals(true, json.contains("\"answer\": 2001,") && json.contains("\"tolerance\": 0"), json);
        assertEquals(true, json.contains("\"answer\": 0.25,") && json.contains("\"tolerance\": 0.5"), json);
    }
}
