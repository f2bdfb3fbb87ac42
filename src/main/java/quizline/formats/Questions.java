package quizline.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import quizline.pack.Question;

/** Questions as an export carries them. */
final class Questions {
    private Questions() {}

    /**
     * The question with these tags and no source, status, fact date or key: GIFT and Anki text have no field for
     * them, so what an export carries (and is checked to carry) is the question without them.
     */
    static Question carried(Question q, List<String> tags) {
        return q.withTags(tags).withSource(null).withStatus(null).withFact(null, null);
    }

    /**
     * The question with a multi question's right answers in ascending order: they are a set (quizline grades them
     * as one), and formats that mark each choice right or wrong cannot keep any other order.
     */
    static Question canonical(Question q) {
        if (q instanceof Question.Multi m) {
            return m.withAnswer(m.answer().stream().sorted().toList());
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
