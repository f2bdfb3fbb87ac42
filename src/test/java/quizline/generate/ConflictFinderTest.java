package quizline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import quizline.pack.Conflict;
import quizline.pack.Pack;
import quizline.pack.Question;

/** Disagreements between sentences, on small made-up facts. */
class ConflictFinderTest {
    private static List<String> values(Conflict c) {
        return c.values().stream().map(Conflict.Claim::value).toList();
    }

    private static Conflict conflict(Pack pack, String id) {
        return pack.conflicts().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no conflict " + id + " in " + pack.conflicts()));
    }

    @Test
    void twoYearsForOneFoundingAreAConflictAndItsQuestionsWait() {
        Pack pack = DraftGeneratorTest.generate(new Facts()
                .date("founding of African Union", "2002")
                .date("founding of African Union", "2001")
                .position("Ana Lima", "President", "Chile"));
        Conflict c = conflict(pack, "date-founding-of-au");
        assertEquals(List.of("2002", "2001"), values(c));
        assertEquals("a.txt", c.values().get(1).source().article());
        assertTrue(c.questions().contains("date-founding-of-au-2001-numeric"));
        assertTrue(c.questions().contains("date-founding-of-au-2002-numeric"));
        for (Question q : pack.questions()) {
            assertEquals(q.id().startsWith("date-") ? "draft-conflict" : "draft", q.status(), q.id());
        }
        Question.Choice years =
                (Question.Choice) DraftGeneratorTest.question(pack, "date-founding-of-au-2002-year-choice");
        assertTrue(!years.choices().contains("2001"), "another source's year is no wrong choice: " + years.choices());
    }

    @Test
    void aYearAndAFullDateInThatYearAgree() {
        Pack pack = DraftGeneratorTest.generate(
                new Facts().date("invasion of Freedonia", "2022").date("invasion of Freedonia", "2022-02-24"));
        assertEquals(List.of(), pack.conflicts());
    }

    @Test
    void twoTitlesForOnePersonInOnePlaceAreAConflict() {
        Pack pack = DraftGeneratorTest.generate(new Facts()
                .position("Ravi Rao", "Prime Minister", "India")
                .position("Ravi Rao", "President", "India")
                .position("Ravi Rao", "Chairman", "African Union"));
        Conflict c = conflict(pack, "title-ravi-rao-india");
        assertEquals(List.of("Prime Minister", "President"), values(c));
        assertEquals(1, pack.conflicts().size());
        assertEquals(
                "draft",
                DraftGeneratorTest.question(pack, "position-ravi-rao-chairman-au-cloze")
                        .status());
        assertEquals(
                "draft-conflict",
                DraftGeneratorTest.question(pack, "position-ravi-rao-president-india-cloze")
                        .status());
    }

    @Test
    void spellingVariantsAreOnePersonWithAliasesAndAConflictAboutTheSpelling() {
        Pack pack = DraftGeneratorTest.generate(new Facts()
                .position("Sadyr Zhaparov", "President", "Kyrgyzstan")
                .position("Sadyr Japarov", "President", "Kyrgyzstan")
                .position("Ana Lima", "President", "Chile"));
        Question.Short who = (Question.Short)
                DraftGeneratorTest.question(pack, "position-sadyr-zhaparov-president-kyrgyzstan-short");
        assertEquals("Sadyr Zhaparov", who.answer());
        assertEquals(List.of("Sadyr Japarov", "Zhaparov"), who.accept());
        assertTrue(
                pack.question("position-sadyr-japarov-president-kyrgyzstan-short")
                        .isEmpty(),
                "one person, not two");
        Conflict c = conflict(pack, "spelling-sadyr-zhaparov");
        assertEquals(List.of("Sadyr Zhaparov", "Sadyr Japarov"), values(c));
        assertEquals("draft-conflict", who.status());
    }

    @Test
    void differentNamesAreDifferentPeople() {
        Pack pack = DraftGeneratorTest.generate(new Facts()
                .position("Ali Hasan", "President", "Iran")
                .position("Ali Hassani", "Foreign Minister", "Iran"));
        assertEquals(List.of(), pack.conflicts());
    }

    @Test
    void summitsWithoutAYearAreSeveralSummitsNotAConflict() {
        Pack pack = DraftGeneratorTest.generate(new Facts()
                .host("SCO summit", "Astana", "Kazakhstan")
                .host("SCO summit", "Samarkand", "Uzbekistan")
                .position("Ana Lima", "President", "Chile"));
        assertEquals(List.of(), pack.conflicts());
    }

    @Test
    void twoCitiesForOneDatedSummitAreAConflict() {
        Pack pack = DraftGeneratorTest.generate(new Facts()
                .host("2024 SCO summit", "Astana", "Kazakhstan")
                .host("2024 SCO summit", "Almaty", "Kazakhstan"));
        Conflict c = conflict(pack, "host-2024-sco-summit");
        assertEquals(List.of("Astana", "Almaty"), values(c));
        Question.Choice astana =
                (Question.Choice) DraftGeneratorTest.question(pack, "host-2024-sco-summit-astana-choice");
        assertTrue(!astana.choices().contains("Almaty"), astana.choices().toString());
    }
}
