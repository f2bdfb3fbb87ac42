package quizline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import quizline.facts.Fact;
import quizline.facts.FactKind;
import quizline.pack.Pack;
import quizline.pack.Question;

/** Wrong choices of the answer's own class: heads of state among heads, summit cities among summit cities. */
class PlausibleChoicesTest {
    private static Fact fact(FactKind kind, String subject, String relation, String object) {
        String quote = subject + " " + relation + " " + object + ".";
        return new Fact(kind, subject, relation, object, new TreeMap<>(), "a.txt", 0, quote.length(), quote);
    }

    private static Distractors distractors(Fact... facts) {
        return new Distractors(new FactBase(List.of(new ArticleFacts("a.txt", Optional.empty(), List.of(facts)))));
    }

    @Test
    void aPresidentsWrongTitlesHeadStatesOrGovernmentsToo() {
        Distractors d = distractors(
                fact(FactKind.POSITION, "Ana Souza", "President", "Brazil"),
                fact(FactKind.POSITION, "Li Wen", "spokesman", "China"),
                fact(FactKind.POSITION, "Ravi Menon", "senior fellow", "India"));
        List<String> titles = d.titles("seed", "President", Set.of());
        assertEquals(3, titles.size(), titles.toString());
        assertTrue(titles.stream().allMatch(t -> Offices.kind(t) == Offices.Kind.HEAD), titles.toString());
    }

    @Test
    void aMinistersWrongTitlesAreMinisters() {
        List<String> titles = distractors(fact(FactKind.POSITION, "Ana Souza", "Foreign Minister", "Brazil"))
                .titles("seed", "Foreign Minister", Set.of());
        assertFalse(titles.isEmpty());
        assertTrue(titles.stream().allMatch(t -> Offices.kind(t) == Offices.Kind.MINISTER), titles.toString());
    }

    /**
     * The instructor's review: "Emir" and "Crown Prince" offered for Brazil's President, "spokeswoman" for Russia's
     * spokesman (the same role), "senior fellow" (a think tank's post), "head of state" (true of any President).
     */
    @Test
    void noWrongTitleIsEliminatedAtAGlanceOrTrueInOtherWords() {
        Distractors d = distractors(
                fact(FactKind.POSITION, "Ana Souza", "President", "Brazil"),
                fact(FactKind.POSITION, "Tamim Saud", "Emir", "Qatar"),
                fact(FactKind.POSITION, "Said Omar", "Crown Prince", "Oman"),
                fact(FactKind.POSITION, "Li Wen", "spokesman", "China"),
                fact(FactKind.POSITION, "Mia Lind", "spokeswoman", "Sweden"),
                fact(FactKind.POSITION, "Ravi Menon", "senior fellow", "India"),
                fact(FactKind.POSITION, "Rui Sá", "head of state", "Chile"),
                fact(FactKind.POSITION, "Sean Doyle", "Taoiseach", "Ireland"));
        for (int i = 0; i < 20; i++) {
            List<String> forPresident = d.titles("seed-" + i, "President", Set.of());
            assertEquals(3, forPresident.size(), forPresident.toString());
            assertTrue(forPresident.stream().noneMatch(Offices::hereditary), forPresident.toString());
            assertTrue(
                    forPresident.stream().noneMatch(t -> t.startsWith("head") || t.equals("Taoiseach")),
                    forPresident.toString());
            List<String> forEmir = d.titles("seed-" + i, "Emir", Set.of());
            assertFalse(forEmir.isEmpty());
            assertTrue(forEmir.stream().allMatch(Offices::hereditary), forEmir.toString());
            List<String> forSpokesman = d.titles("seed-" + i, "spokesman", Set.of());
            assertFalse(forSpokesman.isEmpty());
            assertTrue(
                    forSpokesman.stream().noneMatch(t -> t.startsWith("spokes") || t.contains("fellow")),
                    forSpokesman.toString());
        }
        assertTrue(Offices.sameRole("Chairman", "Chairperson"));
        assertFalse(Offices.sameRole("Chairman", "Vice Chairman"));
    }

