package quizline.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import quizline.session.StudyRules;
import quizline.store.Stats;
import quizline.text.Counted;

/**
 * {@code quizline stats} as lines of text: the figures, a due-forecast bar chart and a review
 * calendar, both fitted to the width. The colour theme draws with Unicode blocks; the plain
 * theme (NO_COLOR, output not a terminal) draws with ASCII so any pipe or file can hold it.
 */
public final class StatsView {
    /** Rows of the forecast chart. */
    static final int CHART_HEIGHT = 6;

    private static final int DAY_LABEL_WIDTH = 4;

    /** The characters a chart is drawn with. */
    private record Glyphs(boolean ascii, String shades, char vertical, char corner, char horizontal, String ellipsis) {
        /** Heavy lines: JLine's toAnsi rewrites the light ones (│└─) to the alternate character set or ASCII. */
        static final Glyphs UNICODE = new Glyphs(false, "·░▒▓█", '┃', '┗', '━', "…");

        static final Glyphs ASCII = new Glyphs(true, ".:+*#", '|', '+', '-', "...");
        /** Eighths of a cell, for bar tops finer than a row. */
        static final String EIGHTHS = " ▁▂▃▄▅▆▇█";

        static Glyphs of(Theme theme) {
            return theme.equals(Theme.PLAIN) ? ASCII : UNICODE;
        }
    }

    private StatsView() {}

    public static List<AttributedString> render(Stats.Report report, int width, Theme theme) {
        return render(report, width, theme, StudyRules.DEFAULTS.leechLapses());
    }

    /** @param leechLapses lapses from which a question is marked a leech (the profile's setting) */
    public static List<AttributedString> render(Stats.Report report, int width, Theme theme, int leechLapses) {
        List<AttributedString> lines = new ArrayList<>();
        lines.addAll(summary(report, width, theme));
        lines.add(AttributedString.EMPTY);
        lines.addAll(forecast(report.forecast(), width, theme));
        lines.add(AttributedString.EMPTY);
        lines.addAll(calendar(report.calendar(), width, theme));
        if (!report.tags().isEmpty()) {
            lines.add(AttributedString.EMPTY);
            lines.addAll(tags(report.tags(), width, theme));
        }
        if (!report.hardest().isEmpty()) {
            lines.add(AttributedString.EMPTY);
            lines.addAll(hardest(report.hardest(), width, theme, leechLapses));
        }
        return lines;
    }

    /** The dashboard's one line: reviews today, streak, 30-day retention. */
    public static AttributedString brief(Stats.Brief brief, Theme theme) {
        return new AttributedStringBuilder()
                .append("Reviews today ")
                .styled(theme.key(), String.valueOf(brief.reviewsToday()))
                .append(" · streak ")
                .styled(theme.key(), Counted.of(brief.streakDays(), "day"))
                .append(" · retention 30d ")
                .styled(theme.key(), percent(brief.retention30()))
                .toAttributedString();
    }

    static List<AttributedString> summary(Stats.Report r, int width, Theme theme) {
        List<AttributedString> lines = new ArrayList<>();
        AttributedString title = new AttributedStringBuilder()
                .styled(theme.title(), "quizline stats")
                .append(" · " + (r.packId() == null ? "all packs" : "pack " + r.packId()) + " · " + r.today())
                .toAttributedString();
        AttributedString counts = new AttributedStringBuilder()
                .append("Reviews today ")
                .styled(theme.key(), String.valueOf(r.reviewsToday()))
                .append(" · streak ")
                .styled(theme.key(), Counted.of(r.streakDays(), "day"))
                .append(" · " + Counted.of(r.answers(), "answer") + " on " + Counted.of(r.cards(), "card"))
                .toAttributedString();
        AttributedString retention = new AttributedStringBuilder()
                .append("True retention 7d ")
                .styled(theme.key(), percent(r.retention7()))
                .append(fraction(r.retention7()))
                .append(" · 30d ")
                .styled(theme.key(), percent(r.retention30()))
                .append(fraction(r.retention30()))
                .toAttributedString();
        for (AttributedString line : List.of(title, counts, retention)) {
            lines.addAll(Wrap.wrap(line, width, 2));
        }
        return lines;
    }

