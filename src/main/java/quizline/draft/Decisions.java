package quizline.draft;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * An author's review of a draft, kept beside it ({@code DRAFT.review.json}) and keyed by question
 * and conflict id: the draft can be generated again from the articles and every decision still
 * applies, since generated ids are stable. Sorted keys keep the file diff-friendly.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Decisions(
        int format, Map<String, QuestionReview> questions, Map<String, String> conflicts, String written) {
    public static final int FORMAT = 1;
    public static final Decisions EMPTY = new Decisions(FORMAT, Map.of(), Map.of());

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public Decisions {
        questions = questions == null ? Map.of() : Map.copyOf(questions);
        conflicts = conflicts == null ? Map.of() : Map.copyOf(conflicts);
    }

    public Decisions(int format, Map<String, QuestionReview> questions, Map<String, String> conflicts) {
        this(format, questions, conflicts, null);
    }

    /**
     * The review's own output: {@code written} is the SHA-256 of the pack it last wrote, so a
     * review resumed with the same {@code --out} may replace that file, and only that content.
     */
    public Decisions withWritten(String text) {
        return new Decisions(format, questions, conflicts, sha256(text));
    }

    /** True when {@code text} is what this review last wrote. */
    public boolean wrote(String text) {
        return written != null && written.equals(sha256(text));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public QuestionReview question(String id) {
        return questions.get(id);
    }

    public Decisions with(String questionId, QuestionReview review) {
        Map<String, QuestionReview> next = new TreeMap<>(questions);
        next.put(questionId, review);
        return new Decisions(format, next, conflicts, written);
    }

    public Decisions withConflict(String conflictId, String value) {
        Map<String, String> next = new TreeMap<>(conflicts);
        next.put(conflictId, value);
        return new Decisions(format, questions, next, written);
    }

    /** @throws IOException with Jackson's location when the text is not a review file */
    public static Decisions parse(String json) throws IOException {
        Decisions d = JSON.readValue(json, Decisions.class);
        if (d.format() != FORMAT) {
            throw new IOException(
                    "unsupported review file format " + d.format() + " (this quizline reads " + FORMAT + ")");
        }
        return d;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(
                            new Decisions(format, new TreeMap<>(questions), new TreeMap<>(conflicts), written))
                    + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
