package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The date at the top of an article, in the forms news pages print it; every text here is made up. */
class HeaderDateTest {
    private static Optional<LocalDate> date(String text) {
        return HeaderDate.of(text);
    }

    private static Optional<LocalDate> day(int year, int month, int day) {
        return Optional.of(LocalDate.of(year, month, day));
    }

    @Test
    void aDateLineUnderTheTitleInAnyCommonFormat() {
        assertEquals(day(2024, 7, 6), date("Leaders gather by the lake\n2024-07-06\n\nThe summit opened."));
        assertEquals(day(2024, 7, 6), date("Leaders gather by the lake\nJuly 6, 2024\n\nThe summit opened."));
        assertEquals(day(2023, 5, 10), date("Leaders gather\nWednesday 10 May 2023 – 10:06 WIB\n\nThe summit opened."));
        assertEquals(day(2023, 9, 6), date("Session opens\nPublished: 09:05, September 6, 2023 | Edited 10:40\nBody."));
        assertEquals(day(2022, 11, 29), date("A bitter pill\nDate: 29 November 2022 Author: Jan Kowal\nBody."));
        assertEquals(day(2024, 3, 2), date("March 2, 2024\n\nTitle\n\nBody."));
        assertEquals(day(2022, 6, 7), date("Title\n7th Jun, 2022\nBody."));
    }

    @Test
    void aDatelineOpeningTheFirstParagraph() {
        assertEquals(
                day(2022, 6, 28),
                date("Title\n\nMarket Town, 28 June 2022 (XYZ): Two countries were admitted to the club on Friday."));
        assertEquals(
                day(2022, 6, 7),
                date(
                        "Title\n\nUNITED NATIONS, (Some Agency / Other News - 7th Jun, 2022 ) :The Assembly elected a president."));
        assertEquals(
                day(2023, 2, 18),
                date("Title\n\nRiver City February 18/2023/AGN/ The incoming chairperson promised reforms."));
        assertEquals(
                day(2023, 5, 25),
                date("Meeting of the council\n\nMay 25, 2023, The Palace, Capital City\n\nThe leaders met."));
    }

    @Test
    void aSentenceThatStartsWithADateIsNoDateline() {
        assertEquals(
                Optional.empty(),
                date("Title\n\nOn November 18, 2024, the summit commenced in the capital with a launch."));
        assertEquals(
                Optional.empty(),
                date("Title\n\nLeaders said on May 25, 2023 that the bloc would grow by two members."));
        assertEquals(Optional.empty(), date("Title\n\nThe summit opened.\n\nMarch 2, 2024"));
    }

    @Test
    void aLineWithMoreThanADateIsNotADateLine() {
        assertEquals(Optional.empty(), date("Leaders met on March 2, 2024\nBody."));
        assertEquals(Optional.empty(), date("Title\nMarch 2, 2024 was a busy day for the ministers\nBody."));
    }

    @Test
    void impossibleDatesAreNotTaken() {
        assertEquals(Optional.empty(), date("Title\nFebruary 30, 2024\nBody."));
    }

    @Test
    void theLineAndOriginAreReported() {
        assertEquals(
                Optional.of(new HeaderDate.Found(LocalDate.of(2024, 7, 6), 2, HeaderDate.Origin.DATE_LINE)),
                HeaderDate.find("Title\n2024-07-06\n\nBody."));
        assertEquals(
                Optional.of(new HeaderDate.Found(LocalDate.of(2022, 6, 28), 3, HeaderDate.Origin.DATELINE)),
                HeaderDate.find("Title\n\nMarket Town, 28 June 2022 (XYZ): Two countries were admitted to the club."));
    }

    @Test
    void numericDatesAreTakenOnlyWhereTheDayCannotBeTheMonth() {
        assertEquals(day(2018, 11, 18), date("Leaders part\nPublished: 18/11/2018 - 17:42\n\nThe summit ended."));
        assertEquals(day(2019, 11, 14), date("Leaders meet\nPublished on 14/11/2019 - 19:05 By Some Agency\n\nBody."));
        assertEquals(day(2018, 11, 18), date("Leaders part\n11/18/2018\n\nThe summit ended."));
        assertEquals(day(2021, 3, 25), date("Leaders part\n25.03.2021\n\nThe summit ended."));
        // 04/11/2019 is 4 November in most of the world and April 11 in the United States: no guess
        assertEquals(Optional.empty(), date("Leaders part\n04/11/2019\n\nThe summit ended."));
    }

    @Test
    void aWiresDatelineWithoutItsYearTakesTheYearTheArticleWritesThatDayIn() {
        assertEquals(
                day(2031, 7, 9),
                date("Title\n\nRIVERTON, July 9 (Wire) - Leaders elected a chairman on Sunday, July 9, 2031, at a"
                        + " summit.\n\nThe bloc was founded in 1975."));
        assertEquals(
                day(2029, 11, 12),
                date(
                        "Title\n\nMARKET TOWN, Nov 12 (Wire) - Leaders met.\n\nThe summit was held on November 12, 2029."));
        assertEquals(
                Optional.empty(),
                date("Title\n\nRIVERTON, July 9 (Wire) - Leaders met. The bloc was founded on July 9, 1975, and met"
                        + " on July 9, 2031."),
                "the day written in two years: which one, the article does not say");
        assertEquals(
                Optional.empty(),
                date("Title\n\nRIVERTON, July 9 (Wire) - Leaders met in 2031."),
                "the day never written with its year");
        assertEquals(
                Optional.empty(),
                date("Title\n\nOn July 9 (a Sunday) - leaders met. They met again on July 9, 2031."),
                "no place before the day");
    }
}
