package quizline.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published schema and the Java model must describe the same format. */
class PackSchemaTest {
    private static final Path QUESTIONS = Path.of("questions");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema schema() throws IOException {
        try (InputStream in = Files.newInputStream(QUESTIONS.resolve("schema/pack.schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    private static List<Path> bundledPacks() throws IOException {
        try (Stream<Path> files = Files.list(QUESTIONS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyBundledPackPassesTheSchemaAndTheReader() throws IOException {
        Schema schema = schema();
        List<Path> packs = bundledPacks();
        assertFalse(packs.isEmpty(), "no bundled pack in questions/");
        for (Path pack : packs) {
            String text = Files.readString(pack);
            List<Error> errors = schema.validate(JSON.readTree(text));
            assertEquals(List.of(), errors.stream().map(Error::toString).toList(), pack.toString());
            assertEquals(List.of(), PackReader.read(text).problems(), pack.toString());
        }
    }

    @Test
    void schemaTypeListEqualsTheModel() throws IOException {
        JsonNode schema =
                JSON.readTree(QUESTIONS.resolve("schema/pack.schema.json").toFile());
        List<String> enumerated = new ArrayList<>();
        schema.at("/$defs/question/properties/type/enum").forEach(n -> enumerated.add(n.asText()));
        assertEquals(List.copyOf(StrictBinder.questionTypes().keySet()), enumerated);
        for (String type : enumerated) {
            assertEquals(
                    type, schema.at("/$defs/" + type + "/properties/type/const").asText(), type);
        }
    }

    @Test
    void schemaRefusesWhatTheReaderRefuses() throws IOException {
        Schema schema = schema();
        ObjectNode pack =
                (ObjectNode) JSON.readTree(Files.readString(bundledPacks().get(0)));
        ObjectNode question = (ObjectNode) pack.withArray("questions").get(0);
        question.put("color", "red");
        assertFalse(schema.validate(pack).isEmpty(), "unknown question field passed the schema");
        question.remove("color");
        question.put("type", "essay");
        assertFalse(schema.validate(pack).isEmpty(), "unknown type passed the schema");
        question.put("type", "numeric");
        question.put("answer", "2001");
        question.remove("choices");
        assertFalse(schema.validate(pack).isEmpty(), "a string numeric answer passed the schema");
        question.put("answer", 2001);
        assertTrue(schema.validate(pack).isEmpty(), schema.validate(pack).toString());
    }
}
