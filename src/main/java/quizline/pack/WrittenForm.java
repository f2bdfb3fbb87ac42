package quizline.pack;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the reader would refuse in a pack as {@link PackJson} writes it, found in the records themselves: a required
 * field left null (written, it is missing), a null in a list, a number JSON cannot hold (written as a string), a date
 * that is not YYYY-MM-DD, a string longer than the reader takes. Each with the message {@link StrictBinder} and
 * {@link LocatedJson} give for the written text, at the same pointer.
 */
final class WrittenForm {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final List<StrictBinder.Issue> issues = new ArrayList<>();
    /** The first string the reader would stop at, if any: it reads nothing else then. */
    private StrictBinder.Issue tooLong;

    private WrittenForm() {}

    /** The problems of one value of the pack model (a pack, a question, a source...), under {@code pointer}. */
    static WrittenForm of(Object value, Type type, String pointer, String what) {
        WrittenForm form = new WrittenForm();
        form.value(value, type, pointer, what);
        return form;
    }

    List<StrictBinder.Issue> issues() {
        return issues;
    }

    /** The string longer than the reader takes that comes first in the written text. */
    Optional<StrictBinder.Issue> tooLong() {
        return Optional.ofNullable(tooLong);
    }

    boolean ok() {
        return issues.isEmpty() && tooLong == null;
    }

    private void value(Object value, Type type, String pointer, String what) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (value == null) {
            // Only a list's item can be null here (a null field is left out): written as null, which is no value
            String none = StrictBinder.describe(NullNode.getInstance());
            issues.add(new StrictBinder.Issue(
                    pointer,
                    raw == Question.class
                            ? "a question must be an object, not " + none
                            : raw.isRecord()
                                    ? what + " must be an object, not " + none
                                    : what + " must be " + StrictBinder.expected(raw) + ", not " + none));
        } else if (value instanceof List<?> list) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < list.size(); i++) {
                value(list.get(i), element, LocatedJson.pointer(pointer, i), what + " item " + (i + 1));
            }
        } else if (value instanceof Question q) {
            record((Record) q, pointer, "a " + q.type() + " question");
        } else if (value instanceof Record r) {
            record(r, pointer, what);
        } else if (value instanceof String s) {
            if (s.length() > LocatedJson.MAX_STRING_LENGTH && tooLong == null) {
                tooLong = new StrictBinder.Issue(pointer, JsonMessages.tooLongString());
            }
        } else if (value instanceof Double d && !Double.isFinite(d)) {
            // Jackson writes NaN and the infinities as strings
            issues.add(new StrictBinder.Issue(
                    pointer, what + " must be a number, not " + StrictBinder.describe(new TextNode(d.toString()))));
        } else if (value instanceof LocalDate date) {
            String written = date.format(DateTimeFormatter.ISO_LOCAL_DATE);
            if (!ISO_DATE.matcher(written).matches()) {
                issues.add(new StrictBinder.Issue(
                        pointer,
                        what + " must be a date written YYYY-MM-DD, not "
                                + StrictBinder.describe(new TextNode(written))));
            }
        }
    }

    private void record(Record r, String pointer, String what) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            String name = StrictBinder.jsonName(c);
            Object value = field(c, r);
            if (value == null) {
                if (!c.isAnnotationPresent(OptionalField.class)) {
                    issues.add(new StrictBinder.Issue(pointer, "missing required field \"" + name + "\" in " + what));
                }
            } else {
                value(value, c.getGenericType(), LocatedJson.pointer(pointer, name), "\"" + name + "\"");
            }
        }
    }

    /** The value of one field of a record of the pack model. */
    static Object field(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("pack model record with an unreadable field: " + c, e);
        }
    }
}