    @Test
    void hostCitiesComeFromTheOrganisationsOtherSummits() {
        List<String> cities = distractors(fact(FactKind.HOST, "2024 SCO summit", "held in", "Astana"))
                .summitCities("seed", "Astana", List.of(), Optional.of("SCO"), List.of());
        assertEquals(3, cities.size(), cities.toString());
        assertTrue(
                List.of("Qingdao", "Bishkek", "Dushanbe", "Samarkand", "New Delhi", "Tianjin")
                        .containsAll(cities),
                cities.toString());
    }

    @Test
    void anOrganisationWithFewKnownSummitsBorrowsOtherSummitCities() {
        List<String> cities = distractors(fact(FactKind.HOST, "2023 CSTO summit", "held in", "Yerevan"))
                .summitCities("seed", "Yerevan", List.of(), Optional.of("CSTO"), List.of());
        assertEquals(3, cities.size(), cities.toString());
        assertFalse(cities.contains("Yerevan"));
    }

    /** The instructor's review: Osaka, Vilnius and Fasano offered for a CSTO summit. Its members' capitals come first. */
    @Test
    void anOrganisationsSummitCitiesAreFollowedByItsMembersCapitals() {
        List<String> members = List.of("Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan");
        Distractors d = distractors(
                fact(FactKind.HOST, "2023 CSTO summit", "held in", "Yerevan"),
                fact(FactKind.HOST, "2023 G7 summit", "held in", "Hiroshima"),
                fact(FactKind.HOST, "2023 NATO summit", "held in", "Vilnius"));
        for (int i = 0; i < 10; i++) {
            List<String> cities = d.summitCities("seed-" + i, "Yerevan", List.of(), Optional.of("CSTO"), members);
            assertEquals(3, cities.size(), cities.toString());
            assertTrue(
                    List.of("Minsk", "Astana", "Bishkek", "Moscow", "Dushanbe", "Saint Petersburg", "Sochi")
                            .containsAll(cities),
                    cities.toString());
        }
    }

    /** The instructor's review: Putin and Lula offered as King of Bahrain. Rulers are offered for rulers, or none. */
    @Test
    void aRulersRivalsAreRulersAndAPresidentsArePresidents() {
        Distractors d = distractors(
                fact(FactKind.POSITION, "Hamad Isa", "King", "Bahrain"),
                fact(FactKind.POSITION, "Tamim Saud", "Emir", "Qatar"),
                fact(FactKind.POSITION, "Salman Aziz", "King", "Saudi Arabia"),
                fact(FactKind.POSITION, "Ana Souza", "President", "Brazil"),
                fact(FactKind.POSITION, "Luis Vera", "President", "Chile"),
                fact(FactKind.POSITION, "Rui Sá", "President", "Peru"));
        assertEquals(Set.of("Tamim Saud", "Salman Aziz"), Set.copyOf(d.people("seed", "Hamad Isa", Set.of(), "King")));
        assertEquals(Set.of("Luis Vera", "Rui Sá"), Set.copyOf(d.people("seed", "Ana Souza", Set.of(), "President")));
    }

