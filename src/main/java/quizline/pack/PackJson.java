package quizline.pack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalLong;
import quizline.text.Numbers;

/**
 * The one Jackson configuration for packs. Jackson's defaults accept broken packs silently
 * ("2001" as 2001, 2001.7 as 2001, a duplicate key keeping the last value); these settings refuse them.
 */
public final class PackJson {
    private static final ObjectMapper MAPPER = build();

    private PackJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        JsonMapper mapper = JsonMapper.builder(LocatedJson.FACTORY)
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule()
                        .addSerializer(Double.class, new WholeNumbers())
                        .addSerializer(Double.TYPE, new WholeNumbers()))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** Packs as authors keep them: two-space indent, one field a line, a final newline. */
    public static String write(Object value) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why quizline would not read a pack's text back, when it is longer than the reader takes
     * ({@link LocatedJson#MAX_DOCUMENT_LENGTH}); empty when it would.
     */
    public static Optional<String> tooLong(String text) {
        if (text.length() <= LocatedJson.MAX_DOCUMENT_LENGTH) {
            return Optional.empty();
        }
        long mib = 1024 * 1024;
        return Optional.of("the pack would be " + text.length() / mib + " MiB, more than the "
                + LocatedJson.MAX_DOCUMENT_LENGTH / mib + " MiB quizline reads from a pack");
    }

    /**
     * Whole numbers as authors write them: a year is 2001, not 2001.0, and a tolerance 0, so a pack read and
     * written again keeps its text.
     */
    private static final class WholeNumbers extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        WholeNumbers() {
            super(Double.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Double value) {
            return value == null;
        }

        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            double d = value;
            // -0.0 stays as it was read
            OptionalLong whole = d == 0 && 1 / d < 0 ? OptionalLong.empty() : Numbers.whole(d);
            if (whole.isPresent()) {
                out.writeNumber(whole.getAsLong());
            } else {
                out.writeNumber(d);
            }
        }
    }
}
