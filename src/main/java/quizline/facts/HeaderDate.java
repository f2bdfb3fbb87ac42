package quizline.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an article states at its top, where news pages print it:
 * <ul>
 *   <li>a date line among the first three lines (over or under the title): "2024-07-06",
 *       "July 6, 2024", "Published on 14/11/2019 - 19:05" (day and month told apart by a number over 12), "Friday 3 March 2028 – 08:15 CET", "Published: 07:20, October 2,
 *       2023 | Updated: …", "Date: 29 November 2022 Author: …";</li>
 *   <li>else a dateline opening the first paragraph: "Lima, 4 May 2030 (XYZ):",
 *       "GENEVA, (Agency - 3rd Mar, 2029 ) :", "Lima April 9/2030/ABC/",
 *       "April 9, 2030, Government House, Lima";</li>
 *   <li>else a wire's dateline without its year ("LIMA, May 4 (Agency) -") where the article writes that
 *       day in full in one year only.</li>
 * </ul>
 * A date is taken only when it is whole (day, month and year): relative dates are resolved
 * against it, so a guess would spread. A date line that is no more than a date, or that a
 * label ("Published:") introduces, is trusted; a sentence that merely starts with a date ("On
 * November 18, 2024, the summit…") is not a dateline.
 */
public final class HeaderDate {
    /** Where the date was read: the line a reader sees under the title, or the first paragraph's dateline. */
    public enum Origin {
        DATE_LINE,
        DATELINE
    }

    /** A date found at the top of an article, the line (1-based) it stands on, and how it was read. */
    public record Found(LocalDate date, int line, Origin origin) {}

    private static final String MONTH =
            "(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY =
            "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?\\s+";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** 2024-07-06, July 6, 2024, 6 July 2024, 3rd Mar, 2029, April 9/2030 (each form names its groups alike). */
    private static final Pattern DATE = Pattern.compile(
            "(?<iso>(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2}))"
                    + "|" + MONTH.replace("month", "monthA") + "\\s+(?<dayA>\\d{1,2})" + ORDINAL
                    + "(?:,\\s*|\\s+|/)(?<yearA>\\d{4})"
                    + "|(?<dayB>\\d{1,2})" + ORDINAL + "\\s+" + MONTH.replace("month", "monthB")
                    + ",?\\s+(?<yearB>\\d{4})"
                    // "18/11/2018", "18.11.2018": read only when one number cannot be a month (see parse)
                    + "|(?<numA>\\d{1,2})(?<sep>[/.])(?<numB>\\d{1,2})\\k<sep>(?<numYear>\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** What may stand before the date on a date line: a label, a time, a weekday. */
    private static final Pattern LINE_HEAD = Pattern.compile(
            "^(?<label>(?:published|updated|posted|date|dated|last updated)(?:\\s+on)?\\s*:?\\s*)?"
                    + "(?:\\d{1,2}[:.]\\d{2}(?![./]\\d)\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?,?\\s*)?(?:" + WEEKDAY + ")?",
            Pattern.CASE_INSENSITIVE);
    /** What may follow the date on a line that is only a date: a time, a time zone, separators. */
    private static final Pattern LINE_TAIL = Pattern.compile(
            "^[\\s,|·•–—-]*(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?)?\\s*(?:[A-Z]{2,5}(?:[+-]\\d{1,2})?)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Words that open a sentence about an event rather than a dateline: "On November 18, 2024, …". */
    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "^(?:on|in|by|since|from|until|till|before|after|as of|at|during|between)\\b", Pattern.CASE_INSENSITIVE);

    private static final int HEAD_LINES = 3;
    private static final int DATELINE_REACH = 100;

    private HeaderDate() {}

    public static Optional<LocalDate> of(String text) {
        return find(text).map(Found::date);
    }

    public static Optional<Found> find(String text) {
        String[] lines = text.split("\n", 40);
        int seen = 0;
        int firstParagraph = -1;
        int firstBody = -1;
        boolean bodyBegun = false;
        for (int i = 0; i < lines.length && seen < HEAD_LINES + 1; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (seen <= HEAD_LINES && !bodyBegun) {
                Optional<LocalDate> date = dateLine(line);
                if (date.isPresent()) {
                    return Optional.of(new Found(date.get(), i + 1, Origin.DATE_LINE));
                }
            }
            if (firstParagraph < 0 && seen >= 2 && dateline(line).isPresent()) {
                firstParagraph = i;
            }
            if (firstBody < 0 && seen >= 2) {
                firstBody = i;
            }
            // a date printed below the first paragraph is not the article's date line
            bodyBegun |=
                    line.split("\\s+").length >= 3 && (line.endsWith(".") || line.endsWith("!") || line.endsWith("?"));
        }
        if (firstParagraph >= 0) {
            int line = firstParagraph + 1;
            return dateline(lines[firstParagraph].strip()).map(date -> new Found(date, line, Origin.DATELINE));
        }
        if (firstBody >= 0) {
            int line = firstBody + 1;
            return yearlessDateline(lines[firstBody].strip(), text).map(date -> new Found(date, line, Origin.DATELINE));
        }
        return Optional.empty();
    }

    /** "BISSAU, July 9 (Agency) -", "ISTANBUL, Nov 12 (Agency) -": a wire's dateline, which leaves out the year. */
    private static final Pattern YEARLESS_DATELINE = Pattern.compile(
            "^(?<place>[^,(:]{2,40}),\\s+" + MONTH + "\\s+(?<day>\\d{1,2})" + ORDINAL
                    + "\\s*(?:\\([^)]{1,40}\\)\\s*)?[-–—:]",
            Pattern.CASE_INSENSITIVE);

    /**
     * A dateline without its year, made whole by the article itself: the one year in which the article writes that
     * very day in full ("on Sunday, July 9, 2023"). A day the article never writes with its year, or writes in two
     * years, leaves the date unknown rather than guessed.
     */
    static Optional<LocalDate> yearlessDateline(String paragraph, String text) {
        Matcher m = YEARLESS_DATELINE.matcher(paragraph);
        if (!m.lookingAt() || !capitalised(m.group("place"))) {
            return Optional.empty();
        }
        Month month = month(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        java.util.Set<LocalDate> written = new java.util.HashSet<>();
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            parse(date)
                    .filter(d -> d.getMonth() == month && d.getDayOfMonth() == day)
                    .ifPresent(written::add);
        }
        return written.size() == 1 ? Optional.of(written.iterator().next()) : Optional.empty();
    }

    /** Whether every word of a place is capitalised: "UNITED NATIONS", "Addis Ababa", not "on Tuesday". */
    private static boolean capitalised(String place) {
        for (String word : place.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A line that is a date and nothing else of substance, or a labelled date. */
    static Optional<LocalDate> dateLine(String line) {
        Matcher head = LINE_HEAD.matcher(line);
        int at = head.lookingAt() ? head.end() : 0;
        Matcher date = DATE.matcher(line);
        if (!date.find(at) || date.start() != at) {
            return Optional.empty();
        }
        boolean labelled = head.lookingAt() && head.group("label") != null;
        if (!labelled && !LINE_TAIL.matcher(line.substring(date.end())).matches()) {
            return Optional.empty();
        }
        return parse(date);
    }

    /** A whole date near the start of the first paragraph, after nothing but a place and an agency. */
    static Optional<LocalDate> dateline(String paragraph) {
        Matcher date = DATE.matcher(paragraph);
        if (!date.find() || date.start() > DATELINE_REACH) {
            return Optional.empty();
        }
        String before = paragraph.substring(0, date.start());
        if (NOT_A_PLACE.matcher(before.strip()).lookingAt()) {
            return Optional.empty();
        }
        // A place and an agency are written in capitals: "Kigali, ", "UNITED NATIONS, (UrduPoint / … - "
        if (!capitalised(before.replaceAll("\\([^)]*$", " "))) {
            return Optional.empty();
        }
        if (before.isBlank()) {
            // "April 9, 2030, Government House, Lima": a date opening the line is a dateline only when a place, not a
            // clause, follows
            String after = paragraph.substring(date.end());
            if (!after.matches("^,?\\s+(?:\\p{Lu}[\\p{L}.'-]*[\\s,]*)+(?:[(:–—-].*)?$")) {
                return Optional.empty();
            }
        }
        return parse(date);
    }

    private static Optional<LocalDate> parse(Matcher m) {
        try {
            if (m.group("iso") != null) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(m.group("isoYear")),
                        Integer.parseInt(m.group("isoMonth")),
                        Integer.parseInt(m.group("isoDay"))));
            }
            if (m.group("numYear") != null) {
                // day and month in either order (18/11/2018 in most of the world, 11/18/2018 in the United States):
                // only a number over 12 tells which is the day, and a guess would date every fact wrongly
                int first = Integer.parseInt(m.group("numA"));
                int second = Integer.parseInt(m.group("numB"));
                int year = Integer.parseInt(m.group("numYear"));
                if (first > 12 && second <= 12) {
                    return Optional.of(LocalDate.of(year, second, first));
                }
                if (second > 12 && first <= 12) {
                    return Optional.of(LocalDate.of(year, first, second));
                }
                return Optional.empty();
            }
            boolean a = m.group("monthA") != null;
            Month month = month(a ? m.group("monthA") : m.group("monthB"));
            int day = Integer.parseInt(a ? m.group("dayA") : m.group("dayB"));
            int year = Integer.parseInt(a ? m.group("yearA") : m.group("yearB"));
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30, 2024": not a date
        }
    }

    private static Month month(String written) {
        String key = written.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(key)) {
                return month;
            }
        }
        throw new DateTimeException("no month " + written);
    }
}
