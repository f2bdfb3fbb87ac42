package quizline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.pack.Pack;
import quizline.pack.Question;

/** The fourth review: "the 2023 EU summit" and "the 2022 CIS summit" beside an informal one name no single summit. */
class EventNamesTest {
    private static List<String> prompts(Facts facts) {
        Pack pack = DraftGenerator.everyCandidate(new DraftSpec("t", "T", Optional.empty()), facts.article());
        return pack.questions().stream().map(Question::prompt).toList();
    }

    @Test
    void aSummitOfAnOrganisationThatMeetsSeveralTimesAYearIsNamedByItsMonthOrNotAsked() {
        List<String> dated = prompts(
                new Facts().host("2023 EU summit", "Brussels", "Belgium").date("2023 EU summit", "2023-12-14"));
        assertTrue(dated.stream().anyMatch(p -> p.contains("the December 2023 EU summit")), dated.toString());
        assertTrue(dated.stream().noneMatch(p -> p.contains("the 2023 EU summit")), dated.toString());
        List<String> undated = prompts(
                new Facts().host("2022 EU summit", "Brussels", "Belgium").member("Ghana", "member", "African Union"));
        assertTrue(undated.stream().noneMatch(p -> p.contains("EU summit")), undated.toString());
    }

    @Test
    void twoSummitsOfOneYearAreEachNamedByTheirMonth() {
        List<String> prompts = prompts(new Facts()
                .host("2022 CIS summit", "Astana", "Kazakhstan")
                .date("2022 CIS summit", "2022-10")
                .host("2022 informal CIS summit", "Saint Petersburg", "Russia")
                .date("2022 informal CIS summit", "2022-12-26")
                .host("2024 G20 summit", "Rio de Janeiro", "Brazil"));
        assertTrue(prompts.stream().anyMatch(p -> p.contains("the October 2022 CIS summit")), prompts.toString());
        assertTrue(
                prompts.stream().anyMatch(p -> p.contains("the December 2022 informal CIS summit")),
                prompts.toString());
        assertTrue(prompts.stream().noneMatch(p -> p.contains("the 2022 CIS summit")), prompts.toString());
        assertTrue(
                prompts.stream().anyMatch(p -> p.contains("the 2024 G20 summit")), "one summit a year keeps its name");
    }

    @Test
    void aNumberedSummitNeedsNoMonth() {
        EventNames names = new EventNames(List.of());
        assertEquals(Optional.of("2024 37th AU summit"), names.subject("2024 37th AU summit"));
        assertEquals(Optional.of("founding of the SCO"), names.subject("founding of the SCO"));
        assertEquals(Optional.empty(), names.subject("2023 EU summit"));
    }

    /** The sixth review: the CSTO met in Moscow in May 2022 and in Yerevan that November (summits.tsv knows both). */
    @Test
    void twoSummitsTheDataFileKnowsInOneYearNeedAMonthToo() {
        List<String> prompts = prompts(new Facts()
                .host("2022 CSTO summit", "Yerevan", "Armenia")
                .date("2022 CSTO summit", "2022-11-23")
                .host("2023 CSTO summit", "Minsk", "Belarus"));
        assertTrue(prompts.stream().anyMatch(p -> p.contains("the November 2022 CSTO summit")), prompts.toString());
        assertTrue(prompts.stream().anyMatch(p -> p.contains("the 2023 CSTO summit")), prompts.toString());
    }
}
