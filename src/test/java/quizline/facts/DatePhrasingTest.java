package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Dates of summits and foundings as news in general writes them, and the traps beside them: a
 * date near an event that is not its date. Sentences written for this test (invented events,
 * real organisations and places).
 */
class DatePhrasingTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard();
    /** A Wednesday. */
    private static final Optional<LocalDate> WEDNESDAY = Optional.of(LocalDate.of(2031, 5, 14));

    private static List<String> dates(String text, Optional<LocalDate> published) {
        return EXTRACTOR.extract(new Article("test.txt", text, published)).stream()
                .filter(f -> f.kind() == FactKind.DATE)
                .map(f -> f.subject() + " | " + f.object())
                .distinct()
                .toList();
    }

    private static List<String> dates(String text) {
        return dates(text, WEDNESDAY);
    }

    @Test
    void theYearOfAFoundingsAnniversaryIsNotTheFoundingsYear() {
        assertEquals(
                List.of("founding of OIF | 1970"),
                dates(
                        "The Francophonie met in Djerba. Tunisia had wanted the summit to mark the fiftieth anniversary"
                                + " of the organisation's founding in 2020. The OIF's founding in 1970 brought 21 states together."));
    }

    /** Foundings told in a relative clause or with the founders first, and a summit named as a meeting of leaders. */
    @Test
    void foundingsInARelativeClauseOrAfterTheFoundersAndALeadersMeeting() {
        assertEquals(
                List.of("founding of NAM | 1961"),
                dates("The Non-Aligned Movement met in Kampala. Uganda will chair the Forum that was established in"
                        + " 1961."));
        assertEquals(
                List.of("founding of EAC | 1967"),
                dates("The East African Community met. Originally founded as a three-member bloc by Kenya, Tanzania"
                                + " and Uganda in 1967, the three states revived the bloc in 2000.")
                        .stream()
                        .filter(d -> d.startsWith("founding"))
                        .toList());
        assertEquals(
                List.of("2031 CARICOM summit | 2031-03-03"),
                dates("The Forty-fifth Regular Meeting of the Conference of Heads of Government of the Caribbean"
                        + " Community (CARICOM) was held from 3- 5 March 2031."));
    }

    /** A meeting of the organisation "launched" is opened, not founded. */
    @Test
    void aSummitOfTheOrganisationLaunchedIsNoFounding() {
        assertEquals(
                List.of(),
                dates("The 40th Summit of the Andean Community was launched on 3 March 2031 in Quito.").stream()
                        .filter(d -> d.startsWith("founding"))
                        .toList());
        assertEquals(
                List.of("founding of Andean Community | 1969"),
                dates("The Andean Community was launched in 1969 by five states."));
    }

    @Test
    void aFoundingBetweenCommasAfterWhatTheOrganisationIs() {
        assertEquals(
                List.of("founding of GCC | 1981"),
                dates("The Gulf Cooperation Council is a political and economic union, established in 1981, and which"
                        + " is made up of six states."));
    }

    @Test
    void foundingsWrittenWithThePossessiveOrTheYearBeforeTheNoun() {
        assertEquals(
                List.of("founding of ASEAN | 1967"), dates("ASEAN's founding in 1967 brought five states together."));
        assertEquals(
                List.of("founding of NATO | 1949"), dates("NATO's creation in 1949 followed the Berlin blockade."));
        assertEquals(List.of("founding of OPEC | 1960"), dates("The 1960 founding of OPEC changed the oil market."));
        assertEquals(List.of("founding of OPEC | 1960"), dates("OPEC's 1960 founding changed the oil market."));
    }

    @Test
    void foundingsWithTheYearFirstOrAsComingIntoBeing() {
        assertEquals(List.of("founding of ASEAN | 1967"), dates("In 1967, five countries founded ASEAN in Bangkok."));
        assertEquals(
                List.of("founding of SCO | 2001"),
                dates("In 2001, Russia, China and four Central Asian states set up the SCO."));
        assertEquals(
                List.of("founding of CIS | 1991"),
                dates("The Commonwealth of Independent States came into being in 1991."));
        assertEquals(
                List.of("founding of AU | 2002"),
                dates("The African Union, which came into existence in 2002, replaced an older body."));
    }

    @Test
    void whatAnOrganisationFoundsOrSignsLaterIsNotItsFounding() {
        assertEquals(List.of(), dates("The SCO founded a development bank in 2023."));
        assertEquals(List.of(), dates("The BRICS countries created a reserve fund in 2014."));
        // the date belongs to the treaty's signing, a clause away
        assertEquals(List.of(), dates("The EU was established by a treaty, which was signed in 1992."));
        assertEquals(List.of(), dates("In 2023, leaders who founded the SCO met again."));
    }

    @Test
    void summitsHeldScheduledOrSetToTakePlace() {
        assertEquals(
                List.of("2025 PIF summit | 2025-07-06"),
                dates("The Pacific Islands Forum summit, held on 6–7 July 2025, ended with a climate pledge."));
        assertEquals(
                List.of("2030 ECOWAS summit | 2030-11-22"),
                dates("The ECOWAS summit, which was held on 22 – 23 November 2030, condemned the coup."));
        assertEquals(
                List.of("2031 ASEAN summit | 2031-09-09"),
                dates("The ASEAN summit is set to take place on 9–10 September."));
        assertEquals(
                List.of("2031 ASEAN summit | 2031-08-22"),
                dates("The ASEAN summit will be held between 22 and 24 August."));
        assertEquals(List.of("2031 ASEAN summit | 2031-06"), dates("The ASEAN summit will take place next month."));
        assertEquals(List.of("2031 ASEAN summit | 2031-10"), dates("The ASEAN summit will be held in October."));
        assertEquals(List.of("2022 40th ASEAN summit | 2022"), dates("The 40th ASEAN summit took place in 2022."));
        assertEquals(List.of("2030 ASEAN summit | 2030"), dates("The ASEAN summit took place last year."));
    }

    @Test
    void aSummitWithItsYearOrMonthWrittenAgainstIt() {
        assertEquals(
                List.of("2023 15th BRICS summit | 2023"), dates("The 15th BRICS summit in 2023 drew sixty leaders."));
        assertEquals(List.of("2030 NATO summit | 2030-06"), dates("A NATO summit in June 2030 agreed on spending."));
        // the article's own year tells no more than the summit's name
        assertEquals(List.of(), dates("Who will attend the NATO summit in 2031?"));
    }

    @Test
    void theSummitOpeningOnADayInAnyTense() {
        assertEquals(List.of("2031 MERCOSUR summit | 2031-05-14"), dates("The Mercosur summit kicks off today."));
        assertEquals(
                List.of("2031 MERCOSUR summit | 2031-05-12"), dates("The Mercosur summit got under way on Monday."));
        // the present tense schedules: next Tuesday, not the last one
        assertEquals(List.of("2031 NATO summit | 2031-05-20"), dates("The two-day NATO summit starts on Tuesday."));
        assertEquals(List.of("2031 NATO summit | 2031-05-20"), dates("The NATO summit begins Tuesday in Vilnius."));
        assertEquals(List.of("2031 ASEAN summit | 2031-05-12"), dates("The ASEAN summit opened two days ago."));
        // without "on"
        assertEquals(
                List.of("2031 ASEAN summit | 2031-05-12"), dates("The ASEAN summit that began Monday discussed fish."));
        assertEquals(
                List.of("2031 ASEAN summit | 2031-05-13"), dates("ASEAN leaders opened a two-day summit Tuesday."));
    }

    @Test
    void leadersMeetingOrOpeningTheirSummit() {
        assertEquals(
                List.of("2030 NATO summit | 2030-07-09"),
                dates("The leaders met on Tuesday, July 9, 2030, for the NATO summit."));
        assertEquals(
                List.of("2031 ECOWAS summit | 2031-11-22"),
                dates("ECOWAS leaders will meet on 22 – 23 November for their annual summit."));
        assertEquals(
                List.of("2031 ASEAN summit | 2031-05-13"),
                dates("On Tuesday, ASEAN leaders opened their annual summit."));
        assertEquals(
                List.of("2031 ASEAN summit | 2031-05-10"),
                dates("On 10 May 2031, ASEAN leaders opened their annual summit in Jakarta."));
        assertEquals(
                List.of("2031 EAC summit | 2031-05-08"),
                dates("East African Community leaders opened their summit on Thursday."));
    }

    @Test
    void aDatelineIsTheDayItsOwnSentenceCountsFrom() {
        // "today" in the dateline's sentence is the dateline's day, even on a page dated three days later
        assertEquals(
                List.of("2031 SADC summit | 2031-08-17"),
                dates(
                        "LUANDA, Aug 17 (Reuters) - The SADC summit opened here today, officials said.",
                        Optional.of(LocalDate.of(2031, 8, 20))));
        assertEquals(
                List.of("2031 SADC summit | 2031-08-14"),
                dates(
                        "LUANDA, Aug 17 (Reuters) - SADC leaders opened their summit on Thursday.",
                        Optional.of(LocalDate.of(2031, 8, 20))));
        // nor is the dateline's city the host when the sentence names the summit's own
        assertEquals(
                List.of("host: 2031 EAC summit | held in | Arusha"),
                EXTRACTOR
                        .extract(new Article(
                                "test.txt",
                                "NAIROBI, May 14 (Reuters) - The EAC summit opens today in Arusha.",
                                WEDNESDAY))
                        .stream()
                        .filter(f -> f.kind() == FactKind.HOST)
                        .map(f -> "host: " + f.subject() + " | " + f.relation() + " | " + f.object())
                        .toList());
        // a dateline alone does not date the summit it reports
        assertEquals(
                List.of(),
                dates(
                        "LUANDA, Aug 17 (Reuters) - The SADC summit will open next week.",
                        Optional.of(LocalDate.of(2031, 8, 20))));
    }

    @Test
    void anAssemblysSessionNamedByTheOneAssemblyOfItsSentence() {
        assertEquals(
                List.of("2031 86th session of the United Nations General Assembly | 2031-09"),
                dates(
                        "Ana Diaz will chair the world body's 86th session, which opens in September, the UN General Assembly said. "
                                + "The United Nations welcomed her. The UN spoke."));
    }

    @Test
    void datesASummitWasMovedFromOrThatEndItAreNotItsDate() {
        assertEquals(List.of(), dates("The ASEAN summit, originally scheduled for May, was moved to June."));
        assertEquals(List.of(), dates("The Quad summit was initially set for 24 May."));
        assertEquals(List.of(), dates("The ASEAN summit, which ends on Thursday, began with a dinner."));
        assertEquals(List.of(), dates("The one-day ASEAN summit ended on 10 May 2031."));
        // a week is no date a student could be asked
        assertEquals(List.of(), dates("This week's G7 summit will discuss sanctions."));
        // relative dates need the article's date
        assertEquals(List.of(), dates("The ASEAN summit will take place next month.", Optional.empty()));
        assertEquals(List.of(), dates("The ASEAN summit opened two days ago.", Optional.empty()));
    }

    @Test
    void daysWrittenWithAbbreviatedMonthsOrdinalsAndWeekdays() {
        assertEquals(List.of("2030 ASEAN summit | 2030-03-09"), dates("The ASEAN summit was held on 9th Mar, 2030."));
        assertEquals(List.of("2023 ASEAN summit | 2023-09-03"), dates("The ASEAN summit opened on 3 Sept. 2023."));
        assertEquals(
                List.of("2023 ASEAN summit | 2023-06-03"), dates("The ASEAN summit was held on the 3rd of June 2023."));
        // the explicit date beats the weekday, with or without a comma or brackets
        assertEquals(
                List.of("2030 ASEAN summit | 2030-06-04"), dates("The ASEAN summit was held on Saturday 4 June 2030."));
        assertEquals(
                List.of("2030 ASEAN summit | 2030-06-04"),
                dates("The ASEAN summit was held on Saturday (June 4, 2030)."));
        assertEquals(List.of("2031 ASEAN summit | 2031-05-14"), dates("The ASEAN summit opened this afternoon."));
        assertEquals(
                List.of("2031 ASEAN summit | 2031-05-13"), dates("The ASEAN summit opened last night in Jakarta."));
        // a weekday of last or next week: not yesterday's Tuesday
        assertEquals(List.of("2031 ASEAN summit | 2031-05-06"), dates("The ASEAN summit opened on Tuesday last week."));
        assertEquals(
                List.of("2031 ASEAN summit | 2031-05-20"), dates("The ASEAN summit opens on Tuesday of next week."));
    }

    @Test
    void aSummitOfOthersIsNotTheArticlesOrganisations() {
        String asean = "ASEAN leaders met. ASEAN agreed. ";
        assertEquals(List.of(), dates(asean + "The deal was struck at a US-ASEAN summit in 2022."));
        assertEquals(List.of(), dates(asean + "The Russia-Africa summit opened on Thursday."));
        assertEquals(List.of(), dates(asean + "A Biden-Xi summit took place in November 2030."));
        assertEquals(List.of(), dates(asean + "The bilateral summit was held on Thursday."));
        assertEquals(List.of(), dates(asean + "A climate summit took place in 2021."));
        assertEquals(
                List.of(),
                EXTRACTOR
                        .extract(new Article(
                                "test.txt",
                                asean + "The Russia-Africa summit was held in St Petersburg on Thursday.",
                                WEDNESDAY))
                        .stream()
                        .filter(f -> f.kind() == FactKind.HOST)
                        .toList());
        // the organisation's own summit, with a word of its name or only neutral words before it
        assertEquals(List.of("2030 ASEAN summit | 2030"), dates(asean + "The annual summit took place last year."));
        assertEquals(
                List.of("2030 Arab League summit | 2030-05-19"),
                dates("The Arab League met. The Arab League spoke. The Arab summit opened on 19 May 2030."));
    }

    @Test
    void aLaterDayOfTheSummitOrItsSidelinesIsNotItsDate() {
        String asean = "ASEAN leaders met. ASEAN agreed. ";
        assertEquals(List.of(), dates(asean + "On the second day of the summit on Tuesday, leaders agreed on fish."));
        assertEquals(List.of(), dates(asean + "Two presidents met on the sidelines of the summit on Tuesday."));
        assertEquals(
                List.of(), dates(asean + "At the closing session of the summit on Friday, leaders signed a pact."));
        assertEquals(List.of(), dates(asean + "At the end of the summit in Jakarta on Friday, leaders signed a pact."));
        assertEquals(
                List.of("2031 ASEAN summit | 2031-05-12"),
                dates(asean + "The summit's opening session on Monday was delayed."));
    }

    @Test
    void aFoundingAsAnotherOrganisationIsAPredecessors() {
        assertEquals(List.of(), dates("The African Union was founded as the Organisation of African Unity in 1963."));
        assertEquals(
                List.of(),
                dates("The African Union, founded as the Organisation of African Unity in 1963, met in Accra."));
        assertEquals(
                List.of("founding of AU | 2002", "founding of OAU | 1963"),
                dates(
                        "The African Union was set up in 2002 to replace the Organisation of African Unity, founded in 1963."));
    }

    @Test
    void eventsOfACountryThatBeganOnADayOrMadeItIndependent() {
        assertEquals(
                List.of("invasion of Kuwait | 1990-08-02"), dates("Iraq's invasion of Kuwait began on 2 August 1990."));
        assertEquals(List.of("independence of South Sudan | 2011"), dates("South Sudan became independent in 2011."));
        assertEquals(
                List.of("independence of Namibia | 1990"),
                dates("Namibia, which became independent from South Africa in 1990, joined later."));
        // the day of a report about an event is not the event's
        assertEquals(List.of(), dates("Leaders condemned the occupation of Kuwait on Thursday."));
        assertEquals(
                List.of("occupation of Kuwait | 2031-05-08"), dates("The occupation of Kuwait began on Thursday."));
    }

    @Test
    void aCountrysApplicationToJoin() {
        assertEquals(
                List.of("application of Georgia to EU | 2022-03"),
                dates("Georgia applied to join the European Union in March 2022."));
        assertEquals(
                List.of("application of Norway to NATO | 2030-05", "application of Austria to NATO | 2030-05"),
                dates("Norway and Austria formally applied for NATO membership in May 2030."));
        assertEquals(
                List.of("application of Serbia to EU | 2009"),
                dates("Serbia submitted its application to join the EU in 2009."));
        // a capital stands for its country; a country the list's first name belongs to is not in the list
        assertEquals(
                List.of("application of Austria to NATO | 2030", "application of Ireland to NATO | 2030"),
                dates("After the invasion of Moldova, Vienna and Dublin announced their bids to join NATO in 2030."));
        // no application yet, or a date of something else
        assertEquals(List.of(), dates("Georgia hopes to apply to join the EU in 2032."));
        assertEquals(List.of(), dates("Moldova, which applied to join the EU after the war began in 2022, waits."));
    }

    @Test
    void aCountryWhichJoinedInAYear() {
        assertEquals(
                List.of("accession of Pakistan to SCO | 2017"),
                dates("Pakistan, which joined the SCO in 2017, sent its premier."));
        String eu = "The European Union met in Brussels. The EU agreed on aid. ";
        assertEquals(
                List.of("accession of Croatia to EU | 2013"),
                dates(eu + "Croatia, which joined in 2013, spoke first."));
        assertEquals(
                List.of("accession of Finland to EU | 1995"),
                dates(eu + "Finland, which became a member in 1995, spoke first."));
        // what a country joins that is no organisation; no organisation the article is about
        assertEquals(List.of(), dates("France, which joined the war in 1917, lost many men."));
        assertEquals(List.of(), dates("Croatia, which joined in 2013, spoke first."));
    }

    @Test
    void theDayABlocInvitedCountriesToJoin() {
        // the Wednesday page: "Tuesday" is the day before
        assertEquals(
                List.of("invitation of Chile to BRICS | 2031-05-13", "invitation of Peru to BRICS | 2031-05-13"),
                dates("Chile and Peru were among four countries invited Tuesday to join the BRICS bloc."));
        assertEquals(
                List.of("invitation of Austria to NATO | 2031-05-12"),
                dates("NATO on Monday formally invited Austria to join the alliance."));
        assertEquals(
                List.of("invitation of Kenya to EAC | 2031-05-12"),
                dates("On Monday, the East African Community invited Kenya to join."));
        // the day it would enter, not the day it was invited
        assertEquals(List.of(), dates("Kenya was invited to join BRICS on Feb. 1, 2032."));
    }

    @Test
    void theDayACountryWasMadeACandidate() {
        // the European Council decides for the European Union
        assertEquals(
                List.of("candidacy of Ukraine for EU | 2031-05-08", "candidacy of Moldova for EU | 2031-05-08"),
                dates("The European Council on Thursday granted Ukraine and Moldova candidate status."));
        assertEquals(
                List.of("candidacy of Georgia for EU | 2023-12"),
                dates("The European Union granted candidate status to Georgia in December 2023."));
        assertEquals(
                List.of("candidacy of Albania for EU | 2014-06"),
                dates("Albania was granted candidate status by the EU in June 2014."));
        // a hope is no decision
        assertEquals(List.of(), dates("Georgia hopes to be granted candidate status in 2032."));
    }

    @Test
    void aDayAtAMeetingOfOneOrganisation() {
        assertEquals(
                List.of("2031 OPEC+ meeting | 2031-05-08"),
                dates("The minister made the announcement on Thursday during a rescheduled OPEC+ meeting."));
        assertEquals(
                List.of("2031 OPEC+ ministerial meeting | 2031-05-08"),
                dates("Saudi Arabia spoke on Thursday at the OPEC+ ministerial meeting."));
    }

    @Test
    void anAssemblySessionOrALeadersMeetingThatOpened() {
        assertEquals(
                List.of("2031 AU summit | 2031-05-11"),
                dates("The 41st Ordinary Session of the Assembly of the African Union (AU) opened here on Sunday."));
        assertEquals(
                List.of("2031 APEC summit | 2031-05-09"), dates("The host opened the APEC leaders' meeting Friday."));
    }

    /** "the March 3 invasion of the country by Russian forces": the one country named before it, not the invader. */
    @Test
    void anInvasionOfTheCountryNamedBefore() {
        assertEquals(
                List.of("invasion of Moldova | 2031-03-03"),
                dates(
                        "Moldovan leaders have pushed for membership since the March 3 invasion of the country by Russian forces."));
        // no country before it, or two: which one "the country" is, the sentence does not say
        assertEquals(
                List.of(),
                dates("Since the March 3 invasion of the country by Russian forces, Moldova asked for help."));
        assertEquals(
                List.of(),
                dates("Moldova and Georgia recalled the March 3 invasion of the country by Russian forces."));
        assertEquals(
                List.of(), dates("Russia's leaders spoke of the March 3 invasion of the country by Russian forces."));
    }

    /**
     * "The Nordic Council, the body for ..., was founded in 1952": an apposition between the organisation and its
     * founding; "among the founding members of APEC in 2029": the year its founders founded it.
     */
    @Test
    void foundingsAfterAnAppositionOrOfFoundingMembers() {
        assertEquals(
                List.of("founding of Nordic Council | 1952"),
                dates("The Nordic Council, the forum of the northern parliaments, was founded in 1952."));
        assertEquals(
                List.of("founding of APEC | 2029"),
                dates("Belgium and Peru were among the founding members of APEC in 2029."));
        // a member's accession year is not the founding
        assertEquals(
                List.of("accession of Greece to NATO | 1952"),
                dates("Greece, a founding member of the euro club, joined NATO in 1952."));
    }

    /** Where a founding was: the city written right after the verb, before its date. */
    @Test
    void whereAnOrganisationWasFounded() {
        assertEquals(
                List.of("date: founding of BIMSTEC | 2030-03-03", "host: founding of BIMSTEC | held in | Dhaka"),
                hostsAndDates("BIMSTEC was established in Dhaka on March 3, 2030 by seven states."));
        assertEquals(
                List.of("date: founding of OIC | 2029-09", "host: founding of OIC | held in | Rabat"),
                hostsAndDates("The OIC, which was founded in Rabat, Morocco, in September 2029, met again."));
        assertEquals(
                List.of("date: founding of OIC | 1969", "host: founding of OIC | held in | Rabat"),
                hostsAndDates("The OIC was founded in 1969 in Rabat."));
        // a country is not the place of a founding
        assertEquals(List.of("date: founding of OIC | 1969"), hostsAndDates("The OIC was founded in Morocco in 1969."));
    }

    /** "Laos became its tenth member in 2029": an accession written as becoming a member, of the bloc "its" means. */
    @Test
    void anAccessionWrittenAsBecomingAMember() {
        assertEquals(
                List.of("accession of Laos to ASEAN | 2029"),
                dates("ASEAN leaders met in Hanoi. Laos became its tenth member in 2029."));
        assertEquals(
                List.of("accession of Chile to OECD | 2030"),
                dates("Chile, which became the OECD's second South American member in 2030, spoke first."));
        // a member of something else, or becoming a member some day: no accession date
        assertEquals(List.of(), dates("ASEAN leaders met. Laos became a member of the jury in 2029."));
        assertEquals(List.of(), dates("ASEAN leaders met. Laos hopes to become a member in 2032."));
    }

    /** Leaving, expulsion and suspension, with the bloc written or, for expulsion and suspension, the article's. */
    @Test
    void aCountryLeavingOrExpelled() {
        assertEquals(
                List.of("withdrawal of Chad from ECOWAS | 2029"),
                dates("ECOWAS leaders met in Abuja. ECOWAS officials spoke. Chad quit the bloc in 2029."));
        assertEquals(
                List.of("expulsion of Russia from Council of Europe | 2030-03"),
                dates("Russia was expelled from the Council of Europe in March 2030."));
        assertEquals(
                List.of("suspension of Mali from ECOWAS | 2030"),
                dates("ECOWAS leaders met in Abuja. ECOWAS officials spoke. Mali was suspended in 2030."));
        assertEquals(
                List.of("withdrawal of Chad from ECOWAS | 2029"),
                dates("ECOWAS leaders met in Abuja. Chad, one of its first members, left the bloc in 2029."),
                "an apposition after the country");
        assertEquals(
                List.of("suspension of Mali from ECOWAS | 2030", "suspension of Chad from ECOWAS | 2027"),
                dates("ECOWAS leaders met in Abuja. Mali's membership has been suspended since 2030."
                        + " Chad had suspended its membership in 2027."),
                "a membership suspended, by the bloc or by the member itself");
        assertEquals(
                List.of(),
                dates("ECOWAS leaders met in Abuja. Mali's membership has been suspended since the coup."
                        + " Chad suspended its aid in 2027."),
                "no year, or not its membership");
        // leaving what, the sentence does not say; a minister is no country
        assertEquals(
                List.of(),
                dates("ECOWAS leaders met in Abuja. ECOWAS officials spoke. Chile pulled out in 2029. "
                        + "The minister left the bloc in 2030."));
    }

    /** When someone took up the one office the article gives them, and the traps: another thing led, two offices. */
    @Test
    void whenSomeoneTookUpTheirOffice() {
        assertEquals(
                List.of("Amara Okonkwo becomes ASEAN Secretary-General | 2029-08"),
                dates("ASEAN Secretary-General Amara Okonkwo, a Thai economist who took up the post in August 2029, "
                        + "opened the meeting."));
        assertEquals(
                List.of("Amara Okonkwo takes office as ASEAN Secretary-General | 2029-11"),
                dates("ASEAN Secretary-General Amara Okonkwo spoke. Okonkwo, who took office in November 2029, "
                        + "opened the meeting."));
        assertEquals(
                List.of("Lena Marsh becomes President of Kenya | 2027"),
                dates("Kenyan President Lena Marsh, who has led the country since 2027, opened the meeting."));
        // the party is not the country she leads; with two offices, which one she took then, nothing says
        assertEquals(
                List.of(), dates("Kenyan President Lena Marsh, who has led the party since 2027, opened the meeting."));
        assertEquals(
                List.of(),
                dates("Kenyan President Lena Marsh spoke. Lena Marsh, the chairperson of the African Union, arrived. "
                        + "Marsh, who took office in 2027, opened the meeting."));
        // the person a sentence is about; a description ("a Thai economist", "a Chadian diplomat") is no office taken
        assertEquals(
                List.of("Amara Okonkwo takes office as ASEAN Secretary-General | 2029-11"),
                dates("ASEAN Secretary-General Amara Okonkwo, a Thai diplomat, spoke. Okonkwo took office in November"
                        + " 2029."));
        assertEquals(
                List.of("Amara Okonkwo takes office as ASEAN Secretary-General | 2029-12"),
                dates("ASEAN Secretary-General Amara Okonkwo spoke. He thanked Okonkwo, who has served as Secretary"
                        + " General since December 2029."));
    }

    /** A country taking a bloc's rotating chair or presidency, on the day or in the year the sentence gives. */
    @Test
    void aCountryTakingTheRotatingChair() {
        assertEquals(
                List.of("Laos takes over the ASEAN chairmanship | 2032-01-01"),
                dates("ASEAN leaders met in Hanoi. ASEAN officials spoke. "
                        + "Laos takes over the chairmanship from Vietnam on January 1."));
        assertEquals(
                List.of("Chile takes over the G20 presidency | 2030-12-01"),
                dates("Chile took over the G20 presidency on December 1, 2030."));
        assertEquals(
                List.of("Peru takes over the APEC chairmanship | 2032"),
                dates("APEC leaders met. APEC officials spoke. Peru takes over the APEC chairmanship next year."));
        assertEquals(
                List.of("Peru takes over the APEC chairmanship | 2033"),
                dates("APEC leaders met. Peru is due to chair the grouping in 2033."));
        assertEquals(
                List.of("Chile takes over the APEC presidency | 2030-01"),
                dates("APEC leaders met. APEC officials spoke. Chile had held the presidency since January 2030."));
        // a presidency of a body the data files do not list, or one a country only hopes for
        assertEquals(List.of(), dates("APEC leaders met. Chile took over the presidency of the chess club in 2030."));
        assertEquals(
                List.of(), dates("APEC leaders met. APEC officials spoke. Chile wants to chair the bloc in 2033."));
    }

    /** A coup dated with the country it took place in; not a failed one, nor one the sentence gives two dates. */
    @Test
    void aCoupInACountry() {
        assertEquals(
                List.of("coup in Chad | 2030-07"),
                dates("The talks were overshadowed by the July 2030 coup in Chad, which the bloc condemned."));
        assertEquals(
                List.of("coup in Mali | 2029-08"), dates("The military coup in Mali in August 2029 was condemned."));
        assertEquals(
                List.of(), dates("A failed coup in Chad in 2030 was reported. Leaders discussed the coup in Gabon."));
    }

    private static List<String> hostsAndDates(String text) {
        return EXTRACTOR.extract(new Article("test.txt", text, WEDNESDAY)).stream()
                .filter(f -> f.kind() == FactKind.HOST || f.kind() == FactKind.DATE)
                .map(f -> f.kind().label() + ": " + f.subject() + " | "
                        + (f.kind() == FactKind.HOST ? f.relation() + " | " : "") + f.object())
                .distinct()
                .toList();
    }

    @Test
    void theAgencyIsAnOrganisationOnlyWhereOneIsNamedSo() {
        assertEquals(
                List.of("founding of IAEA | 1957"),
                dates("The International Atomic Energy Agency met in Vienna. The agency was set up in 1957."));
        assertEquals(
                List.of(),
                dates("NATO met in Vilnius, the agency reported. The agency was set up in 1957."),
                "a news agency is no organisation the article names");
    }

    @Test
    void anOrganisationDescribedAsFoundedOnADate() {
        assertEquals(
                List.of("founding of ASEAN | 1967-08-08"),
                dates("ASEAN is a regional organization that was established on 8 August 1967 in Bangkok."));
        assertEquals(
                List.of(),
                dates("ASEAN is a regional organization that signed a pact on 8 August 1967."),
                "another verb dates something else");
    }

    /** A range of two whole days takes its first day, in the year the last one writes. */
    @Test
    void aRangeOfTwoWrittenDaysTakesItsFirstDay() {
        assertEquals(
                List.of("2031 APEC summit | 2031-11-06"),
                dates("The APEC summit will be held in Lima from November 6 to November 10, 2031."));
        assertEquals(
                List.of("2030 APEC summit | 2030-12-30"),
                dates("The APEC summit was held in Lima from 30 December to 2 January 2031."),
                "a range over New Year starts in the year before");
    }

    /** A founding with the acronym in brackets, "first established", or a participle opening the sentence. */
    @Test
    void foundingsWithTheAcronymOrAParticipleFirst() {
        assertEquals(
                List.of("founding of SICA | 1991-12-13"),
                dates("The Central American Integration System (SICA) was established on December 13, 1991, through a"
                        + " protocol."));
        assertEquals(
                List.of("founding of IORA | 1995-03"),
                dates("The IORA was first established as an initiative by Mauritius on March 1995."));
        assertEquals(
                List.of("founding of OECS | 1981-06-18"),
                dates("Established on 18 June 1981 under a treaty signed in Basseterre, the OECS promotes trade."));
        assertEquals(
                List.of("founding of CBSS | 1992"),
                dates("Founded in 1992 by Denmark, Germany and Norway, the Council of the Baltic Sea States works on"
                        + " energy."));
    }

    /** "founded on 15 February 1991 at a meeting in Visegrad": where it was founded, after its date. */
    @Test
    void aFoundingAtAMeetingInACity() {
        List<String> facts = EXTRACTOR
                .extract(new Article(
                        "test.txt",
                        "The Visegrad Group was founded on 15 February 1991 at a meeting in Visegrad.",
                        WEDNESDAY))
                .stream()
                .map(f -> f.subject() + " | " + f.relation() + " | " + f.object())
                .toList();
        assertEquals(List.of("founding of V4 | date | 1991-02-15", "founding of V4 | held in | Visegrad"), facts);
    }

    /** "The summit, held at the concert hall on 16–17 May": a venue between the verb and the day. */
    @Test
    void aSummitHeldAtAVenueOnADay() {
        assertEquals(
                List.of("2031 CBSS summit | 2031-05-16"),
                dates("The CBSS summit ended in Riga. The summit, held at the national concert hall on 16–17 May 2031,"
                        + " was hosted by Latvia."));
    }

    /** What someone did on a day at the summit dates the summit, within one clause. */
    @Test
    void aDayOfSomethingDoneAtTheSummit() {
        assertEquals(
                List.of("2031 44th SADC summit | 2031-05-13"),
                dates("President Jane Doe yesterday assumed the chairmanship of the Southern African Development"
                        + " Community (SADC) at the 44th Ordinary Summit of Heads of State and Government."));
        assertEquals(
                List.of("2031 5th BIMSTEC summit | 2031-05-14"),
                dates("Prime Minister John Roe participated today in the Fifth BIMSTEC Summit, hosted by Nepal."));
        assertEquals(
                List.of(), dates("On Monday, John Roe, who spoke at the G7 summit, said no."), "another clause's day");
        assertEquals(
                List.of(),
                dates("G7 leaders yesterday agreed to meet again at the next summit."),
                "a day of agreeing on another summit");
    }

    /** The place of a founding written before its date: in a participle that opens the sentence, or in an apposition. */
    @Test
    void aFoundingsPlaceBeforeItsDate() {
        assertEquals(
                List.of("date: founding of AMU | 1989-02-17", "host: founding of AMU | held in | Marrakesh"),
                hostsAndDates("Founded in Marrakesh, Morocco, on 17 February 1989, the Arab Maghreb Union has five"
                        + " members."));
        assertEquals(
                List.of("date: founding of CARICOM | 1973-07-04", "host: founding of CARICOM | held in | Chaguaramas"),
                hostsAndDates("The Caribbean Community, founded in Chaguaramas on 4 July 1973, brings together 15"
                        + " states."));
        assertEquals(
                List.of("founding of CBSS | 1992-03-06"),
                dates("The Council of the Baltic Sea States was set up through the Copenhagen Declaration of 6 March"
                        + " 1992."),
                "the date of the act that founded it");
        assertEquals(
                List.of("founding of CARICOM | 1973"),
                dates("CARICOM, founded in 1973, on Tuesday adopted a plan in Basseterre."),
                "the date after its founding's is another event's");
    }

    @Test
    void theDayAnOrganisationElectedItsOfficer() {
        assertEquals(
                List.of("election of Jan Novak as President of the United Nations General Assembly | 2031-05-13"),
                dates("The UN General Assembly Tuesday elected Jan Novak to preside over its 86th session."));
        assertEquals(
                List.of(),
                dates("The UN General Assembly elected Jan Novak to preside over its 86th session."),
                "no day");
    }

    /** A founding written after an organisation something is compared with is the subject's, not that one's. */
    @Test
    void aFoundingAfterAComparisonIsNotTheComparedOnes() {
        assertEquals(
                List.of(),
                dates(
                        "The movement is the second-largest group of countries after the United Nations, founded in 1961"
                                + " during the Cold War.",
                        Optional.empty()));
        assertEquals(
                List.of("founding of SCO | 2001"),
                dates("Leaders praised the SCO, founded in 2001 by six countries.", Optional.empty()));
    }

    @Test
    void aFoundingAfterWhereTheOrganisationSits() {
        assertEquals(
                List.of("founding of Nordic Council | 1952"),
                dates("The Nordic Council, based in Copenhagen, was founded in 1952 after the war.", Optional.empty()));
    }

    /** "its inception" after a name the data files do not know dates that name, not the organisation before it. */
    @Test
    void itsInceptionAfterAnUnknownNameIsNotTheOrganisationsFounding() {
        assertEquals(
                List.of(),
                dates("OPEC has worked with many producers, including the landmark DoC since its inception in December"
                        + " 2016."));
        assertEquals(
                List.of("founding of OPEC | 1960"),
                dates("OPEC has worked with many producers since its inception in 1960."));
    }

    /** The day a summit ends is not its date. */
    @Test
    void theEndOfTheMeetingIsNotItsDate() {
        assertEquals(
                List.of(),
                dates(
                        "The Commonwealth summit opened in Apia. Leaders will elect a new Secretary-General before the end"
                                + " of the meeting on the 26th of October."));
    }

    /** An event named inside a title does not take the place and day of what the sentence tells. */
    @Test
    void anEventInsideATitleTakesNoPlaceNorDayFromTheSentence() {
        assertEquals(
                List.of(),
                hostsAndDates("Jane Doe spoke after she was elected as president of the 86th session of the United"
                        + " Nations General Assembly, at the UN headquarters in New York, May 31, 2031."));
    }

    @Test
    void anOfficeOfAnOrganisationCreatedIsNoFounding() {
        assertEquals(
                List.of(),
                dates("The office of President of the European Council was created in the Treaty of Lisbon, signed on"
                        + " 13 December 2007."));
    }

    @Test
    void theDayOfAnElectionToAnOrganisationsOffice() {
        assertEquals(
                List.of(
                        "election of Ana Souza as Chairman of the Economic Community of West African States | 2023-07-09"),
                dates("Ana Souza was elected ECOWAS chairman on July 9, 2023."));
        assertEquals(
                List.of(
                        "election of Ana Souza as Chairman of the Economic Community of West African States | 2023-07-09"),
                dates("Ana Souza was elected chairman of ECOWAS on July 9, 2023."));
    }

    @Test
    void theDayAnOfficeWasEnteredWithItsTitleWritten() {
        assertEquals(
                List.of("Ana Souza takes office as NATO Secretary-General | 2024-10-01"),
                dates("Ana Souza took office as NATO Secretary General on October 1, 2024."));
        assertEquals(
                List.of("Ana Souza takes office as NATO Secretary-General | 2024-10-01"),
                dates("Ana Souza succeeded Ravi Menon as NATO Secretary General on October 1, 2024."));
        assertEquals(
                List.of("Ana Souza takes office as European Council President | 2024-12-01"),
                dates("Ana Souza, a former prime minister of Portugal, took office as President of the European Council"
                        + " on 1 December 2024."));
        assertEquals(
                List.of("Ana Souza takes office as President of Mongolia | 2021-06"),
                dates("Ana Souza, who took office as President of Mongolia in June 2021, spoke."));
    }
}
