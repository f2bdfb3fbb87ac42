package quizline.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A question pack, format v1. {@code asOf} matters: facts about office-holders go stale. */
public record Pack(
        @JsonProperty("$schema") @OptionalField String schema,
        int format,
        String id,
        String title,
        int version,
        LocalDate asOf,
        @OptionalField String description,
        List<Source> sources,
        List<Question> questions,
        @OptionalField List<Conflict> conflicts,

        @OptionalField @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<Doubt> doubts) {

    public static final int FORMAT = 1;

    public Pack {
        sources = Lists.copy(sources);
        questions = Lists.copy(questions);
        conflicts = Lists.copy(conflicts);
        doubts = Lists.copy(doubts);
    }

    /** A pack with no doubtful facts: every published pack, and drafts written by hand. */
    public Pack(
            String schema,
            int format,
            String id,
            String title,
            int version,
            LocalDate asOf,
            String description,
            List<Source> sources,
            List<Question> questions,
            List<Conflict> conflicts) {
        this(schema, format, id, title, version, asOf, description, sources, questions, conflicts, List.of());
    }

    /** The same pack pointing editors at another JSON schema (null: none). */
    public Pack withSchema(String schema) {
        return new Pack(schema, format, id, title, version, asOf, description, sources, questions, conflicts, doubts);
    }

    /** The same pack with other questions. */
    public Pack withQuestions(List<Question> questions) {
        return new Pack(schema, format, id, title, version, asOf, description, sources, questions, conflicts, doubts);
    }

    /** The same pack with other conflicts. */
    public Pack withConflicts(List<Conflict> conflicts) {
        return new Pack(schema, format, id, title, version, asOf, description, sources, questions, conflicts, doubts);
    }

    /** The same pack with other doubts. */
    public Pack withDoubts(List<Doubt> doubts) {
        return new Pack(schema, format, id, title, version, asOf, description, sources, questions, conflicts, doubts);
    }

    /** The doubt about a fact, if its reading was doubtful. */
    public Optional<Doubt> doubt(String fact) {
        return fact == null
                ? Optional.empty()
                : doubts.stream().filter(d -> d.fact().equals(fact)).findFirst();
    }

    /**
     * The id of the question at {@code index}: a pack from the cache reads it without decoding the question, so a
     * start can key a large bank's progress without decoding its every question.
     */
    public String questionId(int index) {
        return PackedQuestions.id(questions, index);
    }

    /** The fact of the question at {@code index} (null: none), read as {@link #questionId} is. */
    public String questionFact(int index) {
        return PackedQuestions.fact(questions, index);
    }

    /** The sentence the question at {@code index} cites (null: none), read as {@link #questionId} is. */
    public SourceRef questionSource(int index) {
        return PackedQuestions.source(questions, index);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Source> source(String article) {
        return sources.stream().filter(s -> s.article().equals(article)).findFirst();
    }
}
