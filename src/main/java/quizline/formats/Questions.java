package quizline.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import quizline.pack.Question;
import quizline.pack.SourceRef;

/**
 * Copies of questions with some of the fields every type shares replaced. A copy has no fact date or key: GIFT and
 * Anki text have no field for them, so what an export carries (and is checked to carry) is the question without them.
 */
final class Questions {
    private Questions() {}

    static Question with(Question q, List<String> tags, SourceRef source, String status) {
        if (q instanceof Question.Choice c) {
            return new Question.Choice(
                    c.id(), c.prompt(), c.choices(), c.answer(), tags, c.explanation(), source, status);
        }
        if (q instanceof Question.Multi m) {
            return new Question.Multi(
                    m.id(), m.prompt(), m.choices(), m.answer(), tags, m.explanation(), source, status);
        }
        if (q instanceof Question.Short s) {
            return new Question.Short(
                    s.id(), s.prompt(), s.answer(), s.accept(), tags, s.explanation(), source, status);
        }
        if (q instanceof Question.TrueFalse t) {
            return new Question.TrueFalse(t.id(), t.prompt(), t.answer(), tags, t.explanation(), source, status);
        }
        if (q instanceof Question.Numeric n) {
            return new Question.Numeric(
                    n.id(), n.prompt(), n.answer(), n.tolerance(), tags, n.explanation(), source, status);
        }
        Question.Cloze z = (Question.Cloze) q;
        return new Question.Cloze(z.id(), z.prompt(), tags, z.explanation(), source, status);
    }

    /**
     * The question with a multi question's right answers in ascending order: they are a set (quizline grades them
     * as one), and formats that mark each choice right or wrong cannot keep any other order.
     */
    static Question canonical(Question q) {
        if (q instanceof Question.Multi m) {
            return new Question.Multi(
                    m.id(),
                    m.prompt(),
                    m.choices(),
                    m.answer().stream().sorted().toList(),
                    m.tags(),
                    m.explanation(),
                    m.source(),
                    m.status());
        }
        return q;
    }

    /** The names of the fields in which two questions of the same type differ, e.g. {@code [prompt, accept]}. */
    static List<String> differences(Question a, Question b) {
        if (a.getClass() != b.getClass()) {
            return List.of("type");
        }
        List<String> names = new ArrayList<>();
        for (var component : a.getClass().getRecordComponents()) {
            try {
                Object x = component.getAccessor().invoke(a);
                Object y = component.getAccessor().invoke(b);
                if (!Objects.equals(x, y)) {
                    names.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }
}
