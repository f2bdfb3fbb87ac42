package quizline.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link PackRules#check(Pack)} says of a pack in memory what the reader says of it written out: the same messages in
 * the same order, for every kind of problem the reader finds.
 */
class PackRulesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 7, 5);
    private static final SourceRef SOURCE = new SourceRef("a.txt", 0, 10);
    private static final List<Source> SOURCES = List.of(new Source("a.txt", "Wire", DAY, null));

    private static Question.Choice choice(String id) {
        return new Question.Choice(
                id, "Which city?", List.of("Astana", "Almaty", "Tashkent"), 0, List.of(), null, null, null);
    }

    private static List<Question> good() {
        return List.of(
                choice("c1"),
                new Question.Multi(
                        "m1",
                        "Which founded it?",
                        List.of("China", "India", "Russia"),
                        List.of(0, 2),
                        List.of(),
                        null,
                        null,
                        null),
                new Question.Short(
                        "s1",
                        "Who hosted?",
                        "Kassym-Jomart Tokayev",
                        List.of("Tokaev"),
                        List.of("people"),
                        null,
                        null,
                        null),
                new Question.TrueFalse(
                        "t1", "Belarus joined in 2024.", true, List.of(), "Ninth? Tenth member.", null, null),
                new Question.Numeric("n1", "Founded in?", 2001, null, List.of(), null, SOURCE, null, DAY, "founded"),
                new Question.Cloze("z1", "It met in {{Astana|Nur-Sultan}}.", List.of(), null, null, null));
    }

    private static Pack pack(List<Question> questions) {
        return new Pack(null, Pack.FORMAT, "demo", "Demo", 2, DAY, null, SOURCES, questions, List.of());
    }

    /** The good questions with some replaced, by index. */
    private static Pack with(Object... indexAndQuestion) {
        List<Question> questions = new ArrayList<>(good());
        for (int i = 0; i < indexAndQuestion.length; i += 2) {
            questions.set((Integer) indexAndQuestion[i], (Question) indexAndQuestion[i + 1]);
        }
        return pack(questions);
    }

    private static List<String> readBack(Pack pack, Function<String, Optional<String>> articles) {
        return PackReader.read(PackJson.write(pack), articles).problems().stream()
                .map(PackReader.Problem::message)
                .toList();
    }

    /** The messages, the same as the reader gives for the pack written out. */
    private static List<String> check(Pack pack) {
        return check(pack, article -> Optional.empty());
    }

    private static List<String> check(Pack pack, Function<String, Optional<String>> articles) {
        List<String> inMemory = PackRules.check(pack, articles);
        assertEquals(readBack(pack, articles), inMemory, "what the reader says of the pack written out");
        return inMemory;
    }

    @Test
    void aGoodPackHasNoProblems() {
        assertEquals(List.of(), check(pack(good())));
    }

    @Test
    void theHeaderRulesHold() {
        Pack bad = new Pack(null, 2, "Demo Pack", " ", 0, DAY, null, SOURCES, List.of(), List.of());
        assertEquals(
                List.of(
                        "unsupported format 2 (this quizline reads format 1)",
                        "pack id \"Demo Pack\" must be lowercase letters, digits, '.', '_' or '-'",
                        "empty title",
                        "version must be 1 or more, not 0",
                        "the pack has no questions"),
                check(bad));
        Pack twice =
                new Pack(null, 1, "p", "P", 1, DAY, null, List.of(SOURCES.get(0), SOURCES.get(0)), good(), List.of());
        assertEquals(List.of("article \"a.txt\" is listed twice in sources"), check(twice));
    }

    @Test
    void everyTypesAnswerRulesHold() {
        List<String> found = check(with(
                0,
                new Question.Choice("c1", "Which?", List.of("Astana", " astana "), 2, List.of(), null, null, null),
                1,
                new Question.Multi(
                        "m1", "Which?", List.of("a", "b", "c"), List.of(0, 0, 5), List.of(), null, null, null),
                2,
                new Question.Short("s1", "Who?", " ", List.of("x", ""), List.of(), null, null, null),
                4,
                new Question.Numeric("n1", "When?", 2001, -1.0, List.of(), null, null, null),
                5,
                new Question.Cloze("z1", "It met in {{|Nur-Sultan}} }}.", List.of(), null, null, null)));
        assertEquals(
                List.of(
                        "duplicated choice \" astana \" in question \"c1\" (same as choice 0)",
                        "answer 2 is out of range in question \"c1\": choices are numbered 0 to 1",
                        "answer 0 is listed twice in question \"m1\"",
                        "answer 5 is out of range in question \"m1\": choices are numbered 0 to 2",
                        "empty answer in question \"s1\"",
                        "empty accepted answer in question \"s1\"",
                        "tolerance must not be negative in question \"n1\"",
                        "unbalanced {{ }} in cloze question \"z1\"",
                        "empty answer in a blank of cloze question \"z1\""),
                found);
        check(with(5, new Question.Cloze("z1", "No blank.", List.of(), null, null, null)));
        check(with(0, new Question.Choice("c1", "Which?", List.of("a"), 0, List.of(), null, null, null)));
        check(with(1, new Question.Multi("m1", "Which?", List.of("a", "b"), List.of(), List.of(), null, null, null)));
    }

    @Test
    void problemsComeInTheOrderOfTheWrittenFile() {
        Question messy = new Question.Choice(
                "C1",
                " ",
                List.of("a", "", "a"),
                3,
                List.of("", "ok", " "),
                null,
                null,
                "published",
                DAY.plusDays(1),
                "No Key");
        List<String> found = check(with(0, messy, 3, choice("C1")));
        assertEquals("question id \"C1\" must be lowercase letters, digits, '.', '_' or '-'", found.get(0));
        assertTrue(found.contains("duplicate question id \"C1\" (question 1 has it too)"), found.toString());
        assertEquals(
                2,
                found.stream()
                        .filter(m -> m.equals("empty tag in question \"C1\""))
                        .count(),
                found.toString());
    }

    @Test
    void questionDatesStatusesAndSourcesHold() {
        Question late =
                new Question.TrueFalse("t1", "It is.", true, List.of(), null, SOURCE, "draft", DAY.plusDays(1), "k");
        Question elsewhere = new Question.Short(
                "s1", "Who?", "X", List.of(), List.of(), null, new SourceRef("b.txt", 5, 5), "drafty", null, null);
        assertEquals(
                List.of(
                        "source offsets 5–5 of question \"s1\" are not a span (start must be 0 or more and below end)",
                        "source article \"b.txt\" of question \"s1\" is not listed in sources",
                        "unknown status \"drafty\" (one of: draft, draft-conflict)",
                        "question \"t1\" is dated 2024-07-06, after the pack's asOf 2024-07-05"),
                check(with(2, elsewhere, 3, late)));
        assertEquals(
                List.of("source offsets 0–10 of question \"n1\" lie outside a.txt (5 characters)"),
                check(pack(good()), article -> Optional.of("short")));
    }

    @Test
    void conflictsAndDoubtsHold() {
        Pack bad = new Pack(
                null,
                1,
                "p",
                "P",
                1,
                DAY,
                null,
                SOURCES,
                good(),
                List.of(new Conflict("c", "the c", List.of(new Conflict.Claim("2001", SOURCE)), List.of("gone"), null)),
                List.of(new Doubt("founded", 1.0, "r"), new Doubt("nothing", 0.5, "r")));
        assertEquals(
                List.of(
                        "conflict \"c\" needs at least two values",
                        "conflict \"c\" names question \"gone\", which is not in the pack",
                        "the doubt about fact \"founded\" needs a confidence above 0 and below 1",
                        "a doubt names fact \"nothing\", which no question of the pack has"),
                check(bad));
    }

    @Test
    void whatTheWrittenFormLosesIsSaidAsTheReaderSaysIt() {
        Question noPrompt = new Question.Short("s1", null, "X", List.of(), List.of(), null, null, null);
        Question nullTag = new Question.TrueFalse("t1", "It is.", true, Arrays.asList("a", null), null, null, null);
        Question infinite =
                new Question.Numeric("n1", "When?", Double.POSITIVE_INFINITY, Double.NaN, List.of(), null, null, null);
        Question farOff =
                new Question.Cloze("z1", "In {{X}}.", List.of(), null, null, null, LocalDate.of(10000, 1, 1), null);
        // The broken questions keep the good ones' rules from running on them, as when the reader meets them
        Question outOfRange = new Question.Choice("c1", "Which?", List.of("a", "b"), 7, List.of(), null, null, null);
        assertEquals(
                List.of(
                        "answer 7 is out of range in question \"c1\": choices are numbered 0 to 1",
                        "missing required field \"prompt\" in a short question",
                        "\"tags\" item 2 must be a string, not null",
                        "\"answer\" must be a number, not the string \"Infinity\"",
                        "\"tolerance\" must be a number, not the string \"NaN\"",
                        "\"asOf\" must be a date written YYYY-MM-DD, not the string \"+10000-01-01\""),
                check(with(0, outOfRange, 2, noPrompt, 3, nullTag, 4, infinite, 5, farOff)));
        assertEquals(List.of("a question must be an object, not null"), check(with(1, null)));
        Pack untitled =
                new Pack(null, 1, "p", null, 1, DAY, null, Arrays.asList(SOURCES.get(0), null), good(), List.of());
        assertEquals(
                List.of(
                        "missing required field \"title\" in the pack",
                        "\"sources\" item 2 must be an object, not null"),
                check(untitled));
        Pack noSources = new Pack(null, 1, "p", "P", 1, DAY, null, Arrays.asList((Source) null), good(), List.of());
        check(noSources); // the sources unknown, a cited article is not said to be missing from them
        Pack blankCopy = new Pack(
                null,
                1,
                "p",
                null,
                1,
                DAY,
                null,
                SOURCES,
                List.of(choice("c1").withPrompt(""), choice("c1")),
                List.of());
        check(blankCopy);
    }

    @Test
    void aStringTooLongForTheReaderIsAllItSays() {
        String huge = "x".repeat(LocatedJson.MAX_STRING_LENGTH + 1);
        Question q = new Question.TrueFalse("T1", "It is.", true, List.of(), huge, null, null);
        assertEquals(
                List.of("string longer than 1000000 characters"), check(with(3, q, 4, q.withExplanation(huge + "y"))));
        assertEquals(Optional.empty(), PackJson.tooLong(PackJson.write(pack(good()))));
        assertEquals(
                Optional.of("the pack would be 33 MiB, more than the 32 MiB quizline reads from a pack"),
                PackJson.tooLong("x".repeat((int) LocatedJson.MAX_DOCUMENT_LENGTH + 1024 * 1024)));
    }
}
