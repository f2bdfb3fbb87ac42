package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A page's date against what the article itself reports; every text here is written for the test. */
class ArticleDateTest {
    private static final String SAMARKAND_STORY =
            "Leaders meet\n%s\n\nSamarkand | Presidents met at a summit held on Friday."
                    + " The SCO leaders signed a declaration.\n";

    @Test
    void aPageDateFarFromTheSummitTheLedeReportsAsRecentIsRefused() {
        ArticleDate.Judgement judgement = ArticleDate.of(String.format(SAMARKAND_STORY, "March 2, 2024"));
        assertEquals(Optional.empty(), judgement.date());
        assertEquals(
                Optional.of("it reports as recent the SCO summit in Samarkand, which met on 15 September 2022"),
                judgement.refusal());
        assertEquals(2, judgement.header().orElseThrow().line());
    }

    @Test
    void aPageDateNearThatSummitIsTaken() {
        ArticleDate.Judgement judgement = ArticleDate.of(String.format(SAMARKAND_STORY, "September 17, 2022"));
        assertEquals(Optional.of(LocalDate.of(2022, 9, 17)), judgement.date());
        assertEquals(Optional.empty(), judgement.refusal());
    }

    @Test
    void aStoryLookingBackOnAYearItNamesIsNotContradicted() {
        String text =
                "Leaders meet\nMarch 2, 2024\n\nSamarkand | Two years on, the 2022 SCO summit is remembered on Friday by its hosts.\n";
        assertEquals(Optional.of(LocalDate.of(2024, 3, 2)), ArticleDate.of(text).date());
    }

    @Test
    void aLaterDateReportedAsPastIsRefused() {
        String text =
                "Alliance meets\n2024-03-02\n\nThe summit took place on 9 July 2024 in Washington, officials said.\n";
        assertEquals(
                Optional.of("the article reports 9 July 2024 as past"),
                ArticleDate.of(text).refusal());
    }

    @Test
    void aYearAPlanRunsToIsNoContradiction() {
        assertEquals(
                Optional.empty(),
                ArticleDate.of(
                                "Council meets\nMay 20, 2021\n\nMinisters adopted a strategic plan covering the decade to"
                                        + " 2030, and signed a declaration.\n")
                        .refusal());
    }

    @Test
    void aLaterDateStillToComeIsNoContradiction() {
        assertEquals(
                Optional.empty(),
                ArticleDate.of("Alliance meets\n2024-03-02\n\nThe summit will be held on 9 July 2024 in Washington.\n")
                        .refusal());
        assertEquals(
                Optional.empty(),
                ArticleDate.of(
                                "Bloc grows\n2023-08-25\n\nTwo states were invited to enter BRICS on Feb. 1, 2024, the ministers said.\n")
                        .refusal());
        assertEquals(
                Optional.empty(),
                ArticleDate.of("Bloc grows\n2023-08-25\n\nThe summit opened on 27 August 2023, a day late.\n")
                        .refusal(),
                "a few days' lag between page and story is allowed");
    }

    @Test
    void noDateAtTheTopIsNoDate() {
        ArticleDate.Judgement judgement = ArticleDate.of("Leaders meet\n\nThe summit opened on Friday.\n");
        assertEquals(Optional.empty(), judgement.header());
        assertEquals(Optional.empty(), judgement.date());
    }

    @Test
    void anOrganisationNamedOnceInPassingHasNoSummitInTheStory() {
        // a Brussels dateline and "member of NATO since 2009" are no report of NATO's 2018 summit in Brussels
        String text = "Union grows\n2013-07-01\n\nBrussels, 1 July 2013 – Today Croatia joins the European Union."
                + " The European Union welcomed it. Croatia has been a member of NATO since April 2009.\n";
        assertEquals(Optional.of(LocalDate.of(2013, 7, 1)), ArticleDate.of(text).date());
        assertEquals(Optional.empty(), ArticleDate.of(text).refusal());
    }

    @Test
    void aCityNamedAsAnOrganisationsSeatIsNoSummitThere() {
        // NATO met in Brussels in 2018 and 2021; a statement from its headquarters there reports neither
        String text =
                "Alliance grows\n2020-03-27\n\nGreece joined NATO on Friday, the alliance said in a statement from"
                        + " Brussels. NATO allies welcomed it. A ceremony will follow at NATO headquarters in Brussels.\n";
        assertEquals(Optional.empty(), ArticleDate.of(text).refusal());
        assertEquals(
                Optional.of(LocalDate.of(2020, 3, 27)), ArticleDate.of(text).date());
    }

    @Test
    void aYearLookedAheadToIsNotReportedAsPast() {
        String text = "Bloc changes chair\n2019-11-04\n\nThe summit concluded today with the chairmanship handed"
                + " over to Vietnam for 2020.\n";
        assertEquals(Optional.empty(), ArticleDate.of(text).refusal());
    }

    /** A year naming an event to come ("the 2025 annual meeting") is no date of what the sentence reports as done. */
    @Test
    void aYearThatNamesAnEventIsNotReportedAsPast() {
        String text = "Bank meets\n2024-09-27\n\nA ceremony took place in Samarkand to mark the handover to the host"
                + " of the 2025 AIIB Annual Meeting.\n";
        assertEquals(Optional.empty(), ArticleDate.of(text).refusal());
        assertEquals(
                Optional.of("the article reports 2025 as past"),
                ArticleDate.of("Bank meets\n2024-09-27\n\nThe bank's meeting took place in 2025.\n")
                        .refusal(),
                "a year written as the date of what was done still contradicts the page");
    }
}
