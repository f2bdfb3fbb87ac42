package quizline.facts;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Turns a date expression into an ISO value (2022-02-24, 2023-03, 2001) using the article's
 * date for relative ones. Without the article's date a relative expression stays unresolved:
 * a date is never guessed.
 */
final class DateResolver {
    /** How far back a "May 16" may lie from the article's date before it means next year's. */
    private static final int DAYS_BACK = 300;

    private DateResolver() {}

    /**
     * @param future whether the sentence speaks of what is to come ("will meet on Friday",
     *     "scheduled for Thursday"): a bare weekday then means the next one, else the last one.
     */
    static Optional<String> resolve(DateExpression expression, Optional<LocalDate> published, boolean future) {
        if (expression instanceof DateExpression.Day day) {
            return Optional.of(day.date().toString());
        }
        if (expression instanceof DateExpression.MonthOfYear month) {
            return Optional.of(month.month().toString());
        }
        if (expression instanceof DateExpression.Year year) {
            return Optional.of(Integer.toString(year.year()));
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = published.get();
        if (expression instanceof DateExpression.DayOfMonth dayOfMonth) {
            return Optional.of((future ? next(dayOfMonth.day(), today) : nearest(dayOfMonth.day(), today)).toString());
        }
        if (expression instanceof DateExpression.MonthOnly monthOnly) {
            YearMonth month = YearMonth.of(today.getYear(), monthOnly.month());
            YearMonth current = YearMonth.from(today);
            if (future && month.isBefore(current)) {
                month = month.plusYears(1);
            } else if (!future && month.isAfter(current)) {
                month = month.minusYears(1);
            }
            return Optional.of(month.toString());
        }
        if (expression instanceof DateExpression.AnchoredMonth anchored) {
            YearMonth current = YearMonth.from(today);
            YearMonth month = YearMonth.of(today.getYear(), anchored.month());
            if (anchored.offset() < 0 && !month.isBefore(current)) {
                month = month.minusYears(1);
            } else if (anchored.offset() > 0 && !month.isAfter(current)) {
                month = month.plusYears(1);
            }
            return Optional.of(month.toString());
        }
        if (expression instanceof DateExpression.MonthOfRelativeYear relative) {
            return Optional.of(YearMonth.of(today.getYear() + relative.yearOffset(), relative.month())
                    .toString());
        }
        if (expression instanceof DateExpression.Weekday weekday) {
            return Optional.of(weekday(weekday, today, future).toString());
        }
        if (expression instanceof DateExpression.WeekdayOfWeek weekday) {
            // weeks run from Monday: "Tuesday last week" read on a Wednesday is eight days back, not yesterday
            return Optional.of(today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                    .plusWeeks(weekday.weeks())
                    .with(TemporalAdjusters.nextOrSame(weekday.day()))
                    .toString());
        }
        if (expression instanceof DateExpression.DaysFromNow days) {
            return Optional.of(today.plusDays(days.days()).toString());
        }
        if (expression instanceof DateExpression.PeriodFromNow period) {
            if (period.unit() == ChronoUnit.MONTHS) {
                return Optional.of(
                        YearMonth.from(today).plusMonths(period.offset()).toString());
            }
            if (period.unit() == ChronoUnit.YEARS) {
                return Optional.of(Integer.toString(today.getYear() + period.offset()));
            }
            return Optional.empty(); // a week has no ISO value a student could be asked about
        }
        throw new IllegalArgumentException("unknown date expression " + expression);
    }

    private static LocalDate nearest(MonthDay day, LocalDate today) {
        LocalDate candidate = safeAtYear(day, today.getYear());
        if (candidate.isBefore(today.minusDays(DAYS_BACK))) {
            return safeAtYear(day, today.getYear() + 1);
        }
        if (candidate.isAfter(today.plusDays(366 - DAYS_BACK))) {
            return safeAtYear(day, today.getYear() - 1);
        }
        return candidate;
    }

    /**
     * "will host the summit on June 2": the next such day, unless it lies only weeks back (a
     * sentence that looks ahead may still recall "the talks on June 20").
     */
    private static LocalDate next(MonthDay day, LocalDate today) {
        LocalDate candidate = safeAtYear(day, today.getYear());
        return candidate.isBefore(today.minusDays(FUTURE_DAYS_BACK)) ? safeAtYear(day, today.getYear() + 1) : candidate;
    }

    /** How far back a "June 20" in a sentence that looks ahead may lie and still mean this year's. */
    private static final int FUTURE_DAYS_BACK = 30;

    private static LocalDate safeAtYear(MonthDay day, int year) {
        return day.isValidYear(year) ? day.atYear(year) : day.atYear(year).minusDays(1);
    }

    private static LocalDate weekday(DateExpression.Weekday weekday, LocalDate today, boolean future) {
        switch (weekday.anchor()) {
            case LAST:
                return today.with(TemporalAdjusters.previous(weekday.day()));
            case NEXT:
                return today.with(TemporalAdjusters.next(weekday.day()));
            default:
                return future
                        ? today.with(TemporalAdjusters.nextOrSame(weekday.day()))
                        : today.with(TemporalAdjusters.previousOrSame(weekday.day()));
        }
    }
}
