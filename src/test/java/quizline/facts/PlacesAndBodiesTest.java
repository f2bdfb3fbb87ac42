package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Cities, organisations and titles that news of international meetings names, known from the data files: a
 * summit resort or a provincial city as the host, a body known by its full name or its abbreviation as the
 * office's organisation, offices written in their common forms, and a name that looks like an abbreviation but
 * is someone's name. Sentences written for
 * this test (invented people and events, real places and organisations).
 */
class PlacesAndBodiesTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();
    private static final LocalDate MONDAY = LocalDate.of(2031, 5, 12);

    private static List<String> facts(String text) {
        return EXTRACTOR.extract(new Article("test.txt", text, Optional.of(MONDAY))).stream()
                .map(f -> f.kind().label() + ": " + f.subject() + " | " + f.relation() + " | " + f.object())
                .toList();
    }

    @Test
    void aResortOrAProvincialCityHostsTheMeeting() {
        assertEquals(
                List.of("host: 2031 Arctic Council ministerial meeting | held in | Fairbanks"),
                facts("The Arctic Council ministerial meeting was held in Fairbanks, Alaska."));
        assertEquals(
                List.of("host: 2031 EPC summit | held in | Bled"),
                facts("Leaders gathered for a meeting of the European Political Community in Bled."));
        assertEquals(
                List.of("host: 2031 31st Ibero-American Summit | held in | Punta del Este"),
                facts("The 31st Ibero-American Summit took place in Punta del Este."));
    }

    @Test
    void aBodyIsKnownByItsNameOrItsAbbreviation() {
        assertEquals(
                List.of("position: Ana Ruiz | Secretary-General | International Telecommunication Union"),
                facts("Ana Ruiz, the Secretary General of the International Telecommunication Union, spoke."));
        assertEquals(
                List.of("position: Lars Holm | President | Parliamentary Assembly of the Council of Europe"),
                facts("PACE President Lars Holm opened the session."));
    }

    @Test
    void aNameThatLooksLikeAnAbbreviationIsAPerson() {
        // "IRENA" is the renewable energy agency; "Irena" is a first name
        assertEquals(
                List.of("position: Irena Novak | Foreign Minister | Slovenia"),
                facts("Slovenian Foreign Minister Irena Novak arrived."));
    }

    @Test
    void officesInTheirCommonForms() {
        // "Governor General" is one office, not a governor of Canada
        assertEquals(
                List.of("position: Mary Fenn | Governor-General | Canada"),
                facts("Canada's Governor General Mary Fenn welcomed the guests."));
        assertEquals(
                List.of("position: Kate Russ | Executive Director | UNICEF"),
                facts("The UNICEF Executive Director Kate Russ spoke in Geneva."));
        assertEquals(
                List.of(
                        "position: Ana Lee | Education Minister | Peru",
                        "position: Tomas Ruiz | Environment Minister | Chile"),
                facts("Peruvian Education Minister Ana Lee met Chilean Environment Minister Tomas Ruiz on Monday."));
        assertEquals(
                List.of("position: Dina Vale | Assistant Secretary-General | Organization of American States"),
                facts("Dina Vale, the Assistant Secretary General of the Organization of American States, spoke."));
    }
}
