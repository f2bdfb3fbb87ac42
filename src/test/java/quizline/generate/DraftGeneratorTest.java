package quizline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.facts.FactKind;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.SourceRef;

/** The questions each kind of fact can give, exactly, before the one or two that fit best are picked ({@link FactPickTest}). */
class DraftGeneratorTest {
    static Pack generate(Facts facts) {
        return DraftGenerator.everyCandidate(new DraftSpec("t", "T", Optional.empty()), facts.article());
    }

    static Question question(Pack pack, String id) {
        return pack.question(id)
                .orElseThrow(() -> new AssertionError("no question " + id + " in "
                        + pack.questions().stream().map(Question::id).toList()));
    }

    static final SourceRef FIRST = new SourceRef(Facts.ARTICLE, 0, 11);

    @Test
    void aPositionAsksWhoHoldsTheTitleWhichTitleWhichCountryAndAClozeOnThePlace() {
        String KEY = "position-ana-lima-president-chile";
        Pack pack = generate(new Facts()
                .position("Ana Lima", "President", "Chile")
                .position("Tomas Berg", "Prime Minister", "Ghana")
                .position("Rui Sousa", "President", "Peru"));
        String statement = "As of March 2025, Ana Lima was the President of Chile."; // the article's date
        List<String> tags = List.of("people");
        assertEquals(
                new Question.Short(
                        "position-ana-lima-president-chile-short",
                        "As of March 2025, who was the President of Chile?",
                        "Ana Lima",
                        List.of("Lima"),
                        tags,
                        statement,
                        FIRST,
                        "draft",
                        Facts.DATE,
                        KEY),
                question(pack, "position-ana-lima-president-chile-short"));
        assertEquals(
                new Question.Cloze(
                        "position-ana-lima-president-chile-cloze",
                        "As of March 2025, Ana Lima was the President of {{Chile}}.",
                        tags,
                        statement,
                        FIRST,
                        "draft",
                        Facts.DATE,
                        KEY),
                question(pack, "position-ana-lima-president-chile-cloze"));
        assertEquals(
                new Question.Choice(
                        "position-ana-lima-president-chile-choice",
                        "As of March 2025, which of these people was the President of Chile?",
                        List.of("Rui Sousa", "Tomas Berg", "Ana Lima"),
                        2,
                        tags,
                        statement,
                        FIRST,
                        "draft",
                        Facts.DATE,
                        KEY),
                question(pack, "position-ana-lima-president-chile-choice"));
        Question.Choice title = (Question.Choice) question(pack, "position-ana-lima-president-chile-title-choice");
        assertEquals("As of March 2025, which title did Ana Lima hold in Chile?", title.prompt());
        assertEquals("President", title.choices().get(title.answer()));
        assertEquals(4, title.choices().size());
        Question.Choice country = (Question.Choice) question(pack, "position-ana-lima-president-chile-country-choice");
        assertEquals("As of March 2025, of which country was Ana Lima the President?", country.prompt());
        assertEquals("Chile", country.choices().get(country.answer()));
        assertTrue(
                pack.questions().stream()
                        .anyMatch(q -> q.id().startsWith("position-ana-lima-president-chile-truefalse")),
                "a statement to judge, true or false by its id");
        assertEquals(18, pack.questions().size(), "six of each: who (choice, typed), title, country, statement, cloze");
    }

    @Test
    void onlyLeadersAreAskedWhichCountryTheyLeadAndOrganisationsTakeThe() {
        Pack pack = generate(new Facts().position("Rui Sousa", "Secretary-General", "United Nations"));
        assertEquals(
                "As of March 2025, who was the Secretary-General of the United Nations?",
                question(pack, "position-rui-sousa-secretary-general-un-short").prompt());
        assertEquals(
                "As of March 2025, Rui Sousa was the Secretary-General of the {{United Nations|UN|U.N.}}.",
                question(pack, "position-rui-sousa-secretary-general-un-cloze").prompt());
        assertTrue(pack.question("position-rui-sousa-secretary-general-un-country-choice")
                .isEmpty());
    }

