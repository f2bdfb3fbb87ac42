package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where and when summits and other events were held, on sentences written for this test in the
 * style of news reports (invented events, real places).
 */
class SummitPhrasingTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();
    private static final LocalDate FRIDAY = LocalDate.of(2031, 3, 14);

    /** The host and date facts an article gives, as "kind: subject | relation | object". */
    private static List<String> hostsAndDates(String text, Optional<LocalDate> published) {
        return EXTRACTOR.extract(new Article("test.txt", text, published)).stream()
                .filter(f -> f.kind() == FactKind.HOST || f.kind() == FactKind.DATE)
                .map(f -> f.kind().label() + ": " + f.subject() + " | " + f.relation() + " | " + f.object())
                .toList();
    }

    @Test
    void aSummitNumberedByAnOrdinalIsNamedByIt() {
        assertEquals(
                List.of("host: 41st AU summit | held in | Kigali"),
                hostsAndDates("The 41st African Union summit was held in Kigali.", Optional.empty()));
        assertEquals(
                List.of(
                        "host: 2031 XLV MERCOSUR summit | held in | Montevideo",
                        "date: 2031 XLV MERCOSUR summit | date | 2031-06-02"),
                hostsAndDates("Montevideo will host the XLV Mercosur Summit on June 2.", Optional.of(FRIDAY)));
    }

    /** "their 51st Session": a numbered session given to the report's leaders is their organisation's summit. */
    @Test
    void theLeadersNumberedSessionIsTheirOrganisations() {
        String summit = "The ECOWAS summit opened in Abuja on Saturday. ";
        assertEquals(
                List.of(
                        "host: 2031 51st ECOWAS summit | held in | Monrovia",
                        "date: 2031 51st ECOWAS summit | date | 2031-01"),
                hostsAndDates(
                                summit
                                        + "The leaders recalled the decisions taken at their 51st Session held in Monrovia,"
                                        + " Liberia in January 2031.",
                                Optional.of(FRIDAY))
                        .stream()
                        .filter(f -> f.contains("51st"))
                        .toList());
        assertEquals(
                List.of(),
                hostsAndDates(
                                summit + "The ministers recalled the decisions taken at their session held in Monrovia,"
                                        + " Liberia in January 2031.",
                                Optional.of(FRIDAY))
                        .stream()
                        .filter(f -> f.contains("Monrovia"))
                        .toList(),
                "a session with no number may be anyone's");
    }

    @Test
    void aTownTheDataFilesDoNotKnowWrittenWithItsCountryBeatsTheDateline() {
        assertEquals(
                List.of("host: 2031 18th AU summit | held in | Djerba"),
                hostsAndDates(
                                "TUNIS, March 14 — The 18th summit of the African Union concluded on Sunday in Djerba, Tunisia,"
                                        + " with the adoption of resolutions.",
                                Optional.of(FRIDAY))
                        .stream()
                        .filter(f -> f.startsWith("host"))
                        .toList());
    }

    /** "The meeting" after "an informal summit" is that informal summit, not the bloc's regular one of the year. */
    @Test
    void aMeetingReferredBackToKeepsItsKind() {
        assertEquals(
                List.of(
                        "host: 2031 informal CIS summit | held in | Minsk",
                        "date: 2031 informal CIS summit | date | 2031-03-20",
                        "host: 2031 CIS summit | held in | Bishkek",
                        "date: 2031 CIS summit | date | 2031-01"),
                hostsAndDates(
                        "CIS leaders will gather for an informal summit in Minsk next week. "
                                + "Officials said the meeting on March 20 and 21 would focus on trade. "
                                + "The official CIS summit was held in Bishkek in January.",
                        Optional.of(FRIDAY)));
    }

    @Test
    void aCityDescribedBeforeItHostsTheSummit() {
        assertEquals(
                List.of(
                        "host: 2031 XLV MERCOSUR summit | held in | Puerto Iguazú",
                        "date: 2031 XLV MERCOSUR summit | date | 2031-06-02"),
                hostsAndDates(
                        "The Argentine city of Puerto Iguazú in the province of Misiones will host the XLV Mercosur Summit on June 2.",
                        Optional.of(FRIDAY)));
    }

    @Test
    void aDateAfterTheCapitalDatesTheSession() {
        assertEquals(
                List.of(
                        "host: 2031 41st AU summit | held in | Addis Ababa",
                        "date: 2031 41st AU summit | date | 2031-03-08"),
                hostsAndDates(
                        "Leaders gathered at the opening of the 41st Ordinary Session of the AU Assembly in Addis Ababa, "
                                + "the capital of Ethiopia, on Saturday.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of(
                        "host: 2031 Arab League summit | held in | Manama",
                        "date: 2031 Arab League summit | date | 2031-03-13"),
                hostsAndDates(
                        "The Arab League summit opened in Manama, the capital of Bahrain, yesterday, to discuss trade.",
                        Optional.of(FRIDAY)));
    }

    @Test
    void aSessionOfTheAssemblyDatedBeforeIt() {
        assertEquals(
                List.of("date: 2030 40th AU summit | date | 2030-02"),
                hostsAndDates(
                        "She took the chair of the bloc in February last year at the 40th session of the AU assembly.",
                        Optional.of(FRIDAY)));
    }

    @Test
    void independenceGainedInAClauseAfterTheCountry() {
        assertEquals(
                List.of("date: independence of Namibia | date | 1990"),
                hostsAndDates(
                        "Namibia is one of the younger states in Africa, having gained independence from South Africa in 1990.",
                        Optional.empty()));
    }

    @Test
    void aDatelineDatesTheReportNotTheSummit() {
        assertEquals(
                List.of("host: 2031 APEC summit | held in | Lima"),
                hostsAndDates(
                        "LIMA, March 14 (Agency) - Leaders met at the APEC summit on trade.", Optional.of(FRIDAY)));
    }

    @Test
    void leadersGatheringInACityForTheSummit() {
        assertEquals(
                List.of("host: 2031 APEC summit | held in | Lima", "date: 2031 APEC summit | date | 2031-03-10"),
                hostsAndDates("Leaders gathered in Lima on Monday for the APEC summit.", Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 ASEAN summit | held in | Jakarta"),
                hostsAndDates("Leaders arrived in Jakarta for the two-day ASEAN summit.", Optional.of(FRIDAY)));
        assertEquals(
                List.of(), hostsAndDates("Ministers met in Jakarta for a meeting on fisheries.", Optional.of(FRIDAY)));
    }

    @Test
    void aSummitRunningFromOneDayToAnother() {
        assertEquals(
                List.of("date: 2031 G20 summit | date | 2031-07-06"),
                hostsAndDates(
                        "The G20 summit, which will run from 6 to 7 July, is to open with a dinner.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 NATO summit | held in | Washington", "date: 2031 NATO summit | date | 2031-07-09"),
                hostsAndDates("The NATO summit will be held from July 9 to 11 in Washington.", Optional.of(FRIDAY)));
    }

    @Test
    void anIslandAndACityPlayingHost() {
        assertEquals(
                List.of("host: 2031 ASEAN summit | held in | Bali"),
                hostsAndDates(
                        "The ASEAN summit is taking place on the Indonesian resort island of Bali.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2016 APEC summit | held in | Lima", "date: 2016 APEC summit | date | 2016"),
                hostsAndDates("Lima played host to the APEC summit in 2016.", Optional.of(FRIDAY)));
    }

    @Test
    void anOrdinalOfSomethingElseDoesNotNameTheSummit() {
        assertEquals(
                List.of("host: 2031 ASEAN summit | held in | Jakarta"),
                hostsAndDates("For the 3rd time, leaders met at the ASEAN summit in Jakarta.", Optional.of(FRIDAY)));
    }

    /** A summit that was called off, put off or cancelled was not held where it was planned: no host, no date. */
    @Test
    void aSummitCalledOffHasNoHost() {
        assertEquals(List.of(), hostsAndDates("The 2030 APEC summit in Quito was called off.", Optional.of(FRIDAY)));
        assertEquals(
                List.of(),
                hostsAndDates(
                        "Ecuador was to host the APEC summit in Quito in 2030, but it was cancelled after the floods.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of(),
                hostsAndDates(
                        "The ASEAN summit, which was to be held in Manila on June 2, has been postponed.",
                        Optional.of(FRIDAY)));
    }

    /**
     * "The 2032 meeting", "last year's meeting": a meeting known by its year recurs, so in a report on one
     * organisation's summit it is that organisation's summit of another year; not a meeting of ministers or of two
     * leaders.
     */
    @Test
    void aMeetingNamedByItsYearInAReportOnOneOrganisation() {
        String lede = "APEC leaders met in Lima on Friday for the APEC summit. ";
        assertEquals(
                List.of(
                        "host: 2031 APEC summit | held in | Lima",
                        "date: 2031 APEC summit | date | 2031-03-14",
                        // "the 2032 meeting" is named by its year, which dates nothing more
                        "host: 2032 APEC summit | held in | Santiago",
                        "host: 2030 APEC summit | held in | Quito",
                        "date: 2030 APEC summit | date | 2030"),
                hostsAndDates(
                        lede + "Chile will host the 2032 meeting in Santiago, officials said. "
                                + "Last year's meeting in Quito ended without a joint statement.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 APEC summit | held in | Lima", "date: 2031 APEC summit | date | 2031-03-14"),
                hostsAndDates(
                        lede + "The two leaders' 2029 meeting in Hanoi was tense. "
                                + "The 2029 meeting of finance ministers in Hanoi was tense. "
                                + "The 2029 meeting between the two presidents in Hanoi was tense.",
                        Optional.of(FRIDAY)));
        // no organisation's summit is reported: whose meeting it was, nothing says
        assertEquals(
                List.of(),
                hostsAndDates("Last year's meeting in Quito ended without a joint statement.", Optional.of(FRIDAY)));
    }

    /** "held on Tuesday, 11 March 2031, in Lima": a weekday and date set off by commas before the city. */
    @Test
    void aDateSetOffByCommasBeforeTheCity() {
        assertEquals(
                List.of("host: 2031 APEC summit | held in | Lima", "date: 2031 APEC summit | date | 2031-03-11"),
                hostsAndDates("The APEC summit was held on Tuesday, 11 March 2031, in Lima.", Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 ASEAN summit | held in | Jakarta", "date: 2031 ASEAN summit | date | 2031-03-10"),
                hostsAndDates("The ASEAN summit opened on Monday, March 10, in Jakarta.", Optional.of(FRIDAY)));
    }

    /** A country that joined at a ceremony joined where the ceremony was held. */
    @Test
    void anAccessionCeremonyHasAPlace() {
        assertEquals(
                List.of("host: accession of Finland to NATO | held in | Brussels"),
                hostsAndDates(
                        "Finland officially became NATO's 31st member during a ceremony in Brussels.",
                        Optional.empty()));
        assertEquals(
                List.of("host: accession of Croatia to EU | held in | Zagreb"),
                hostsAndDates("Croatia joined the EU at a ceremony in Zagreb.", Optional.empty()));
        // the ceremony of another's joining, or a ceremony called off, is no place of this one
        assertEquals(
                List.of(),
                hostsAndDates(
                        "Croatia, which joined the EU years ago, sent its foreign minister to a ceremony in Zagreb.",
                        Optional.empty()));
        assertEquals(
                List.of(),
                hostsAndDates(
                        "Croatia joined the EU long ago and sent its foreign minister to a ceremony in Zagreb.",
                        Optional.empty()));
        assertEquals(
                List.of(),
                hostsAndDates("Croatia joined the EU after a ceremony in Zagreb was called off.", Optional.empty()));
    }

    /**
     * "was last held", "had last been held": a past summit, hosted where the sentence says only when it writes the year
     * ("The summit was first held in Seattle" does not say which year's).
     */
    @Test
    void aSummitLastHeldElsewhere() {
        String lede = "APEC leaders met in Lima on Friday for the APEC summit. ";
        List<String> lima =
                List.of("host: 2031 APEC summit | held in | Lima", "date: 2031 APEC summit | date | 2031-03-14");
        List<String> expected = new java.util.ArrayList<>(lima);
        expected.addAll(List.of("host: 2028 APEC summit | held in | Hanoi", "date: 2028 APEC summit | date | 2028-11"));
        assertEquals(
                expected,
                hostsAndDates(
                        lede + "The summit had last been held in Hanoi, the Vietnamese capital, in November 2028.",
                        Optional.of(FRIDAY)));
        assertEquals(
                lima,
                hostsAndDates(
                        lede + "The summit was first held in Seattle. The summit has previously been held in Hanoi.",
                        Optional.of(FRIDAY)));
    }

    /**
     * "..., with Dakar to host the 2032 summit": a city with "to host" and no verb of its own is the host to be; the
     * year before "summit" is its name, not a date told. "Dakar hopes to host", "asked Dakar to host": not yet a host.
     */
    @Test
    void aCityToHostTheSummit() {
        String lede = "ECOWAS leaders met in Abuja on Friday for the ECOWAS summit. ";
        List<String> abuja =
                List.of("host: 2031 ECOWAS summit | held in | Abuja", "date: 2031 ECOWAS summit | date | 2031-03-14");
        List<String> expected = new java.util.ArrayList<>(abuja);
        expected.add("host: 2032 ECOWAS summit | held in | Dakar");
        assertEquals(
                expected,
                hostsAndDates(
                        lede + "Leaders agreed that Senegal would take the chair, with Dakar to host the 2032 summit.",
                        Optional.of(FRIDAY)));
        assertEquals(
                abuja,
                hostsAndDates(
                        lede
                                + "Senegal said Dakar hopes to host the 2032 summit. Leaders asked Accra to host the 2033 summit.",
                        Optional.of(FRIDAY)));
    }

    /**
     * "who fell ill at an African Union summit in June", in a report on another bloc's summit: a summit brought in with
     * "an" is told in passing, and "the 2032 summit" after it is still the article's organisation's.
     */
    @Test
    void aSummitToldInPassingIsNotTheArticles() {
        assertEquals(
                List.of(
                        "host: 2031 ECOWAS summit | held in | Abuja",
                        "date: 2031 ECOWAS summit | date | 2031-03-14",
                        "host: 2032 ECOWAS summit | held in | Dakar"),
                hostsAndDates(
                        "ECOWAS leaders met in Abuja on Friday for the ECOWAS summit. "
                                + "The outgoing chair of ECOWAS has been in hospital since falling ill at an African Union summit. "
                                + "The ECOWAS treaty was revised twice. "
                                + "Leaders agreed that Senegal would take the chair, with Dakar to host the 2032 summit.",
                        Optional.of(FRIDAY)));
    }

    /** "the sixth summit": an ordinal written as a word numbers the summit as its digits do; "first" only ranks. */
    @Test
    void aSummitNumberedByAnOrdinalWord() {
        assertEquals(
                List.of("host: 9th ASEAN summit | held in | Hanoi"),
                hostsAndDates("The ninth ASEAN summit was held in Hanoi.", Optional.empty()));
        assertEquals(
                List.of(
                        "host: 2030 5th ASEAN summit | held in | Vietnam",
                        "date: 2030 5th ASEAN summit | date | 2030-03"),
                hostsAndDates(
                        "The fifth ASEAN summit was hosted virtually by Vietnam in March 2030.", Optional.empty()));
        // in person, a summit is held in a city: the country that hosted it is not where
        assertEquals(
                List.of(), hostsAndDates("The sixth ASEAN summit was hosted by Laos in May 2030.", Optional.empty()));
        // "the first summit after the floods" ranks it: no number, and no summit of a known year either
        assertEquals(
                List.of(),
                hostsAndDates("The first ASEAN summit after the floods was held in Hanoi.", Optional.empty()));
    }

    /** "LIMA, March 14 (Agency) The 12th APEC summit ...": the agency in brackets ends a dateline with no dash after it. */
    @Test
    void aDatelineEndedByTheAgency() {
        assertEquals(
                List.of(
                        "host: 2031 12th APEC summit | held in | Lima",
                        "date: 2031 12th APEC summit | date | 2031-03-13"),
                hostsAndDates(
                        "APEC leaders agree on trade\n\nLIMA, March 14 (Agency) The 12th APEC summit opened here on "
                                + "Thursday with a call for open markets. APEC officials spoke.",
                        Optional.of(FRIDAY)));
        // brackets that are no agency's after a place and a date: not a dateline
        assertEquals(
                List.of(),
                hostsAndDates(
                        "APEC leaders agree on trade\n\nThe talks in Lima (Peru) ended. APEC officials said the summit "
                                + "would follow. APEC leaders spoke.",
                        Optional.of(FRIDAY)));
    }

    /** "BRUSSELS, March 14 (Agency) — Leaders will travel to Iceland for the summit": the report's city, not the summit's. */
    @Test
    void aDatelineIsNotTheHostWhereTheSentenceGoesToAnotherCountry() {
        assertEquals(
                List.of(),
                hostsAndDates(
                        "Leaders head north\n\nBRUSSELS, March 14 (Agency) — Thirty heads of government will travel"
                                + " to Iceland on Tuesday for the first summit of the Council of Europe in years.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 APEC summit | held in | Lima"),
                hostsAndDates(
                        "APEC leaders agree\n\nLIMA, March 14 (Agency) — Leaders arrived in Peru for the APEC summit.",
                        Optional.of(FRIDAY)),
                "the dateline's own country");
    }

    /**
     * "Meeting in the Peruvian capital, Lima, on Thursday for the bloc's 31st ordinary session, the leaders ...": a
     * clause opening the sentence says where they met; "Its 31st session runs from Monday to Thursday in Lima".
     */
    @Test
    void aSessionWhereItsLeadersMetOrWhereItRuns() {
        String lede = "APEC leaders gathered this week. APEC officials spoke. ";
        assertEquals(
                List.of(
                        "host: 2031 31st APEC summit | held in | Lima",
                        "date: 2031 31st APEC summit | date | 2031-03-13"),
                hostsAndDates(
                        lede
                                + "Meeting in the Peruvian capital, Lima, on Thursday for the bloc's 31st ordinary session, "
                                + "the leaders named a new chair.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of(
                        "host: 2031 31st APEC summit | held in | Lima",
                        "date: 2031 31st APEC summit | date | 2031-03-10"),
                hostsAndDates(lede + "Its 31st session ran from Monday to Thursday in Lima.", Optional.of(FRIDAY)));
        // a meeting named as a noun is not where the leaders met
        assertEquals(
                List.of(),
                hostsAndDates(
                        lede + "A meeting in Lima on Thursday for the bloc's 31st ordinary session drew few ministers.",
                        Optional.of(FRIDAY)));
    }

    /** "... since 2027, when Chile hosted the fourth gathering in Santiago": the year before "when" dates that summit. */
    @Test
    void aYearWhenACountryHostedTheSummit() {
        String lede = "APEC leaders met in Lima on Friday for the APEC summit. ";
        List<String> expected = new java.util.ArrayList<>(
                List.of("host: 2031 APEC summit | held in | Lima", "date: 2031 APEC summit | date | 2031-03-14"));
        expected.addAll(
                List.of("host: 2027 4th APEC summit | held in | Santiago", "date: 2027 4th APEC summit | date | 2027"));
        assertEquals(
                expected,
                hostsAndDates(
                        lede
                                + "It was the first summit in person since 2027, when Chile hosted the fourth gathering in "
                                + "Santiago.",
                        Optional.of(FRIDAY)));
        // a gathering of others than the summit's: not without "when" and a country hosting it
        assertEquals(
                expected.subList(0, 2),
                hostsAndDates(lede + "In 2027, a gathering in Santiago drew thousands.", Optional.of(FRIDAY)));
    }

    /**
     * "The summit, hosted by Kenya, opened on Tuesday": the host in an apposition before the opening; "concluded in
     * Lima on Thursday": the day it ended is not its date; one host read twice keeps the name with its year.
     */
    @Test
    void anOpeningAfterTheHostAndAnEndingThatIsNoDate() {
        assertEquals(
                // an in-person summit "hosted by Peru" was held in a city the sentence does not name
                List.of("date: 2031 APEC summit | date | 2031-03-11"),
                hostsAndDates(
                        "APEC leaders met. The APEC summit, hosted by Peru, opened on Tuesday, March 11, 2031.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 APEC summit | held in | Lima"),
                hostsAndDates(
                        "APEC leaders met. The three-day APEC summit concluded in Lima on Thursday.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2030 APEC summit | held in | Lima", "date: 2030 APEC summit | date | 2030-10"),
                hostsAndDates(
                        "APEC leaders met. Peru hosted the APEC summit in Lima in October 2030.", Optional.of(FRIDAY)));
    }

    /**
     * "... took place in Jakarta, Indonesia, from 5 to 7 September 2030": the first day of the span after the place;
     * a summit read by two rules as "44th ASEAN summit" and "ASEAN summit" keeps the name that tells more.
     */
    @Test
    void aSpanAfterThePlaceAndOneNameForOneSummit() {
        assertEquals(
                List.of(
                        "host: 2030 43rd ASEAN summit | held in | Jakarta",
                        "date: 2030 43rd ASEAN summit | date | 2030-09-05"),
                hostsAndDates(
                        "The 43rd ASEAN Summit took place in Jakarta, Indonesia, from 5 to 7 September 2030.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of(
                        "host: 2031 44th ASEAN summit | held in | Vientiane",
                        "date: 2031 44th ASEAN summit | date | 2031-03-12"),
                hostsAndDates(
                        "ASEAN leaders gathered in Vientiane on Wednesday for the 44th ASEAN Summit.",
                        Optional.of(FRIDAY)));
    }

    /** "The summit, the bloc's 30th anniversary gathering, opened in Lima on March 12": a short apposition between. */
    @Test
    void anAppositionBetweenTheSummitAndWhereItOpened() {
        assertEquals(
                List.of("host: 2031 APEC summit | held in | Lima", "date: 2031 APEC summit | date | 2031-03-12"),
                hostsAndDates(
                        "APEC leaders met. The APEC summit, the bloc's 30th anniversary gathering, opened in Lima on March 12.",
                        Optional.of(FRIDAY)));
        // a clause, not an apposition: where the leader flew is not where the summit was
        assertEquals(
                List.of(),
                hostsAndDates(
                        "APEC leaders met. After the APEC summit, the president flew home and then held talks in Lima.",
                        Optional.of(FRIDAY)));
    }

    /** "The APEC summit in Lima began two days ago": the place between the summit and its opening; not its ending. */
    @Test
    void thePlaceBetweenTheSummitAndItsOpening() {
        assertEquals(
                List.of("host: 2031 APEC summit | held in | Lima", "date: 2031 APEC summit | date | 2031-03-12"),
                hostsAndDates("APEC leaders met. The APEC summit in Lima began two days ago.", Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 APEC summit | held in | Lima"),
                hostsAndDates("APEC leaders met. The APEC summit in Lima ended on Thursday.", Optional.of(FRIDAY)));
    }

    @Test
    void aCityStateHostsUnderItsOwnName() {
        assertEquals(
                List.of("host: 33rd ASEAN summit | held in | Singapore"),
                hostsAndDates("The 33rd ASEAN summit was held in Singapore.", Optional.empty()));
        assertEquals(
                List.of(),
                hostsAndDates("The 33rd ASEAN summit was held in Thailand.", Optional.empty()),
                "a country is no city");
    }

    @Test
    void theSummitOfTheMemberStatesOfAnOrganisation() {
        assertEquals(
                List.of("host: 38th extraordinary IGAD summit | held in | Nairobi"),
                hostsAndDates(
                        "The 38th Extraordinary Summit of the Member States of the Intergovernmental Authority on"
                                + " Development (IGAD) opened in Nairobi.",
                        Optional.empty()));
        assertEquals(
                List.of("host: 12th ECOWAS summit | held in | Abuja"),
                hostsAndDates(
                        "The 12th Summit of Heads of State and Government of ECOWAS opened in Abuja.",
                        Optional.empty()));
    }

    /** Where a leader arrived to attend a summit is where it met; the day of the arrival is not the summit's. */
    @Test
    void whereALeaderArrivedForTheSummit() {
        assertEquals(
                List.of("host: 9th BRICS summit | held in | Xiamen"),
                hostsAndDates(
                        "Prime Minister Omar Idris arrived at China's Xiamen on Sunday to attend the 9th BRICS Summit.",
                        Optional.empty()));
        assertEquals(
                List.of("host: 2031 Commonwealth Heads of Government Meeting | held in | Apia"),
                hostsAndDates(
                        "Leaders of 56 nations will gather in Apia for the biennial Commonwealth Heads of Government"
                                + " Meeting.",
                        Optional.of(FRIDAY)),
                "a series of summits named");
        assertEquals(
                List.of(),
                hostsAndDates("The minister arrived in Geneva for the World Health Organization.", Optional.of(FRIDAY)),
                "an organisation that is no series of summits");
        assertEquals(
                List.of(
                        "host: 2031 54th PIF summit | held in | Honiara",
                        "date: 2031 54th PIF summit | date | 2031-03-10"),
                hostsAndDates(
                        "The 54th Pacific Islands Forum (PIF) Leaders Meeting officially opened in Solomon Islands'"
                                + " capital Honiara on Monday.",
                        Optional.of(FRIDAY)),
                "'officially' before the verb; a capital named after its country with no comma");
        assertEquals(
                List.of(
                        "host: 2031 43rd ASEAN summit | held in | Jakarta",
                        "date: 2031 43rd ASEAN summit | date | 2031-03-05"),
                hostsAndDates(
                        "Laos took part in the 43rd ASEAN Summit and related meetings, which took place in Jakarta,"
                                + " Indonesia, from March 5th to 7th.",
                        Optional.of(FRIDAY)),
                "a summit 'and related meetings'");
        assertEquals(
                List.of(
                        "host: 2031 extraordinary ECOWAS summit | held in | Accra",
                        "date: 2031 extraordinary ECOWAS summit | date | 2031-03-04"),
                hostsAndDates(
                        "The Authority of Heads of State and Government of the Economic Community of West African"
                                + " States (ECOWAS) convened an Extraordinary Session in Accra, Republic of Ghana, on 4th"
                                + " March 2031.",
                        Optional.of(FRIDAY)),
                "a session its leaders convened");
        assertEquals(
                List.of(
                        "host: 2031 25th APEC summit | held in | Da Nang",
                        "date: 2031 25th APEC summit | date | 2031-03-10"),
                hostsAndDates(
                        "The 25th APEC Economic Leaders' Meeting, held in Da Nang city from March 10-11, 2031, was"
                                + " the year's main event.",
                        Optional.of(FRIDAY)),
                "a meeting of its leaders is a summit; 'Economic' is no person");
        assertEquals(
                List.of(
                        "host: 2031 OIC foreign ministers' meeting | held in | Islamabad",
                        "date: 2031 OIC foreign ministers' meeting | date | 2031-03-03"),
                hostsAndDates(
                        "An extraordinary meeting of the OIC Foreign Ministers was held on March 3, 2031 in Islamabad,"
                                + " the capital of Pakistan.",
                        Optional.of(FRIDAY)),
                "a meeting of its ministers is no summit");
        assertEquals(
                List.of(
                        "date: 2031 3rd Quad summit | date | 2031-03-03",
                        "date: 2031 4th Quad summit | date | 2031-05-24"),
                hostsAndDates(
                        "The third Quad Leaders' Summit was held virtually on March 3, 2031. The fourth Quad Leaders'"
                                + " Summit was hosted by Japan on May 24, 2031.",
                        Optional.of(FRIDAY)),
                "two summits of one year told apart by their numbers");
    }

    /** A dateline over what a summit decided is where the report was written, not where the summit met. */
    @Test
    void aDatelineOverASummitsDecisionIsNoHost() {
        assertEquals(
                List.of(),
                hostsIn("ECCAS grows\n\nLuanda — The ECCAS Heads of State Summit has endorsed the admission of Chad"
                        + " into the bloc."));
        assertEquals(
                List.of("host: 2031 ECCAS summit | held in | Luanda"),
                hostsIn("ECCAS meets\n\nLuanda — The ECCAS Heads of State Summit opened with a call for peace."));
        assertEquals(
                List.of("host: 2031 ECCAS summit | held in | Luanda"),
                hostsIn("ECCAS meets\n\nLuanda | Leaders of ECCAS brought together their ministers at a regional"
                        + " summit to talk of peace."));
    }

    private static List<String> hostsIn(String text) {
        return hostsAndDates(text, Optional.of(FRIDAY)).stream()
                .filter(f -> f.startsWith("host"))
                .toList();
    }

    @Test
    void aSummitHeldByVideoHasNoHostInTheDateline() {
        String dateline = "LUANDA, March 14 - President Ana Lee on Thursday took part in the 17th summit of ECCAS.";
        assertTrue(
                hostsAndDates(dateline, Optional.of(FRIDAY))
                        .contains("host: 2031 17th ECCAS summit | held in | Luanda"),
                "a dateline names the host of the summit its sentence names");
        assertEquals(
                List.of(),
                hostsAndDates(
                                dateline + " At the summit, which was held by videoconference, leaders spoke.",
                                Optional.of(FRIDAY))
                        .stream()
                        .filter(f -> f.startsWith("host"))
                        .toList());
    }

    @Test
    void theGeneralAssemblyOfAnotherOrganisationIsNotTheUns() {
        assertEquals(
                List.of("host: 77th session of the United Nations General Assembly | held in | New York"),
                hostsAndDates("The 77th session of the General Assembly opened in New York.", Optional.empty()));
        assertEquals(
                List.of(),
                hostsAndDates(
                        "The General Assembly of Interpol will meet in Lyon. The 90th session of the General"
                                + " Assembly opened in Lyon.",
                        Optional.empty()),
                "the article's General Assembly is Interpol's");
    }

    /** A Roman number before "summit of": "The XVII Summit of the Pacific Alliance", as Latin American reports write it. */
    @Test
    void aRomanNumberedSummitOfAnOrganisation() {
        assertEquals(
                List.of(
                        "host: 2031 XVII CELAC summit | held in | Quito",
                        "date: 2031 XVII CELAC summit | date | 2031-03-20"),
                hostsAndDates(
                        "The XVII summit of the Community of Latin American and Caribbean States will open in Quito on"
                                + " March 20.",
                        Optional.of(FRIDAY)));
        // with an ordinal's ending, as French-speaking organisations write it: no person called "XVIIIth"
        assertEquals(
                List.of(
                        "host: 2031 XVIIIth CELAC summit | held in | Quito",
                        "date: 2031 XVIIIth CELAC summit | date | 2031-03-20"),
                hostsAndDates(
                        "The XVIIIth Summit of the Community of Latin American and Caribbean States will open in Quito on"
                                + " March 20.",
                        Optional.of(FRIDAY)));
    }

    /** "is scheduled to take place in", "is set to be held in": a summit to come and where. */
    @Test
    void aSummitScheduledToTakePlace() {
        assertEquals(
                List.of(
                        "host: 2031 52nd PIF summit | held in | Suva",
                        "date: 2031 52nd PIF summit | date | 2031-11-06"),
                hostsAndDates(
                        "The 52nd annual Pacific Islands Forum Leaders Meeting (PFLM) is scheduled to take place in"
                                + " Suva, Fiji, from November 6 to November 10, 2031.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 SADC summit | held in | Gaborone"),
                hostsAndDates("The SADC summit is set to be held in Gaborone.", Optional.of(FRIDAY)));
    }

    /** "taking place at Kampala Uganda": "at" before a city, and the country after it without a comma. */
    @Test
    void aSummitTakingPlaceAtACity() {
        assertEquals(
                List.of("host: 2031 19th NAM summit | held in | Kampala"),
                hostsAndDates(
                        "The president was elected chair at the 19th Non-Aligned Movement (NAM) Summit taking place at"
                                + " Kampala Uganda.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of(),
                hostsAndDates("The summit looked at Kampala's roads.", Optional.of(FRIDAY)),
                "a city looked at is not where the summit met");
    }

    /** An aside between dashes after the summit's name: "-bloc made up of A, B and C-,". */
    @Test
    void anAsideBetweenDashesAfterTheSummit() {
        assertEquals(
                List.of("host: 2031 XVII Pacific Alliance summit | held in | Mexico City"),
                hostsAndDates(
                        "The XVII Summit of the Pacific Alliance -bloc made up of Chile, Colombia, Mexico and Peru-, will"
                                + " take place in Mexico City.",
                        Optional.of(FRIDAY)));
    }

    /** "Previous GECF summits were held in Doha in 2011, in Moscow in 2013 and in Tehran in 2015": each its own. */
    @Test
    void earlierSummitsEachWithItsPlaceAndYear() {
        assertEquals(
                List.of(
                        "host: 2011 GECF summit | held in | Doha",
                        "date: 2011 GECF summit | date | 2011",
                        "host: 2013 GECF summit | held in | Moscow",
                        "date: 2013 GECF summit | date | 2013",
                        "host: 2015 GECF summit | held in | Tehran",
                        "date: 2015 GECF summit | date | 2015"),
                hostsAndDates(
                        "Previous GECF summits were held in Doha in 2011, in Moscow in 2013 and in Tehran in 2015.",
                        Optional.of(FRIDAY)));
    }

    /**
     * A bank's yearly meeting of its governors and a council of ministers' meeting are named as what they are, never
     * a summit: a student would learn a summit that never met.
     */
    @Test
    void meetingsOfGovernorsAndMinistersAreNotSummits() {
        assertEquals(
                List.of(
                        "host: 2031 58th ADB annual meeting | held in | Milan",
                        "date: 2031 58th ADB annual meeting | date | 2031-03-14"),
                hostsAndDates(
                        "The 58th Annual Meeting of the Board of Governors of the Asian Development Bank has kicked off in"
                                + " Milan, Italy.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 39th CBSS foreign ministers' meeting | held in | Riga"),
                hostsAndDates(
                        "The 39th meeting of the Council of Foreign Ministers of the Council of the Baltic Sea States"
                                + " kicks off in Riga.",
                        Optional.of(FRIDAY)));
    }

    /** "on October 14 at the Jio World Centre in Mumbai": a venue no data file knows, before the city. */
    @Test
    void aNamedVenueBeforeTheCity() {
        assertEquals(
                List.of(
                        "host: 2031 141st IOC summit | held in | Mumbai",
                        "date: 2031 141st IOC summit | date | 2031-10-14"),
                hostsAndDates(
                        "The prime minister will inaugurate the 141st International Olympic Committee (IOC) session on"
                                + " October 14 at the Jio World Centre in Mumbai.",
                        Optional.of(FRIDAY)));
    }

    /**
     * A summit to come held in a country whose city is not told: the country hosts it; a city written after the
     * country and the year is the host.
     */
    @Test
    void theNextSummitInACountryOrAfterItsYearInACity() {
        assertEquals(
                List.of("host: 2033 CPLP summit | held in | Mozambique", "date: 2033 CPLP summit | date | 2033"),
                hostsAndDates(
                                "The CPLP summit opened in Lisbon on Thursday. Leaders agreed that the next summit will be held"
                                        + " in Mozambique in 2033.",
                                Optional.of(FRIDAY))
                        .stream()
                        .filter(fact -> fact.contains("2033"))
                        .toList());
        assertEquals(
                List.of("host: 2032 CPLP summit | held in | Lyon", "date: 2032 CPLP summit | date | 2032"),
                hostsAndDates(
                        "The next CPLP summit will be held in France in 2032, in Lyon, where the treaty was signed.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of(),
                hostsAndDates(
                        "The next CPLP summit will be held in France in 2032, in Gueugnon, where the treaty was signed.",
                        Optional.of(FRIDAY)),
                "the host is the town no data file knows, not its country");
        assertEquals(
                List.of(),
                hostsAndDates("The CPLP summit was held in Mozambique.", Optional.of(FRIDAY)),
                "a summit held was held in a city, which the report names");
        assertEquals(
                List.of("host: 2031 CPLP summit | held in | Maputo", "date: 2031 CPLP summit | date | 2031-03-13"),
                hostsAndDates(
                        "The CPLP summit opened in Maputo on Thursday. The next summit will be held in Mozambique in"
                                + " 2031.",
                        Optional.of(FRIDAY)),
                "a city of the country named as a host wins");
    }

    /** Earlier summits listed each with its place and year, the organisation the article's. */
    @Test
    void previousSummitsEachInAPlaceAndAYear() {
        assertEquals(
                List.of(
                        "host: 2031 CBSS summit | held in | Riga",
                        "date: 2031 CBSS summit | date | 2031-03-11",
                        "host: 2019 CBSS summit | held in | Vilnius",
                        "date: 2019 CBSS summit | date | 2019",
                        "host: 2023 CBSS summit | held in | Oslo",
                        "date: 2023 CBSS summit | date | 2023",
                        "host: 2027 CBSS summit | held in | Tallinn",
                        "date: 2027 CBSS summit | date | 2027"),
                hostsAndDates(
                        "The CBSS summit opened in Riga on Tuesday. The three previous summits took place in Vilnius in"
                                + " 2019, in Oslo in 2023 and in Tallinn in 2027.",
                        Optional.of(FRIDAY)));
    }

    /** The Francophonie by its English name, a "Summit Conference" after the organisation, a heads of state summit. */
    @Test
    void summitsNamedAfterTheirOrganisationsInOtherWords() {
        assertEquals(
                List.of("host: 20th OIF summit | held in | Dakar"),
                hostsAndDates(
                        "The 20th summit of the International Organisation of La Francophonie concluded on Sunday in"
                                + " Dakar, Senegal.",
                        Optional.empty()));
        assertEquals(
                List.of("host: 17th OIC summit | held in | Dakar"),
                hostsAndDates(
                        "The 17th session of the Organisation of Islamic Cooperation (OIC) Summit Conference opened"
                                + " in Dakar, Senegal's capital.",
                        Optional.empty()));
        assertEquals(
                List.of("host: EAC summit | held in | Kampala"),
                hostsAndDates(
                        "The East African Community met. Chad sent envoys to the East African Community during the"
                                + " heads of state summit in Kampala.",
                        Optional.empty()));
    }

    /** The summit's owners written out between it and its day; a weekday elsewhere read against the wrong week. */
    @Test
    void aDayWrittenOutBeatsAWeekdayElsewhere() {
        Optional<LocalDate> sunday = Optional.of(LocalDate.of(2031, 3, 9));
        assertEquals(
                List.of("date: 2031 21st SADC summit | date | 2031-03-13"),
                hostsAndDates(
                        "Six presidents will attend the 21st Ordinary Summit of Heads of State and Government of the"
                                + " Southern African Development Community (SADC) on Thursday, March 13. It is unclear"
                                + " why two leaders did not confirm their attendance of the Thursday summit.",
                        sunday));
        // alone, the weekday is all the report says: it stays, marked as read from a weekday
        List<Fact> alone = EXTRACTOR.extract(new Article(
                "test.txt",
                "The Southern African Development Community met. SADC leaders met on Thursday for their summit.",
                sunday));
        assertEquals(
                List.of("2031-03-06 from Thursday"),
                alone.stream()
                        .filter(f -> f.kind() == FactKind.DATE)
                        .map(f -> f.object() + " from " + f.qualifiers().get("resolved_from"))
                        .toList());
    }

    /** Leaders meeting in a country, the meeting dated after it: a meeting under way whose city is not told. */
    @Test
    void leadersMeetingInACountryOnDaysWrittenAfterIt() {
        assertEquals(
                List.of(
                        "host: 2031 CARICOM summit | held in | Barbados",
                        "date: 2031 CARICOM summit | date | 2031-07-03"),
                hostsAndDates(
                        "The Caribbean Community met. CARICOM Heads of Government meet in Barbados, July 3-5, 2031, for"
                                + " their 52nd Regular Meeting.",
                        Optional.empty()));
        assertEquals(
                List.of(),
                hostsAndDates(
                        "The Caribbean Community met. CARICOM Heads of Government met in Barbados, July 3-5, 2031, for"
                                + " their 52nd Regular Meeting.",
                        Optional.empty()),
                "a meeting held was held in a city, which the report names (and its days are read with its host)");
    }

    @Test
    void theDaysItsHostHoldsTheForum() {
        assertEquals(
                List.of("date: 2031 PIF summit | date | 2031-08-26"),
                hostsAndDates(
                        "The Pacific Islands Forum met. Fiji's Prime Minister took over the Chairmanship of the Pacific"
                                + " Islands Forum (PIF) for 2031, with the responsibility of hosting the forum from August"
                                + " 26 to 30, 2031.",
                        Optional.empty()));
    }

    /** "in Malaysia's Kuala Lumpur": a city after its country's name. */
    @Test
    void aCityAfterItsCountrysName() {
        assertEquals(
                List.of("host: 47th ASEAN summit | held in | Kuala Lumpur"),
                hostsAndDates(
                        "Timor-Leste joined during the 47th ASEAN Summit in Malaysia's Kuala Lumpur.",
                        Optional.empty()));
        assertEquals(
                List.of("host: 2013 CELAC summit | held in | Santiago"),
                hostsAndDates(
                                "The first CELAC Summit took place in the city of Santiago de Chile in January 2013.",
                                Optional.empty())
                        .stream()
                        .filter(f -> f.startsWith("host"))
                        .toList(),
                "Santiago as some news names it");
    }

    /** A summit under way as the report is written takes the report's day, said so; a sentence with a date keeps it. */
    @Test
    void aSummitUnderWayTakesTheReportsDay() {
        assertEquals(
                List.of(
                        "host: 2031 18th SAARC summit | held in | Kathmandu",
                        "date: 2031 18th SAARC summit | date | 2031-03-14"),
                hostsAndDates(
                        "The 18th SAARC summit has got under way at the Nepalese capital Kathmandu.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 18th SAARC summit | held in | Kathmandu"),
                hostsAndDates(
                        "The 18th SAARC summit has got under way at the Nepalese capital Kathmandu.", Optional.empty()),
                "no report's day, no date");
        assertEquals(
                List.of("host: 2031 18th SAARC summit | held in | Kathmandu"),
                hostsAndDates("The 18th SAARC summit was held at the Nepalese capital Kathmandu.", Optional.of(FRIDAY)),
                "a summit held: when, the sentence does not say");
    }

    /** "The Third Summit of Heads of State and Government of the CELAC began Wednesday". */
    @Test
    void aSummitOfHeadsOfStateOfAnOrganisationBeganOnADay() {
        assertEquals(
                List.of("date: 2031 3rd CELAC summit | date | 2031-03-12"),
                hostsAndDates(
                                "The Third Summit of Heads of State and Government of the Community of Latin American and"
                                        + " Caribbean States (CELAC) began Wednesday with an eye on poverty.",
                                Optional.of(FRIDAY))
                        .stream()
                        .filter(f -> f.startsWith("date"))
                        .toList());
    }

    /** "Angola hosts the 13th Summit of Heads of State and Government of the CPLP, to be held in 2020". */
    @Test
    void aCountryHostsASummitOfHeadsOfStateToBeHeldInAYear() {
        assertEquals(
                List.of("host: 2033 13th CPLP summit | held in | Angola", "date: 2033 13th CPLP summit | date | 2033"),
                hostsAndDates(
                        "Angola hosts the 13th Summit of Heads of State and Government of the Community of Portuguese"
                                + " Speaking Countries (CPLP), to be held in 2033, following a decision of this meeting.",
                        Optional.of(FRIDAY)));
    }

    /** The leaders' own dated meeting is their organisation's summit; the foreign ministers' is not. */
    @Test
    void theLeadersOwnDatedMeetingIsTheSummit() {
        String v4 = "The Visegrad Group's presidency passes to Poland. ";
        assertEquals(
                List.of("host: 2031 V4 summit | held in | Prague", "date: 2031 V4 summit | date | 2031-03-19"),
                hostsAndDates(
                        v4 + "The prime ministers of the Visegrad Group will assess the presidency at their meeting in"
                                + " Prague on Wednesday, March 19.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of(),
                hostsAndDates(
                        v4 + "The foreign ministers of the Visegrad Group will assess the presidency at their meeting"
                                + " in Prague on Wednesday, March 19.",
                        Optional.of(FRIDAY)));
    }

    @Test
    void aSummitGoingOnAndTheLeadersMeetingForASeries() {
        LocalDate july4 = LocalDate.of(2024, 7, 4);
        assertEquals(
                List.of("host: 2024 24th SCO summit | held in | Astana", "date: 2024 SCO summit | date | 2024-07-03"),
                hostsAndDates(
                        "The 24th SCO summit is in full swing in Astana, Kazakhstan. The two-day event, which began on"
                                + " July 3, has brought together leaders.",
                        Optional.of(july4)));
        assertEquals(
                List.of("host: 2024 Commonwealth Heads of Government Meeting | held in | Samoa"),
                hostsAndDates(
                        "Commonwealth leaders convened in Samoa on the final day of the Commonwealth Heads of"
                                + " Government Meeting (CHOGM).",
                        Optional.of(LocalDate.of(2024, 10, 28))));
    }

    /** "here", and a summit opening "today", in a report with a dateline are the dateline's city. */
    @Test
    void aSummitOpeningHereIsInTheDatelinesCity() {
        LocalDate october10 = LocalDate.of(2024, 10, 10);
        assertEquals(
                List.of(
                        "host: 2024 45th ASEAN summit | held in | Vientiane",
                        "date: 2024 45th ASEAN summit | date | 2024-10-09"),
                hostsAndDates(
                        "VIENTIANE, Oct 9 (Xinhua) -- Leaders spoke of trade. The 45th ASEAN Summit opened here on"
                                + " Wednesday.",
                        Optional.of(october10)));
        assertEquals(
                List.of("host: 2024 ASEAN summit | held in | Vientiane", "date: 2024 ASEAN summit | date | 2024-10-10"),
                hostsAndDates(
                        "VIENTIANE, Oct 10 — Leaders spoke of trade. He spoke at the opening of the 44th and 45th"
                                + " ASEAN Summits at the National Convention Centre today.",
                        Optional.of(october10)));
        assertEquals(
                List.of("date: 2024 45th ASEAN summit | date | 2024-10-09"),
                hostsAndDates(
                        "Leaders spoke of trade. The 45th ASEAN Summit opened here on Wednesday.",
                        Optional.of(october10)),
                "no dateline, no place");
    }

    @Test
    void leadersMeetingOnADayThatOpensTheSentence() {
        assertEquals(
                List.of("host: 2024 NATO summit | held in | Washington", "date: 2024 NATO summit | date | 2024-07-09"),
                hostsAndDates(
                        "On July 9, NATO leaders convened in Washington for the alliance's 75th anniversary summit.",
                        Optional.of(LocalDate.of(2024, 7, 12))));
        assertEquals(
                List.of(),
                hostsAndDates("NATO leaders convened in Washington.", Optional.of(LocalDate.of(2024, 7, 12))),
                "leaders meet at more than their summit");
    }

    @Test
    void headsOfStateMeetingAndAnArrivalsDay() {
        LocalDate july5 = LocalDate.of(2024, 7, 5);
        assertEquals(
                List.of("host: 2024 SCO summit | held in | Astana", "date: 2024 SCO summit | date | 2024-07-03"),
                hostsAndDates("SCO heads of state met in the Kazakh capital Astana on July 3-4.", Optional.of(july5)));
        assertEquals(
                List.of("host: 2024 SCO summit | held in | Astana"),
                hostsAndDates("Ana Souza arrived in Astana on Tuesday for the SCO summit.", Optional.of(july5)),
                "the day of an arrival is not the summit's");
    }

    @Test
    void aSummitOfHeadsOfStateHostedTodayAndAnOrganisationsAnnualMeeting() {
        assertEquals(
                List.of(
                        "host: 2022 9th OTS summit | held in | Samarkand",
                        "date: 2022 9th OTS summit | date | 2022-11-11"),
                hostsAndDates(
                        "The Uzbek city of Samarkand is hosting the ninth summit of the heads of state of the"
                                + " Organization of Turkic States (OTS) today.",
                        Optional.of(LocalDate.of(2022, 11, 11))));
        assertEquals(
                List.of(
                        "host: 2022 22nd EAC summit | held in | Arusha",
                        "date: 2022 22nd EAC summit | date | 2022-07-22"),
                hostsAndDates(
                        "Ana Souza was elected chairman of the EAC during the 22nd Ordinary Summit of EAC Heads of"
                                + " State held in Arusha, on Friday July 22, 2022.",
                        Optional.of(LocalDate.of(2022, 7, 22))));
        assertEquals(
                List.of("host: 2024 PIF summit | held in | Nuku'alofa"),
                hostsAndDates(
                        "The Pacific Islands Forum opened. As delegates gathered in Nuku'alofa for the annual Pacific"
                                + " Islands Forum, students sang.",
                        Optional.of(LocalDate.of(2024, 8, 27))));
    }

    /** A town no data file lists, written before its country: one capitalised word, no function word. */
    @Test
    void aSummitHeldInATownNoDataFileKnows() {
        assertEquals(
                List.of(
                        "host: 2016 inter-sessional CARICOM summit | held in | Placencia",
                        "date: 2016 inter-sessional CARICOM summit | date | 2016-02-16"),
                hostsAndDates(
                        "The Twenty-Seventh Inter-Sessional Meeting of the Conference of Heads of Government of the"
                                + " Caribbean Community (CARICOM) was held at Placencia, Belize on 16-17 February 2016.",
                        Optional.of(LocalDate.of(2016, 2, 18))));
        assertEquals(
                List.of(),
                hostsAndDates(
                        "The CARICOM summit was held at night, Belize said.", Optional.of(LocalDate.of(2016, 2, 18))),
                "a word in lower case is no town");
    }
}
