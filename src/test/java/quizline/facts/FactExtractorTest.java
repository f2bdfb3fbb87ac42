package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.SharedFolder;

/** Extraction on short texts written for these tests (the people in them are invented). */
class FactExtractorTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();

    private static List<Fact> facts(String text) {
        return EXTRACTOR.extract(Article.undated("test.txt", text));
    }

    private static List<Fact> facts(String text, LocalDate published) {
        return EXTRACTOR.extract(new Article("test.txt", text, Optional.of(published)));
    }

    private static List<String> triples(List<Fact> facts) {
        return facts.stream()
                .map(f -> f.kind().label() + ": " + f.subject() + " | " + f.relation() + " | " + f.object())
                .toList();
    }

    @Test
    void demonymsResolveToCountries() {
        assertEquals(
                List.of(
                        "position: Amara Okonkwo | President | Kazakhstan",
                        "position: Tomas Brenner | Prime Minister | Pakistan"),
                triples(facts("Kazakh President Amara Okonkwo met Pakistani Prime Minister Tomas Brenner.")));
        assertEquals(
                List.of("position: Lena Varga | Foreign Minister | Russia"),
                triples(facts("Russian Foreign Minister Lena Varga spoke first.")));
    }

    @Test
    void abbreviationsResolveToFullNames() {
        assertEquals(
                List.of("member: Belarus | joined | Shanghai Cooperation Organisation"),
                triples(facts("Belarus joined the SCO last year.")));
        assertEquals(
                List.of("position: Ines Carvalho | Secretary-General | United Nations"),
                triples(facts("U.N. Secretary-General Ines Carvalho arrived late.")));
        assertEquals(
                List.of("member: Sweden | member | North Atlantic Treaty Organization"),
                triples(facts("Sweden, a NATO member since last year, sent troops.")));
    }

    @Test
    void generalPhrasingsOfTitles() {
        assertEquals(
                List.of("position: Amara Okonkwo | President | Ghana"),
                triples(facts("Amara Okonkwo, the president of Ghana, opened the meeting.")));
        assertEquals(
                List.of("position: Tomas Brenner | Prime Minister | Canada"),
                triples(facts("Canada's prime minister Tomas Brenner disagreed.")));
        assertEquals(
                List.of("position: Lena Varga | acting President | Peru"),
                triples(facts(
                        "The talks were chaired by the acting president of Peru, Lena Varga, for the first time.")));
        assertEquals(
                List.of("position: Ken Aoki | Chancellor | Germany"),
                triples(facts("Chancellor Ken Aoki of Germany left early.")));
        assertEquals(
                List.of("position: Ana Souza | spokeswoman | Foreign Ministry of Brazil"),
                triples(facts("Brazilian Foreign Ministry spokeswoman Ana Souza declined to comment.")));
        assertEquals(
                List.of("position: Kofi Mensah | senior fellow | Carnegie Endowment for International Peace"),
                triples(facts(
                        "Kofi Mensah, a senior fellow at the Carnegie Endowment for International Peace, disagreed.")));
    }

    @Test
    void surnamesResolveToTheFullNameFirstWritten() {
        List<Fact> facts =
                facts("Amara Okonkwo arrived on Monday. Later, Ghanaian President Okonkwo addressed the assembly. "
                        + "Ms. Okonkwo, Ghana's president, left at noon.");
        assertEquals(
                List.of("Amara Okonkwo", "Amara Okonkwo"),
                facts.stream().map(Fact::subject).toList());
    }

    @Test
    void aSurnameSharedByTwoPeopleResolvesToNobody() {
        assertEquals(List.of(), facts("Amara Okonkwo and Chidi Okonkwo arrived. Ghanaian President Okonkwo spoke."));
    }

    @Test
    void lateTitlesAndNegationsGiveNoFact() {
        assertEquals(
                List.of("position: Ana Souza | former President | Brazil"),
                triples(
                        facts(
                                "Former Brazilian President Ana Souza spoke. The late president of Chile, Rui Costa, was honoured.")),
                "a former holder is named as former");
        assertEquals(List.of(), facts("Ukraine is not a member of NATO. Norway has not joined the European Union."));
        assertEquals(List.of(), facts("Observer states and dialogue partners include Turkey, Egypt and Qatar."));
    }

    @Test
    void membershipLists() {
        assertEquals(
                List.of(
                        "member: Brazil | founding member | BRICS",
                        "member: Russia | founding member | BRICS",
                        "member: India | founding member | BRICS",
                        "member: China | founding member | BRICS",
                        "date: founding of BRICS | date | 2009"),
                triples(facts("BRICS was founded in 2009 by Brazil, Russia, India and China.")));
        assertEquals(
                List.of(
                        "member: Egypt | member | BRICS",
                        "member: Ethiopia | member | BRICS",
                        "member: Iran | prospective member | BRICS"),
                triples(facts("The BRICS bloc's membership includes Egypt, Ethiopia and prospective member Iran.")));
    }

    @Test
    void hostsNameTheSummitAndTheCity() {
        List<Fact> facts = facts("The 2023 ASEAN summit, hosted by Indonesia in Jakarta, ended on Friday.");
        assertEquals(
                // the year before "summit" is the summit's name, not a date the sentence tells
                List.of("host: 2023 ASEAN summit | held in | Jakarta"), triples(facts));
        assertEquals(Map.of("country", "Indonesia"), facts.get(0).qualifiers());
        assertEquals(
                List.of("host: G7 summit | held in | Hiroshima"),
                triples(facts("Leaders arrived for the G7 summit in Hiroshima.")));
        assertEquals(
                List.of("host: AU summit | held in | Addis Ababa"),
                triples(facts("The annual meeting of the African Union in the capital of Ethiopia closed.")));
    }

    @Test
    void otherSummitsAreNotTheArticlesSummit() {
        LocalDate published = LocalDate.of(2024, 7, 10);
        assertEquals(
                List.of("host: 2023 NATO summit | held in | Vilnius", "date: 2023 NATO summit | date | 2023"),
                triples(facts("Leaders recalled the NATO summit in Vilnius last year.", published)));
        assertEquals(List.of(), triples(facts("The next NATO summit will be held in The Hague.", published)));
        assertEquals(
                List.of("host: 2024 NATO summit | held in | Washington"),
                triples(facts("The NATO summit in Washington opened with a dinner.", published)));
        assertEquals(
                List.of("host: 2024 75th NATO summit | held in | Washington"),
                triples(facts("The 75th NATO summit in Washington opened with a dinner.", published)));
    }

    @Test
    void moreMembershipPhrasing() {
        assertEquals(
                List.of("member: Norway | member | North Atlantic Treaty Organization"),
                triples(facts("Norway, which is a member of NATO, sent ships.")));
        assertEquals(
                List.of(
                        "member: Poland | member | North Atlantic Treaty Organization",
                        "member: Lithuania | member | North Atlantic Treaty Organization"),
                triples(facts("NATO members Poland and Lithuania asked for more troops.")));
        assertEquals(
                List.of("member: Serbia | prospective member | European Union"),
                triples(facts("Serbia, which is not a member of the EU, applied to join the bloc in 2009.")),
                "an applicant, never a member");
        assertEquals(
                List.of(
                        "member: Poland | joined | North Atlantic Treaty Organization",
                        "date: accession of Poland to NATO | date | 1999",
                        "member: Hungary | joined | North Atlantic Treaty Organization",
                        "date: accession of Hungary to NATO | date | 1999"),
                triples(facts("The Warsaw Pact's former members Poland and Hungary joined NATO in 1999.")));
        assertEquals(
                List.of("member: Iran | prospective member | BRICS", "member: Egypt | prospective member | BRICS"),
                triples(facts("The BRICS bloc named prospective members Iran and Egypt.")));
        assertEquals(
                List.of("member: Bolivia | prospective member | Mercosur"),
                triples(facts("Bolivia is a prospective member of Mercosur.")));
        assertEquals(
                List.of("date: founding of NATO | date | 1949"),
                triples(facts("NATO, founded in 1949, now has 32 members.")));
    }

    @Test
    void relativeDatesResolveAgainstTheArticleDate() {
        String text = "Belarus joined the SCO on Thursday.";
        List<Fact> dated = facts(text, LocalDate.of(2024, 7, 5)); // a Friday
        assertEquals(
                Map.of("date", "2024-07-04", "resolved_from", "Thursday"),
                dated.get(0).qualifiers());
        assertEquals(0.8, dated.get(0).confidence(), "a resolved date is one step of doubt");
        assertEquals(Optional.of(LocalDate.of(2024, 7, 5)), dated.get(0).asOf(), "true as of the article's date");
        List<Fact> undated = facts(text);
        assertEquals(Map.of("when", "Thursday"), undated.get(0).qualifiers(), "kept as written, never guessed");
        assertEquals(
                List.of("date: 2024 SCO summit | date | 2024-07-04"),
                triples(facts("Leaders on Thursday attended the SCO summit.", LocalDate.of(2024, 7, 4))));
        assertEquals(List.of(), triples(facts("Leaders on Thursday attended the SCO summit.")));
    }

    @Test
    void absoluteDatesAndEvents() {
        assertEquals(
                List.of("date: invasion of Ukraine | date | 2022-02-24"),
                triples(facts("Fighting began with the invasion of Ukraine on 24 February 2022.")));
        assertEquals(
                List.of("date: founding of ASEAN | date | 1967"),
                triples(facts("Since its founding in 1967, ASEAN has grown to ten members.")));
    }

    @Test
    void quotesAreExactOffsetsOfTheFixtureArticles() throws IOException {
        assertQuotesAreExactOffsets(FactQualityTest.RESOURCES.resolve("fixtures"));
    }

    @Test
    void quotesAreExactOffsetsOfTheSharedArticles() throws IOException {
        assertQuotesAreExactOffsets(SharedFolder.articles());
    }

    private static void assertQuotesAreExactOffsets(Path folder) throws IOException {
        List<String> names = GoldFacts.articleFiles(folder);
        assertFalse(names.isEmpty(), "no articles in " + folder);
        int facts = 0;
        for (String name : names) {
            String text = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
            for (Fact fact : EXTRACTOR.extract(Article.undated(name, text))) {
                assertEquals(fact.quote(), text.substring(fact.start(), fact.end()), name);
                assertEquals(name, fact.article());
                facts++;
            }
        }
        assertTrue(facts > 0, "no facts extracted from " + folder);
    }

    @Test
    void theSameArticleGivesTheSameFacts() {
        String text =
                "Kazakh President Amara Okonkwo met Pakistani Prime Minister Tomas Brenner. Belarus joined the SCO.";
        assertEquals(facts(text), facts(text));
    }

    @Test
    void headerDates() {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 2)), HeaderDate.of("March 2, 2024\n\nText"));
        assertEquals(Optional.of(LocalDate.of(2023, 9, 9)), HeaderDate.of("\nSaturday, September 9, 2023\nText"));
        assertEquals(Optional.of(LocalDate.of(2024, 10, 9)), HeaderDate.of("9 October 2024\n"));
        assertEquals(Optional.empty(), HeaderDate.of("Leaders met on March 2, 2024\n"));
    }

    @Test
    void javaCodeNamesNobodyFromTheArticles() throws IOException {
        String code;
        try (var files = Files.walk(Path.of("src", "main", "java", "quizline", "facts"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
            code = all.toString();
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line :
                Files.readAllLines(FactQualityTest.RESOURCES.resolve("gold/articles.jsonl"), StandardCharsets.UTF_8)) {
            var fact = json.readTree(line);
            if (fact.get("kind").asText().equals("position")) {
                for (String part : fact.get("subject").asText().split(" ")) {
                    boolean named = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(part) + "\\b")
                            .matcher(code)
                            .find();
                    assertFalse(part.length() > 2 && named, "Java code names " + part);
                }
            }
        }
        assertTrue(code.contains("class FactExtractor"));
    }
}