    @Test
    void twoHoldersOfOneOfficeMakeWhoIsAmbiguousSoItIsNotAsked() {
        Pack pack = generate(
                new Facts().position("Ana Lima", "President", "Chile").position("Luis Vera", "President", "Chile"));
        assertTrue(pack.question("position-ana-lima-president-chile-short").isEmpty());
        assertTrue(pack.question("position-ana-lima-president-chile-choice").isEmpty());
        assertTrue(pack.question("position-ana-lima-president-chile-cloze").isPresent());
    }

    @Test
    void aMembershipIsAStatementToJudgeAndAChoiceAmongCountriesNeverAClozeOnTheOrganisation() {
        Pack pack = generate(new Facts()
                .member("Ghana", "founding member", "African Union")
                .member("Chile", "observer", "African Union"));
        String statement = "Ghana is a founding member of the African Union.";
        List<String> tags = List.of("members");
        assertTrue(
                pack.questions().stream().noneMatch(q -> q.id().startsWith("member-") && q.id().endsWith("-cloze")),
                "no cloze blanks the organisation: \"Ghana is a founding member of the ___\" has several answers");
        Question.Choice choice = (Question.Choice) question(pack, "member-ghana-founding-member-au-choice");
        assertEquals("Which of these countries is a founding member of the African Union?", choice.prompt());
        assertEquals("Ghana", choice.choices().get(choice.answer()));
        assertEquals(
                "True or false: as of March 2025, Chile was an observer of the African Union.",
                question(pack, "member-chile-observer-au-truefalse").prompt());
    }

