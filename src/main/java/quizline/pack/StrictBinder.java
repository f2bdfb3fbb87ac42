package quizline.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Binds a JSON tree to the pack records field by field, so one pass reports every unknown,
 * missing and mistyped field instead of stopping at the first. Records, lists and the sealed
 * {@link Question} are walked by reflection over the record components.
 */
final class StrictBinder {
    /** A problem found at a JSON pointer; the reader turns the pointer into line and column. */
    record Issue(String pointer, String message) {}

    /**
     * What binding needs of a record class, read by reflection once per class rather than once per object: a bank of
     * 100,000 questions read its components, their annotations and its constructor 100,000 times.
     */
    record Shape(
            RecordComponent[] components,
            String[] names,
            Type[] types,
            boolean[] optional,
            Map<String, RecordComponent> byName,
            Constructor<?> canonical) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> cls) {
            RecordComponent[] components = cls.getRecordComponents();
            String[] names = new String[components.length];
            Type[] types = new Type[components.length];
            boolean[] optional = new boolean[components.length];
            Map<String, RecordComponent> byName = new LinkedHashMap<>();
            for (int i = 0; i < components.length; i++) {
                names[i] = jsonName(components[i]);
                types[i] = components[i].getGenericType();
                optional[i] = components[i].isAnnotationPresent(OptionalField.class);
                byName.put(names[i], components[i]);
            }
            try {
                Constructor<?> canonical = cls.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                return new Shape(components, names, types, optional, byName, canonical);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("pack model record without a canonical constructor: " + cls, e);
            }
        }
    };

    /** The components, their types and the canonical constructor of a record class of the pack model. */
    static Shape shape(Class<?> cls) {
        return SHAPES.get(cls);
    }

    private static final Map<String, Class<?>> QUESTION_TYPES = readQuestionTypes();

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private final List<Issue> issues = new ArrayList<>();

    List<Issue> issues() {
        return issues;
    }

    /** Returns the bound value, or null when the node had problems (they are in {@link #issues()}). */
    Object bind(JsonNode node, Type type, String pointer, String what) {
        Class<?> raw = rawClass(type);
        if (raw == List.class) {
            return bindList(node, ((ParameterizedType) type).getActualTypeArguments()[0], pointer, what);
        }
        if (raw == Question.class) {
            return bindQuestion(node, pointer);
        }
        if (raw.isRecord()) {
            return bindRecord(node, raw, pointer, what, Map.of());
        }
        return bindScalar(node, raw, pointer, what);
    }

    private Object bindList(JsonNode node, Type element, String pointer, String what) {
        if (!node.isArray()) {
            issues.add(new Issue(pointer, what + " must be a list, not " + describe(node)));
            return null;
        }
        List<Object> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            Object value = bind(node.get(i), element, LocatedJson.pointer(pointer, i), what + " item " + (i + 1));
            ok &= value != null;
            out.add(value);
        }
        return ok ? out : null;
    }

    private Object bindQuestion(JsonNode node, String pointer) {
        if (!node.isObject()) {
            issues.add(new Issue(pointer, "a question must be an object, not " + describe(node)));
            return null;
        }
        Map<String, Class<?>> types = QUESTION_TYPES;
        JsonNode type = node.get("type");
        if (type == null) {
            issues.add(new Issue(
                    pointer, "missing required field \"type\" (one of: " + String.join(", ", types.keySet()) + ")"));
            return null;
        }
        Class<?> cls = type.isTextual() ? types.get(type.asText()) : null;
        if (cls == null) {
            issues.add(new Issue(
                    LocatedJson.pointer(pointer, "type"),
                    "unknown question type " + type + " (one of: " + String.join(", ", types.keySet()) + ")"));
            return null;
        }
        return bindRecord(node, cls, pointer, "a " + type.asText() + " question", Map.of("type", type));
    }

    /** The question types by their name in the format, in the order the model declares them. */
    static Map<String, Class<?>> questionTypes() {
        return QUESTION_TYPES;
    }

    private static Map<String, Class<?>> readQuestionTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (JsonSubTypes.Type t :
                Question.class.getAnnotation(JsonSubTypes.class).value()) {
            types.put(t.name(), t.value());
        }
        return java.util.Collections.unmodifiableMap(types);
    }

    private Object bindRecord(
            JsonNode node, Class<?> cls, String pointer, String what, Map<String, JsonNode> consumed) {
        if (!node.isObject()) {
            issues.add(new Issue(pointer, what + " must be an object, not " + describe(node)));
            return null;
        }
        Shape shape = SHAPES.get(cls);
        RecordComponent[] components = shape.components();
        Map<String, RecordComponent> byName = shape.byName();
        boolean ok = true;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!byName.containsKey(name) && !consumed.containsKey(name)) {
                List<String> known = new ArrayList<>(consumed.keySet());
                known.addAll(byName.keySet());
                issues.add(new Issue(
                        LocatedJson.pointer(pointer, name),
                        "unknown field \"" + name + "\" in " + what + " (known: " + String.join(", ", known) + ")"));
                ok = false;
            }
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String name = shape.names()[i];
            JsonNode value = node.get(name);
            boolean optional = shape.optional()[i];
            if (value == null || value.isNull()) {
                if (!optional) {
                    issues.add(new Issue(
                            pointer,
                            (value == null ? "missing required field \"" : "required field is null: \"") + name
                                    + "\" in " + what));
                    ok = false;
                }
                args[i] = c.getType().isPrimitive() ? defaultPrimitive(c.getType()) : null;
                continue;
            }
            Object bound = bind(value, shape.types()[i], LocatedJson.pointer(pointer, name), "\"" + name + "\"");
            if (bound == null) {
                ok = false;
                args[i] = c.getType().isPrimitive() ? defaultPrimitive(c.getType()) : null;
            } else {
                args[i] = bound;
            }
        }
        if (!ok) {
            return null;
        }
        try {
            return shape.canonical().newInstance(args);
        } catch (InvocationTargetException e) {
            issues.add(new Issue(pointer, what + ": " + e.getCause().getMessage()));
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("pack model record without a canonical constructor: " + cls, e);
        }
    }

    /**
     * Scalars are taken from the tree by their JSON kind, with no coercion at all: "2001" is not
     * a number, 2001.7 is not a whole number, 1 is not true. (Doing this here rather than through
     * an ObjectMapper also keeps databind's start-up cost off the path to the first question.)
     */
    private Object bindScalar(JsonNode node, Class<?> raw, String pointer, String what) {
        Object value = scalar(node, raw);
        if (value == null) {
            issues.add(new Issue(pointer, what + " must be " + expected(raw) + ", not " + describe(node)));
        }
        return value;
    }

    private static Object scalar(JsonNode node, Class<?> raw) {
        if (raw == String.class) {
            return node.isTextual() ? node.textValue() : null;
        }
        if (raw == int.class || raw == Integer.class) {
            return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
        }
        if (raw == double.class || raw == Double.class) {
            return node.isNumber() && Double.isFinite(node.doubleValue()) ? node.doubleValue() : null;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node.isBoolean() ? node.booleanValue() : null;
        }
        if (raw == LocalDate.class) {
            if (!node.isTextual() || !ISO_DATE.matcher(node.textValue()).matches()) {
                return null;
            }
            try {
                return LocalDate.parse(node.textValue());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        throw new IllegalStateException("no binding for " + raw);
    }

    static String jsonName(RecordComponent c) {
        // @JsonProperty does not target record components; Jackson copies it to the accessor.
        JsonProperty property = c.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : c.getName();
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return (Class<?>) ((ParameterizedType) type).getRawType();
    }

    private static Object defaultPrimitive(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == double.class) {
            return 0.0;
        }
        return 0;
    }

    static String expected(Class<?> raw) {
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "a whole number";
        }
        if (raw == double.class || raw == Double.class) {
            return "a number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (raw == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (raw == String.class) {
            return "a string";
        }
        return "a " + raw.getSimpleName();
    }

    /** How a value reads to a person: its kind, and the value itself when it is short. */
    static String describe(JsonNode node) {
        String shown = node.toString();
        String text = shown.length() > 40 ? "" : " " + shown;
        if (node.isTextual()) {
            return "the string" + text;
        }
        if (node.isIntegralNumber()) {
            return "the whole number" + text;
        }
        if (node.isNumber()) {
            return "the number" + text;
        }
        if (node.isBoolean()) {
            return shown;
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }
}
