package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** country-regions.tsv: every country in one region, and nearness as a student would judge it. */
class CountryRegionsTest {
    private final Gazetteer gazetteer = Gazetteer.get();

    @Test
    void everyCountryLiesInARegion() {
        List<String> without = gazetteer.countryNames().stream()
                .filter(c -> gazetteer.region(c).isEmpty())
                .toList();
        assertTrue(without.isEmpty(), "no region for " + without);
    }

    @Test
    void aTerritoryIsAPlaceAFactMayNameButNoWrongChoice() {
        assertTrue(Knowledge.get().findCountry("Niue").isPresent(), "read in a list of members");
        assertTrue(!gazetteer.countryNames().contains("Niue")
                && !gazetteer.cityNames().contains("Alofi"));
    }

    @Test
    void neighboursAreNearestAndOtherContinentsFarthest() {
        assertEquals(2, gazetteer.nearness("Mauritania", "Morocco"));
        assertEquals(1, gazetteer.nearness("Mauritania", "Comoros"));
        assertEquals(0, gazetteer.nearness("Mauritania", "China"));
        assertEquals(2, gazetteer.nearness("Kazakhstan", "Armenia"));
        assertEquals(1, gazetteer.nearness("United States", "Chile"));
        assertEquals(0, gazetteer.nearness("United States", "Atlantis"));
    }
}