    /**
     * A bar per day for the next 30 days, as wide as the width allows: bars 2 columns wide with
     * gaps, then 1 wide with gaps, then without gaps, then several days to a bar.
     */
    static List<AttributedString> forecast(Stats.Forecast forecast, int width, Theme theme) {
        Glyphs glyphs = Glyphs.of(theme);
        List<Integer> days = forecast.perDay();
        List<AttributedString> lines = new ArrayList<>();
        String heading = "Due in the next " + days.size() + " days: " + Counted.of(forecast.total(), "card")
                + (forecast.overdue() > 0 ? " (" + forecast.overdue() + " overdue, counted today)" : "");
        int max = days.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (max == 0) {
            lines.addAll(Wrap.wrap(
                    new AttributedString("Due in the next " + days.size() + " days: nothing", theme.title()),
                    width,
                    2));
            return lines;
        }
        int labelWidth = String.valueOf(max).length();
        int gutter = labelWidth + 2;
        int room = Math.max(1, width - gutter);
        int bar;
        int step;
        int perColumn = 1;
        if (room >= days.size() * 3) {
            bar = 2;
            step = 3;
        } else if (room >= days.size() * 2) {
            bar = 1;
            step = 2;
        } else {
            bar = 1;
            step = 1;
            perColumn = (days.size() + room - 1) / room;
        }
        List<Integer> columns = new ArrayList<>();
        for (int start = 0; start < days.size(); start += perColumn) {
            int sum = 0;
            for (int d = start; d < Math.min(days.size(), start + perColumn); d++) {
                sum += days.get(d);
            }
            columns.add(sum);
        }
        int top = columns.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (perColumn > 1) {
            heading += " · " + perColumn + " days a bar";
        }
        lines.addAll(Wrap.wrap(new AttributedString(heading, theme.title()), width, 2));

        for (int row = 0; row < CHART_HEIGHT; row++) {
            int fromBottom = CHART_HEIGHT - 1 - row;
            AttributedStringBuilder line = new AttributedStringBuilder();
            String label = row == 0 ? String.valueOf(top) : "";
            line.styled(theme.dim(), pad(label, labelWidth) + " " + glyphs.vertical());
            for (int value : columns) {
                String cell = glyphs.ascii() ? asciiCell(value, top, fromBottom) : unicodeCell(value, top, fromBottom);
                line.styled(theme.key(), cell.repeat(bar)).append(" ".repeat(step - bar));
            }
            lines.add(trimEnd(line.toAttributedString()));
        }
        lines.add(new AttributedString(
                pad("0", labelWidth) + " " + glyphs.corner()
                        + String.valueOf(glyphs.horizontal()).repeat(columns.size() * step),
                theme.dim()));
        lines.add(new AttributedString(ticks(days.size(), perColumn, step, gutter, width), theme.dim()));
        return lines;
    }

    /** A bar's cell in one row: full, empty, or the top in eighths. */
    private static String unicodeCell(int value, int top, int fromBottom) {
        int eighths = value == 0 ? 0 : Math.max(1, (int) Math.round(value * CHART_HEIGHT * 8.0 / top));
        int level = Math.max(0, Math.min(8, eighths - fromBottom * 8));
        return String.valueOf(Glyphs.EIGHTHS.charAt(level));
    }

    /** ASCII has no partial cells: a bar fills whole rows, at least one for any card due. */
    private static String asciiCell(int value, int top, int fromBottom) {
        int rows = value == 0 ? 0 : Math.max(1, (int) Math.round(value * (double) CHART_HEIGHT / top));
        return fromBottom < rows ? "#" : " ";
    }

