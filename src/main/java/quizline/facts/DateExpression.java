package quizline.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** A date as an article writes it: absolute ("24 February 2022", "2001") or relative ("on Thursday"). */
sealed interface DateExpression {
    /** Whether the value is known without the article's date. */
    default boolean absolute() {
        return false;
    }

    record Day(LocalDate date) implements DateExpression {
        @Override
        public boolean absolute() {
            return true;
        }
    }

    record MonthOfYear(YearMonth month) implements DateExpression {
        @Override
        public boolean absolute() {
            return true;
        }
    }

    record Year(int year) implements DateExpression {
        @Override
        public boolean absolute() {
            return true;
        }
    }

    /** "May 16": the year comes from the article's date. */
    record DayOfMonth(MonthDay day) implements DateExpression {}

    /** "in June". */
    record MonthOnly(Month month) implements DateExpression {}

    /** "last November" (-1): the last such month before the article's; "next March" (1): the first after it. */
    record AnchoredMonth(Month month, int offset) implements DateExpression {}

    /** "February last year" (-1), "March next year" (1). */
    record MonthOfRelativeYear(Month month, int yearOffset) implements DateExpression {}

    /** "Thursday", "this Thursday", "last Friday". */
    record Weekday(DayOfWeek day, Anchor anchor) implements DateExpression {}

    /** "Tuesday last week" (-1), "Tuesday of next week" (1), "Tuesday this week" (0): that day of the week so many weeks away. */
    record WeekdayOfWeek(DayOfWeek day, int weeks) implements DateExpression {}

    /** "today" (0), "yesterday" (-1), "tomorrow" (1). */
    record DaysFromNow(int days) implements DateExpression {}

    /** "last month" (MONTHS, -1), "this year" (YEARS, 0), "last week" (WEEKS, -1). */
    record PeriodFromNow(ChronoUnit unit, int offset) implements DateExpression {}

    enum Anchor {
        PLAIN,
        THIS,
        LAST,
        NEXT
    }
}
