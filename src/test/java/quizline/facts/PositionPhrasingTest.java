package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Ways news writes who holds which office, each on sentences written for this test with invented people:
 * titles no longer or not yet held, titles without a country word, offices of organisations written as
 * a chairmanship or a post changing hands, and leaders named in a list.
 */
class PositionPhrasingTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();

    private static List<String> positions(String text) {
        return EXTRACTOR.extract(new Article("test.txt", text, Optional.empty())).stream()
                .filter(f -> f.kind() == FactKind.POSITION)
                .map(f -> f.subject() + " | " + f.relation() + " | " + f.object())
                .toList();
    }

    // ---- not the current holder: the fact says so ----

    @Test
    void aFormerTitleIsNamedAsFormer() {
        assertEquals(
                List.of("Ali Said | former President | Kazakhstan"),
                positions("The envoy is close to Kazakhstan's former President Ali Said."));
        assertEquals(
                List.of("Ana Souza | former President | Brazil"),
                positions("The former Brazilian President Ana Souza spoke."));
        assertEquals(
                List.of("Ali Said | former President | Comoros"), positions("Ex-President Ali Said of Comoros spoke."));
    }

    @Test
    void outgoingIncomingAndElectAreNamedSo() {
        assertEquals(
                List.of("Ali Said | outgoing President | Comoros"),
                positions("Outgoing President Ali Said of Comoros handed over."));
        assertEquals(
                List.of("Ali Said | incoming President | Comoros"),
                positions("Incoming President Ali Said of Comoros spoke."));
        assertEquals(
                List.of("Ana Souza | President-elect | Brazil"),
                positions("Brazil's President-elect Ana Souza met the envoys."));
        assertEquals(
                List.of("Ravi Menon | Prime Minister-elect | India"),
                positions("Talks with Indian Prime Minister-elect Ravi Menon began."));
    }

    @Test
    void aLateOrThenHolderGivesNoFact() {
        assertEquals(List.of(), positions("A statue of the late President Ali Said of Comoros was unveiled."));
        assertEquals(List.of(), positions("The deal was signed by then-President Ali Said of Comoros."));
        assertEquals(List.of(), positions("The deal was signed by then President Ali Said of Comoros."));
        assertEquals(List.of(), positions("The deal was signed by then president-elect Ali Said of Comoros."));
    }

    // ---- leaders ----

    @Test
    void aCountrysLeader() {
        assertEquals(List.of("Li Wen | leader | China"), positions("Chinese leader Li Wen did not attend."));
        assertEquals(List.of(), positions("Russian opposition leader Ivan Petrov was jailed."));
        assertEquals(
                List.of(),
                positions("Ivan Petrov, the leader of Hungary's largest party, was jailed."),
                "leads a party of the country");
        assertEquals(
                List.of(),
                positions("Ivan Petrov, the president of Russia's biggest bank, resigned."),
                "heads a bank of the country");
        assertEquals(
                List.of(),
                positions("Ana Souza, an ASEAN leader, spoke first."),
                "a leader in a grouping heads none of it");
    }

    @Test
    void eachLeaderInAListWithTheirCountry() {
        assertEquals(
                List.of("Ana Souza | leader | Chile", "Luis Vega | leader | Peru", "John Mwangi | leader | Kenya"),
                positions(
                        "The guests include several regional leaders, including Chile's Ana Souza, Peru's Luis Vega, and Kenya's John Mwangi."));
        assertEquals(
                List.of(),
                positions("Chile's Ana Souza and Peru's Luis Vega scored twice in the final."),
                "no leaders spoken of");
        assertEquals(
                List.of(),
                positions("Opposition leaders, including Chile's Ana Souza and Peru's Luis Vega, were jailed."),
                "leaders of something else");
    }

    // ---- offices of organisations ----

    @Test
    void takingOverTheChairmanship() {
        assertEquals(
                List.of("Kofi Mensah | President | Ghana", "Kofi Mensah | Chairperson | African Union"),
                positions(
                        "ACCRA – President of Ghana Kofi Mensah took over the rotating chairmanship of the African Union (AU) on Sunday."));
        assertEquals(
                List.of("Paul Adjo | President | Benin", "Paul Adjo | outgoing Chairperson | African Union"),
                positions(
                        "The African Union met. Mensah replaced President of Benin Paul Adjo, who assumed the chairmanship of the African body last year."));
        assertEquals(
                List.of("Paul Adjo | President | Benin", "Paul Adjo | Chairperson | African Union"),
                positions(
                        "The African Union met. President of Benin Paul Adjo, who assumed the chairmanship of the African body last year, spoke first."));
    }

    @Test
    void theChairOfABodyOfAnOrganisationIsNotItsChair() {
        assertEquals(
                List.of("Amina Juma | President | Tanzania"),
                positions("Tanzania's President Amina Juma took over the chairmanship of the SADC Tribunal from"
                        + " Namibia."));
        assertEquals(
                List.of(
                        "Amina Juma | President | Tanzania",
                        "Amina Juma | Chairperson | SADC Organ on Politics, Defence and Security Cooperation"),
                positions("Tanzania's President Amina Juma took over the chairmanship of the SADC Organ on Politics,"
                        + " Defence and Security Cooperation from Namibia."),
                "a body the data files know is chaired as itself");
        assertEquals(
                List.of("Kofi Mensah | President | Ghana"),
                positions("President of Ghana Kofi Mensah took over the chairmanship of the ECOWAS Court."));
    }

    @Test
    void sheikhBetweenTwoPartsOfANameIsPartOfIt() {
        // not "Hassan" alone, taken for the Amina Hassan named before
        assertEquals(
                List.of("Amina Hassan | President | Tanzania", "Hassan Sheikh Ahmed | President | Somalia"),
                positions("Tanzania's President Amina Hassan opened the talks. Somalia's President Hassan Sheikh Ahmed"
                        + " attended in person."));
        assertEquals(
                List.of("Tamim bin Hamad | Emir | Qatar"),
                positions("Qatar's Emir Sheikh Tamim bin Hamad spoke first."));
    }

    @Test
    void passingOnAPresidencyPassesFromItsHolder() {
        assertEquals(
                List.of("Ana Souza | pro tempore President | Mercosur"),
                positions(
                        "In July Ana Souza will pass on the pro tempore presidency of Mercosur to her Uruguayan counterpart Luis Vega."));
    }

    @Test
    void anOrganisationElectingItsOwnOfficer() {
        assertEquals(
                List.of(
                        "Jan Novak | diplomat | Czech Republic",
                        "Jan Novak | President | United Nations General Assembly"),
                positions("The UN General Assembly on Tuesday elected Jan Novak, a veteran Czech diplomat, to preside"
                        + " over the 193-member body's 81st session."));
        assertEquals(
                List.of("Ana Souza | Secretary-General | Organization of American States"),
                positions("The OAS General Assembly elected Ana Souza as the organization's new secretary general."));
        assertEquals(
                List.of("Omar Idris | Chairperson | African Union Commission"),
                positions("The African Union elected Omar Idris as chairperson of the AU Commission."));
        assertEquals(
                List.of("Ana Souza | President | Council of Europe"),
                positions("The Council of Europe elected Ana Souza as its President."));
        assertEquals(
                List.of(), positions("The OAS General Assembly will elect Ana Souza as its new secretary general."));
        assertEquals(List.of(), positions("Voters elected Ana Souza as president."), "no organisation elects");
        assertEquals(
                List.of(),
                positions("The Council of Europe elected Ana Souza as its former President."),
                "a stale title");
    }

    @Test
    void replacingSomeoneAtAPost() {
        assertEquals(
                List.of(
                        "Ana Souza | diplomat | Chile",
                        "Luis Vega | Secretary-General | Collective Security Treaty Organization",
                        "Ana Souza | incoming Secretary-General | Collective Security Treaty Organization"),
                positions(
                        "It was announced that Chilean diplomat Ana Souza would replace Luis Vega in the post of secretary-general of the CSTO."));
        assertEquals(
                List.of(
                        "Luis Vega | Secretary-General | Organization of the Petroleum Exporting Countries",
                        "Ana Souza | incoming Secretary-General | Organization of the Petroleum Exporting Countries"),
                positions("Ana Souza will succeed Luis Vega as secretary general of OPEC in August."));
    }

    // ---- titles the data files lacked ----

    @Test
    void envoysToTheUnitedNations() {
        assertEquals(
                List.of("Ali Khan | acting Permanent Representative to the UN | Pakistan"),
                positions(
                        "\"We welcome it,\" Ambassador Ali Khan, Acting Pakistan Permanent Representative to the UN, said."));
        assertEquals(
                List.of("Ana Souza | Permanent Representative to the UN | Chile"),
                positions("Chile's Permanent Representative to the United Nations, Ana Souza, spoke."));
    }

    @Test
    void theGeneralAssemblyAlone() {
        assertEquals(
                List.of("Ana Souza | President | United Nations General Assembly"),
                positions(
                        "She will replace the current President of the General Assembly, Ana Souza of Chile, in September."));
    }

    @Test
    void aTitleOnlyOneCountryHas() {
        assertEquals(
                List.of("Sean Kelly | Taoiseach | Ireland"),
                positions("Taoiseach Sean Kelly said the talks went well."));
    }

    @Test
    void rulersOfEmirates() {
        assertEquals(
                List.of("Saif Al-Mansouri | Ruler | Sharjah"),
                positions("Among the guests was Sheikh Saif Al-Mansouri, the ruler of Sharjah, who arrived late."));
    }

    @Test
    void aTitleForSomeAffairs() {
        assertEquals(
                List.of("Ana Cruz | Assistant Secretary for ASEAN Affairs | Philippines"),
                positions(
                        "But Philippine Assistant Secretary for ASEAN Affairs Ana Cruz said the timeline was not clear."));
    }

    @Test
    void postsSomeoneUsedToHoldAreFormer() {
        assertEquals(
                List.of(
                        "Ali Said | former Prime Minister | Kazakhstan",
                        "Ali Said | former Deputy Prime Minister | Kazakhstan"),
                positions(
                        "The 60-year-old Ali Said, who is close to the government, used to serve as Kazakhstan's prime minister, "
                                + "deputy prime minister and mayor of its largest city."));
        assertEquals(
                List.of(),
                positions("Ali Said has served as Kazakhstan's prime minister since 2019."),
                "still serving");
        assertEquals(
                List.of("Ali Said | former Foreign Minister | Kenya"),
                positions("Ali Said, who served as Kenya's foreign minister until 2020, now runs a bank."));
    }

    @Test
    void topDiplomats() {
        assertEquals(
                List.of("Li Wen | top diplomat | China"), positions("China's top diplomat Li Wen arrived on Monday."));
        assertEquals(
                List.of("Ana Souza | top diplomat | Brazil"),
                positions("\"We welcome it,\" said the head of Brazilian diplomacy, Ana Souza, after the vote."));
    }

    @Test
    void theHeadOfAnOrganisation() {
        assertEquals(
                List.of("Ana Souza | head | World Health Organization"),
                positions("Ana Souza, the head of the World Health Organization, warned of new cases."));
        assertEquals(
                List.of(),
                positions("Ana Souza, the head of Chile, spoke."),
                "a country has a head of state, not a head");
        assertEquals(
                List.of(),
                positions("Ana Souza, the head of the EU delegation to Chile, spoke."),
                "heads a part of it");
        assertEquals(
                List.of("Ana Souza | head of state | Chile"), positions("Chile's head of state, Ana Souza, spoke."));
    }

    @Test
    void aNewlyElectedOrCurrentHolder() {
        assertEquals(
                List.of("Ana Souza | Prime Minister | Australia"),
                positions("Australia's newly-elected Prime Minister Ana Souza flew in overnight."));
        assertEquals(
                List.of("Ana Souza | Foreign Minister | Chile"),
                positions("Ana Souza, Chile's new foreign minister, said so."));
    }

    @Test
    void aNicknameInQuotesIsNoPartOfTheName() {
        assertEquals(
                List.of("Budi Santoso | President | Indonesia"),
                positions("Indonesian President Budi \"Bento\" Santoso opened the talks."));
        assertEquals(
                List.of("Ramon Cruz Jr. | President | Philippines"),
                positions("Philippine President Ramon “Bongbong” Cruz Jr. opened the talks."));
    }

    @Test
    void whoIsAlsoAndWhoHeads() {
        assertEquals(
                List.of("Ana Souza | Foreign Minister | Chile"),
                positions("Ana Souza, who is also Chile's foreign minister, said so."));
        assertEquals(
                List.of("Ana Souza | head | World Health Organization"),
                positions("Ana Souza, who heads the World Health Organization, said so."));
        assertEquals(
                List.of("Ana Souza | Chairperson | African Union"),
                positions("Ana Souza, who chairs the African Union, said so."));
    }

    @Test
    void appointedOrSwornInAs() {
        assertEquals(
                List.of("Ana Souza | Prime Minister | Peru"),
                positions("Ana Souza was sworn in as prime minister of Peru on Monday."));
        assertEquals(
                List.of("Ana Souza | Secretary-General | Organization of the Petroleum Exporting Countries"),
                positions("Ana Souza was appointed secretary-general of OPEC last year."));
    }

    @Test
    void moreTitlesOfGovernments() {
        assertEquals(
                List.of(
                        "Li Wen | Deputy Foreign Minister | China",
                        "Ana Souza | Vice Chairman | African Union Commission",
                        "Jan Berg | Commissioner | European Union",
                        "Ali Khan | special envoy | Pakistan"),
                positions(
                        "Talks were held between Chinese Deputy Foreign Minister Li Wen, AU Commission Vice Chairman Ana Souza, "
                                + "EU Commissioner Jan Berg and Pakistan's special envoy Ali Khan."));
    }

    @Test
    void theTitleOfACountryWithoutThe() {
        assertEquals(
                List.of("Ravi Menon | Prime Minister | India"),
                positions("Prime Minister of India, Ravi Menon, spoke first."));
    }

    @Test
    void twoTitlesWithTheCountryAfter() {
        assertEquals(
                List.of("Faisal Al-Rashid | Crown Prince | Kuwait", "Faisal Al-Rashid | Prime Minister | Kuwait"),
                positions("Talks opened with Crown Prince and Prime Minister Faisal Al-Rashid of Kuwait."));
        assertEquals(
                List.of("Faisal Al-Rashid | Crown Prince | Kuwait", "Faisal Al-Rashid | Prime Minister | Kuwait"),
                positions("Talks opened with Crown Prince and Prime Minister of Kuwait Faisal Al-Rashid."));
        assertEquals(
                List.of("Faisal Al-Rashid | Crown Prince | Kuwait", "Faisal Al-Rashid | Prime Minister | Kuwait"),
                positions("Faisal Al-Rashid, the crown prince and prime minister of Kuwait, opened the talks."));
        assertEquals(
                List.of("Ana Souza | President | Chile"),
                positions("Talks opened with Prime Minister Luis Vega and President Ana Souza of Chile."),
                "only the name before 'of' is of Chile");
    }

    // ---- lists: each name keeps its own title ----

    @Test
    void aListNamingEachPersonFirst() {
        assertEquals(
                List.of(
                        "Nadia Haddad | Prime Minister | Lebanon",
                        "Omar Idris | Foreign Minister | Sudan",
                        "Karim Bensaid | President | Algeria"),
                positions(
                        "Those present were Karim Bensaid, president of Algeria, Nadia Haddad, prime minister of Lebanon, "
                                + "and Omar Idris, foreign minister of Sudan."));
        assertEquals(
                List.of("Nadia Haddad | Prime Minister | Lebanon", "Karim Bensaid | President | Algeria"),
                positions(
                        "Those present were Karim Bensaid, the Algerian president, Nadia Haddad, the Lebanese prime minister, and Omar Idris."));
        assertEquals(
                List.of(
                        "Nadia Haddad | Prime Minister | Lebanon",
                        "Omar Idris | Foreign Minister | Sudan",
                        "Karim Bensaid | President | Algeria"),
                positions(
                        "Those present were Karim Bensaid, Algeria's president, Nadia Haddad, Lebanon's prime minister, "
                                + "and Omar Idris, Sudan's foreign minister."));
        assertEquals(
                List.of(
                        "Karim Bensaid | President | Algeria",
                        "Nadia Haddad | Prime Minister | Lebanon",
                        "Omar Idris | Foreign Minister | Sudan"),
                positions(
                        "Guests included Karim Bensaid, the Algerian president; Nadia Haddad, the Lebanese prime minister; "
                                + "and Omar Idris, the Sudanese foreign minister."));
        assertEquals(
                List.of("Nadia Haddad | Prime Minister | Lebanon"),
                positions("Karim Bensaid, Nadia Haddad, the Lebanese prime minister, and Omar Idris flew in."));
    }

    @Test
    void aListNamingEachTitleFirst() {
        assertEquals(
                List.of(
                        "Karim Bensaid | President | Algeria",
                        "Nadia Haddad | Prime Minister | Lebanon",
                        "Omar Idris | Foreign Minister | Sudan"),
                positions(
                        "Those present were Algeria's president, Karim Bensaid, Lebanon's prime minister, Nadia Haddad, "
                                + "and Sudan's foreign minister, Omar Idris."));
        assertEquals(
                List.of(
                        "Karim Bensaid | President | Algeria",
                        "Nadia Haddad | Prime Minister | Lebanon",
                        "Omar Idris | Foreign Minister | Sudan"),
                positions(
                        "Guests included the Algerian president, Karim Bensaid; the Lebanese prime minister, Nadia Haddad; "
                                + "and the Sudanese foreign minister, Omar Idris."));
        assertEquals(
                List.of("Karim Bensaid | President | Algeria"),
                positions("The talks were between Algeria's president, Karim Bensaid, and Lebanon's prime minister."));
    }

    @Test
    void aListThatDoesNotSayWhoseTitleItIsGivesNone() {
        assertEquals(List.of(), positions("Karim Bensaid, Algeria's president, Nadia Haddad said."));
    }

    @Test
    void oneTitleInThePluralForSeveralPeople() {
        assertEquals(
                List.of(
                        "Karim Bensaid | President | Algeria",
                        "Nadia Haddad | President | Lebanon",
                        "Omar Idris | President | Sudan"),
                positions(
                        "Presidents Karim Bensaid (Algeria), Nadia Haddad (Lebanon) and Omar Idris (Sudan) signed the charter."));
        assertEquals(
                List.of("Karim Bensaid | Foreign Minister | Algeria", "Nadia Haddad | Foreign Minister | Lebanon"),
                positions(
                        "The charter was signed by foreign ministers Karim Bensaid of Algeria and Nadia Haddad of Lebanon."));
        assertEquals(
                List.of("Karim Bensaid | Prime Minister | Algeria", "Nadia Haddad | Prime Minister | Lebanon"),
                positions("Prime Ministers Karim Bensaid (Algeria) and Nadia Haddad (Lebanon) left early."));
        assertEquals(
                List.of("Karim Bensaid | former President | Algeria", "Nadia Haddad | former President | Lebanon"),
                positions("Former presidents Karim Bensaid of Algeria and Nadia Haddad of Lebanon led the observers."));
        assertEquals(
                List.of(),
                positions("The late presidents Karim Bensaid of Algeria and Nadia Haddad of Lebanon were remembered."));
        assertEquals(
                List.of(),
                positions("Heads of state Karim Bensaid of Algeria and Nadia Haddad of Lebanon met."),
                "no one office");
    }

    /** Names, titles and the words around them that the news writes and that are easy to misread. */
    @Test
    void aTitledNameTakesNoTitleAfterItAndInitialsStayWithTheName() {
        assertEquals(
                List.of(
                        "Jan Berg | Prime Minister | Denmark",
                        "Ana Souza | Prime Minister | Sweden",
                        "Luis Vega | Prime Minister | Finland"),
                positions("Among them were Danish Prime Minister Jan Berg, the prime minister of Finland, Luis Vega,"
                        + " Ana Souza, Sweden's prime minister, and others."),
                "the apposition after a titled name is the next name's");
        assertEquals(
                List.of("A. K. Omar Idris | Foreign Minister | Bangladesh"),
                positions("Ministers included Dr A. K. Omar Idris, Foreign Minister of Bangladesh."),
                "\"A.\" before a name is an initial, not the article");
        assertEquals(
                List.of("Omar Idris | Prime Minister | Cambodia"),
                positions("The talks were attended by Samdech Techo Omar Idris, Prime Minister of the Kingdom of"
                        + " Cambodia."));
        assertEquals(
                List.of(),
                positions("Dr Jan Berg, Chief Executive Officer of the Forum Secretariat, said the plan would help."),
                "a chief executive officer is no person named \"Executive Officer\"");
    }

    /** An appointment with the organisation before the title, and the appointee's rank before the name. */
    @Test
    void appointedAsTheOrganisationsOfficer() {
        assertEquals(
                List.of("Karim Bensaid | Secretary-General | Organization for Security and Co-operation in Europe"),
                positions("Ministers appointed Karim Bensaid of Algeria as OSCE Secretary General."));
        assertEquals(
                List.of("Nadia Haddad | Director-General | World Health Organization"),
                positions("The assembly on Tuesday named Nadia Haddad as WHO Director General."));
        assertEquals(
                List.of("Jens Stoltenberg | Secretary-General | North Atlantic Treaty Organization"),
                positions("Leaders appointed Karim Bensaid as NATO Secretary General Jens Stoltenberg's deputy."),
                "the title of the next name is not the appointee's");
        assertEquals(
                List.of("Karim Bensaid | Secretary-General | Union for the Mediterranean"),
                positions("Karim Bensaid, who has served as Secretary General of the UfM since 2018, spoke."));
        assertEquals(
                List.of(),
                positions("Karim Bensaid, who had served as Secretary General of the UfM since 2018, retired."),
                "a post held until some time past");
    }

    /** The chair of a summit, or of an organisation's assembly of leaders, is the organisation's. */
    @Test
    void theChairOfItsSummitOrAssemblyChairsTheOrganisation() {
        assertEquals(
                List.of("Karim Bensaid | President | Algeria", "Karim Bensaid | Chairperson | " + "African Union"),
                positions(
                        "The African Union summit opened in Addis Ababa. Algeria's President Karim Bensaid was elected"
                                + " the new chairperson of the summit for the coming year."));
        assertEquals(
                List.of(
                        "Karim Bensaid | President | Djibouti",
                        "Karim Bensaid | Chairman | Intergovernmental Authority on Development"),
                positions("President of Djibouti Karim Bensaid, who hosted the summit, was elected chairman of the IGAD"
                        + " Assembly."));
        assertEquals(
                List.of("Karim Bensaid | Chairman | Intergovernmental Authority on Development"),
                positions("Karim Bensaid is the new chairman of the Extraordinary Summit of IGAD."));
        assertEquals(
                List.of(),
                positions("Karim Bensaid was elected chairman of the parliamentary assembly of IGAD."),
                "a parliament's chair is another office");
        assertEquals(
                List.of(),
                positions("Karim Bensaid was chairman of the IGAD summit of 2019."),
                "a chair that may be past");
    }

    @Test
    void aPluralTitleWithCountriesAndPeopleInTheSameOrder() {
        List<String> both = List.of("Karim Bensaid | President | Algeria", "Nadia Haddad | President | Lebanon");
        assertEquals(
                both, positions("Algerian and Lebanese Presidents Karim Bensaid and Nadia Haddad spoke by phone."));
        assertEquals(
                both,
                positions("Karim Bensaid and Nadia Haddad, the presidents of Algeria and Lebanon, spoke by phone."));
        assertEquals(
                both,
                positions("The presidents of Algeria and Lebanon, Karim Bensaid and Nadia Haddad, spoke by phone."));
        assertEquals(
                both,
                positions(
                        "Talks brought together the presidents of Algeria and Lebanon - Karim Bensaid and Nadia Haddad"
                                + " - and others."),
                "the people between dashes");
        assertEquals(
                both,
                positions("The presidents of Algeria and Lebanon (Karim Bensaid and Nadia Haddad) spoke by phone."));
        assertEquals(
                both,
                positions("Present were the presidents of Algeria, Karim Bensaid, and Lebanon, Nadia Haddad."),
                "each country followed by its person");
        assertEquals(
                List.of(),
                positions("Algerian and Lebanese Presidents Karim Bensaid, Nadia Haddad and Omar Idris spoke."),
                "two countries, three people");
        assertEquals(
                List.of(),
                positions("The presidents of Algeria, Lebanon and Sudan - Karim Bensaid and Nadia Haddad - spoke."),
                "three countries, two people");
    }

    @Test
    void leadersEachWithTheirCountryInBrackets() {
        assertEquals(
                List.of(
                        "Karim Bensaid | leader | Algeria",
                        "Nadia Haddad | leader | Lebanon",
                        "Omar Idris | leader | Sudan"),
                positions(
                        "The leaders present were Karim Bensaid (Algeria), Nadia Haddad (Lebanon) and Omar Idris (Sudan)."));
        assertEquals(
                List.of("Karim Bensaid | leader | Algeria", "Nadia Haddad | leader | Lebanon"),
                positions(
                        "Several leaders, including Karim Bensaid (Algeria) and Nadia Haddad (Lebanon), stayed away."));
        assertEquals(
                List.of(),
                positions("Karim Bensaid (Algeria) and Nadia Haddad (Lebanon) won the doubles."),
                "no leaders spoken of");
        assertEquals(
                List.of(), positions("Opposition leaders were Karim Bensaid (Algeria) and Nadia Haddad (Lebanon)."));
    }

    @Test
    void aFormerTitleInApposition() {
        assertEquals(
                List.of("Omar Idris | former Prime Minister | Sudan"),
                positions("Omar Idris, the former Sudanese prime minister, led the mission."));
    }

    @Test
    void aCountryRepresentedByItsMinister() {
        assertEquals(
                List.of("Omar Idris | Foreign Minister | Sudan"),
                positions("Sudan was represented by its foreign minister, Omar Idris."));
        assertEquals(
                List.of("Omar Idris | Vice President | Sudan"),
                positions("Sudan will be represented at the talks by Vice President Omar Idris."));
        assertEquals(
                List.of("Omar Idris | Prime Minister | Sudan"),
                positions("The Sudanese delegation, led by Prime Minister Omar Idris, arrived on Monday."));
        assertEquals(
                List.of(),
                positions("Sudan was represented by President Omar Idris's special envoy, Nadia Haddad."),
                "the envoy represents the country, and whose president Omar Idris is, the sentence does not say");
        assertEquals(
                List.of("Omar Idris | President | Chad"),
                positions("Sudan was represented by President Omar Idris of Chad."));
    }

    @Test
    void chairsOfOrganisations() {
        assertEquals(
                List.of("Nadia Haddad | Chairperson | African Union Commission"),
                positions("African Union Commission chair Nadia Haddad opened the session."));
        assertEquals(
                List.of("Nadia Haddad | Chairperson | African Union Commission"),
                positions("Nadia Haddad, chair of the African Union Commission, opened the session."));
        assertEquals(
                List.of("Nadia Haddad | Chairperson | Association of Southeast Asian Nations"),
                positions("The chair of ASEAN, Nadia Haddad, opened the session."));
        assertEquals(List.of(), positions("Nadia Haddad will chair the ASEAN summit."), "a verb");
        assertEquals(List.of(), positions("Nadia Haddad, the former chair of ASEAN, spoke."));
        assertEquals(
                List.of(),
                positions("Omar Idris, chair of the African Union Commission, Nadia Haddad, spoke."),
                "whose is it?");
    }

    @Test
    void headsCalledChiefs() {
        assertEquals(
                List.of("Nadia Haddad | head | North Atlantic Treaty Organization"),
                positions("NATO chief Nadia Haddad said so."));
        assertEquals(List.of("Omar Idris | head | Arab League"), positions("Arab League chief Omar Idris said so."));
        assertEquals(List.of(), positions("Sudanese army chief Omar Idris said so."), "not an organisation's head");
    }

    @Test
    void moreTitlesTheDataFilesLacked() {
        assertEquals(
                List.of("Siobhan Walsh | Finance Minister | Ireland"),
                positions("Ireland's Minister for Finance, Siobhan Walsh, said so."));
        assertEquals(
                List.of("Ravi Menon | Foreign Minister | India"),
                positions("Indian External Affairs Minister Ravi Menon said so."));
        assertEquals(
                List.of("Nadia Haddad | Interior Minister | Lebanon"),
                positions("Nadia Haddad, Lebanon's home affairs minister, said so."));
        assertEquals(
                List.of("Grace Wanjiru | Deputy President | Kenya"),
                positions("Kenya's Deputy President, Grace Wanjiru, said so."));
        assertEquals(
                List.of("Nadia Haddad | Managing Director | International Monetary Fund"),
                positions("IMF Managing Director Nadia Haddad said so."));
        assertEquals(
                List.of("Grace Wanjiru | Speaker of Parliament | Kenya"),
                positions("Kenyan National Assembly Speaker Grace Wanjiru said so."));
    }

    @Test
    void aMonarchsNameWithItsNumber() {
        assertEquals(List.of("Faisal II | King | Jordan"), positions("King Faisal II of Jordan opened the session."));
        assertEquals(List.of("Hassan VI | King | Morocco"), positions("Moroccan King Hassan VI opened the session."));
    }

    @Test
    void anAgeOrASinceAfterTheName() {
        assertEquals(
                List.of("Grace Wanjiru | President | Kenya"),
                positions("Grace Wanjiru, 58, the Kenyan president, said so."));
        assertEquals(
                List.of("Grace Wanjiru | Foreign Minister | Kenya"),
                positions("Grace Wanjiru, 58, Kenya's foreign minister, said so."));
        assertEquals(
                List.of("Grace Wanjiru | President | Kenya"),
                positions("Grace Wanjiru, Kenya's president since 2020, said so."));
    }

    @Test
    void someoneElsesTitleAfterTheName() {
        assertEquals(List.of(), positions("Grace Wanjiru, the Kenyan president's daughter, said so."));
        assertEquals(List.of(), positions("Grace Wanjiru, the daughter of Kenya's president, said so."));
        assertEquals(List.of(), positions("Grace Wanjiru, an adviser to the Kenyan president, said so."));
    }

    @Test
    void anAmbassadorToACountryOrOrganisation() {
        assertEquals(
                List.of("Grace Wanjiru | Ambassador to Uganda | Kenya"),
                positions("Grace Wanjiru, Kenya's ambassador to Uganda, said so."));
        assertEquals(
                List.of("Grace Wanjiru | Ambassador to Uganda | Kenya"),
                positions("Kenya's ambassador to Uganda, Grace Wanjiru, said so."));
        assertEquals(
                List.of("Grace Wanjiru | envoy to the United Nations | Kenya"),
                positions("Grace Wanjiru, the Kenyan envoy to the United Nations, said so."));
    }

    @Test
    void governorsOfCentralBanks() {
        List<String> governor = List.of("Grace Wanjiru | Central Bank Governor | Kenya");
        assertEquals(governor, positions("Governor of the Central Bank of Kenya Grace Wanjiru said rates would hold."));
        assertEquals(
                governor, positions("Grace Wanjiru, governor of the Central Bank of Kenya, said rates would hold."));
        assertEquals(governor, positions("Grace Wanjiru, governor of Kenya's central bank, said rates would hold."));
        assertEquals(
                governor, positions("The governor of Kenya's central bank, Grace Wanjiru, said rates would hold."));
        assertEquals(
                List.of("Grace Wanjiru | former Central Bank Governor | Kenya"),
                positions("Grace Wanjiru, former governor of the Central Bank of Kenya, said rates would hold."));
        assertEquals(
                List.of(),
                positions("Omar Idris, governor of the Central Bank of Kenya, Grace Wanjiru, spoke."),
                "whose is it?");
    }

    @Test
    void aCounterpartHoldsTheLikeOfficeInTheirCountry() {
        assertEquals(
                List.of("Grace Wanjiru | Foreign Minister | Kenya", "Omar Idris | Foreign Minister | Sudan"),
                positions(
                        "Kenyan Foreign Minister Grace Wanjiru met her Sudanese counterpart, Omar Idris, on Friday."));
        assertEquals(
                List.of("Grace Wanjiru | President | Kenya", "Omar Idris | leader | Sudan"),
                positions(
                        "President Grace Wanjiru of Kenya and her Sudanese counterpart Omar Idris signed the accord."));
        assertEquals(
                List.of("Somchai Wong | Prime Minister | Thailand", "Ahmad Razak | leader | Malaysia"),
                positions("Thai Prime Minister Somchai Wong held talks with his Malaysian counterpart Ahmad Razak."));
        assertEquals(
                List.of("Tom Hale | Secretary of State | United States"),
                positions("US Secretary of State Tom Hale met his Chinese counterpart Li Wen."),
                "an office one country has");
        assertEquals(
                List.of("Grace Wanjiru | President | Kenya", "Omar Idris | leader | Sudan"),
                positions("Kenyan President Grace Wanjiru handed over to her Sudanese counterpart Omar Idris."),
                "any plain verb between");
        assertEquals(
                List.of("Grace Wanjiru | Foreign Minister | Kenya", "Omar Idris | Foreign Minister | Sudan"),
                positions("The talks were opened by Kenyan Foreign Minister Grace Wanjiru, who was later joined by her"
                        + " Sudanese counterpart Omar Idris."));
        assertEquals(
                List.of("Grace Wanjiru | Foreign Minister | Kenya"),
                positions("Kenyan Foreign Minister Grace Wanjiru said the prime minister had met his Sudanese"
                        + " counterpart Omar Idris."),
                "his is the prime minister's, whose office is not the Foreign Minister's");
        assertEquals(
                List.of(), positions("Former President Grace Wanjiru and her Sudanese counterpart Omar Idris met."));
        assertEquals(
                List.of(),
                positions("Grace Wanjiru met her Sudanese counterpart Omar Idris."),
                "whose counterpart in what?");
    }

    @Test
    void aCounterpartHoldsTheVeryOfficeOnlyWhereTheOfficeHoldersFileSaysSo() {
        java.time.LocalDate november2014 = java.time.LocalDate.of(2014, 11, 27);
        assertEquals(
                List.of(
                        "Narendra Modi | Prime Minister | India | 0.9",
                        "Nawaz Sharif | Prime Minister | Pakistan | 0.9"),
                positionsOn(
                        "Indian Prime Minister Narendra Modi and his Pakistani counterpart Nawaz Sharif shook hands.",
                        november2014));
        assertEquals(
                List.of("Narendra Modi | Prime Minister | India | 0.9", "Omar Idris | leader | Pakistan | 0.9"),
                positionsOn(
                        "Indian Prime Minister Narendra Modi and his Pakistani counterpart Omar Idris shook hands.",
                        november2014),
                "a name the file does not give that office: a prime minister's counterpart may be a president");
    }

    @Test
    void aPossessiveApostropheAloneAndInitialsInCapitals() {
        assertEquals(
                List.of("Jane Doe | Prime Minister | Barbados"),
                positions("Barbados' Prime Minister Jane Doe also took part in the talks."));
        assertEquals(
                List.of("KP Ram Thapa | Prime Minister | Nepal"),
                positions("Nepal's Prime Minister KP Ram Thapa attended in person."));
        assertEquals(List.of(), positions("The delegates' Prime Minister question went unanswered."), "no place");
        assertEquals(
                List.of(),
                positions("Delegates met the OAS SG Omar Ali Hassan, Kenya's foreign minister.").stream()
                        .filter(f -> !f.startsWith("Omar Ali Hassan |"))
                        .toList(),
                "'SG' is the title written short, not initials");
    }

    @Test
    void chairsElectedOrHandedOverAndOfficesOfTheCommunity() {
        String sadc = "Southern African Development Community";
        assertEquals(
                List.of("John Roe | President | Zimbabwe", "John Roe | outgoing Chairperson | " + sadc),
                positions("Zimbabwean President John Roe on Saturday formally handed over the chairmanship of the"
                        + " Southern African Development Community (SADC) to his Malagasy counterpart."));
        assertEquals(
                List.of(
                        "John Roe | President | Niger",
                        "John Roe | Chairperson | Economic Community of West African States"),
                positions("ECOWAS heads of state have elected President John Roe of Niger as the chair of ECOWAS for"
                        + " a one-year term."));
        assertEquals(
                List.of("John Roe | Secretary-General | East African Community"),
                positions("The East African Community met in Arusha. John Roe of Tanzania was appointed as the new"
                        + " Secretary-General of the Community."));
        assertEquals(
                List.of(),
                positions("NATO met in Vilnius. John Roe was appointed as the new head of the community."),
                "'the community' is an organisation's only where one is named so");
    }

    @Test
    void aTitleOnlyOneCountryHasNeedsNoCountry() {
        assertEquals(
                List.of("Jane Doe | Trade Representative | United States"),
                positions("Among the ministers present was U.S. Trade Representative Jane Doe."));
        assertEquals(
                List.of("Jane Doe | Trade Representative | United States"),
                positions("Trade Representative Jane Doe said the talks had stalled."));
    }

    @Test
    void theForumCapitalisedBeforeItsOwnTitle() {
        assertEquals(
                List.of("Jane Doe | Secretary-General | Pacific Islands Forum"),
                positions("The Pacific Islands Forum met in Tuvalu. Forum Secretary General Dame Jane Doe said the"
                        + " leaders were trying."));
    }

    @Test
    void aChairTakenOnADayOrAsATitle() {
        String sadc = "Southern African Development Community";
        assertEquals(
                List.of("John Roe | President | Zambia", "John Roe | Chairperson | " + sadc),
                positions("Zambian President John Roe on Sunday assumed the chairmanship of the Southern African"
                        + " Development Community (SADC) as leaders gathered."));
        assertEquals(
                List.of(
                        "John Roe | Prime Minister | Nepal",
                        "John Roe | Chairman | South Asian Association for Regional Cooperation"),
                positions(
                        "Nepal's Prime Minister John Roe, who took over as SAARC chairman from the Maldives, spoke."));
        assertEquals(
                List.of(
                        "John Roe | President | Nigeria",
                        "John Roe | Chairman | Economic Community of West African States"),
                positions(
                        "SADC met in May. SADC leaders spoke. Leaders of the Economic Community of West African States"
                                + " (ECOWAS) re-elected Nigerian President John Roe as chairman of the regional bloc."),
                "the bloc the sentence names, not the one the article is about");
        assertEquals(
                List.of("John Roe | Prime Minister | Nepal"),
                positions("Nepal's Prime Minister John Roe took over as chairman of the committee."),
                "a chair of no organisation");
        assertEquals(List.of(), positions("John Roe took over as prime minister of the party."));
    }

    @Test
    void anOrganisationsNameGoingOnIsAnotherBody() {
        assertEquals(
                List.of("Karen Holm | Secretary-General | Nordic Council of Ministers"),
                positions(
                        "Karen Holm, the secretary general of the Nordic Council of Ministers, said the war mattered."));
        assertEquals(
                List.of("Karen Holm | Secretary-General | Andean Community"),
                positions("Karen Holm, the secretary general of the Andean Community of Nations, said so."),
                "its own name written in full");
    }

    @Test
    void aCountrysNameBeforeItsLeaderWithNoTitleIsReadFromTheOfficeHoldersFile() {
        java.util.function.Function<String, List<String>> inMay2023 = text ->
                EXTRACTOR
                        .extract(new Article("test.txt", text, Optional.of(java.time.LocalDate.of(2023, 5, 20))))
                        .stream()
                        .filter(f -> f.kind() == FactKind.POSITION)
                        .map(f -> f.subject() + " | " + f.relation() + " | " + f.object())
                        .toList();
        assertEquals(
                List.of("Narendra Modi | leader | India", "Macky Sall | leader | Senegal"),
                inMay2023.apply("India's Narendra Modi and Senegal's Macky Sall attended the session."));
        assertEquals(
                List.of(),
                inMay2023.apply("Russia's Mikhail Mishustin met India's Droupadi Murmu."),
                "neither leads the country: its President leads Russia, its Prime Minister India");
        assertEquals(
                List.of(),
                positions("India's Narendra Modi attended the session."),
                "an undated article: who led India then?");
        assertEquals(
                List.of("Macky Sall | President | Senegal"),
                inMay2023.apply(
                        "Senegal's Macky Sall spoke first. President Macky Sall of Senegal said the bloc must act."),
                "the title the article gives says more");
    }

    /** A full name with no title holds an office of an organisation the sentence names where the file says so. */
    @Test
    void anUntitledNameBesideAnOrganisationIsReadFromTheOfficeHoldersFile() {
        java.util.function.Function<String, List<String>> on = text -> EXTRACTOR
                .extract(new Article(
                        "test.txt", text.substring(11), Optional.of(java.time.LocalDate.parse(text.substring(0, 10)))))
                .stream()
                .filter(f -> f.kind() == FactKind.POSITION)
                .map(f -> f.subject() + " | " + f.relation() + " | " + f.object())
                .toList();
        assertEquals(
                List.of("Jens Stoltenberg | Secretary-General | North Atlantic Treaty Organization"),
                on.apply("2022-06-30 At the NATO summit in the capital, Jens Stoltenberg called the deal good."));
        assertEquals(
                List.of(),
                on.apply("2024-10-01 At NATO headquarters, Jens Stoltenberg handed over to his successor."),
                "a handover month: either holder may be meant");
        assertEquals(
                List.of(),
                on.apply("2022-06-30 At the UN, Jens Stoltenberg called the deal good."),
                "not an office of the organisation named");
        assertEquals(
                List.of(),
                on.apply("2025-06-30 At the NATO summit, Jens Stoltenberg called the deal good."),
                "after his term");
    }

    @Test
    void delegationsWithTheVerbLeftOutAfterTheFirst() {
        assertEquals(
                List.of(
                        "Jan Berg | Prime Minister | Bangladesh",
                        "Ana Souza | Prime Minister | Bhutan",
                        "Luis Vega | President | Nepal"),
                positions(
                        "Bangladesh was represented by Prime Minister Jan Berg, Bhutan by Prime Minister Dr. Ana Souza"
                                + " and Nepal by President Luis Vega."));
        assertEquals(
                List.of(), positions("Talks were held by phone, and Peru by sea was reached by President Luis Vega."));
    }

    @Test
    void oneNameDescribedOnEachSideIsNoList() {
        assertEquals(
                List.of(
                        "Omar Idris | Secretary-General | Organisation of Islamic Cooperation",
                        "Omar Idris | diplomat | Chad"),
                positions("The OIC Secretary-General, Omar Idris, a Chadian diplomat, said the summit mattered."));
    }

    /** A country's formal name over its other name, and a surname in capitals as communiqués write it. */
    @Test
    void formalNamesOfOtherNamesAndSurnamesInCapitals() {
        assertEquals(
                List.of(
                        "Omar Idris | President | Guinea-Bissau",
                        "Ana Lee-Brenner | President | Ghana",
                        "Ravi Menon | President | Guinea",
                        "KP Sharma Oli | Prime Minister | Nepal"),
                positions("Present were H.E. Omar IDRIS, President of the Republic of Guinea Bissau; H.E. Ana"
                        + " LEE-BRENNER, President of the Republic of Ghana; and H.E. Ravi Menon, President of the Republic"
                        + " of Guinea. Nepal's Prime Minister KP Sharma Oli spoke."));
        assertEquals(
                List.of("Omar Idris | President | Liberia", "Ana Lee | President | Togo"),
                positions("H.E. Omar IDRIS, President of the Republic of Liberia. H.E. Ana LEE, President of the"
                        + " Togolese Republic."),
                "a short surname in capitals before a comma");
        assertEquals(
                List.of("Omar Idris | Secretary-General | Organization of American States"),
                positions("The Secretary General of the Organization of American States (OAS), Omar Idris, spoke."),
                "the organisation's acronym between its name and the name of its officer");
        assertEquals(
                List.of("Omar Idris | Prime Minister | Malaysia"),
                positions("Malaysian Prime Minister Datuk Seri Omar Idris received the chairmanship."),
                "a Malaysian style of two words");
        assertEquals(
                List.of(
                        "Omar Idris | Foreign Minister | Kenya",
                        "Ana Lee | Foreign Minister | Uganda",
                        "Tomas Brenner | Foreign Minister | Tanzania"),
                positions("Kenyan Foreign Minister Omar Idris and his Ugandan and Tanzanian counterparts, Ana Lee and"
                        + " Tomas Brenner, respectively, met in Arusha."),
                "counterparts named in the order of their countries");
        assertEquals(
                List.of("Omar Idris | Foreign Minister | Kenya"),
                positions("Kenyan Foreign Minister Omar Idris and his Ugandan and Tanzanian counterparts, Ana Lee,"
                        + " Tomas Brenner and Ravi Menon, respectively, met in Arusha."),
                "as many names as places, or none is paired");
        assertEquals(
                List.of("Ana Lee | former Foreign Minister | Barbados"),
                positions("Also honoured was the former Deputy Prime Minister and Foreign Minister of Barbados, Dame"
                        + " Ana Lee."),
                "'former' before two titles joined by 'and' is the second's too");
    }

    /** An election with the name in apposition before it, or written as a noun ("the election of X as Y of Z"). */
    @Test
    void electionsWithTheNameInAppositionOrAsANoun() {
        assertEquals(
                List.of(
                        "Ana Lee | President | Tanzania",
                        "Ana Lee | Chairperson | Southern African Development Community"),
                positions("Tanzania's President, Dr. Ana Lee, was elected Chairperson of SADC."));
        assertEquals(
                List.of(
                        "Tomas Brenner | President | Zimbabwe",
                        "Tomas Brenner | Chairperson | Southern African Development Community"),
                positions("The summit saw the election of Zimbabwe's President, Dr. Tomas Brenner, as the Chairperson"
                        + " of SADC."));
        assertEquals(
                List.of("Sheikh Omar | Prime Minister | Bangladesh", "Ravi Menon | Deputy Prime Minister | Luxembourg"),
                positions("Bangladeshi Prime Minister Sheikh Omar met Luxembourg's Vice Prime Minister Ravi Menon."),
                "a style that leaves one word is part of the name");
    }

    /** The Commonwealth's styles before a name are no part of it; a body inside an organisation is no person. */
    @Test
    void honourableStylesAndBodiesAfterATitle() {
        assertEquals(
                List.of(
                        "Omar Idris | Prime Minister | Barbados",
                        "Ana Lee | Prime Minister | Grenada",
                        "Tomas Brenner | Prime Minister | Jamaica"),
                positions("Present were the Honourable Omar Idris, Prime Minister of Barbados; the Rt Hon Ana Lee,"
                        + " Prime Minister of Grenada; and Hon Tomas Brenner, Prime Minister of Jamaica."));
        assertEquals(
                List.of(
                        "Omar Idris | President | Guyana",
                        "Ana Lee | Prime Minister | Haiti",
                        "Tomas Brenner | Prime Minister | Jamaica",
                        "Keith Stone | Prime Minister | Barbados",
                        "Ravi Menon | Prime Minister | United Kingdom"),
                positions("Present were: President of Guyana, His Excellency Omar Idris; Prime Minister of Haiti, the"
                        + " Honourable Dr Ana Lee; Prime Minister of Jamaica, Most Honourable Tomas Brenner; and Prime"
                        + " Minister of Barbados, Dr the Honourable Keith Stone. British Prime Minister the Right"
                        + " Honourable Ravi Menon spoke."));
        assertEquals(
                List.of(),
                positions("Most leaders agreed. His government fell. Right now, leaders agree. The Honourable Members"
                        + " agreed."),
                "the words of styles elsewhere");
        assertEquals(
                List.of(),
                positions("The talks were attended by the Executive Director of the SCO Regional Anti-Terrorist"
                        + " Structure and the Chair of the OAS Permanent Council."));
    }

    @Test
    void honorificsWrittenInCapitalsAndPossessivesOfNamesEndingInS() {
        assertEquals(
                List.of("Omar Idris | President | Sri Lanka"),
                positions("The summit was chaired by the President of Sri Lanka, H.E. Mr. Omar Idris, in Colombo."));
        assertEquals(
                List.of(
                        "Omar bin Idris | Foreign Minister | Saudi Arabia",
                        "Ali bin Omar | Crown Prince | Saudi Arabia"),
                positions("The Saudi delegation was led by Foreign Minister Prince Omar bin Idris. Saudi Crown Prince"
                        + " Ali bin Omar stayed home."),
                "a royal style before a name; \"Crown Prince\" is a title");
        assertEquals(
                List.of("Jan Berg | Prime Minister | Bahamas"),
                positions("The Bahamas' Prime Minister Jan Berg spoke first."));
        assertEquals(
                List.of("Jan Berg | President | Portugal"),
                positions("The President of the Portuguese Republic, Jan Berg, was present."));
        assertEquals(List.of(), positions("He called it 'a matter for the Bahamas' and left."));
    }

    @Test
    void aListOfTitlesWithoutNamesPairsNone() {
        assertEquals(
                List.of("Omar Idris | President | World Bank"),
                positions(
                        "Also invited were World Bank president Omar Idris, the head of the WTO and the head of the IMF."));
    }

    @Test
    void aDeputyOrABodyOfTheOrganisationHoldsAnotherOffice() {
        assertEquals(List.of(), positions("Deputy Head Omar Idris of the Arab League spoke."));
        assertEquals(List.of(), positions("Omar Idris, president of the AU peace and security council, spoke."));
        assertEquals(
                List.of("Omar Idris | President | African Union"),
                positions("Omar Idris, president of the African Union, spoke."));
    }

    @Test
    void aTitleWhoseNameIsOneWordIsNotTheNameBeforeIt() {
        assertEquals(
                List.of("Tom Hale | Prime Minister | United Kingdom", "Sheikh Rahima | Prime Minister | Bangladesh"),
                positions(
                        "Leaders including British Prime Minister Tom Hale, Bangladeshi Prime Minister Sheikh Rahima and Nigerian "
                                + "President Bayo arrived on Friday."));
    }

    // ---- a title and a name with no place: the office-holders file, for an article of a known date ----

    private static List<String> positionsOn(String text, java.time.LocalDate published) {
        return EXTRACTOR.extract(new Article("test.txt", text, Optional.of(published))).stream()
                .filter(f -> f.kind() == FactKind.POSITION)
                .map(f -> f.subject() + " | " + f.relation() + " | " + f.object() + " | " + f.confidence())
                .toList();
    }

    @Test
    void aTitleAndANameAloneTakeThePlaceTheFileGivesThatMonthWithLessConfidence() {
        java.time.LocalDate june2023 = java.time.LocalDate.of(2023, 6, 30);
        assertEquals(
                List.of("Luis Lacalle Pou | President | Uruguay | 0.8"),
                positionsOn("The plans of President Luis Lacalle Pou were criticised.", june2023));
        assertEquals(
                List.of("Fumio Kishida | Prime Minister | Japan | 0.8"),
                positionsOn("Prime Minister Fumio Kishida arrived on Tuesday.", june2023));
        assertEquals(
                List.of("Tedros Adhanom Ghebreyesus | Director-General | World Health Organization | 0.8"),
                positionsOn("Director-General Tedros Adhanom Ghebreyesus warned of a new wave.", june2023));
        // Undated, the month is unknown; in 2026 Kishida no longer held the office the file knows of
        assertEquals(List.of(), positions("Prime Minister Fumio Kishida arrived on Tuesday."));
        assertEquals(
                List.of(),
                positionsOn("Prime Minister Fumio Kishida arrived on Tuesday.", java.time.LocalDate.of(2026, 1, 5)));
        // A former holder is no holder that month
        assertEquals(List.of(), positionsOn("President Donald Trump spoke on Friday.", june2023));
        // A title the person did not hold: nothing is guessed
        assertEquals(List.of(), positionsOn("Prime Minister Xi Jinping spoke on Friday.", june2023));
    }

    /**
     * The file is not used to give a leader a country the sentence does not write; and where the sentence writes
     * another country's leading office for someone the file has leading a country that month, the reading is doubted
     * away rather than taught (a title read onto the wrong name, or the article's slip).
     */
    @Test
    void aLeadersOfficeTheFileGivesAnotherCountryIsNotTaught() {
        java.time.LocalDate june2023 = java.time.LocalDate.of(2023, 6, 30);
        assertEquals(List.of(), positionsOn("Nepalese Prime Minister Fumio Kishida arrived.", june2023));
        assertEquals(List.of(), positionsOn("Prime Minister Fumio Kishida of Nepal arrived.", june2023));
        assertEquals(
                List.of("Fumio Kishida | Prime Minister | Japan | 0.9"),
                positionsOn("Japanese Prime Minister Fumio Kishida arrived.", june2023));
    }

    @Test
    void aPlaceBeforeTheTitleOwnsItAndOfAfterTheNameSaysWhereTheHolderIsFrom() {
        assertEquals(
                List.of("Ana Soza | Secretary-General | Association of Southeast Asian Nations"),
                positions("ASEAN Secretary-General Ana Soza of Brunei said the deal would create a bloc."));
        assertEquals(List.of("Ana Soza | President | Chile"), positions("President Ana Soza of Chile spoke."));
    }

    @Test
    void honorificsOpenANameButAWordOfOneMayEndIt() {
        // "Sen" opens a senator's name ("Sen. Ana Lima") and ends Hun Sen's
        assertEquals(
                List.of("Hun Sen | Prime Minister | Cambodia", "Lim Jock Hoi | Secretary-General | Brunei"),
                positions(
                        "Cambodian Prime Minister Samdech Hun Sen and Brunei's Secretary-General Dato Lim Jock Hoi met."));
    }

    @Test
    void officialCountryNamesAndOneCountrysTitles() {
        assertEquals(
                List.of("Ali Khan | Prime Minister | Pakistan", "Mya Thein | State Counsellor | Myanmar"),
                positions(
                        "Prime Minister of the Islamic Republic of Pakistan Ali Khan met State Counsellor Mya Thein."));
    }

    @Test
    void aCountrysFormalNameIsTheCountry() {
        assertEquals(
                List.of("Jane Doe | President | Uganda", "Ali Said | King | Bahrain"),
                positions("Jane Doe, President of the Republic of Uganda, met Ali Said, King of the Kingdom of"
                        + " Bahrain."));
        assertEquals(
                List.of("Li Wen | President | Taiwan"),
                positions("Li Wen, President of the Republic of China, spoke."),
                "the Republic of China is Taiwan's formal name, not China's");
    }

    @Test
    void aChairHandedOverIsHeldByItsNewHolder() {
        String sadc = "Southern African Development Community";
        assertEquals(
                List.of(
                        "Jane Doe | President | Madagascar",
                        "John Roe | President | Zimbabwe",
                        "John Roe | outgoing Chairperson | " + sadc,
                        "Jane Doe | Chairperson | " + sadc),
                positions("Zimbabwean President John Roe on Saturday handed over the chairmanship of the Southern"
                        + " African Development Community (SADC) to his Malagasy counterpart, President Jane Doe."));
        assertEquals(
                List.of("Jane Doe | Chairperson | " + sadc),
                positions("John Roe hands over SADC chairmanship to Madagascar's Jane Doe."),
                "a headline's present is done");
        assertEquals(
                List.of(
                        "Ana Lee | Prime Minister | Barbados",
                        "Ali Said | Prime Minister | Jamaica",
                        "Ana Lee | Chairperson | Caribbean Community"),
                positions("The meeting will see Barbados Prime Minister Ana Lee handing over the six-month CARICOM"
                        + " chairmanship to Prime Minister Ali Said of Jamaica."),
                "a chair still to be handed over is not the new holder's yet");
        assertEquals(
                List.of("John Roe | outgoing Chairperson | " + sadc),
                positions("John Roe handed over the chairmanship of SADC to Madagascar."),
                "a chair handed to a country names no new holder");
        assertEquals(
                List.of(
                        "John Roe | Prime Minister | Nepal",
                        "Jane Doe | President | Sri Lanka",
                        "John Roe | outgoing Chairperson | Bay of Bengal Initiative for Multi-Sectoral Technical and Economic"
                                + " Cooperation",
                        "Jane Doe | Chairperson | Bay of Bengal Initiative for Multi-Sectoral Technical and Economic"
                                + " Cooperation"),
                positions("BIMSTEC leaders met in Kathmandu. Nepal Prime Minister John Roe handed over the chairmanship"
                        + " of the seven-member grouping to Sri Lankan President Jane Doe."),
                "the grouping described by its count of members");
        assertEquals(
                List.of(
                        "John Roe | President | Angola",
                        "John Roe | outgoing Chairperson | " + sadc,
                        "Jane Doe | Chairperson | " + sadc),
                positions("The SADC summit opened in Harare. Angola's President, John Roe handed over the chairmanship"
                        + " to Jane Doe."),
                "a chair of no organisation named, in a report on a summit: the summit's organisation's");
        assertEquals(
                List.of("John Roe | President | Angola"),
                positions("Angola's President, John Roe handed over the chairmanship to Jane Doe."),
                "no summit, no organisation");
    }

    /** A monarch named by one name after the title. */
    @Test
    void aMonarchsOneName() {
        assertEquals(
                List.of("Hamad | King | Jordan", "Ana Souza | President | Brazil"),
                positions("Leaders such as Jordan's King Hamad and Brazilian President Ana Souza were absent."));
        assertEquals(List.of("Tamim | Emir | Qatar"), positions("Qatar's Emir Tamim arrived on Sunday."));
        assertEquals(
                List.of(),
                positions("Qatar's Minister Tamim arrived on Sunday."),
                "one name after another title stays unknown");
    }

    @Test
    void aTitleInThePluralBeforeEachCountryAndName() {
        assertEquals(
                List.of(
                        "Karim Bensaid | President | Algeria",
                        "Nadia Haddad | President | Lebanon",
                        "Omar Idris | President | Sudan"),
                positions("Delegations arrived with the presidents of Algeria Karim Bensaid, Lebanese Nadia Haddad,"
                        + " Sudanese Omar Idris, and the vice-president of Chad."));
        assertEquals(List.of(), positions("The presidents of Algeria and Lebanon spoke."), "no names, no facts");
    }

    @Test
    void aPortfolioTheTitlesFileLacksIsTheMinistersTitle() {
        assertEquals(
                List.of(
                        "Julio Lopes | Minister of Regional Integration | Cape Verde",
                        "Ana Lee | Foreign Minister | Senegal"),
                positions("Cabo Verde was represented by Julio Lopes, Minister of Regional Integration and Senegal"
                        + " was represented by Ana Lee, Minister of Foreign Affairs and Senegalese Abroad."));
        assertEquals(
                List.of("Ana Lee | Minister for the Environment | Ghana"),
                positions("Ghana's Minister for the Environment Ana Lee spoke."),
                "the portfolio ends where the name begins");
        assertEquals(
                List.of(),
                positions("Cabo Verde was represented by Julio Lopes, Minister of Kenya Affairs."),
                "a place is no portfolio word");
    }

    @Test
    void aSecondTitleOfAnotherBodyIsNotTheCountrys() {
        assertEquals(
                List.of("Nadia Haddad | Health Minister | Russia"),
                positions("We welcome you, said Nadia Haddad, Russia's health minister and chairperson of the"
                        + " Assembly."));
    }

    @Test
    void anOfficeOfAnOrganisationIsHeldFromTheElection() {
        assertEquals(
                List.of("Jane Doe | Director-General | World Health Organization"),
                positions("The assembly on Tuesday elected Jane Doe, a surgeon and former Kenyan health minister, new"
                        + " Director-General of the World Health Organization."));
        assertEquals(
                List.of("John Roe | Secretary-General | Council of Europe"),
                positions("John Roe was elected Secretary-General of the Council of Europe."));
        assertEquals(
                List.of(),
                positions("John Roe was elected President of Brazil."),
                "a country's elected president takes office later");
        assertEquals(
                List.of("Ana Lee | President | Interpol"),
                positions("Today the post of President of Interpol is held by Ana Lee."));
    }

    @Test
    void longerFormalNamesOfCountries() {
        assertEquals(
                List.of("Ana Lee | President | Bolivia", "Li Wen | President | Syria"),
                positions("Ana Lee, President of the Plurinational State of Bolivia, met Li Wen, President of the"
                        + " Syrian Arab Republic."));
    }

    @Test
    void anOfficeElectedByAnOrganisationsMembers() {
        assertEquals(
                List.of("Jane Doe | Secretary-General | Organization of American States"),
                positions("Jane Doe was this week elected by the member states of the OAS as secretary general for"
                        + " the next five years."));
    }

    @Test
    void anOfficeNamedAsTheCapacitySomeoneActsIn() {
        assertEquals(
                List.of("Ana Lee | President | Cuba", "Ana Lee | pro tempore President | Group of 77"),
                positions("Cuban President Ana Lee, in her capacity as president pro tempore of the G-77, toured the"
                        + " venue."));
        assertEquals(
                List.of(
                        "John Roe | President | Maldives",
                        "John Roe | Chairperson | South Asian Association for Regional Cooperation"),
                positions("As chair of Saarc, Maldivian President John Roe opened the summit."),
                "an acronym printed in title case is the organisation");
        assertEquals(
                List.of("John Roe | President | Maldives"),
                positions("As former chair of SAARC, Maldivian President John Roe opened the summit."),
                "a former chair is none");
    }

    @Test
    void aCaptionsPluralTitleBeforeNamesWithTheirCountries() {
        assertEquals(
                List.of(
                        "Ana Lee | Prime Minister | Fiji",
                        "Bob Roe | Prime Minister | Vanuatu",
                        "Ali Said | Prime Minister | Tonga"),
                positions("Leaders included prime ministers (from left) Ana Lee (Fiji), Bob Roe (Vanuatu), Ali Said"
                        + " (Tonga), and the king of Samoa's envoy."),
                "the list of prime ministers ends where another title begins");
    }

    @Test
    void aPremierIsThePrimeMinisterExceptWhereTheOfficeIsCalledSo() {
        assertEquals(
                List.of("Li Wen | Premier | China", "Ken Sato | Prime Minister | Japan"),
                positions("Chinese Premier Li Wen met Japanese Premier Ken Sato."));
        assertEquals(
                List.of("Ana Lee | Vice Premier | China", "Tom Roe | Premier | Niue"),
                positions("Chinese Vice Premier Ana Lee met Premier Tom Roe of Niue."));
    }

    /** "The Arctic Council is currently chaired by Prime Minister X": its chair now; not a past term, nor a meeting's. */
    @Test
    void anOrganisationChairedBySomeoneNow() {
        assertEquals(
                List.of("Jonas Dahlberg | Chairperson | Arctic Council"),
                positions("The Arctic Council is currently chaired by Prime Minister Jonas Dahlberg."));
        assertEquals(
                List.of(),
                positions("The Arctic Council was chaired by Jonas Dahlberg from 2019 to 2021."),
                "a past chair is no current fact");
        assertEquals(List.of(), positions("The meeting is chaired by Jonas Dahlberg."));
    }

    /** "Presidents A of Brazil, B of Argentina and C, Prime Minister of D": the list ends before a name with its title. */
    @Test
    void aPluralTitleListEndingWithANameWithItsOwnTitle() {
        assertEquals(
                List.of(
                        "Ralph Gomes | Prime Minister | Saint Vincent and the Grenadines",
                        "Luiz Silva | President | Brazil",
                        "Alberto Gomez | President | Argentina",
                        "Xiomara Ruiz | President | Honduras"),
                positions(
                        "Also present were Presidents Luiz Silva of Brazil, Alberto Gomez of Argentina, Xiomara Ruiz of"
                                + " Honduras and Ralph Gomes, Prime Minister of St. Vincent and the Grenadines."));
    }

    /** What someone does now: "X heads the WHO", "X, who also serves as chair of ...", "X, who took office as ...". */
    @Test
    void anOfficeHeldNowWrittenWithAVerb() {
        assertEquals(
                List.of("Anna Berg | head | World Health Organization"),
                positions("Anna Berg heads the World Health Organization."));
        assertEquals(
                List.of("Anna Berg | Chairperson | Arctic Council"),
                positions("Anna Berg, who also serves as chair of the Arctic Council, spoke."));
        assertEquals(
                List.of("Anna Berg | Secretary-General | Arctic Council"),
                positions("Anna Berg, who currently serves as Secretary General of the Arctic Council, spoke."));
        assertEquals(
                List.of("Anna Berg | Director-General | World Trade Organization"),
                positions("Anna Berg, who took office as WTO director-general in 2021, spoke."));
        assertEquals(
                List.of(),
                positions("Anna Berg, who served as Secretary General of the Arctic Council, spoke."),
                "an office served in the past is no current fact");
        assertEquals(
                List.of(),
                positions("Mark Brown said Anna Berg leads NATO into a new era."),
                "a bare 'leads' may be any lead");
    }

    /** "handed the bloc's rotating pro tempore presidency to Y"; "assumed the chairmanship of the Islamic Summit of O". */
    @Test
    void aChairHandedWithTheOrganisationsPossessiveOrItsSummitNamed() {
        assertEquals(
                List.of(
                        "Alberto Ruiz | President | Argentina",
                        "Ralph Gomes | Prime Minister | Saint Vincent and the Grenadines",
                        "Alberto Ruiz | outgoing pro tempore President | Community of Latin American and Caribbean States",
                        "Ralph Gomes | pro tempore President | Community of Latin American and Caribbean States"),
                positions("Argentine President Alberto Ruiz handed CELAC's rotating pro tempore presidency to Ralph"
                        + " Gomes, Prime Minister of Saint Vincent and the Grenadines."));
        assertEquals(
                List.of(
                        "Adama Njie | President | Gambia",
                        "Adama Njie | Chairperson | Organisation of Islamic Cooperation"),
                positions("Gambian President Adama Njie on Saturday assumed the chairmanship of the Islamic Summit of"
                        + " the Organisation of Islamic Cooperation (OIC) as the summit opened."));
    }

    /** A list after a plural title whose items write their countries both ways. */
    @Test
    void pluralTitleThenAMixedList() {
        assertEquals(
                List.of(
                        "Ana Ndlovu | President | Namibia",
                        "Joseph Banda | President | Zambia",
                        "Grace Phiri | President | Malawi"),
                positions("The presidents who have confirmed their attendance are Ana Ndlovu of Namibia, Joseph"
                        + " Banda (Zambia), Grace Phiri (Malawi) and the host president."));
    }

    /** People with their countries in brackets in a sentence on leaders, the list not right after the word. */
    @Test
    void aRunOfLeadersWithTheirCountriesInBrackets() {
        assertEquals(
                List.of("Ana Souza | leader | Brazil", "Pedro Rojas | leader | Chile", "Luis Mora | leader | Bolivia"),
                positions("The sessions will have the presence of 15 leaders, among which will be Ana Souza (Brazil),"
                        + " Pedro Rojas (Chile) and Luis Mora (Bolivia)."));
        // ministers in such a run are no leaders
        assertEquals(
                List.of(),
                positions("The 15 leaders were joined by ministers, among them Ana Souza (Brazil), Pedro Rojas (Chile)"
                        + " and Luis Mora (Bolivia)."));
    }

    /** The office-holders file has him leading Belarus that month: another country's title before his name is not his. */
    @Test
    void aLeaderOfOneCountryIsGivenNoOtherCountrysOffice() {
        List<String> found = EXTRACTOR
                .extract(new Article(
                        "test.txt",
                        "In an apparent jibe at the Armenian leader Lukashenka said that only fly-by-night politicians"
                                + " create conflicts.",
                        Optional.of(java.time.LocalDate.of(2023, 11, 24))))
                .stream()
                .filter(f -> f.kind() == FactKind.POSITION)
                .map(f -> f.subject() + " | " + f.relation() + " | " + f.object())
                .toList();
        assertEquals(List.of(), found);
        assertEquals(
                List.of("Aleksandr Lukashenko | President | Belarus"),
                EXTRACTOR
                        .extract(new Article(
                                "test.txt",
                                "Belarusian President Aleksandr Lukashenko spoke.",
                                Optional.of(java.time.LocalDate.of(2023, 11, 24))))
                        .stream()
                        .filter(f -> f.kind() == FactKind.POSITION)
                        .map(f -> f.subject() + " | " + f.relation() + " | " + f.object())
                        .toList());
    }

    /** A subheading In Title Case with no small word: its capitals are no name. */
    @Test
    void aSubheadingInCapitalsNamesNobody() {
        assertEquals(
                List.of(),
                positions("The African Union met.\nNew AU Chief Faces Escalating Conflicts\nThe new chairperson takes"
                        + " office as Africa faces challenges."));
        // a caption of a title and a name is still read
        assertEquals(
                List.of("Ana Souza | President | Brazil"),
                positions("The African Union met.\nBrazilian President Ana Souza\nThe summit opened."));
    }

    /**
     * A leader the article names with no title anywhere leads a country only where the office-holders file has them
     * leading it all that month and the sentence (or, for a full name, the one before) names the country.
     */
    @Test
    void anUntitledLeaderLeadsTheCountryTheFileGivesWhereTheArticleNamesIt() {
        java.time.LocalDate november2022 = java.time.LocalDate.of(2022, 11, 24);
        assertEquals(
                List.of("Nikol Pashinyan | leader | Armenia | 0.6"),
                positionsOn("Nikol Pashinyan refused to sign the declaration on help for Armenia.", november2022));
        assertEquals(
                List.of("Pashinian | leader | Armenia | 0.6"),
                positionsOn("Pashinian said the text did not address the concerns of Armenia.", november2022),
                "a surname, spelt as some news spells it, that only one leader of that month has");
        assertEquals(
                List.of("Alexander Lukashenko | leader | Belarus | 0.6"),
                positionsOn(
                        "Belarus will chair the bloc next. Alexander Lukashenko has long leaned towards Azerbaijan.",
                        november2022),
                "a full name, the country in the sentence before");
        assertEquals(
                List.of(),
                positionsOn(
                        "The bloc met in Minsk. Alexander Lukashenko has long leaned towards Azerbaijan.",
                        november2022),
                "no country named: nothing from the file alone");
        assertEquals(
                List.of(),
                positionsOn(
                        "Belarus will chair the bloc next. Lukashenko has long leaned towards Azerbaijan.",
                        november2022),
                "a surname alone needs its country in its own sentence");
        assertEquals(
                List.of(),
                positions("Nikol Pashinyan refused to sign the declaration on help for Armenia."),
                "undated: the month is unknown");
        assertEquals(
                List.of(),
                positionsOn("Donald Trump criticised the summit of the United States' allies.", november2022),
                "not leading that month");
        assertEquals(
                List.of(),
                positionsOn("Nikol Pashinyan refused to sign a text on Armenia.", java.time.LocalDate.of(2018, 5, 10)),
                "the month he took office: either holder may be meant");
        assertEquals(
                List.of("Nikol Pashinyan | Prime Minister | Armenia | 0.9"),
                positionsOn(
                        "Armenian Prime Minister Nikol Pashinyan arrived. Pashinyan refused to sign a text on Armenia.",
                        november2022),
                "titled in another sentence: that title, not a leader besides");
        assertEquals(
                List.of("Nikol Pashinyan | Prime Minister | Armenia | 0.8"),
                positionsOn(
                        "Prime Minister Pashinyan arrived. Nikol Pashinyan refused to sign a text on Armenia.",
                        november2022),
                "titled in another sentence with no country written: the file's place for that title, no leader besides");
        assertEquals(
                List.of(
                        "Alberto Fernández | pro tempore President | Mercosur | 0.9",
                        "Alberto Fernández | leader | Argentina | 0.6"),
                positionsOn(
                        "The Argentine city of Salta will host the summit, where Alberto Fernández will hand the pro"
                                + " tempore presidency of Mercosur to Uruguay.",
                        java.time.LocalDate.of(2021, 6, 10)),
                "an office of an organisation does not stop it");
        assertEquals(
                List.of(),
                positionsOn(
                                "The Prime Minister of Armenia and incoming chair of the CSTO, Nikol Pashinyan, arrived.",
                                november2022)
                        .stream()
                        .filter(f -> f.contains("leader"))
                        .toList(),
                "the sentence writes the country's leading title: the sentence's to give");
    }

    /**
     * A president's or prime minister's office that the office-holders file gives only to others that month is not
     * taught: a caption that reads "wife of" as part of a title. Another spelling of the holder keeps the fact.
     */
    @Test
    void anOfficeTheFileGivesOnlyToOthersThatMonthIsNotTaught() {
        java.time.LocalDate august2018 = java.time.LocalDate.of(2018, 8, 31);
        assertEquals(
                List.of("KP Sharma Oli | Prime Minister | Nepal | 0.9"),
                positionsOn(
                        "Standing are the wife of Nepalese Prime Minister Jane Roe, and Nepal's Prime Minister KP Sharma"
                                + " Oli.",
                        august2018));
        assertEquals(
                List.of("Volodymyr Zelenskiy | President | Ukraine | 0.9"),
                positionsOn("Ukrainian President Volodymyr Zelenskiy arrived.", august2018.plusYears(5)),
                "another spelling of the holder's name");
        assertEquals(
                List.of("Jane Roe | Prime Minister | Nepal"),
                positions("The wife of Nepalese Prime Minister Jane Roe arrived."),
                "undated: the file cannot say");
    }

    /** A surname that is also a city's name, after a title and a given name, is the name's. */
    @Test
    void aSurnameThatIsACitysNameIsTheName() {
        assertEquals(
                List.of("Jane Muscat | Prime Minister | Malta"),
                positions("Malta's Prime Minister Jane Muscat made the announcement."));
        assertEquals(
                List.of("Jane Muscat | Prime Minister | Malta"),
                positions("The talks were led by the Prime Minister of Malta Jane Muscat."));
        assertEquals(
                List.of("Jane Roe | Prime Minister | Malta"),
                positions("Malta's Prime Minister Jane Roe in Muscat made the announcement."),
                "a place after 'in' stays a place");
    }

    /** "Ambassador" between an organisation's title and a name is a style, not an office of its own. */
    @Test
    void anAmbassadorsStyleAfterATitleIsNoOffice() {
        assertEquals(
                List.of("Irma Lane | Secretary-General | Caribbean Community"),
                positions("Remarks will be delivered by CARICOM Secretary-General Ambassador Irma Lane."));
    }

    /** "Chairperson of the group, Maldives President X": the name's own office between the comma and the name. */
    @Test
    void anOrganisationsTitleThenTheNamesOwnOffice() {
        assertEquals(
                List.of(
                        "Jane Doe | President | Maldives",
                        "Jane Doe | Chairperson | South Asian Association for Regional Cooperation"),
                positions("Current chairperson of the SAARC, Maldives President Jane Doe, announced it open."));
        assertEquals(
                List.of(
                        "Jane Doe | President | Maldives",
                        "Jane Doe | Chairperson | South Asian Association for Regional Cooperation"),
                positions("The SAARC summit opened. Current chairperson of the eight-member group, Maldives President"
                        + " Jane Doe, announced it open."),
                "the group described by its count of members");
    }

    /** Each counterpart takes the office the file gives it that month, in the order of its country. */
    @Test
    void respectiveCounterpartsTakeTheOfficeTheFileGivesThem() {
        assertEquals(
                List.of(
                        "Andrej Babiš | Prime Minister | Czech Republic | 0.9",
                        "Peter Pellegrini | Prime Minister | Slovakia | 0.9",
                        "Viktor Orbán | Prime Minister | Hungary | 0.9",
                        "Mateusz Morawiecki | Prime Minister | Poland | 0.9"),
                positionsOn(
                        "Czech Prime Minister Andrej Babiš and his Slovak, Hungarian and Polish counterparts, Peter"
                                + " Pellegrini, Viktor Orbán and Mateusz Morawiecki, respectively, met in Bratislava.",
                        java.time.LocalDate.of(2019, 2, 20)));
    }

    /** A regnal number in capitals stays as written; a surname in capitals is written as a name. */
    @Test
    void aRegnalNumberKeepsItsCapitals() {
        assertEquals(
                List.of("Charles III | head | Commonwealth of Nations"),
                positions("The Head of the Commonwealth, King Charles III, spoke of the past."));
        assertEquals(List.of("Jane Doe | President | Liberia"), positions("Jane DOE, President of Liberia, spoke."));
    }

    /** "X, a long-serving minister, won the vote and was named the new Chairperson of the AUC". */
    @Test
    void namedAfterAnAppositionAndAnotherVerb() {
        assertEquals(
                List.of("Jane Doe | Chairperson | African Union Commission"),
                positions("Jane Doe, one of Ghana's longest serving ministers, won the vote and was named the new"
                        + " Chairperson of the AUC, the executive arm of the African Union."));
        assertEquals(
                List.of(),
                positions("Jane Doe, one of Ghana's longest serving ministers, won the vote and was named the new"
                        + " President of Ghana."),
                "an office of a country named so may be still to come");
    }

    /**
     * After the office-holders file's own date a holder it lists without an end may have been replaced: a new prime
     * minister named then is taught, and a name alone is read as nobody's leader.
     */
    @Test
    void afterTheFilesDateItNeitherDropsANewHolderNorNamesALeader() {
        java.time.LocalDate january2026 = java.time.LocalDate.of(2026, 1, 5);
        assertEquals(
                List.of("Jane Roe | Prime Minister | Nepal | 0.9"),
                positionsOn("Nepalese Prime Minister Jane Roe spoke on Monday.", january2026));
        assertEquals(
                List.of(),
                positionsOn("KP Sharma Oli refused to sign the declaration on help for Nepal.", january2026));
        assertEquals(
                List.of("KP Sharma Oli | leader | Nepal | 0.6"),
                positionsOn(
                        "KP Sharma Oli refused to sign the declaration on help for Nepal.",
                        java.time.LocalDate.of(2025, 3, 5)),
                "within the file's time");
    }

    /** An office entered after a description of the person, or from a predecessor named before it. */
    @Test
    void anOfficeEnteredAfterADescriptionOrFromAPredecessor() {
        assertEquals(
                List.of("Ana Souza | former Prime Minister | Portugal", "Ana Souza | President | European Council"),
                positions("Ana Souza, a former prime minister of Portugal, took office as President of the European"
                        + " Council on 1 December."));
        assertEquals(
                List.of("Ana Souza | Secretary-General | North Atlantic Treaty Organization"),
                positions("Ana Souza succeeded Ravi Menon as NATO Secretary General on October 1."));
        assertEquals(
                List.of(),
                positions("Ana Souza will succeed Ravi Menon as NATO Secretary General in October."),
                "an office still to come");
        assertEquals(
                List.of(),
                positions("Ana Souza, Ravi Menon and Ali Said took office as ministers."),
                "a list before the verb is no description");
    }

    @Test
    void theChairHeldNowAndAnAssemblysNumberedSession() {
        assertEquals(
                List.of("Ana Souza | Chairperson | Pacific Islands Forum"),
                positions("Ana Souza is the current chair of the Pacific Islands Forum."));
        assertEquals(List.of(), positions("Ana Souza was chair of the Pacific Islands Forum."), "a past term");
        assertEquals(
                List.of("Ana Souza | President | United Nations General Assembly"),
                positions("Ana Souza of Brazil was elected President of the 79th session of the UN General Assembly."));
        assertEquals(
                List.of(
                        "Ana Souza | former Prime Minister | Mongolia",
                        "Ana Souza | President | United Nations General Assembly"),
                positions("The UN General Assembly (UNGA) has elected, by acclamation, Ana Souza, former Prime Minister"
                        + " of Mongolia, to serve as President of its 79th session."));
        assertEquals(
                List.of("Ravi Menon | President | United Nations General Assembly"),
                positions("Ana Souza will succeed Ravi Menon of Trinidad and Tobago, current UNGA President, in"
                        + " September."));
    }

    @Test
    void anOfficeServedInNowAndAPortfolioThatGoesOn() {
        assertEquals(
                List.of("Ana Souza | Foreign Minister | Mongolia"),
                positions("Ana Souza currently serves as Mongolia's Minister for Foreign Affairs and Regional"
                        + " Integration, and thanked the leaders."));
        assertEquals(
                List.of("Ana Souza | Secretary-General | Organization of American States"),
                positions("Ana Souza serves as Secretary General of the OAS."));
        assertEquals(List.of(), positions("Ana Souza served as Secretary General of the OAS."), "a past term");
    }

    /** A former title with no country: the office-holders file names the country whose office the person left. */
    @Test
    void aFormerTitleAloneTakesTheCountryTheFileGivesForAnEndedTerm() {
        assertEquals(
                List.of("John Kufuor | former President | Ghana | 0.8"),
                positionsOn("She served under former President John Kufuor.", java.time.LocalDate.of(2024, 10, 28)));
        assertEquals(
                List.of(),
                positionsOn("She served under former President John Mahama.", java.time.LocalDate.of(2025, 3, 2)),
                "in office again that day");
    }

    /** A chair handed on: the one who handed it is the outgoing chair, the one who took it the chair. */
    @Test
    void aChairHandedOnLeavesTheGiverOutgoing() {
        assertEquals(
                List.of(
                        "Ana Souza | outgoing Chairperson | Shanghai Cooperation Organisation",
                        "Ravi Menon | Chairperson | Shanghai Cooperation Organisation"),
                positions("Ana Souza handed the SCO chairmanship to Ravi Menon."));
        assertEquals(
                List.of("Ana Souza | Chairperson | Shanghai Cooperation Organisation"),
                positions("Ana Souza will hand the SCO chairmanship to Ravi Menon."),
                "held until then, and not yet by the other");
    }

    /** A communiqué's list of styled leaders: "the Rt. Honourable" is a style, its full stop no sentence's end. */
    @Test
    void styledLeadersInACommuniquesList() {
        assertEquals(
                List.of(
                        "Ana Souza | Prime Minister | Barbados",
                        "Ravi Menon | Prime Minister | Grenada",
                        "Ali Said | President | Guyana"),
                positions("Other members of the Conference in attendance were: the Prime Minister of Barbados, the Rt."
                        + " Honourable Ana Souza; the Prime Minister of Grenada, Dr. the Rt. Honourable Ravi Menon; the"
                        + " President of Guyana, His Excellency Brigadier Ali Said."));
    }

    /** A surname alone after a title: the office-holders file's holder of that office then, named in full. */
    @Test
    void aSurnameAloneAfterATitleIsTheFilesHolder() {
        assertEquals(
                List.of("John Magufuli | President | Tanzania | 0.8"),
                positionsOn(
                        "President Magufuli of the United Republic of Tanzania spoke.",
                        java.time.LocalDate.of(2019, 8, 20)));
        assertEquals(
                List.of(),
                positionsOn(
                        "President Magufuli of the United Republic of Tanzania spoke.",
                        java.time.LocalDate.of(2022, 8, 20)),
                "not the holder that month");
    }

    @Test
    void aChairWelcomedWithTheOrganisationBeforeTheTitle() {
        assertEquals(
                List.of(
                        "John Magufuli | President | Tanzania | 0.8",
                        "John Magufuli | Chairperson | Southern African Development Community | 0.8"),
                positionsOn(
                        "The Summit welcomed President Magufuli of the United Republic of Tanzania as the new SADC"
                                + " chairperson.",
                        java.time.LocalDate.of(2019, 8, 20)));
    }
}
