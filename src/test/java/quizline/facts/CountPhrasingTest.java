package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Member counts as news writes them, on sentences written for this test. */
class CountPhrasingTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();

    private static List<String> counts(String text) {
        return EXTRACTOR.extract(new Article("test.txt", text, Optional.of(LocalDate.of(2030, 5, 3)))).stream()
                .filter(f -> f.kind() == FactKind.COUNT)
                .map(f -> f.subject() + " | " + f.object())
                .toList();
    }

    @Test
    void aCountWrittenBeforeOrAfterTheOrganisation() {
        assertEquals(
                List.of("Association of Southeast Asian Nations | 10"),
                counts("Leaders of the 10-member ASEAN met in Jakarta on Tuesday."));
        assertEquals(
                List.of("Organization of the Petroleum Exporting Countries | 13"),
                counts("Ministers of OPEC's 13 members met in Vienna."));
        assertEquals(
                List.of("North Atlantic Treaty Organization | 32"),
                counts("The plan was backed by all 32 members of NATO on Friday."));
        assertEquals(
                List.of("Gulf Cooperation Council | 6"),
                counts("The Gulf Cooperation Council, which has six members, met in Doha."));
        assertEquals(
                List.of("Shanghai Cooperation Organisation | 10"),
                counts("The SCO held its summit in Astana. The ten-nation bloc agreed on a plan."));
    }

    @Test
    void noCountForLaterForAnotherTieOrTwoCounts() {
        assertEquals(List.of(), counts("Six countries were invited to join BRICS to make an 11-nation bloc."));
        assertEquals(List.of(), counts("BRICS will have 11 members from January."));
        assertEquals(List.of(), counts("OPEC and its 10 partners in OPEC+ agreed to cut output."));
        assertEquals(List.of(), counts("BRICS grew from the five-member bloc to the 10-member BRICS in a year."));
        assertEquals(List.of(), counts("ASEAN leaders met; 10 members of parliament protested."));
    }

    @Test
    void countsStayOutOfTheFactTable() {
        assertEquals(false, FactKind.COUNT.tabled());
    }
}
