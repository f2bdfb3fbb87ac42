package quizline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quizline.store.CardKey;
import quizline.store.Stats;

/** The stats screen as text: exact ASCII at 120, 80, 40 and narrower; Unicode blocks and styles in colour. */
class StatsViewTest {
    static final LocalDate TODAY = LocalDate.parse("2024-07-10");

    static Stats.Forecast forecast() {
        List<Integer> due = new ArrayList<>(Collections.nCopies(30, 0));
        for (int[] dayCount : new int[][] {{0, 3}, {2, 1}, {3, 2}, {6, 5}, {14, 1}, {29, 2}}) {
            due.set(dayCount[0], dayCount[1]);
        }
        return new Stats.Forecast(due, 1);
    }

    static Stats.Calendar calendar() {
        LocalDate first = LocalDate.parse("2024-04-22");
        Map<String, Integer> counts = Map.of(
                "2024-04-22", 1, "2024-05-15", 2, "2024-06-30", 4, "2024-07-08", 8, "2024-07-09", 3, "2024-07-10", 6);
        List<Integer> perDay = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(TODAY); d = d.plusDays(1)) {
            perDay.add(counts.getOrDefault(d.toString(), 0));
        }
        return new Stats.Calendar(first, TODAY, perDay);
    }

    static Stats.Report report() {
        return new Stats.Report(
                TODAY,
                "mini",
                24,
                6,
                17,
                4,
                new Stats.Retention(3, 4),
                new Stats.Retention(0, 0),
                List.of(new Stats.TagAccuracy("people", 3, 1), new Stats.TagAccuracy("hosts", 4, 3)),
                List.of(
                        new Stats.HardQuestion(
                                new CardKey("mini", "kyrgyz-president"),
                                "Who was president of Kyrgyzstan in 2024?",
                                1,
                                3,
                                1),
                        new Stats.HardQuestion(new CardKey("gone", "q7"), null, 0, 2, 1)),
                forecast(),
                calendar());
    }

    private static String text(List<AttributedString> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    @Test
    void forecastInPlainAsciiAt120ColumnsHasTwoColumnBars() {
        assertEquals("""
                Due in the next 30 days: 14 cards (1 overdue, counted today)
                5 |                  ##
                  |                  ##
                  |##                ##
                  |##                ##
                  |##       ##       ##                                                                   ##
                  |##    ## ##       ##                      ##                                           ##
                0 +------------------------------------------------------------------------------------------
                   today                +7                   +14                  +21                  +28
                """, text(StatsView.forecast(forecast(), 120, Theme.PLAIN)));
    }

    @Test
    void forecastInPlainAsciiAt80ColumnsHasOneColumnBarsWithGaps() {
        assertEquals("""
                Due in the next 30 days: 14 cards (1 overdue, counted today)
                5 |            #
                  |            #
                  |#           #
                  |#           #
                  |#     #     #                                             #
                  |#   # #     #               #                             #
                0 +------------------------------------------------------------
                   today         +7            +14           +21           +28
                """, text(StatsView.forecast(forecast(), 80, Theme.PLAIN)));
    }

    @Test
    void forecastInPlainAsciiAt40ColumnsHasBarsWithoutGaps() {
        assertEquals("""
                Due in the next 30 days: 14 cards (1
                  overdue, counted today)
                5 |      #
                  |      #
                  |#     #
                  |#     #
                  |#  #  #                      #
                  |# ##  #       #              #
                0 +------------------------------
                   today  +7     +14    +21    +28
                """, text(StatsView.forecast(forecast(), 40, Theme.PLAIN)));
    }

    @Test
    void forecastNarrowerThan30DaysPutsSeveralDaysInABar() {
        assertEquals("""
                Due in the next 30 days:
                  14 cards (1 overdue,
                  counted today) · 2
                  days a bar
                5 |   #
                  |   #
                  |## #
                  |## #
                  |## #          #
                  |## #   #      #
                0 +---------------
                   today  +14    +28
                """, text(StatsView.forecast(forecast(), 24, Theme.PLAIN)));
    }

    @Test
    void forecastWithNothingDue() {
        assertEquals(
                "Due in the next 30 days: nothing\n",
                text(StatsView.forecast(new Stats.Forecast(Collections.nCopies(30, 0), 0), 80, Theme.PLAIN)));
    }

    @Test
    void calendarInPlainAsciiIsTheSameAt120And80AndKeepsItsCellsAt40() {
        String at80 = """
                Reviews in the last 12 weeks: 24 answers · busiest day 8
                    Apr   May         Jun         Jul
                Mon :: .. .. .. .. .. .. .. .. .. .. ##
                    .. .. .. .. .. .. .. .. .. .. .. ++
                Wed .. .. .. :: .. .. .. .. .. .. .. **
                    .. .. .. .. .. .. .. .. .. .. ..
                Fri .. .. .. .. .. .. .. .. .. .. ..
                    .. .. .. .. .. .. .. .. .. .. ..
                    .. .. .. .. .. .. .. .. .. ++ ..
                    less . : + * # more
                """;
        assertEquals(at80, text(StatsView.calendar(calendar(), 80, Theme.PLAIN)));
        assertEquals(at80, text(StatsView.calendar(calendar(), 120, Theme.PLAIN)));
        assertEquals("""
                Reviews in the last 12 weeks: 24 answers
                  · busiest day 8
                    Apr   May         Jun         Jul
                Mon :: .. .. .. .. .. .. .. .. .. .. ##
                    .. .. .. .. .. .. .. .. .. .. .. ++
                Wed .. .. .. :: .. .. .. .. .. .. .. **
                    .. .. .. .. .. .. .. .. .. .. ..
                Fri .. .. .. .. .. .. .. .. .. .. ..
                    .. .. .. .. .. .. .. .. .. .. ..
                    .. .. .. .. .. .. .. .. .. ++ ..
                    less . : + * # more
                """, text(StatsView.calendar(calendar(), 40, Theme.PLAIN)));
    }

    @Test
    void calendarNarrowsItsCellsThenDropsTheOldestWeeks() {
        assertEquals("""
                Reviews in the last 12
                  weeks: 24 answers ·
                  busiest day 8
                      May Jun Jul
                Mon :..........#
                    ...........+
                Wed ...:.......*
                    ...........
                Fri ...........
                    ...........
                    .........+.
                    less . : + * # more
                """, text(StatsView.calendar(calendar(), 24, Theme.PLAIN)));
        List<AttributedString> narrow = StatsView.calendar(calendar(), 14, Theme.PLAIN);
        assertEquals("Mon .........#", narrow.get(7).toString(), "ten weeks, the newest on the right");
        narrow.forEach(line -> assertTrue(line.columnLength() <= 14, line.toString()));
    }

    @Test
    void wholeReportInPlainAsciiAt80Columns() {
        assertEquals("""
                quizline stats · pack mini · 2024-07-10
                Reviews today 17 · streak 4 days · 24 answers on 6 cards
                True retention 7d 75% (3/4) · 30d none yet

                Due in the next 30 days: 14 cards (1 overdue, counted today)
                5 |            #
                  |            #
                  |#           #
                  |#           #
                  |#     #     #                                             #
                  |#   # #     #               #                             #
                0 +------------------------------------------------------------
                   today         +7            +14           +21           +28

                Reviews in the last 12 weeks: 24 answers · busiest day 8
                    Apr   May         Jun         Jul
                Mon :: .. .. .. .. .. .. .. .. .. .. ##
                    .. .. .. .. .. .. .. .. .. .. .. ++
                Wed .. .. .. :: .. .. .. .. .. .. .. **
                    .. .. .. .. .. .. .. .. .. .. ..
                Fri .. .. .. .. .. .. .. .. .. .. ..
                    .. .. .. .. .. .. .. .. .. .. ..
                    .. .. .. .. .. .. .. .. .. ++ ..
                    less . : + * # more

                Accuracy by tag, weakest first
                  people  33%  1 of 3
                  hosts   75%  3 of 4

                Hardest questions
                  mini/kyrgyz-president · 1 lapse · 1/3 right · Who was president of Kyrgyzstan
                    in 2024?
                  gone/q7 · 0 lapses · 1/2 right
                """, text(StatsView.render(report(), 80, Theme.PLAIN)));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void plainOutputIsAsciiChartsWithoutStylesAndFits(int width) {
        List<AttributedString> lines = StatsView.render(report(), width, Theme.PLAIN);
        for (AttributedString line : lines) {
            assertTrue(line.columnLength() <= width, "wider than " + width + ": " + line);
            assertEquals(line.toString(), line.toAnsi(), "styled text in the plain theme: " + line);
            assertFalse(
                    line.toString().matches(".*[\u2580-\u259f\u2500-\u257f].*"), "a block or box character: " + line);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 120})
    void colourOutputDrawsWithBlocksAndStylesAndFits(int width) {
        List<AttributedString> lines = StatsView.render(report(), width, Theme.COLOR);
        String all = text(lines);
        for (AttributedString line : lines) {
            assertTrue(line.columnLength() <= width, "wider than " + width + ": " + line);
        }
        assertTrue(all.contains("█"), all);
        assertTrue(all.contains("▅"), "a bar top in eighths:\n" + all);
        assertTrue(all.contains("┗━"), all);
        assertTrue(all.contains("less · ░ ▒ ▓ █ more"), all);
        assertFalse(all.contains("#"), all);
        AttributedString tallest = lines.stream()
                .filter(l -> l.toString().startsWith("5 ┃"))
                .findFirst()
                .orElseThrow();
        int bar = tallest.toString().indexOf('█');
        assertEquals(Theme.COLOR.key(), tallest.styleAt(bar));
        // JLine turns light box lines into ASCII or the alternate character set on the way out; these survive.
        assertTrue(tallest.toAnsi().contains("┃") && tallest.toAnsi().contains("█"), tallest.toAnsi());
        AttributedString monday = lines.stream()
                .filter(l -> l.toString().startsWith("Mon "))
                .findFirst()
                .orElseThrow();
        assertEquals(Theme.COLOR.right(), monday.styleAt(monday.toString().indexOf('█')));
        assertEquals(Theme.COLOR.dim(), monday.styleAt(monday.toString().indexOf('·')));
    }

    @Test
    void colourForecastAt80MatchesThePlainLayoutWithFinerBarTops() {
        List<String> colour = StatsView.forecast(forecast(), 80, Theme.COLOR).stream()
                .map(AttributedString::toString)
                .toList();
        assertEquals(
                List.of(
                        "Due in the next 30 days: 14 cards (1 overdue, counted today)",
                        "5 ┃            █",
                        "  ┃            █",
                        "  ┃▅           █",
                        "  ┃█     ▃     █                                             ▃",
                        "  ┃█   ▂ █     █               ▂                             █",
                        "  ┃█   █ █     █               █                             █",
                        "0 ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
                        "   today         +7            +14           +21           +28"),
                colour);
    }

    @Test
    void briefLineForTheDashboard() {
        assertEquals(
                "Reviews today 3 · streak 1 day · retention 30d 67%",
                StatsView.brief(new Stats.Brief(3, 1, new Stats.Retention(2, 3), true), Theme.PLAIN)
                        .toString());
        assertEquals(
                "Reviews today 0 · streak 0 days · retention 30d none yet",
                StatsView.brief(new Stats.Brief(0, 0, new Stats.Retention(0, 0), true), Theme.PLAIN)
                        .toString());
    }

    @Test
    void aQuestionAtTheProfilesLeechThresholdIsMarked() {
        List<Stats.HardQuestion> hardest = List.of(
                new Stats.HardQuestion(new CardKey("mini", "founded"), null, 8, 12, 3),
                new Stats.HardQuestion(new CardKey("mini", "capital"), null, 7, 9, 2));
        assertEquals(
                "Hardest questions\n  mini/founded · 8 lapses · 3/12 right · leech\n  mini/capital · 7 lapses · 2/9 right\n",
                text(StatsView.hardest(hardest, 80, Theme.PLAIN, 8)));
        assertFalse(text(StatsView.hardest(hardest, 80, Theme.PLAIN, 9)).contains("leech"));
    }
}