    /** The instructor's review: Mauritania's President beside Xi Jinping and Ursula von der Leyen. */
    @Test
    void aLeadersRivalsComeFromTheAnswersOwnPartOfTheWorldFirst() {
        Distractors d = distractors(
                fact(FactKind.POSITION, "Omar Ould", "President", "Mauritania"),
                fact(FactKind.POSITION, "Ali Kamara", "President", "Senegal"),
                fact(FactKind.POSITION, "Musa Bello", "President", "Nigeria"),
                fact(FactKind.POSITION, "Jane Banda", "President", "Zambia"),
                fact(FactKind.POSITION, "Li Wen", "President", "China"),
                fact(FactKind.POSITION, "Ana Souza", "President", "Brazil"),
                fact(FactKind.POSITION, "Karl Berg", "President", "Austria"));
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    Set.of("Ali Kamara", "Musa Bello", "Jane Banda"),
                    Set.copyOf(d.people("seed-" + i, "Omar Ould", Set.of(), "President")));
        }
        // West Africa before the rest of Africa: two of the three are Senegal's and Nigeria's
        List<String> two = d.people("seed", "Omar Ould", Set.of("Jane Banda"), "President");
        assertTrue(two.containsAll(List.of("Ali Kamara", "Musa Bello")), two.toString());
    }

    /** The instructor's review: Belarus and Ukraine offered as hosts of the Summit of the Americas. */
    @Test
    void aHostCountrysRivalsAreItsNeighboursWhenNoOrganisationIsNamed() {
        Distractors d = distractors(
                fact(FactKind.POSITION, "Karl Berg", "President", "Belarus"),
                fact(FactKind.POSITION, "Li Wen", "President", "Ukraine"),
                fact(FactKind.POSITION, "Ana Souza", "President", "Chile"));
        for (int i = 0; i < 10; i++) {
            List<String> countries = d.countries("seed-" + i, "United States", Set.of());
            assertEquals(3, countries.size(), countries.toString());
            assertTrue(
                    countries.stream()
                            .allMatch(c -> quizline.facts.Gazetteer.get()
                                    .region(c)
                                    .orElseThrow()
                                    .continent()
                                    .equals("Americas")),
                    countries.toString());
            assertTrue(countries.containsAll(List.of("Canada", "Mexico")), countries.toString());
        }
    }

    /** Without summits of its own on file, a city's rivals are the capitals nearest to it: not Madrid for Addis Ababa. */
    @Test
    void aCityWithNoKnownSummitsHasNearbyCapitalsAsRivals() {
        Distractors d = distractors(
                fact(FactKind.HOST, "2023 EU summit", "held in", "Brussels"),
                fact(FactKind.HOST, "2016 G20 summit", "held in", "Hangzhou"));
        List<String> cities = d.summitCities("seed", "Addis Ababa", List.of(), Optional.empty(), List.of());
        assertEquals(3, cities.size(), cities.toString());
        for (String city : cities) {
            String country =
                    quizline.facts.Gazetteer.get().city(city).orElseThrow().country();
            assertEquals(
                    "Africa",
                    quizline.facts.Gazetteer.get().region(country).orElseThrow().continent(),
                    city);
        }
    }

    /** The instructor's review: "Queen" offered as the title of King Hamad. */
    @Test
    void aKingsWrongTitlesAreNotAQueensTitle() {
        Distractors d = distractors(
                fact(FactKind.POSITION, "Hamad Isa", "King", "Bahrain"),
                fact(FactKind.POSITION, "Tamim Saud", "Emir", "Qatar"),
                fact(FactKind.POSITION, "Salim Nour", "Crown Prince", "Kuwait"));
        for (int i = 0; i < 10; i++) {
            List<String> titles = d.titles("seed-" + i, "King", Set.of());
            assertFalse(titles.contains("Queen"), titles.toString());
        }
    }

    /** The instructor's review: India, Indonesia and Ethiopia offered beside Paraguay as members of Mercosur. */
    @Test
    void anOrganisationsWrongMembersComeFromTheAnswersContinentFirst() {
        Pack pack = DraftGeneratorTest.generate(new Facts().member("Paraguay", "member", "Mercosur"));
        Question.Choice c = pack.questions().stream()
                .filter(q -> q instanceof Question.Choice)
                .map(q -> (Question.Choice) q)
                .findFirst()
                .orElseThrow();
        for (String choice : c.choices()) {
            assertEquals(
                    "Americas",
                    quizline.facts.Gazetteer.get().region(choice).orElseThrow().continent(),
                    c.choices().toString());
        }
    }

    /** The instructor's review: Ireland's Taoiseach beside a provincial ruler and an assistant secretary. */
    @Test
    void aTaoiseachsRivalsAreOtherHeadsOfGovernment() {
        Distractors d = distractors(
                fact(FactKind.POSITION, "Leo Varadkar", "Taoiseach", "Ireland"),
                fact(FactKind.POSITION, "Ulf Berg", "Prime Minister", "Sweden"),
                fact(FactKind.POSITION, "Karl Maas", "Prime Minister", "Netherlands"),
                fact(FactKind.POSITION, "Viktor Nagy", "Prime Minister", "Hungary"),
                fact(FactKind.POSITION, "Dan Cruz", "Assistant Secretary for ASEAN Affairs", "Philippines"),
                fact(FactKind.POSITION, "Hamad Sharqi", "Ruler", "Fujairah"));
        assertEquals(
                Set.of("Ulf Berg", "Karl Maas", "Viktor Nagy"),
                Set.copyOf(d.people("seed", "Leo Varadkar", Set.of(), "Taoiseach")));
    }

    /** The instructor's review: "Lula da Silva" and "Luiz Inácio Lula da Silva" as two wrong choices of one question. */
    @Test
    void twoFormsOfOnePersonsNameAreNeverBothChoices() {
        Distractors d = distractors(
                fact(FactKind.POSITION, "Joe Biden", "President", "United States"),
                fact(FactKind.POSITION, "Luiz Inácio Lula da Silva", "President", "Brazil"),
                fact(FactKind.POSITION, "Lula da Silva", "President", "Brazil"),
                fact(FactKind.POSITION, "Gustavo Petro", "President", "Colombia"),
                fact(FactKind.POSITION, "Gabriel Boric", "President", "Chile"));
        for (int i = 0; i < 20; i++) {
            List<String> rivals = d.people("seed-" + i, "Joe Biden", Set.of(), "President");
            assertFalse(
                    rivals.contains("Lula da Silva") && rivals.contains("Luiz Inácio Lula da Silva"),
                    rivals.toString());
        }
        List<String> forLula = d.people("seed", "Luiz Inácio Lula da Silva", Set.of(), "President");
        assertFalse(forLula.contains("Lula da Silva"), forLula.toString());
    }

    @Test
    void aSummitNamedByItsOrganisationsAbbreviationOrNameInAnyCaseIsThatOrganisations() {
        assertEquals(Optional.of("African Union"), HostQuestions.organisationOf("37th AU summit"));
        assertEquals(
                Optional.of("Commonwealth of Independent States"),
                HostQuestions.organisationOf("2021 informal CIS summit"));
        assertEquals(Optional.of("Mercosur"), HostQuestions.organisationOf("LXII MERCOSUR summit"));
        assertEquals(Optional.of("Arab League"), HostQuestions.organisationOf("2024 33rd Arab League summit"));
        assertEquals(
                Optional.of("Summit of the Americas"), HostQuestions.organisationOf("2022 Summit of the Americas"));
        assertEquals(Optional.empty(), HostQuestions.organisationOf("2023 Kazan summit"));
    }

    @Test
    void twoInFiveStatementsAreDrawnFalseByTheirId() {
        long keyedFalse = java.util.stream.IntStream.range(0, 3000)
                .filter(i -> Falsehoods.keyedFalse("question-" + i))
                .count();
        assertTrue(keyedFalse > 1100 && keyedFalse < 1300, keyedFalse + " of 3000");
        assertEquals(
                Falsehoods.keyedFalse("member-chile-member-mercosur-truefalse"),
                Falsehoods.keyedFalse("member-chile-member-mercosur-truefalse"),
                "the same id, the same key");
    }

    @Test
    void aFalseStatementGivesTheOtherHeadsTitleOrAnExcludedStatusOnlyAsOfADate() {
        java.time.LocalDate july = java.time.LocalDate.of(2024, 7, 1);
        List<String> falseOnes = new java.util.ArrayList<>();
        for (String country :
                List.of("Chile", "Peru", "Brazil", "Mexico", "Colombia", "Ecuador", "Bolivia", "Uruguay", "Paraguay")) {
            Fact president = new Fact(
                    FactKind.POSITION,
                    "Ana " + country,
                    "President",
                    country,
                    new TreeMap<>(),
                    "a.txt",
                    0,
                    3,
                    "Ana",
                    Optional.of(july),
                    "test",
                    0.9);
            FactBase base = new FactBase(List.of(new ArticleFacts("a.txt", Optional.of(july), List.of(president))));
            new PositionQuestions(base, new Distractors(base))
                    .of(base.facts().get(0), Set.of()).stream()
                            .map(c -> c.generated().question())
                            .filter(q -> q instanceof quizline.pack.Question.TrueFalse tf && !tf.answer())
                            .forEach(q -> falseOnes.add(q.prompt()));
        }
        assertFalse(falseOnes.isEmpty(), "some of nine presidents are asked falsely");
        // Mexico, Bolivia and the others whose President heads the government have no Prime Minister to name
        assertTrue(
                falseOnes.stream()
                        .allMatch(p ->
                                p.matches("True or false: as of July 2024, Ana (\\w+) was the Prime Minister of \\1\\.")
                                                && Set.of("Peru").contains(p.replaceAll(".* of (\\w+)\\.$", "$1"))
                                        || p.matches(
                                                        "True or false: as of July 2024, Ana (\\w+) was the Foreign Minister of \\1\\.")
                                                && Offices.presidential(p.replaceAll(".* of (\\w+)\\.$", "$1"))),
                falseOnes.toString());
    }

    /**
     * The third review wanted a country's own politicians for its offices: those who held the office at other
     * times, nearest first, and who held its other offices then; never anyone holding it that month.
     */
    @Test
    void aHolderIsOfferedWithWhoHeldTheOfficeAtOtherTimes() {
        Distractors d = distractors(
                fact(FactKind.POSITION, "Vladimir Putin", "President", "Russia"),
                fact(FactKind.POSITION, "Joe Biden", "President", "United States"),
                fact(FactKind.POSITION, "Xi Jinping", "President", "China"),
                fact(FactKind.POSITION, "Mohamed Ould Cheikh Ghazouani", "Chairperson", "African Union"));
        java.time.LocalDate august2023 = java.time.LocalDate.of(2023, 8, 22);
        assertEquals(
                Set.of("Dmitry Medvedev", "Boris Yeltsin", "Mikhail Mishustin"),
                Set.copyOf(d.people("russia", "Vladimir Putin", Set.of(), "President", "Russia", august2023)));
        List<String> american = d.people(
                "usa", "Joe Biden", Set.of(), "President", "United States", java.time.LocalDate.of(2024, 3, 6));
        assertTrue(american.containsAll(List.of("Donald Trump", "Barack Obama")), american.toString());
        // February 2024: Azali Assoumani handed the chair to Ghazouani that month, so he is no wrong answer
        List<String> chair = d.people(
                "au",
                "Mohamed Ould Cheikh Ghazouani",
                Set.of(),
                "Chairperson",
                "African Union",
                java.time.LocalDate.of(2024, 2, 17));
        assertEquals(3, chair.size(), chair.toString());
        assertFalse(chair.contains("Azali Assoumani"), chair.toString());
        assertFalse(chair.stream().anyMatch(p -> People.samePerson(p, "Mohamed Ould Ghazouani")), chair.toString());
    }

    /** Where the file does not say the answer held the office that month, it offers nobody from it. */
    @Test
    void aHolderTheFileDoesNotKnowGetsRivalsFromTheArticlesOnly() {
        Distractors d = distractors(
                fact(FactKind.POSITION, "Ana Souza", "President", "Russia"),
                fact(FactKind.POSITION, "Joe Biden", "President", "United States"),
                fact(FactKind.POSITION, "Xi Jinping", "President", "China"),
                fact(FactKind.POSITION, "Emmanuel Macron", "President", "France"));
        List<String> rivals =
                d.people("souza", "Ana Souza", Set.of(), "President", "Russia", java.time.LocalDate.of(2023, 8, 22));
        assertEquals(Set.of("Joe Biden", "Xi Jinping", "Emmanuel Macron"), Set.copyOf(rivals));
    }

    /** The fourth review: "Prime Minister" offered as the title of Brazil's or Mexico's President is eliminated. */
    @Test
    void aPresidentWhoHeadsTheGovernmentIsOfferedMinistersNotAPrimeMinister() {
        Distractors d = distractors(
                fact(FactKind.POSITION, "Ana Souza", "President", "Brazil"),
                fact(FactKind.POSITION, "Luis Vega", "Prime Minister", "Peru"),
                fact(FactKind.POSITION, "Rui Sá", "Foreign Minister", "Chile"),
                fact(FactKind.POSITION, "Mia Lind", "Finance Minister", "Sweden"),
                fact(FactKind.POSITION, "Tamim Saud", "Supreme Leader", "Iran"));
        List<String> titles = d.titles("seed", "President", Set.of(), "Brazil");
        assertFalse(titles.isEmpty());
        assertTrue(
                titles.stream()
                        .noneMatch(t ->
                                t.contains("Prime Minister") || t.equals("Chancellor") || t.equals("Supreme Leader")),
                titles.toString());
        assertTrue(d.titles("seed", "President", Set.of(), "Peru").contains("Prime Minister"));
    }

    /**
     * Another country's minister offered as Brazil's Energy Minister is eliminated at a glance: without the place's own
     * people in the office-holders file, a minister's or an organisation officer's question is typed.
     */
    @Test
    void aMinisterWithoutOwnRivalsGetsNoneFromOtherCountries() {
        Distractors d = distractors(
                fact(FactKind.POSITION, "Ana Souza", "Energy Minister", "Brazil"),
                fact(FactKind.POSITION, "Luis Vega", "Oil Minister", "Venezuela"),
                fact(FactKind.POSITION, "Rui Sá", "Foreign Minister", "Mexico"),
                fact(FactKind.POSITION, "Ivan Petrov", "Executive Secretary", "Commonwealth of Independent States"));
        java.time.LocalDate day = java.time.LocalDate.of(2023, 11, 30);
        assertEquals(List.of(), d.people("energy", "Ana Souza", Set.of(), "Energy Minister", "Brazil", day));
        assertEquals(
                List.of(),
                d.people(
                        "cis",
                        "Ivan Petrov",
                        Set.of(),
                        "Executive Secretary",
                        "Commonwealth of Independent States",
                        day));
    }

    /** "Ulf Kristerson", as an article misspells him, is asked as the office-holders file spells him. */
    @Test
    void aHolderTheArticlesMisspellIsAskedAsTheFileSpellsHim() {
        Person written = new Person("Ulf Kristerson", List.of());
        Person asked = PositionQuestions.spelledAsTheFile(
                written, "Prime Minister", "Sweden", java.time.LocalDate.of(2024, 3, 7));
        assertEquals(new Person("Ulf Kristersson", List.of("Ulf Kristerson")), asked);
        Person zelensky = new Person("Volodymyr Zelensky", List.of());
        assertEquals(
                zelensky,
                PositionQuestions.spelledAsTheFile(
                        zelensky, "President", "Ukraine", java.time.LocalDate.of(2024, 3, 7)));
    }

    /** "Lula da Silva" in one article and "Luiz Inácio Lula da Silva" in another are one person, asked once. */
    @Test
    void aShortFormOfOneLongerNameIsThatPerson() {
        People people =
                new People(List.of("Luiz Inácio Lula da Silva", "Lula da Silva", "Shehbaz Sharif", "Nawaz Sharif"));
        assertEquals("Luiz Inácio Lula da Silva", people.canonical("Lula da Silva"));
        assertEquals("Nawaz Sharif", people.canonical("Nawaz Sharif"));
        People two = new People(List.of("Khalid bin Salman", "Mohammed bin Salman", "bin Salman"));
        assertEquals("bin Salman", two.canonical("bin Salman"), "two longer names end so: nobody is guessed");
    }

    /** The sixth review: "López Obrador" is how news names him, and the file's spelling "Kristersson" is accepted alone. */
    @Test
    void aTypedNameAcceptsTheDoubleSurnameAndTheFilesSurname() {
        People people =
                new People(List.of("Andrés Manuel López Obrador", "Ulf Kristerson", "Luiz Inácio Lula da Silva"));
        assertTrue(people.accepted(people.person("Andrés Manuel López Obrador")).contains("López Obrador"));
        assertFalse(people.accepted(people.person("Luiz Inácio Lula da Silva")).contains("Lula da"));
        Person asked = PositionQuestions.spelledAsTheFile(
                people.person("Ulf Kristerson"), "Prime Minister", "Sweden", java.time.LocalDate.of(2024, 3, 7));
        assertTrue(
                people.accepted(asked).containsAll(List.of("Ulf Kristerson", "Kristersson")),
                people.accepted(asked).toString());
    }
}
