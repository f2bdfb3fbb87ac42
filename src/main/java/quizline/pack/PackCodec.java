package quizline.pack;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * A read pack in a compact binary form, for the {@link PackCache}: the records of the pack model written component by
 * component in declaration order, as {@link StrictBinder} sees them, with no names and no checks. Reading one back
 * calls the same canonical constructors that binding the JSON does, so the pack is equal to the one read from the
 * file. The layout follows the model by reflection, and {@link #VERSION} is a digest of that model: a release that
 * changes a record makes every older entry a miss instead of a misreading.
 *
 * <p>A list of questions is written as the questions' ids and statuses, then each question's bytes apart, then a pool
 * of the strings they hold (each question refers to its strings by their number in the pool): reading the pack reads
 * the ids, the statuses and what each question shares with its siblings (its fact and its source, by their strings'
 * numbers), and keeps the rest, and a question, and the strings it refers to, are decoded when first asked
 * for ({@link PackedQuestions}).
 */
final class PackCodec {
    /** Raised on bytes that are not a pack this codec wrote; the cache takes it for a miss. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** The pack format, this layout's revision and a digest of the model's records. */
    static final long VERSION = ((long) Pack.FORMAT << 48) | (4L << 32) | modelDigest();

    private static final List<Class<?>> QUESTION_TYPES =
            List.copyOf(StrictBinder.questionTypes().values());

    private PackCodec() {}

    static byte[] encode(Pack pack) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            write(out, pack, Pack.class, new HashMap<>());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a stream over memory does not fail
        }
        return bytes.toByteArray();
    }

    /** @throws Malformed when the bytes end early, run on, or hold values the model refuses */
    static Pack decode(ByteBuffer in) throws Malformed {
        try {
            Pack pack = (Pack) read(in, Pack.class, new ArrayList<>());
            if (pack == null || in.hasRemaining()) {
                throw new Malformed("not one whole pack");
            }
            return pack;
        } catch (RuntimeException e) {
            // Bytes running out (BufferUnderflowException), a length past the end, a constructor refusing a value.
            throw new Malformed(e.toString());
        }
    }

    /**
     * @param strings the strings written so far, by their number: a string met again (a tag, a choice, a pack's
     *     article) is written as its number, and read back as the same object
     */
    private static void write(DataOutputStream out, Object value, Type type, Map<String, Integer> strings)
            throws IOException {
        Class<?> raw = rawClass(type);
        if (raw.isPrimitive()) {
            writePrimitive(out, value, raw);
            return;
        }
        out.writeBoolean(value != null);
        if (value == null) {
            return;
        }
        if (raw == String.class) {
            Integer seen = strings.putIfAbsent((String) value, strings.size());
            if (strings instanceof Pool) {
                // A question's string: always by its number in the pack's pool
                out.writeInt(seen != null ? seen : strings.size() - 1);
            } else if (seen != null) {
                out.writeInt(seen);
            } else {
                byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
                out.writeInt(-1);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        } else if (raw == Integer.class || raw == Double.class || raw == Boolean.class) {
            writePrimitive(out, value, raw);
        } else if (raw == LocalDate.class) {
            out.writeLong(((LocalDate) value).toEpochDay());
        } else if (raw == List.class && ((ParameterizedType) type).getActualTypeArguments()[0] == Question.class) {
            writeQuestions(out, (List<?>) value);
        } else if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object item : list) {
                write(out, item, element, strings);
            }
        } else if (raw == Question.class) {
            out.writeByte(QUESTION_TYPES.indexOf(value.getClass()));
            writeRecord(out, value, value.getClass(), strings);
        } else if (raw.isRecord()) {
            writeRecord(out, value, raw, strings);
        } else {
            throw new IllegalStateException("no binary form for " + raw);
        }
    }

    /** The strings of a pack's questions, numbered in the order met: a question refers to each by its number. */
    private static final class Pool extends LinkedHashMap<String, Integer> {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The questions' ids and statuses, the length of each question's bytes, those bytes, then the pool of the strings
     * they refer to: the number of strings, the length of each, and their UTF-8 bytes.
     */
    private static void writeQuestions(DataOutputStream out, List<?> questions) throws IOException {
        List<byte[]> encoded = new ArrayList<>(questions.size());
        Pool pool = new Pool();
        for (Object q : questions) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream one = new DataOutputStream(bytes);
            write(one, q, Question.class, pool);
            one.flush();
            encoded.add(bytes.toByteArray());
        }
        out.writeInt(questions.size());
        for (Object q : questions) {
            writeText(out, q == null ? null : ((Question) q).id());
            writeText(out, q == null ? null : ((Question) q).status());
        }
        // What a question shares with its siblings, by the numbers of its strings: its fact, its source's article,
        // start
        // and end (-1: none)
        for (Object q : questions) {
            Question question = (Question) q;
            String fact = question == null ? null : question.fact();
            SourceRef source = question == null ? null : question.source();
            out.writeInt(fact == null ? -1 : pool.get(fact));
            out.writeInt(source == null || source.article() == null ? -1 : pool.get(source.article()));
            out.writeInt(source == null ? 0 : source.start());
            out.writeInt(source == null ? 0 : source.end());
            out.writeBoolean(source != null);
        }
        for (byte[] bytes : encoded) {
            out.writeInt(bytes.length);
        }
        for (byte[] bytes : encoded) {
            out.write(bytes);
        }
        List<byte[]> strings = new ArrayList<>(pool.size());
        for (String text : pool.keySet()) {
            strings.add(text.getBytes(StandardCharsets.UTF_8));
        }
        out.writeInt(strings.size());
        for (byte[] utf8 : strings) {
            out.writeInt(utf8.length);
        }
        for (byte[] utf8 : strings) {
            out.write(utf8);
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static void writePrimitive(DataOutputStream out, Object value, Class<?> raw) throws IOException {
        if (raw == int.class || raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == double.class || raw == Double.class) {
            out.writeDouble((Double) value);
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else {
            throw new IllegalStateException("no binary form for " + raw);
        }
    }

    private static void writeRecord(DataOutputStream out, Object value, Class<?> cls, Map<String, Integer> strings)
            throws IOException {
        StrictBinder.Shape shape = StrictBinder.shape(cls);
        RecordComponent[] components = shape.components();
        for (int i = 0; i < components.length; i++) {
            try {
                write(out, components[i].getAccessor().invoke(value), shape.types()[i], strings);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("pack model record with an unreadable field: " + components[i], e);
            }
        }
    }

    private static Object read(ByteBuffer in, Type type, List<String> strings) throws Malformed {
        Class<?> raw = rawClass(type);
        if (raw.isPrimitive()) {
            return readPrimitive(in, raw);
        }
        if (!readBoolean(in)) {
            return null;
        }
        if (raw == String.class) {
            int seen = in.getInt();
            if (seen >= 0) {
                if (seen >= strings.size()) {
                    throw new Malformed("string " + seen + " of " + strings.size());
                }
                return strings.get(seen);
            }
            int length = length(in);
            String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            strings.add(text);
            return text;
        }
        if (raw == Integer.class || raw == Double.class || raw == Boolean.class) {
            return readPrimitive(in, raw);
        }
        if (raw == LocalDate.class) {
            return LocalDate.ofEpochDay(in.getLong());
        }
        if (raw == List.class && ((ParameterizedType) type).getActualTypeArguments()[0] == Question.class) {
            return readQuestions(in);
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            int size = length(in);
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(read(in, element, strings));
            }
            return list;
        }
        if (raw == Question.class) {
            int kind = in.get();
            if (kind < 0 || kind >= QUESTION_TYPES.size()) {
                throw new Malformed("question type " + kind);
            }
            return readRecord(in, QUESTION_TYPES.get(kind), strings);
        }
        return readRecord(in, raw, strings);
    }

    /** The questions as {@link #writeQuestions} wrote them: their ids and statuses read, their bytes kept. */
    private static PackedQuestions readQuestions(ByteBuffer in) throws Malformed {
        int size = length(in);
        String[] ids = new String[size];
        String[] statuses = new String[size];
        for (int i = 0; i < size; i++) {
            ids[i] = readText(in);
            statuses[i] = readText(in);
        }
        int[] heads = new int[size * PackedQuestions.HEAD];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < PackedQuestions.HEAD - 1; j++) {
                heads[i * PackedQuestions.HEAD + j] = in.getInt();
            }
            heads[i * PackedQuestions.HEAD + PackedQuestions.HEAD - 1] = readBoolean(in) ? 1 : 0;
        }
        int[] offsets = starts(in, size, "questions");
        ByteBuffer bytes = take(in, offsets[size]);
        int count = length(in);
        int[] starts = starts(in, count, "strings");
        ByteBuffer text = take(in, starts[count]);
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < 2; j++) {
                int string = heads[i * PackedQuestions.HEAD + j];
                if (string < -1 || string >= count) {
                    throw new Malformed("string " + string + " of " + count);
                }
            }
        }
        return new PackedQuestions(bytes, offsets, ids, statuses, heads, new PooledStrings(text, starts));
    }

    /**
     * The pool of a pack's question strings, each decoded when first referred to. A string decoded twice at once on two
     * threads is the same text, so no lock is needed.
     */
    static final class PooledStrings extends AbstractList<String> {
        private final ByteBuffer text;
        private final int[] starts;
        private final String[] decoded;

        PooledStrings(ByteBuffer text, int[] starts) {
            this.text = text;
            this.starts = starts;
            this.decoded = new String[starts.length - 1];
        }

        @Override
        public String get(int index) {
            String s = decoded[index];
            if (s == null) {
                s = new String(
                        text.array(),
                        text.arrayOffset() + starts[index],
                        starts[index + 1] - starts[index],
                        StandardCharsets.UTF_8);
                decoded[index] = s;
            }
            return s;
        }

        @Override
        public int size() {
            return decoded.length;
        }
    }

    private static String readText(ByteBuffer in) throws Malformed {
        if (!readBoolean(in)) {
            return null;
        }
        int length = length(in);
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    /**
     * One question's bytes, as {@link #writeQuestions} wrote them, decoded.
     *
     * @throws IllegalStateException when they do not decode: kept bytes are checked whole before any is decoded, so
     *     this is a fault of the code, not of the bytes
     */
    static Question question(ByteBuffer in, PooledStrings strings) {
        try {
            Question q = (Question) read(in, Question.class, strings);
            if (in.hasRemaining()) {
                throw new Malformed("not one whole question");
            }
            return q;
        } catch (Malformed | RuntimeException e) {
            throw new IllegalStateException("a kept question that does not decode: " + e, e);
        }
    }

    private static Object readPrimitive(ByteBuffer in, Class<?> raw) throws Malformed {
        if (raw == int.class || raw == Integer.class) {
            return in.getInt();
        }
        if (raw == double.class || raw == Double.class) {
            return in.getDouble();
        }
        return readBoolean(in);
    }

    private static boolean readBoolean(ByteBuffer in) throws Malformed {
        byte b = in.get();
        if (b != 0 && b != 1) {
            throw new Malformed("flag " + b);
        }
        return b == 1;
    }

    /** A count of bytes or items, each at least one byte: never more than what is left. */
    /**
     * Where each of {@code count} runs of bytes starts, read as their lengths, with where the last ends after them; the
     * lengths must fit in what is left ({@code what} names the runs for the error: "questions", "strings").
     */
    private static int[] starts(ByteBuffer in, int count, String what) throws Malformed {
        int[] starts = new int[count + 1];
        for (int i = 0; i < count; i++) {
            starts[i + 1] = starts[i] + length(in);
            if (starts[i + 1] > in.remaining()) {
                throw new Malformed(what + " of " + starts[i + 1] + " bytes with " + in.remaining() + " left");
            }
        }
        return starts;
    }

    /** The next {@code length} bytes, as a buffer of their own, and the position moved past them. */
    private static ByteBuffer take(ByteBuffer in, int length) {
        ByteBuffer taken = in.slice(in.position(), length);
        in.position(in.position() + length);
        return taken;
    }

    private static int length(ByteBuffer in) throws Malformed {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new Malformed("length " + length + " with " + in.remaining() + " bytes left");
        }
        return length;
    }

    private static Object readRecord(ByteBuffer in, Class<?> cls, List<String> strings) throws Malformed {
        StrictBinder.Shape shape = StrictBinder.shape(cls);
        Type[] types = shape.types();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = read(in, types[i], strings);
        }
        try {
            return shape.canonical().newInstance(args);
        } catch (InvocationTargetException e) {
            throw new Malformed(cls.getSimpleName() + ": " + e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("pack model record without a canonical constructor: " + cls, e);
        }
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof Class<?> c ? c : (Class<?>) ((ParameterizedType) type).getRawType();
    }

    /** A digest of every record the model reaches from {@link Pack}: names, components and their types, in order. */
    private static long modelDigest() {
        StringBuilder description = new StringBuilder();
        describe(Pack.class, description, new HashSet<>());
        CRC32C crc = new CRC32C();
        crc.update(description.toString().getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static void describe(Type type, StringBuilder out, Set<Class<?>> seen) {
        out.append(type.getTypeName()).append(';');
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                describe(argument, out, seen);
            }
            return;
        }
        Class<?> cls = (Class<?>) type;
        if (!seen.add(cls)) {
            return;
        }
        if (cls == Question.class) {
            for (Map.Entry<String, Class<?>> t : StrictBinder.questionTypes().entrySet()) {
                out.append(t.getKey()).append('=');
                describe(t.getValue(), out, seen);
            }
        } else if (cls.isRecord()) {
            out.append('(');
            for (RecordComponent c : cls.getRecordComponents()) {
                out.append(c.getName()).append(':');
                describe(c.getGenericType(), out, seen);
            }
            out.append(')');
        }
    }
}
