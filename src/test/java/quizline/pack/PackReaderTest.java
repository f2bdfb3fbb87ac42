package quizline.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackReaderTest {
    /** A valid pack; each test breaks one line of it. Line numbers below count from 1 here. */
    private static final String GOOD = """
            {
              "format": 1,
              "id": "demo",
              "title": "Demo",
              "version": 2,
              "asOf": "2024-07-05",
              "sources": [{"article": "a.txt", "outlet": "Wire", "published": "2024-07-04"}],
              "questions": [
                {"id": "c1", "type": "choice", "prompt": "Which city?", "choices": ["Astana", "Almaty", "Tashkent"], "answer": 0},
                {"id": "m1", "type": "multi", "prompt": "Which founded it?", "choices": ["China", "India", "Russia"], "answer": [0, 2]},
                {"id": "s1", "type": "short", "prompt": "Who hosted?", "answer": "Kassym-Jomart Tokayev", "accept": ["Tokaev"], "tags": ["people"]},
                {"id": "t1", "type": "truefalse", "prompt": "Belarus joined in 2024.", "answer": true, "explanation": "Ninth? Tenth member."},
                {"id": "n1", "type": "numeric", "prompt": "Founded in?", "answer": 2001, "source": {"article": "a.txt", "start": 0, "end": 10}},
                {"id": "z1", "type": "cloze", "prompt": "It met in {{Astana|Nur-Sultan}}."}
              ]
            }
            """;

    private static List<String> problems(String text) {
        return problems(text, Map.of());
    }

    private static List<String> problems(String text, Map<String, String> articles) {
        return PackReader.read(text, name -> Optional.ofNullable(articles.get(name))).problems().stream()
                .map(p -> p.format("p.json"))
                .toList();
    }

    private static String replace(String from, String to) {
        assertTrue(GOOD.contains(from), from);
        return GOOD.replace(from, to);
    }

    @Test
    void readsEveryQuestionTypeOfAValidPack() {
        PackReader.Result result = PackReader.read(GOOD);
        assertEquals(List.of(), result.problems());
        Pack pack = result.pack().orElseThrow();
        assertEquals(
                List.of("choice", "multi", "short", "truefalse", "numeric", "cloze"),
                pack.questions().stream().map(Question::type).toList());
        Question.Cloze cloze = (Question.Cloze) pack.question("z1").orElseThrow();
        assertEquals("Astana", cloze.blanks().get(0).answer());
        assertEquals(List.of("Nur-Sultan"), cloze.blanks().get(0).aliases());
        assertEquals(List.of("people"), pack.question("s1").orElseThrow().tags());
        assertEquals(List.of(), pack.question("c1").orElseThrow().tags());
    }

    @Test
    void malformedJsonNamesItsPosition() {
        assertEquals(
                List.of("p.json:3:16: malformed JSON: Unexpected character (',' (code 44)): "
                        + "was expecting double-quote to start field name"),
                problems(replace("\"id\": \"demo\",", "\"id\": \"demo\",,")));
    }

    @Test
    void truncatedFileIsMalformed() {
        List<String> found = problems(GOOD.substring(0, 40));
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("p.json:4:"), found.get(0));
        assertTrue(found.get(0).contains("malformed JSON: Unexpected end-of-input"), found.get(0));
    }

    @Test
    void emptyFileAndTrailingValue() {
        assertEquals(List.of("p.json:1:1: malformed JSON: the file is empty"), problems("  "));
        assertEquals(List.of("p.json:17:1: malformed JSON: more than one value in the file"), problems(GOOD + "{}"));
        assertEquals(List.of("p.json:1:1: a pack must be a JSON object, not a list"), problems("[]"));
    }

    @Test
    void unknownFieldsAreEachReported() {
        assertEquals(
                List.of(
                        "p.json:2:16: unknown field \"edition\" in the pack (known: $schema, format, id, title, version, "
                                + "asOf, description, sources, questions, conflicts, doubts)",
                        "p.json:9:119: unknown field \"hint\" in a choice question (known: type, id, prompt, choices, "
                                + "answer, tags, explanation, source, status, asOf, fact)"),
                problems(replace("\"format\": 1,", "\"format\": 1, \"edition\": 2,")
                        .replace("\"answer\": 0}", "\"answer\": 0, \"hint\": \"x\"}")));
    }

    @Test
    void wrongTypes() {
        assertEquals(
                List.of(
                        "p.json:5:3: \"version\" must be a whole number, not the string \"2\"",
                        "p.json:13:62: \"answer\" must be a number, not the string \"2001\""),
                problems(replace("\"version\": 2", "\"version\": \"2\"")
                        .replace("\"answer\": 2001", "\"answer\": \"2001\"")));
        assertEquals(
                List.of("p.json:9:106: \"answer\" must be a whole number, not the number 0.7"),
                problems(replace("\"answer\": 0}", "\"answer\": 0.7}")));
        assertEquals(
                List.of("p.json:12:76: \"answer\" must be true or false, not the string \"yes\""),
                problems(replace("\"answer\": true", "\"answer\": \"yes\"")));
        assertEquals(
                List.of("p.json:9:36: \"prompt\" must be a string, not the whole number 7"),
                problems(replace("\"prompt\": \"Which city?\"", "\"prompt\": 7")));
    }

    @Test
    void missingRequiredFields() {
        assertEquals(
                List.of("p.json:1:1: missing required field \"asOf\" in the pack"),
                problems(replace("\"asOf\": \"2024-07-05\",", "")));
        assertEquals(
                List.of("p.json:12:5: missing required field \"answer\" in a truefalse question"),
                problems(replace(", \"answer\": true", "")));
        assertEquals(
                List.of("p.json:9:5: missing required field \"type\" (one of: choice, multi, short, truefalse, "
                        + "numeric, cloze)"),
                problems(replace("\"id\": \"c1\", \"type\": \"choice\",", "\"id\": \"c1\",")));
    }

    @Test
    void duplicateKeyIsRefusedNotOverwritten() {
        assertEquals(
                List.of("p.json:9:36: duplicate key \"id\""),
                problems(replace("\"type\": \"choice\",", "\"type\": \"choice\", \"id\": \"c2\",")));
    }

    @Test
    void duplicateQuestionIdPointsAtTheSecond() {
        assertEquals(
                List.of("p.json:10:6: duplicate question id \"c1\" (question 1 has it too)"),
                problems(replace("{\"id\": \"m1\"", "{\"id\": \"c1\"")));
    }

    @Test
    void choiceRules() {
        assertEquals(
                List.of("p.json:9:106: answer 3 is out of range in question \"c1\": choices are numbered 0 to 2"),
                problems(replace("\"answer\": 0}", "\"answer\": 3}")));
        assertEquals(
                List.of("p.json:9:93: duplicated choice \"astana\" in question \"c1\" (same as choice 0)"),
                problems(replace("\"Tashkent\"", "\"astana\"")));
        assertEquals(
                List.of("p.json:10:121: answer 5 is out of range in question \"m1\": choices are numbered 0 to 2"),
                problems(replace("[0, 2]", "[0, 5]")));
        assertEquals(
                List.of("p.json:9:61: question \"c1\" has 1 choice; it needs 2 to 6"),
                problems(replace(
                        "[\"Astana\", \"Almaty\", \"Tashkent\"], \"answer\": 0", "[\"Astana\"], \"answer\": 0")));
    }

    @Test
    void emptyPromptAndClozeWithoutBlank() {
        assertEquals(
                List.of("p.json:9:36: empty prompt in question \"c1\""),
                problems(replace("\"Which city?\"", "\"  \"")));
        assertEquals(
                List.of("p.json:14:35: cloze question \"z1\" has no {{…}} blank"),
                problems(replace("{{Astana|Nur-Sultan}}", "Astana")));
    }

    @Test
    void sourceMustBeListedAndInsideTheArticle() {
        assertEquals(
                List.of("p.json:13:89: source article \"b.txt\" of question \"n1\" is not listed in sources"),
                problems(replace("{\"article\": \"a.txt\", \"start\"", "{\"article\": \"b.txt\", \"start\"")));
        assertEquals(
                List.of("p.json:13:121: source offsets 0–10 of question \"n1\" lie outside a.txt (5 characters)"),
                problems(GOOD, Map.of("a.txt", "short")));
        assertEquals(List.of(), problems(GOOD, Map.of("a.txt", "long enough text")));
    }

    @Test
    void hostileInputIsRefusedWithoutExhaustingStackOrMemory() {
        assertEquals(List.of("p.json:1:66: nesting deeper than 64 levels"), problems("[".repeat(200_000)));
        String huge = "{\"title\": \"" + "x".repeat(LocatedJson.MAX_STRING_LENGTH + 1) + "\"}";
        List<String> found = problems(huge);
        assertEquals(List.of("p.json:1:11: string longer than 1000000 characters"), found);
    }

    @Test
    void everyProblemOfAFileIsReportedInOrder() {
        String broken = replace("\"version\": 2", "\"version\": 0")
                .replace("\"answer\": 0}", "\"answer\": 9}")
                .replace("\"answer\": true", "\"answer\": \"no\"")
                .replace("{{Astana|Nur-Sultan}}", "Astana");
        List<String> found = problems(broken);
        assertEquals(4, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("p.json:5:3: version must be 1 or more"), found.get(0));
        assertTrue(found.get(1).startsWith("p.json:9:106: answer 9 is out of range"), found.get(1));
        assertTrue(found.get(2).startsWith("p.json:12:76: \"answer\" must be true or false"), found.get(2));
        assertTrue(found.get(3).startsWith("p.json:14:35: cloze question"), found.get(3));
    }

    @Test
    void subtypeListEqualsTheSealedPermits() {
        List<Class<?>> permitted = List.of(Question.class.getPermittedSubclasses());
        assertEquals(
                java.util.Set.copyOf(permitted),
                java.util.Set.copyOf(StrictBinder.questionTypes().values()));
        assertEquals(permitted.size(), StrictBinder.questionTypes().size());
    }

    @Test
    void writtenPackReadsBackEqual() {
        Pack pack = PackReader.read(GOOD).pack().orElseThrow();
        String written = PackJson.write(pack);
        assertEquals(pack, PackReader.read(written).pack().orElseThrow());
        assertTrue(written.contains("\"type\": \"choice\""), written);
    }

    @Test
    void aQuestionMayCarryItsFactsDateAndKeyButNotADateAfterThePacks() {
        String dated = replace(
                "{\"id\": \"c1\", \"type\": \"choice\",",
                "{\"id\": \"c1\", \"asOf\": \"2023-06-12\", \"fact\": \"position-x\", \"type\": \"choice\",");
        assertEquals(List.of(), problems(dated));
        Question c1 = PackReader.read(dated).pack().orElseThrow().question("c1").orElseThrow();
        assertEquals(java.time.LocalDate.of(2023, 6, 12), c1.asOf());
        assertEquals("position-x", c1.fact());
        assertEquals(
                List.of("p.json:9:5: question \"c1\" is dated 2025-01-01, after the pack's asOf 2024-07-05"),
                problems(dated.replace("2023-06-12", "2025-01-01")).stream()
                        .map(p -> p.replaceFirst(":9:\\d+:", ":9:5:"))
                        .toList());
        assertTrue(problems(dated.replace("\"position-x\"", "\"Position X\""))
                .get(0)
                .contains("fact key \"Position X\""));
    }
}
