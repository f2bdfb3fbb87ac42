package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeHoldersTest {
    private static final OfficeHolders FILE = OfficeHolders.get();

    private static List<String> heldOn(String place, String office, LocalDate day) {
        return FILE.heldOn(place, office, day).stream()
                .map(OfficeHolders.Term::person)
                .toList();
    }

    @Test
    void whoHeldAnOfficeInAMonthAndBothHoldersInAHandoverMonth() {
        assertEquals(LocalDate.of(2025, 6, 30), FILE.asOf());
        assertEquals(List.of("Vladimir Putin"), heldOn("Russia", "President", LocalDate.of(2023, 8, 22)));
        assertEquals(List.of("Dmitry Medvedev"), heldOn("Russia", "President", LocalDate.of(2010, 1, 1)));
        // Ghazouani took the African Union's chair from Azali Assoumani at the February 2024 summit
        assertEquals(
                List.of("Azali Assoumani", "Mohamed Ould Ghazouani"),
                heldOn("African Union", "Chairperson", LocalDate.of(2024, 2, 17)));
        // Before the first listed term, and for a place or office the file does not list, it knows nobody
        assertEquals(List.of(), heldOn("Russia", "Prime Minister", LocalDate.of(1999, 9, 1)));
        assertEquals(List.of(), heldOn("Peru", "President", LocalDate.of(2023, 1, 1)));
        // A term without an end may go on after the file's date
        assertEquals(List.of("Narendra Modi"), heldOn("India", "Prime Minister", LocalDate.of(2030, 1, 1)));
    }

    @Test
    void aTermCountsTheMonthsToAnotherMonth() {
        OfficeHolders.Term medvedev = FILE.terms("Russia", "President").get(2);
        assertEquals("Dmitry Medvedev", medvedev.person());
        assertEquals(0, medvedev.monthsFrom(YearMonth.of(2012, 5)));
        assertEquals(3, medvedev.monthsFrom(YearMonth.of(2012, 8)));
        assertEquals(5, medvedev.monthsFrom(YearMonth.of(2007, 12)));
    }

    /**
     * One office, one holder: two terms of one office overlap at most around their handover (a typo shows), except
     * where an acting holder stood in for a suspended one, as Michel Temer did for Dilma Rousseff from May 2016.
     */
    @Test
    void noTwoTermsOfOneOfficeOverlapBeyondAHandoverMonth() {
        for (String place : FILE.places()) {
            for (String office : FILE.offices(place)) {
                List<OfficeHolders.Term> terms = FILE.terms(place, office);
                for (OfficeHolders.Term a : terms) {
                    for (OfficeHolders.Term b : terms) {
                        if (a != b
                                && a.from().isBefore(b.from())
                                && !(a.person().equals("Dilma Rousseff")
                                        && b.person().equals("Michel Temer"))) {
                            YearMonth end = a.to().orElseThrow(() -> new AssertionError(
                                    place + " " + office + ": " + a.person() + " has no end before " + b.person()));
                            assertTrue(
                                    !end.isAfter(b.from().plusMonths(2)),
                                    place + " " + office + ": " + a.person() + " overlaps " + b.person());
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyPlaceAndOfficeIsKnownAndAnUnknownOneStopsLoading() {
        Gazetteer gazetteer = Gazetteer.get();
        assertTrue(FILE.places().size() >= 60, FILE.places().toString());
        for (String place : FILE.places()) {
            assertTrue(gazetteer.country(place).isPresent()
                    || gazetteer.organisation(place).isPresent());
        }
        IllegalStateException place = assertThrows(
                IllegalStateException.class,
                () -> new OfficeHolders(
                        List.of(
                                new String[] {"as of", "2025-06-30", "", "", ""},
                                new String[] {"Russsia", "President", "Vladimir Putin", "2012-05", ""}),
                        List.of()));
        assertEquals("office-holders.tsv: a place no data file names: Russsia", place.getMessage());
        IllegalStateException office = assertThrows(
                IllegalStateException.class,
                () -> new OfficeHolders(
                        List.of(
                                new String[] {"as of", "2025-06-30", "", "", ""},
                                new String[] {"Russia", "Presidnet", "Vladimir Putin", "2012-05", ""}),
                        List.of()));
        assertEquals("office-holders.tsv: an office titles.tsv does not name: Presidnet", office.getMessage());
        IllegalStateException backwards = assertThrows(
                IllegalStateException.class,
                () -> new OfficeHolders(
                        List.of(
                                new String[] {"as of", "2025-06-30", "", "", ""},
                                new String[] {"Russia", "President", "Boris Yeltsin", "1999-12", "1991-07"}),
                        List.of()));
        assertEquals(
                "office-holders.tsv: Boris Yeltsin leaves President of Russia before taking it: 1999-12 to 1991-07",
                backwards.getMessage());
    }

    @Test
    void aCountrysLeaderIsTheHolderOfItsLeadingOfficeThatMonth() {
        LocalDate may2023 = LocalDate.of(2023, 5, 20);
        assertTrue(FILE.led("India", "Narendra Modi", may2023), "India's Prime Minister leads it");
        assertTrue(FILE.led("Senegal", "Macky Sall", may2023), "Senegal's President, no Prime Minister on file");
        assertTrue(FILE.led("Russia", "Putin", may2023), "one holder's surname");
        assertFalse(FILE.led("Russia", "Mikhail Mishustin", may2023), "Russia's President leads it, not its PM");
        assertFalse(FILE.led("India", "Droupadi Murmu", may2023), "India's President does not lead it");
        assertFalse(FILE.led("Senegal", "Macky Sall", LocalDate.of(2024, 6, 1)), "out of office by then");
        assertFalse(FILE.led("Finland", "Sauli Niinistö", may2023), "Finland's two offices share the lead");
        assertFalse(
                FILE.led("Cape Verde", "José Maria Neves", may2023),
                "one office on file, which the leading offices say does not lead alone");
        assertTrue(FILE.led("Barbados", "Mia Mottley", may2023), "a Prime Minister, the one office on file");
        assertFalse(
                FILE.led("India", "Narendra Modi", FILE.asOf().plusMonths(2)),
                "after the file's date a term without an end may have ended: it cannot tell");
        IllegalStateException unsaid = assertThrows(
                IllegalStateException.class,
                () -> new OfficeHolders(
                        List.of(
                                new String[] {"as of", "2025-06-30", "", "", ""},
                                new String[] {"Russia", "President", "Vladimir Putin", "2012-05", ""},
                                new String[] {"Russia", "Prime Minister", "Mikhail Mishustin", "2020-01", ""}),
                        List.of()));
        assertEquals(
                "leading-offices.tsv: Russia lists President and Prime Minister; say which leads it, or none",
                unsaid.getMessage());
    }

    @Test
    void aPremierIsLookedUpAsTheFilesPrimeMinister() {
        OfficeHolders file = OfficeHolders.get();
        java.time.LocalDate day = java.time.LocalDate.of(2015, 6, 1);
        assertEquals(file.heldOn("China", "Prime Minister", day), file.heldOn("China", "Premier", day));
        assertEquals(1, file.heldOn("China", "Premier", day).size());
    }
}
