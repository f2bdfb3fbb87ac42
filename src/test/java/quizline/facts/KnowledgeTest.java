package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KnowledgeTest {
    private static final Knowledge KNOWLEDGE = Knowledge.get();

    private static Knowledge.Name lookup(String phrase) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        TokenTrie.Match<Knowledge.Name> match = KNOWLEDGE.names.longest(tokens, 0, tokens.size());
        assertEquals(tokens.size(), match == null ? -1 : match.to(), "whole phrase: " + phrase);
        return match.value();
    }

    @Test
    void coversTheWorldNotJustTheArticles() {
        assertTrue(
                KNOWLEDGE.countries().size() >= 195,
                "countries: " + KNOWLEDGE.countries().size());
        List<String> abbreviations = KNOWLEDGE.organisations().stream()
                .map(Knowledge.Organisation::shortName)
                .toList();
        for (String expected : List.of(
                "UN", "NATO", "EU", "ASEAN", "AU", "BRICS", "G20", "G7", "SCO", "CSTO", "EAEU", "OPEC", "WTO")) {
            assertTrue(abbreviations.contains(expected), expected);
        }
    }

    @Test
    void demonymsAndAliases() {
        assertEquals(
                "Kazakhstan", ((Knowledge.Demonym) lookup("Kazakh")).country().name());
        assertEquals(
                "Pakistan", ((Knowledge.Demonym) lookup("Pakistani")).country().name());
        assertEquals(
                "United States",
                ((Knowledge.CountryName) lookup("U.S.")).country().name());
        assertEquals(
                "Turkey", ((Knowledge.CountryName) lookup("Türkiye")).country().name());
        assertEquals(
                "Astana", ((Knowledge.CityName) lookup("Nur-Sultan")).city().name());
        assertEquals(
                "Shanghai Cooperation Organisation",
                ((Knowledge.OrganisationName) lookup("Shanghai Cooperation Organization"))
                        .organisation()
                        .name());
        assertEquals(
                "North Atlantic Treaty Organization",
                ((Knowledge.OrganisationName) lookup("NATO")).organisation().name());
        assertTrue(lookup("Central Asian") instanceof Knowledge.Region, "a region, not a country");
    }

    /** A demonym or alias claimed by two countries would decide facts by file order: none is. */
    @Test
    void noWrittenFormNamesTwoCountries() {
        Map<String, String> owner = new HashMap<>();
        for (Knowledge.Country country : KNOWLEDGE.countries()) {
            for (String written : Stream.of(List.of(country.name()), country.aliases(), country.demonyms())
                    .flatMap(List::stream)
                    .toList()) {
                String previous = owner.put(written, country.name());
                assertTrue(
                        previous == null || previous.equals(country.name()),
                        written + ": " + previous + " and " + country.name());
            }
        }
    }

    @Test
    void titlesIgnoreCaseAndLongerTitlesWin() {
        List<Token> tokens = Tokenizer.tokenize("deputy prime minister");
        assertEquals(
                "Deputy Prime Minister",
                KNOWLEDGE.titles.longest(tokens, 0, tokens.size()).value());
        tokens = Tokenizer.tokenize("Secretary General");
        assertEquals(
                "Secretary-General",
                KNOWLEDGE.titles.longest(tokens, 0, tokens.size()).value());
    }
}
