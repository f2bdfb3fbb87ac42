package quizline.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final Optional<LocalDate> THURSDAY = Optional.of(LocalDate.of(2024, 7, 4));

    private static String resolve(DateExpression expression, boolean future) {
        return DateResolver.resolve(expression, THURSDAY, future).orElse("unresolved");
    }

    @Test
    void weekdaysLookBackUnlessTheSentenceLooksAhead() {
        DateExpression thursday = new DateExpression.Weekday(DayOfWeek.THURSDAY, DateExpression.Anchor.PLAIN);
        DateExpression friday = new DateExpression.Weekday(DayOfWeek.FRIDAY, DateExpression.Anchor.PLAIN);
        assertEquals("2024-07-04", resolve(thursday, false));
        assertEquals("2024-06-28", resolve(friday, false));
        assertEquals("2024-07-05", resolve(friday, true));
        assertEquals(
                "2024-06-27",
                resolve(new DateExpression.Weekday(DayOfWeek.THURSDAY, DateExpression.Anchor.LAST), false));
        assertEquals(
                "2024-07-11",
                resolve(new DateExpression.Weekday(DayOfWeek.THURSDAY, DateExpression.Anchor.NEXT), false));
    }

    @Test
    void periodsAndDaysWithoutAYear() {
        assertEquals("2024-06", resolve(new DateExpression.PeriodFromNow(ChronoUnit.MONTHS, -1), false));
        assertEquals("2023", resolve(new DateExpression.PeriodFromNow(ChronoUnit.YEARS, -1), false));
        assertEquals("unresolved", resolve(new DateExpression.PeriodFromNow(ChronoUnit.WEEKS, -1), false));
        assertEquals("2024-07-03", resolve(new DateExpression.DaysFromNow(-1), false));
        assertEquals("2024-05-16", resolve(new DateExpression.DayOfMonth(MonthDay.of(5, 16)), false));
        assertEquals("2023-12-20", resolve(new DateExpression.DayOfMonth(MonthDay.of(12, 20)), false));
        assertEquals("2024-06", resolve(new DateExpression.MonthOnly(Month.JUNE), false));
    }

    @Test
    void aDayWithoutAYearInASentenceThatLooksAheadIsTheNextSuchDay() {
        assertEquals("2024-12-20", resolve(new DateExpression.DayOfMonth(MonthDay.of(12, 20)), true));
        assertEquals("2024-07-04", resolve(new DateExpression.DayOfMonth(MonthDay.of(7, 4)), true));
        assertEquals("2025-05-16", resolve(new DateExpression.DayOfMonth(MonthDay.of(5, 16)), true));
        assertEquals("2024-06-20", resolve(new DateExpression.DayOfMonth(MonthDay.of(6, 20)), true));
    }

    @Test
    void withoutTheArticleDateOnlyAbsoluteDatesResolve() {
        assertEquals(
                Optional.empty(),
                DateResolver.resolve(
                        new DateExpression.Weekday(DayOfWeek.THURSDAY, DateExpression.Anchor.PLAIN),
                        Optional.empty(),
                        false));
        assertEquals(Optional.of("2001"), DateResolver.resolve(new DateExpression.Year(2001), Optional.empty(), false));
        assertEquals(
                Optional.of("2022-02-24"),
                DateResolver.resolve(new DateExpression.Day(LocalDate.of(2022, 2, 24)), Optional.empty(), false));
    }

    @Test
    void aWeekdayOfLastOrNextWeekCountsWholeWeeksFromMonday() {
        // the article's date, 4 July 2024, is a Thursday
        assertEquals("2024-06-25", resolve(new DateExpression.WeekdayOfWeek(DayOfWeek.TUESDAY, -1), false));
        assertEquals("2024-07-02", resolve(new DateExpression.WeekdayOfWeek(DayOfWeek.TUESDAY, 0), false));
        assertEquals("2024-07-12", resolve(new DateExpression.WeekdayOfWeek(DayOfWeek.FRIDAY, 1), false));
        assertEquals(
                "unresolved",
                DateResolver.resolve(new DateExpression.WeekdayOfWeek(DayOfWeek.FRIDAY, 1), Optional.empty(), false)
                        .orElse("unresolved"));
    }
}