    /** "today", "+7", "+14"… under the bars they name, each only where it does not touch the one before. */
    private static String ticks(int dayCount, int perColumn, int step, int gutter, int width) {
        StringBuilder ticks = new StringBuilder(" ".repeat(gutter));
        for (int day = 0; day < dayCount; day += 7) {
            String label = day == 0 ? "today" : "+" + day;
            int x = gutter + (day / perColumn) * step;
            boolean clear = x >= ticks.length() + (day == 0 ? 0 : 1);
            if (clear && x + label.length() <= width) {
                ticks.append(" ".repeat(x - ticks.length())).append(label);
            }
        }
        return ticks.toString().stripTrailing();
    }

    /**
     * Weeks as columns (the newest, with today, on the right), weekdays as rows, a shade per day
     * by answers relative to the busiest day. Cells narrow with the width; below 12 one-column
     * weeks the oldest weeks are left out.
     */
    static List<AttributedString> calendar(Stats.Calendar calendar, int width, Theme theme) {
        Glyphs glyphs = Glyphs.of(theme);
        List<AttributedString> lines = new ArrayList<>();
        int max = calendar.max();
        String heading = "Reviews in the last " + Stats.CALENDAR_WEEKS + " weeks: "
                + Counted.of(calendar.total(), "answer") + (max > 0 ? " · busiest day " + max : "");
        lines.addAll(Wrap.wrap(new AttributedString(heading, theme.title()), width, 2));

        int allWeeks = Stats.CALENDAR_WEEKS;
        int room = width - DAY_LABEL_WIDTH;
        int cell;
        int step;
        if (room >= allWeeks * 3 - 1) {
            cell = 2;
            step = 3;
        } else if (room >= allWeeks * 2 - 1) {
            cell = 1;
            step = 2;
        } else {
            cell = 1;
            step = 1;
        }
        int weeks = Math.max(1, Math.min(allWeeks, step == 1 ? room : allWeeks));
        LocalDate firstShown = calendar.firstDay().plusWeeks(allWeeks - weeks);

        lines.add(new AttributedString(monthLabels(firstShown, weeks, step, width), theme.dim()));
        for (int weekday = 0; weekday < 7; weekday++) {
            AttributedStringBuilder line = new AttributedStringBuilder();
            line.styled(
                    theme.dim(),
                    pad(weekday % 2 == 0 && weekday < 6 ? dayName(weekday) : "", DAY_LABEL_WIDTH - 1) + " ");
            for (int w = 0; w < weeks; w++) {
                LocalDate day = firstShown.plusWeeks(w).plusDays(weekday);
                if (day.isAfter(calendar.today())) {
                    line.append(" ".repeat(step));
                    continue;
                }
                int level = level(calendar.count(day), max);
                line.styled(
                                level == 0 ? theme.dim() : theme.right(),
                                String.valueOf(glyphs.shades().charAt(level)).repeat(cell))
                        .append(" ".repeat(step - cell));
            }
            lines.add(trimEnd(line.toAttributedString()));
        }
        AttributedStringBuilder legend = new AttributedStringBuilder().append(" ".repeat(DAY_LABEL_WIDTH));
        legend.styled(theme.dim(), "less");
        for (int level = 0; level < glyphs.shades().length(); level++) {
            legend.append(" ")
                    .styled(
                            level == 0 ? theme.dim() : theme.right(),
                            String.valueOf(glyphs.shades().charAt(level)));
        }
        legend.append(" ").styled(theme.dim(), "more");
        lines.add(fit(legend.toAttributedString(), width, glyphs));
        return lines;
    }

    /** 0 for no answers, else 1–4 by quarters of the busiest day. */
    static int level(int count, int max) {
        return count == 0 || max == 0 ? 0 : (4 * count + max - 1) / max;
    }

