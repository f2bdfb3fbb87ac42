package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When and where meetings happen, as news in general writes it: month parts, foundings dated by
 * day or by "years ago", hosts named after "was hosted by", summits named "Summit of ...",
 * sessions of an assembly and ministerial meetings, which are not summits. Sentences written
 * for this test (invented events, real places and organisations).
 */
class EventPhrasingTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();
    private static final LocalDate FRIDAY = LocalDate.of(2031, 3, 14);

    private static List<String> hostsAndDates(String text, Optional<LocalDate> published) {
        return EXTRACTOR.extract(new Article("test.txt", text, published)).stream()
                .filter(f -> f.kind() == FactKind.HOST || f.kind() == FactKind.DATE)
                .map(f -> f.kind().label() + ": " + f.subject() + " | " + f.relation() + " | " + f.object())
                .toList();
    }

    @Test
    void aPartOfAMonthDatesTheSummitByItsMonth() {
        assertEquals(
                List.of("host: 2030 CIS summit | held in | Astana", "date: 2030 CIS summit | date | 2030-10"),
                hostsAndDates("The official CIS summit took place in Astana in mid-October.", Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 APEC summit | held in | Lima", "date: 2031 APEC summit | date | 2031-11"),
                hostsAndDates("The APEC summit will be held in Lima in early-November.", Optional.of(FRIDAY)));
        // without the article's date, the month part cannot be placed in a year
        assertEquals(
                List.of("host: CIS summit | held in | Astana"),
                hostsAndDates("The official CIS summit took place in Astana in mid-October.", Optional.empty()));
    }

    @Test
    void aFoundingDatedByItsDayOrByYearsAgo() {
        assertEquals(
                List.of("date: founding of ASEAN | date | 1967-08-08", "host: founding of ASEAN | held in | Bangkok"),
                hostsAndDates("ASEAN was founded on 8 August 1967 in Bangkok.", Optional.empty()));
        assertEquals(
                List.of("date: founding of SCO | date | 2001"),
                hostsAndDates("The SCO was established 30 years ago by six states.", Optional.of(FRIDAY)));
        // "years ago" needs the article's date
        assertEquals(List.of(), hostsAndDates("The SCO was established 30 years ago by six states.", Optional.empty()));
    }

    @Test
    void aHostAfterWasHostedByWithTheDayAfterThePlace() {
        assertEquals(
                List.of("host: 2030 AU summit | held in | Mombasa", "date: 2030 AU summit | date | 2030-07-06"),
                hostsAndDates(
                        "The AU summit was hosted by Kenya in the resort of Mombasa on 6–7 July 2030.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2030 AU summit | held in | Mombasa", "date: 2030 AU summit | date | 2030-11-22"),
                hostsAndDates(
                        "The AU summit, hosted by Kenya in the port of Mombasa on 22 – 23 November, ended in a row.",
                        Optional.of(FRIDAY)));
    }

    @Test
    void openingTheSummitOnARelativeDay() {
        assertEquals(
                List.of("host: 2031 APEC summit | held in | Lima", "date: 2031 APEC summit | date | 2031-03-13"),
                hostsAndDates(
                        "LIMA, March 14 (Agency) – Pacific Rim leaders opened the APEC summit yesterday with a call for trade.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("date: 2031 SCO summit | date | 2031-03-13"),
                hostsAndDates(
                        "The SCO admitted Iran. The SCO leaders opened their annual summit on Thursday.",
                        Optional.of(FRIDAY)));
    }

    @Test
    void aSummitWhoseNameSaysSummit() {
        assertEquals(
                List.of("host: 2031 Summit of the Americas | held in | Lima"),
                hostsAndDates(
                        "Two presidents will skip the Summit of the Americas in Lima, officials said.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of(
                        "host: 2031 East Asia Summit | held in | Vientiane",
                        "date: 2031 East Asia Summit | date | 2031-03-12"),
                hostsAndDates("The East Asia Summit opened in Vientiane on Wednesday.", Optional.of(FRIDAY)));
    }

    @Test
    void aSessionOfAnAssemblyIsNamedAsASession() {
        assertEquals(
                List.of(
                        "host: 2031 86th session of the United Nations General Assembly | held in | New York",
                        "date: 2031 86th session of the United Nations General Assembly | date | 2031-03-11"),
                hostsAndDates(
                        "The 86th session of the UN General Assembly opened in New York on Tuesday.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("date: 2031 86th session of the United Nations General Assembly | date | 2031-09"),
                hostsAndDates(
                        "She will preside over the 86th session of the UN General Assembly, which begins in September.",
                        Optional.of(FRIDAY)));
    }

    @Test
    void aMinisterialMeetingIsNotASummit() {
        assertEquals(
                List.of(
                        // "OPEC and non-OPEC" is OPEC+, whose ministerial meetings are numbered apart from OPEC's
                        "host: 2030 40th OPEC+ ministerial meeting | held in | Vienna",
                        "date: 2030 40th OPEC+ ministerial meeting | date | 2030-10-05"),
                hostsAndDates(
                        "The 40th OPEC and Non-OPEC Ministerial Meeting took place in person at the OPEC Secretariat "
                                + "in Vienna, Austria, on Saturday, 5 October 2030.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of(
                        "host: 2031 SCO foreign ministers' meeting | held in | Goa",
                        "date: 2031 SCO foreign ministers' meeting | date | 2031-03-03"),
                hostsAndDates(
                        "The SCO foreign ministers' meeting was held in Goa on 3 March 2031.", Optional.of(FRIDAY)));
        // a meeting of ministers is never reported as the summit
        assertEquals(
                List.of(), hostsAndDates("Foreign ministers of the SCO met in Goa for talks.", Optional.of(FRIDAY)));
    }

    @Test
    void aMeetingOfTheLeadersOfAnOrganisationIsItsSummit() {
        assertEquals(
                List.of("host: 2031 EU summit | held in | Brussels"),
                hostsAndDates(
                        "She spoke after a meeting of the leaders of the EU's 27 member states in Brussels.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of(),
                hostsAndDates(
                        "She spoke after a meeting of the EU's finance ministers in Brussels.", Optional.of(FRIDAY)));
    }

    @Test
    void aCountryHostsOnlyWhenTheArticleNamesNoCity() {
        assertEquals(
                List.of(
                        "host: 2030 12th Arab League summit | held in | Saudi Arabia",
                        "date: 2030 12th Arab League summit | date | 2030"),
                hostsAndDates(
                        "Saudi Crown Prince Ali Saad, whose country hosted the 12th Arab League summit last year, handed over the chair.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 12th Arab League summit | held in | Saudi Arabia"),
                hostsAndDates(
                        "Saudi Crown Prince Ali Saad, whose country hosted the 12th Arab summit, handed over the chair to Bahrain. "
                                + "The Arab League met in Manama. The Arab League spoke of peace.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 Arab League summit | held in | Manama"),
                hostsAndDates(
                        "Bahrain hosted the Arab League summit. The Arab League summit opened in Manama with a minute of silence.",
                        Optional.of(FRIDAY)));
    }

    @Test
    void commonWaysOfSayingWhereAndWhenASummitIsHeld() {
        assertEquals(
                List.of("host: 2031 NATO summit | held in | Vilnius", "date: 2031 NATO summit | date | 2031-04"),
                hostsAndDates(
                        "NATO leaders will gather in Vilnius next month for the alliance's annual summit.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 G20 summit | held in | New Delhi", "date: 2031 G20 summit | date | 2031-09-09"),
                hostsAndDates("The G20 summit will take place in New Delhi on 9–10 September.", Optional.of(FRIDAY)));
        assertEquals(
                List.of(
                        "host: 2030 15th BRICS summit | held in | Johannesburg",
                        "date: 2030 15th BRICS summit | date | 2030"),
                hostsAndDates("Johannesburg hosted the 15th BRICS summit last year.", Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 ASEAN summit | held in | Vientiane", "date: 2031 ASEAN summit | date | 2031-03-13"),
                hostsAndDates(
                        "The ASEAN summit opened yesterday in the Laotian capital, Vientiane.", Optional.of(FRIDAY)));
        assertEquals(
                List.of(
                        "host: 2030 Commonwealth Heads of Government Meeting | held in | Kigali",
                        "date: 2030 Commonwealth Heads of Government Meeting | date | 2030-06"),
                hostsAndDates(
                        "The Commonwealth Heads of Government Meeting (CHOGM) was held in Kigali in June 2030.",
                        Optional.of(FRIDAY)));
    }

    @Test
    void relativeDatesBeforeTheSummitResolvedAgainstTheArticlesDate() {
        assertEquals(
                List.of("host: 2030 BRICS summit | held in | Kazan", "date: 2030 BRICS summit | date | 2030"),
                hostsAndDates("Last year's BRICS summit in Kazan drew 36 leaders.", Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2029 SCO summit | held in | Samarkand", "date: 2029 SCO summit | date | 2029"),
                hostsAndDates("Two years ago, the SCO summit was held in Samarkand.", Optional.of(FRIDAY)));
        // without the article's date, "two years ago" is no year
        assertEquals(
                List.of("host: SCO summit | held in | Samarkand"),
                hostsAndDates("Two years ago, the SCO summit was held in Samarkand.", Optional.empty()));
    }

    @Test
    void theLeadersOfTheOrganisationNamedWithTheSummit() {
        assertEquals(
                List.of("host: 2030 BRICS summit | held in | Kazan", "date: 2030 BRICS summit | date | 2030-10-22"),
                hostsAndDates(
                        "The summit of BRICS leaders in Kazan on Tuesday, October 22, 2030, admitted no new members.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 EU summit | held in | Brussels", "date: 2031 EU summit | date | 2031-03-13"),
                hostsAndDates(
                        "The EU leaders' summit in Brussels on Thursday agreed to open talks.", Optional.of(FRIDAY)));
    }

    @Test
    void scheduledSummitsMinisterialDatesAndNumberedSessions() {
        assertEquals(
                List.of("host: 2031 SCO summit | held in | Astana", "date: 2031 SCO summit | date | 2031-07-03"),
                hostsAndDates("The SCO summit is scheduled for July 3-4 in Astana.", Optional.of(FRIDAY)));
        assertEquals(
                List.of("date: 2031 OPEC+ ministerial meeting | date | 2031-06-02"),
                hostsAndDates("The OPEC+ ministerial meeting will be held online on June 2.", Optional.of(FRIDAY)));
        assertEquals(
                List.of(
                        "host: 2031 86th session of the United Nations General Assembly | held in | New York",
                        "date: 2031 86th session of the United Nations General Assembly | date | 2031-03-11"),
                hostsAndDates(
                        "The UN General Assembly's 86th session opened on Tuesday in New York.", Optional.of(FRIDAY)));
    }

    @Test
    void aCityThatHostedAndACityBeforeTheOrganisation() {
        assertEquals(
                List.of("host: 2030 BRICS summit | held in | Kazan", "date: 2030 BRICS summit | date | 2030"),
                hostsAndDates(
                        "Kazan, which hosted the BRICS summit last year, is a city on the Volga.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 G20 summit | held in | Bali"),
                hostsAndDates("Leaders left the Bali G20 summit early.", Optional.of(FRIDAY)));
    }

    @Test
    void gatheringsOfOthersAreNotTheSummit() {
        String article =
                "ASEAN leaders met in Jakarta. ASEAN agreed on trade. During their gathering in Bangkok, the ministers agreed on fish quotas. "
                        + "The meeting of the leaders of NATO and the EU in Brussels was short.";
        assertEquals(List.of(), hostsAndDates(article, Optional.of(FRIDAY)));
    }

    @Test
    void aSummitIsDatedByItsFirstDayNotItsLast() {
        assertEquals(
                List.of(),
                hostsAndDates(
                        "The two-day G7 summit, which ends on Sunday, opened with a dinner.", Optional.of(FRIDAY)));
        assertEquals(
                List.of("host: 2031 G7 summit | held in | Hiroshima"),
                hostsAndDates("The G7 summit ended on Sunday in Hiroshima.", Optional.of(FRIDAY)));
    }

    @Test
    void anEarlierSummitWithItsOwnDateIsNamedByThatYear() {
        String article = "The G20 summit opened in Lagos on Friday. "
                + "The previous summit, held in Perth in November 2030, ended with a declaration.";
        assertEquals(
                List.of(
                        "host: 2031 G20 summit | held in | Lagos",
                        "date: 2031 G20 summit | date | 2031-03-14",
                        "host: 2030 G20 summit | held in | Perth",
                        "date: 2030 G20 summit | date | 2030-11"),
                hostsAndDates(article, Optional.of(FRIDAY)));
        // with no date of its own, "the previous summit" is left unnamed
        assertEquals(
                List.of(),
                hostsAndDates("The previous summit, held in Bali, ended with a declaration.", Optional.of(FRIDAY)));
    }

    @Test
    void aDayWithoutItsYearTakesTheYearWrittenWithTheSummit() {
        assertEquals(
                List.of("host: 2019 G20 summit | held in | Osaka", "date: 2019 G20 summit | date | 2019-06-28"),
                hostsAndDates("The 2019 G20 summit took place in Osaka, Japan, on June 28-29.", Optional.of(FRIDAY)));
    }

    @Test
    void anotherYearsSummitIsTheOrganisationTheSentenceNames() {
        // the article's own summit is NATO's; next year's is the G20's, whose presidency the sentence speaks of
        String article = "The NATO summit opened in Lisbon on Friday. "
                + "Japan takes over the presidency of the G20 on Saturday and will host next year's summit in Osaka in June.";
        assertEquals(
                List.of(
                        "host: 2031 NATO summit | held in | Lisbon",
                        "date: 2031 NATO summit | date | 2031-03-14",
                        "host: 2032 G20 summit | held in | Osaka",
                        "date: 2032 G20 summit | date | 2032-06",
                        "date: Japan takes over the G20 presidency | date | 2031-03-15"),
                hostsAndDates(article, Optional.of(FRIDAY)));
    }

    @Test
    void theDayASummitWasWrappedUpIsNotItsDate() {
        assertEquals(
                List.of("host: 2031 G20 summit | held in | Lima"),
                hostsAndDates(
                        "Leaders wrapped up their two-day G20 summit in Lima on Friday with a statement.",
                        Optional.of(FRIDAY)));
    }

    @Test
    void aCityThatHostedSummitsInSeveralYears() {
        assertEquals(
                List.of(
                        "host: 2007 SCO summit | held in | Bishkek",
                        "date: 2007 SCO summit | date | 2007",
                        "host: 2013 SCO summit | held in | Bishkek",
                        "date: 2013 SCO summit | date | 2013",
                        "host: 2016 APEC summit | held in | Lima",
                        "date: 2016 APEC summit | date | 2016"),
                hostsAndDates(
                        "Bishkek also hosted SCO summits in 2007 and 2013. Lima last hosted an APEC summit in 2016.",
                        Optional.of(FRIDAY)));
    }

    @Test
    void anOrganisationsLeadersBodyHoldingItsMeeting() {
        assertEquals(
                List.of("host: 2030 SCO summit | held in | Bishkek", "date: 2030 SCO summit | date | 2030-06-14"),
                hostsAndDates(
                        "The Council of Heads of State of the SCO held its meeting in Bishkek on June 14, 2030.",
                        Optional.of(FRIDAY)));
        assertEquals(
                List.of(
                        "host: 2030 extraordinary ECOWAS summit | held in | Abuja",
                        "date: 2030 extraordinary ECOWAS summit | date | 2030-07-30"),
                hostsAndDates(
                        "It was decided at an extraordinary summit of the ECOWAS Authority held on 30 July 2030 in Abuja.",
                        Optional.of(FRIDAY)));
    }
}