    /**
     * The instructor's review rejected near-duplicates: "Ghana is a member" beside "Ghana is a founding member", and
     * "in what year did Cambodia accede to ASEAN" beside the question on Cambodia joining in 1999. The stronger
     * fact alone is asked; a plain membership no other fact says is still asked.
     */
    @Test
    void aFactAStrongerFactAlreadySaysIsNotAskedAgain() {
        Pack pack = generate(new Facts()
                .member("Ghana", "member", "African Union")
                .member("Ghana", "founding member", "African Union")
                .add(FactKind.MEMBER, "Cambodia", "joined", "ASEAN", Map.of("date", "1999"))
                .date("accession of Cambodia to ASEAN", "1999-04-30")
                .member("Chile", "member", "African Union"));
        List<String> ids = pack.questions().stream().map(Question::id).toList();
        assertTrue(ids.stream().noneMatch(id -> id.startsWith("member-ghana-member-")), ids.toString());
        assertTrue(ids.stream().noneMatch(id -> id.startsWith("date-accession-of-cambodia")), ids.toString());
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("member-ghana-founding-member-")), ids.toString());
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("member-cambodia-joined-")), ids.toString());
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("member-chile-member-")), ids.toString());
    }

    @Test
    void aHostAsksTheCityTypedAsAChoiceAndAsACloze() {
        Pack pack = generate(new Facts().host("2023 African Union summit", "Addis Ababa", "Ethiopia"));
        String statement = "The 2023 African Union summit was held in Addis Ababa, Ethiopia.";
        List<String> tags = List.of("summits");
        String key = "host-2023-au-summit-addis-ababa";
        assertEquals(
                new Question.Short(
                        "host-2023-au-summit-addis-ababa-short",
                        "In which city was the 2023 African Union summit held?",
                        "Addis Ababa",
                        List.of(),
                        tags,
                        statement,
                        FIRST,
                        "draft",
                        null,
                        key),
                question(pack, "host-2023-au-summit-addis-ababa-short"));
        assertEquals(
                new Question.Cloze(
                        "host-2023-au-summit-addis-ababa-cloze",
                        "The 2023 African Union summit was held in {{Addis Ababa}}, Ethiopia.",
                        tags,
                        statement,
                        FIRST,
                        "draft",
                        null,
                        key),
                question(pack, "host-2023-au-summit-addis-ababa-cloze"));
        Question.Choice choice = (Question.Choice) question(pack, "host-2023-au-summit-addis-ababa-choice");
        assertEquals("Addis Ababa", choice.choices().get(choice.answer()));
    }

    /** "Slovak diplomat Jane Doe", "Portuguese ambassador John Roe": many hold such a title at once; nobody is "the" one. */
    @Test
    void aTitleManyHoldAtOnceIsNeverAskedAsTheOne() {
        Pack pack = generate(new Facts()
                .position("Jana Nová", "diplomat", "Slovakia")
                .position("João Silva", "Ambassador", "Portugal"));
        List<String> texts = pack.questions().stream()
                .flatMap(q -> java.util.stream.Stream.of(q.prompt(), q.explanation()))
                .toList();
        assertTrue(
                texts.stream().noneMatch(t -> t.contains("the diplomat") || t.contains("the Ambassador")),
                texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("Jana Nová was a diplomat of Slovakia")), texts.toString());
        assertTrue(
                texts.stream().anyMatch(t -> t.contains("João Silva was an Ambassador of Portugal")), texts.toString());
    }

    /** A territory is written as a country is: "Montserrat", "the Cayman Islands", never "the Montserrat". */
    @Test
    void aTerritoryTakesTheArticleACountrysNameWould() {
        Pack pack = generate(new Facts()
                .member("Montserrat", "member", "Caribbean Community")
                .member("Cayman Islands", "associate member", "Caribbean Community"));
        List<String> texts = pack.questions().stream()
                .flatMap(q -> java.util.stream.Stream.of(q.prompt(), q.explanation()))
                .toList();
        assertTrue(texts.stream().noneMatch(t -> t.contains("the Montserrat")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("Montserrat was a member")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("the Cayman Islands was")), texts.toString());
    }

    /** A summit the articles place in a country only is asked as its country, never as a city. */
    @Test
    void aHostThatIsACountryIsAskedAsTheCountry() {
        Pack pack = generate(new Facts().host("2033 13th CPLP summit", "Angola", "Angola"));
        List<String> prompts = pack.questions().stream().map(Question::prompt).toList();
        assertTrue(prompts.stream().noneMatch(p -> p.contains("city")), prompts.toString());
        Question.Short country = (Question.Short) question(pack, "host-2033-13th-cplp-summit-angola-short");
        assertEquals("In which country was the 13th CPLP summit held?", country.prompt());
        assertEquals("Angola", country.answer());
        assertEquals("The 13th CPLP summit was held in Angola.", country.explanation());
    }

    @Test
    void aCapitalsOtherSpellingsAreAccepted() {
        Pack pack = generate(new Facts().host("2019 summit", "Astana", "Kazakhstan"));
        Question.Short city = (Question.Short) question(pack, "host-2019-summit-astana-short");
        assertTrue(city.accept().contains("Nur-Sultan"), city.accept().toString());
    }

    @Test
    void aSummitWithoutAYearMayBeAnyOfThemSoNothingIsAskedAboutIt() {
        Pack pack = generate(
                new Facts().host("G20 summit", "Durban", "South Africa").position("Ana Lima", "President", "Chile"));
        assertTrue(pack.questions().stream().noneMatch(q -> q.id().startsWith("host-")));
    }

    @Test
    void aYearIsAskedAsANumberAsAChoiceOfNearbyYearsAndAsACloze() {
        Pack pack = generate(new Facts().date("founding of African Union", "2002"));
        String statement = "The African Union was founded in 2002.";
        List<String> tags = List.of("dates");
        String key = "date-founding-of-au-2002";
        assertEquals(
                new Question.Numeric(
                        "date-founding-of-au-2002-numeric",
                        "In what year was the African Union founded?",
                        2002,
                        0.0,
                        tags,
                        statement,
                        FIRST,
                        "draft",
                        null,
                        key),
                question(pack, "date-founding-of-au-2002-numeric"));
        assertEquals(
                new Question.Cloze(
                        "date-founding-of-au-2002-cloze",
                        "The African Union was founded in {{2002}}.",
                        tags,
                        statement,
                        FIRST,
                        "draft",
                        null,
                        key),
                question(pack, "date-founding-of-au-2002-cloze"));
        Question.Choice years = (Question.Choice) question(pack, "date-founding-of-au-2002-year-choice");
        assertEquals("2002", years.choices().get(years.answer()));
        for (String year : years.choices()) {
            assertTrue(Math.abs(Integer.parseInt(year) - 2002) <= 4, year);
        }
    }

    /**
     * The instructor's review: "the founding of Association of the Southeast Asian Nations" (an "of" inside the
     * name taken for the event's), "the 2024 33rd Arab League summit" (a year stacked on an ordinal), and "the
     * accession of Finland to NATO took place in 2023" for what an instructor writes as "Finland joined NATO".
     */
    @Test
    void eventsReadAsAnInstructorWritesThem() {
        Pack pack = generate(new Facts()
                .date("founding of Association of Southeast Asian Nations", "1967")
                .date("accession of Finland to NATO", "2023")
                .date("invitation of Iran to BRICS", "2023-08-24")
                .date("candidacy of Ukraine for EU", "2022-06-23")
                .host("2024 33rd Arab League summit", "Manama", "Bahrain")
                .host("2023 LXII Mercosur summit", "Rio de Janeiro", "Brazil"));
        String prompts = pack.questions().stream()
                .map(q -> q.prompt() + " | " + q.explanation())
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(prompts.contains("In what year was the Association of Southeast Asian Nations founded?"), prompts);
        assertTrue(prompts.contains("The Association of Southeast Asian Nations was founded in 1967."), prompts);
        assertTrue(prompts.contains("In what year did Finland join NATO?"), prompts);
        assertTrue(prompts.contains("In what year was Iran invited to join BRICS?"), prompts);
        assertTrue(prompts.contains("Iran was invited to join BRICS on 24 August 2023."), prompts);
        assertTrue(prompts.contains("Ukraine was granted candidate status for the EU on 23 June 2022."), prompts);
        assertTrue(prompts.contains("Which city hosted the 33rd Arab League summit?"), prompts);
        assertTrue(prompts.contains("Which city hosted the LXII Mercosur summit?"), prompts);
        assertFalse(
                prompts.contains("2024 33rd") || prompts.contains("2023 LXII") || prompts.contains("of the Southeast"),
                prompts);
    }

    /**
     * An explanation teaches what else the articles say around the fact: the organisation's founding, the summit's
     * date and place, the person's other office, who held the office before (dated), never a disputed value.
     */
    @Test
    void explanationsAddTheRelatedFactsOfTheArticles() {
        Pack pack = generate(new Facts()
                .member("Ghana", "member", "African Union")
                .date("founding of African Union", "2002")
                .host("2024 African Union summit", "Addis Ababa", "Ethiopia")
                .date("2024 African Union summit", "2024-02-17")
                .position("Ana Lima", "President", "Chile")
                .position("Ana Lima", "Chairperson", "African Union"));
        java.util.function.Function<String, String> why = prefix -> pack.questions().stream()
                .filter(q -> q.id().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix))
                .explanation();
        assertTrue(
                why.apply("member-ghana-member-au").endsWith(" The African Union was founded in 2002."),
                why.apply("member-ghana"));
        assertTrue(why.apply("host-2024-au-summit").endsWith(" It began on 17 February 2024."), why.apply("host-2024"));
        assertTrue(
                why.apply("date-2024-au-summit").endsWith(" It was held in Addis Ababa, Ethiopia."),
                why.apply("date-2024"));
        assertTrue(
                why.apply("position-ana-lima-president-chile")
                        .endsWith(" As of March 2025, Ana Lima was also the Chairperson of the African Union."),
                why.apply("position-ana-lima-president"));

        List<ArticleFacts> twoReports = List.of(
                new ArticleFacts(
                        "a.txt",
                        Optional.of(LocalDate.of(2024, 5, 2)),
                        new Facts().position("Rui Costa", "President", "Peru").list()),
                new ArticleFacts(
                        "b.txt",
                        Optional.of(LocalDate.of(2024, 9, 9)),
                        new Facts().position("Eva Ruiz", "President", "Peru").list()));
        Pack later = DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), twoReports);
        assertTrue(
                later.questions().stream()
                        .allMatch(q -> q.explanation()
                                .endsWith(
                                        " An earlier report, of May 2024, named Rui Costa as the President of Peru.")),
                later.questions().stream().map(Question::explanation).toList().toString());

        Pack disputed = generate(new Facts()
                .member("Ghana", "member", "African Union")
                .date("founding of African Union", "2002")
                .date("founding of African Union", "2001"));
        assertTrue(
                disputed.questions().stream()
                        .filter(q -> q.id().startsWith("member-"))
                        .noneMatch(q -> q.explanation().contains("founded")),
                "no founding year while the sources disagree on it");
    }

    @Test
    void aFullDateIsAClozeAndAYearTheEventsNameHoldsIsNotAsked() {
        Pack pack = generate(new Facts().date("2024 G20 summit", "2024-11-18"));
        assertEquals(
                List.of("date-2024-g20-summit-2024-11-18-cloze"),
                pack.questions().stream().map(Question::id).toList());
        assertEquals(
                "The 2024 G20 summit began on {{18 November 2024|November 18, 2024|2024-11-18}}.",
                pack.questions().get(0).prompt());
    }

    @Test
    void aFactStatedTwiceIsOneQuestionCitingTheFirstSentence() {
        Pack pack = generate(
                new Facts().position("Ana Lima", "President", "Chile").position("Ana Lima", "President", "Chile"));
        assertEquals(
                FIRST, question(pack, "position-ana-lima-president-chile-short").source());
        assertEquals(
                1,
                pack.questions().stream()
                        .filter(q -> q.id().equals("position-ana-lima-president-chile-short"))
                        .count());
        assertTrue(pack.conflicts().isEmpty());
    }

    @Test
    void sourcesListEveryArticleWithItsDateAndAsOfIsTheLatest() {
        List<ArticleFacts> articles = List.of(
                new ArticleFacts(
                        "b.txt",
                        Optional.of(LocalDate.of(2025, 5, 2)),
                        new Facts().position("Ana Lima", "President", "Chile").list()),
                new ArticleFacts("a.txt", Optional.empty(), List.of()));
        Pack pack = DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), articles);
        assertEquals(LocalDate.of(2025, 5, 2), pack.asOf());
        assertEquals(
                List.of("a.txt", "b.txt"),
                pack.sources().stream().map(s -> s.article()).toList());
        assertEquals(LocalDate.of(2025, 5, 2), pack.sources().get(1).published());
        Pack given = DraftGenerator.generate(new DraftSpec("t", "T", Optional.of(LocalDate.of(2025, 6, 1))), articles);
        assertEquals(LocalDate.of(2025, 6, 1), given.asOf());
    }

    @Test
    void withoutAnyDateOrFactsThereIsNoDraft() {
        List<ArticleFacts> undated = List.of(new ArticleFacts(
                "a.txt",
                Optional.empty(),
                new Facts().position("Ana Lima", "President", "Chile").list()));
        assertThrows(
                DraftRefused.class, () -> DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), undated));
        List<ArticleFacts> empty = List.of(new ArticleFacts("a.txt", Optional.of(Facts.DATE), List.of()));
        assertThrows(
                DraftRefused.class, () -> DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), empty));
    }

    @Test
    void everyQuestionIsADraftCitingItsSentence() {
        Pack pack = generate(
                new Facts().position("Ana Lima", "President", "Chile").member("Ghana", "member", "African Union"));
        for (Question q : pack.questions()) {
            assertEquals("draft", q.status(), q.id());
            assertEquals(Facts.ARTICLE, q.source().article());
            assertFalse(q.id().matches(".*\\d+-\\d+.*"), "an id must not hold offsets: " + q.id());
        }
    }
}