    /** A month's name above the first week whose Monday is in it; none where it would run into the next. */
    private static String monthLabels(LocalDate firstShown, int weeks, int step, int width) {
        List<int[]> starts = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = firstShown.plusWeeks(w);
            if (w == 0 || monday.getMonth() != monday.minusWeeks(1).getMonth()) {
                starts.add(new int[] {w, monday.getMonthValue()});
            }
        }
        StringBuilder labels = new StringBuilder(" ".repeat(DAY_LABEL_WIDTH));
        for (int i = 0; i < starts.size(); i++) {
            int x = DAY_LABEL_WIDTH + starts.get(i)[0] * step;
            String name = Month.of(starts.get(i)[1]).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            int nextX = i + 1 < starts.size() ? DAY_LABEL_WIDTH + starts.get(i + 1)[0] * step : Integer.MAX_VALUE;
            boolean clear = x >= labels.length() + (labels.length() > DAY_LABEL_WIDTH ? 1 : 0);
            if (clear && x + name.length() < nextX && x + name.length() <= width) {
                labels.append(" ".repeat(x - labels.length())).append(name);
            }
        }
        return labels.toString().stripTrailing();
    }

    private static String dayName(int weekday) {
        return DayOfWeek.MONDAY.plus(weekday).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    static List<AttributedString> tags(List<Stats.TagAccuracy> tags, int width, Theme theme) {
        List<AttributedString> lines = new ArrayList<>(
                Wrap.wrap(new AttributedString("Accuracy by tag, weakest first", theme.title()), width, 2));
        int nameWidth = tags.stream().mapToInt(t -> t.tag().length()).max().orElse(0);
        for (Stats.TagAccuracy t : tags) {
            AttributedString line = new AttributedStringBuilder()
                    .append("  " + padRight(t.tag(), nameWidth) + " ")
                    .styled(theme.key(), pad(percent(t.correct(), t.answers()), 4))
                    .append("  " + t.correct() + " of " + t.answers())
                    .toAttributedString();
            // Wrapping would squeeze the padding that keeps the columns aligned: cut instead.
            lines.add(fit(line, width, Glyphs.of(theme)));
        }
        return lines;
    }

    static List<AttributedString> hardest(List<Stats.HardQuestion> hardest, int width, Theme theme, int leechLapses) {
        List<AttributedString> lines =
                new ArrayList<>(Wrap.wrap(new AttributedString("Hardest questions", theme.title()), width, 2));
        for (Stats.HardQuestion h : hardest) {
            AttributedStringBuilder line = new AttributedStringBuilder()
                    .append("  ")
                    .styled(theme.key(), h.key().toString())
                    .append(" · " + Counted.of(h.lapses(), "lapse") + " · " + h.correct() + "/" + h.answers()
                            + " right");
            if (h.lapses() >= leechLapses) {
                line.append(" · ").styled(theme.wrong(), "leech");
            }
            if (h.prompt() != null) {
                line.append(" · ").styled(theme.dim(), h.prompt().replace('\n', ' '));
            }
            lines.addAll(Wrap.wrap(line.toAttributedString(), width, 4));
        }
        return lines;
    }

    static String percent(Stats.Retention r) {
        return r.measured() ? percent(r.passed(), r.total()) : "none yet";
    }

    private static String fraction(Stats.Retention r) {
        return r.measured() ? " (" + r.passed() + "/" + r.total() + ")" : "";
    }

    private static String percent(int part, int whole) {
        return Math.round(100.0 * part / whole) + "%";
    }

    /** Cuts a line that would run past the width, marking the cut. */
    private static AttributedString fit(AttributedString line, int width, Glyphs glyphs) {
        if (line.columnLength() <= width) {
            return line;
        }
        int keep = Math.max(0, width - glyphs.ellipsis().length());
        return new AttributedStringBuilder()
                .append(line.columnSubSequence(0, keep))
                .append(glyphs.ellipsis())
                .toAttributedString();
    }

    private static AttributedString trimEnd(AttributedString line) {
        String text = line.toString();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return line.subSequence(0, end);
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
