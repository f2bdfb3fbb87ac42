package quizline.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each {@code with…} copy changes its own field and keeps every other, the fact's date and key included. */
class CopiesTest {
    private static final SourceRef SOURCE = new SourceRef("a.txt", 0, 10);
    private static final LocalDate DAY = LocalDate.of(2023, 5, 1);

    private static List<Question> everyType() {
        List<String> tags = List.of("t");
        return List.of(
                new Question.Choice("c", "P", List.of("a", "b"), 1, tags, "E", SOURCE, "draft", DAY, "k"),
                new Question.Multi(
                        "m", "P", List.of("a", "b", "c"), List.of(2, 0), tags, "E", SOURCE, "draft", DAY, "k"),
                new Question.Short("s", "P", "x", List.of("y"), tags, "E", SOURCE, "draft", DAY, "k"),
                new Question.TrueFalse("t", "P", true, tags, "E", SOURCE, "draft", DAY, "k"),
                new Question.Numeric("n", "P", 2001, 1.0, tags, "E", SOURCE, "draft", DAY, "k"),
                new Question.Cloze("z", "{{P}}", tags, "E", SOURCE, "draft", DAY, "k"));
    }

    /** The names of the record components in which two records differ. */
    private static List<String> changed(Record a, Record b) throws ReflectiveOperationException {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                names.add(c.getName());
            }
        }
        return names;
    }

    private static void assertChanges(Question q, UnaryOperator<Question> copy, List<String> fields)
            throws ReflectiveOperationException {
        Question copied = copy.apply(q);
        assertEquals(q.getClass(), copied.getClass());
        assertEquals(fields, changed((Record) q, (Record) copied), q.type());
    }

    @Test
    void everySharedCopyChangesItsFieldOnly() throws ReflectiveOperationException {
        for (Question q : everyType()) {
            assertChanges(q, x -> x.withPrompt("Q {{R}}"), List.of("prompt"));
            assertChanges(q, x -> x.withTags(List.of("u")), List.of("tags"));
            assertChanges(q, x -> x.withExplanation("F"), List.of("explanation"));
            assertChanges(q, x -> x.withSource(null), List.of("source"));
            assertChanges(q, x -> x.withStatus(null), List.of("status"));
            assertChanges(q, x -> x.withFact(null, "k"), List.of("asOf"));
            assertChanges(q, x -> x.withFact(DAY, null), List.of("fact"));
        }
    }

    @Test
    void everyAnswerCopyChangesTheAnswerOnly() throws ReflectiveOperationException {
        List<Question> qs = everyType();
        assertChanges(qs.get(0), x -> ((Question.Choice) x).withChoices(List.of("a", "b"), 0), List.of("answer"));
        assertChanges(qs.get(0), x -> ((Question.Choice) x).withChoices(List.of("a", "c"), 1), List.of("choices"));
        assertChanges(qs.get(1), x -> ((Question.Multi) x).withAnswer(List.of(0, 2)), List.of("answer"));
        assertChanges(
                qs.get(1),
                x -> ((Question.Multi) x).withChoices(List.of("a", "b", "d"), List.of(2, 0)),
                List.of("choices"));
        assertChanges(qs.get(2), x -> ((Question.Short) x).withAnswer("z", List.of("y")), List.of("answer"));
        assertChanges(qs.get(2), x -> ((Question.Short) x).withAnswer("x", List.of()), List.of("accept"));
        assertChanges(qs.get(3), x -> ((Question.TrueFalse) x).withAnswer(false), List.of("answer"));
        assertChanges(qs.get(4), x -> ((Question.Numeric) x).withAnswer(2002), List.of("answer"));
    }

    @Test
    void everyPackCopyChangesItsFieldOnly() throws ReflectiveOperationException {
        Pack pack = new Pack(
                "schema.json",
                Pack.FORMAT,
                "p",
                "P",
                2,
                DAY,
                "D",
                List.of(new Source("a.txt", "A", DAY, "T")),
                everyType(),
                List.of(new Conflict("c", "the c", List.of(), List.of(), null)),
                List.of(new Doubt("k", 0.5, "r")));
        assertEquals(List.of("schema"), changed(pack, pack.withSchema(null)));
        assertEquals(List.of("questions"), changed(pack, pack.withQuestions(List.of())));
        assertEquals(List.of("conflicts"), changed(pack, pack.withConflicts(List.of())));
        assertEquals(List.of("doubts"), changed(pack, pack.withDoubts(List.of())));
    }
}
