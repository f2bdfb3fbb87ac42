package quizline.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import quizline.classroom.ClassReport;
import quizline.classroom.ClassReport.QuestionReport;
import quizline.classroom.ClassReport.StudentReport;
import quizline.classroom.ItemAnalysis;
import quizline.formats.Csv;
import quizline.store.Stats;
import quizline.text.Counted;

/**
 * {@code quizline class report} as lines for the terminal (a table of questions with their wrong answers and flags
 * under each, then a table of students) and as CSV, one table at a time with its header row. Percentages as Moodle
 * shows them, with two decimals; "–" (empty in CSV) where there is nothing to compute.
 */
public final class ClassReportView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final String NONE = "–";

    private static final List<String> QUESTION_COLUMNS =
            List.of("question", "students", "facility", "SD", "discrim.", "effic.", "check");
    private static final List<String> STUDENT_COLUMNS =
            List.of("student", "reviews", "retention", "due", "last active", "streak");

    public static final List<String> QUESTIONS_CSV_HEADER = List.of(
            "question",
            "in_pack",
            "students",
            "answers",
            "facility_index",
            "standard_deviation",
            "discrimination_index",
            "discriminative_efficiency",
            "dubious",
            "needs_checking",
            "wrong_answer_1",
            "count_1",
            "wrong_answer_2",
            "count_2",
            "wrong_answer_3",
            "count_3",
            "flags",
            "notes");

    public static final List<String> STUDENTS_CSV_HEADER = List.of(
            "student",
            "reviews",
            "retention",
            "retention_passed",
            "retention_total",
            "due",
            "last_active",
            "streak_days");

    private ClassReportView() {}

    public static List<AttributedString> render(ClassReport report, ZoneId zone, int width, Theme theme) {
        List<AttributedString> lines = new ArrayList<>();
        lines.addAll(Wrap.wrap(
                new AttributedStringBuilder()
                        .styled(theme.title(), "quizline class report")
                        .append(" · pack " + report.packId() + " · "
                                + Counted.of(report.students().size(), "student") + " · "
                                + WHEN.format(report.at().atZone(zone)))
                        .toAttributedString(),
                width,
                2));
        lines.add(AttributedString.EMPTY);
        lines.addAll(Wrap.wrap(
                new AttributedString(
                        "Questions: Moodle's item analysis of each student's first scheduled answer (%)",
                        theme.title()),
                width,
                2));
        List<List<String>> rows = new ArrayList<>();
        rows.add(QUESTION_COLUMNS);
        for (QuestionReport q : report.questions()) {
            ItemAnalysis a = q.analysis();
            rows.add(List.of(
                    q.questionId() + (q.inPack() ? "" : " (not in pack)"),
                    String.valueOf(a.attempts()),
                    percent(a.facility(), 100),
                    percent(a.standardDeviation(), 100),
                    percent(a.discriminationIndex(), 1),
                    percent(a.discriminativeEfficiency(), 1),
                    check(a)));
        }
        List<String> table = table(rows, 1);
        // Table rows are not wrapped (wrapping would fold their spacing): a terminal too narrow folds them itself.
        lines.add(new AttributedString("  " + table.get(0), theme.dim()));
        for (int i = 0; i < report.questions().size(); i++) {
            QuestionReport q = report.questions().get(i);
            AttributedStyle style = q.analysis().flagged() ? theme.wrong() : AttributedStyle.DEFAULT;
            lines.add(new AttributedString("  " + table.get(i + 1), style));
            if (!q.wrongAnswers().isEmpty()) {
                String wrong = q.wrongAnswers().stream()
                        .map(w -> "“" + w.text() + "” ×" + w.count())
                        .collect(Collectors.joining(" · "));
                lines.addAll(Wrap.wrap(new AttributedString("      Wrong: " + wrong, theme.dim()), width, 8));
            }
            for (ClassReport.StudentFlag f : q.flags()) {
                lines.addAll(Wrap.wrap(
                        new AttributedStringBuilder()
                                .append("      ")
                                .styled(theme.key(), "Flagged")
                                .append(" by " + f.student() + ", " + WHEN.format(f.at().atZone(zone)) + ": "
                                        + (f.note().isBlank()
                                                ? "(no note)"
                                                : f.note().replace('\n', ' ')))
                                .toAttributedString(),
                        width,
                        8));
            }
        }
        lines.add(AttributedString.EMPTY);
        lines.addAll(Wrap.wrap(new AttributedString("Students", theme.title()), width, 2));
        List<List<String>> students = new ArrayList<>();
        students.add(STUDENT_COLUMNS);
        for (StudentReport s : report.students()) {
            students.add(List.of(
                    s.student(),
                    String.valueOf(s.reviews()),
                    retention(s.retention()),
                    String.valueOf(s.dueBacklog()),
                    s.lastActive().map(t -> WHEN.format(t.atZone(zone))).orElse("never"),
                    Counted.of(s.streakDays(), "day")));
        }
        List<String> studentTable = table(students, 1);
        lines.add(new AttributedString("  " + studentTable.get(0), theme.dim()));
        studentTable.stream().skip(1).forEach(row -> lines.add(new AttributedString("  " + row)));
        lines.add(AttributedString.EMPTY);
        lines.addAll(Wrap.wrap(
                new AttributedString(
                        "Check: Moodle's thresholds, dubious below 15 % discriminative efficiency, needs checking very"
                                + " likely below 30 % discrimination index, likely below 50 %.",
                        theme.dim()),
                width,
                0));
        return lines;
    }

    /** The questions as CSV, header row first: percentages as numbers with two decimals, empty where none. */
    public static String questionsCsv(ClassReport report) {
        StringBuilder out = new StringBuilder(Csv.write(QUESTIONS_CSV_HEADER, ','));
        for (QuestionReport q : report.questions()) {
            ItemAnalysis a = q.analysis();
            List<String> row = new ArrayList<>(List.of(
                    q.questionId(),
                    String.valueOf(q.inPack()),
                    String.valueOf(a.attempts()),
                    String.valueOf(q.answers()),
                    number(a.facility(), 100),
                    number(a.standardDeviation(), 100),
                    number(a.discriminationIndex(), 1),
                    number(a.discriminativeEfficiency(), 1),
                    String.valueOf(a.dubious()),
                    needsChecking(a.needsChecking())));
            for (int i = 0; i < 3; i++) {
                boolean has = i < q.wrongAnswers().size();
                row.add(has ? q.wrongAnswers().get(i).text() : "");
                row.add(has ? String.valueOf(q.wrongAnswers().get(i).count()) : "");
            }
            row.add(String.valueOf(q.flags().size()));
            row.add(q.flags().stream()
                    .map(f -> f.student() + ": " + (f.note().isBlank() ? "(no note)" : f.note()))
                    .collect(Collectors.joining(" | ")));
            out.append(Csv.write(row, ','));
        }
        return out.toString();
    }

    /** The students as CSV, header row first; last active as an ISO instant, empty before the first answer. */
    public static String studentsCsv(ClassReport report) {
        StringBuilder out = new StringBuilder(Csv.write(STUDENTS_CSV_HEADER, ','));
        for (StudentReport s : report.students()) {
            Stats.Retention r = s.retention();
            out.append(Csv.write(
                    List.of(
                            s.student(),
                            String.valueOf(s.reviews()),
                            r.measured() ? String.format(Locale.ROOT, "%.2f", 100.0 * r.passed() / r.total()) : "",
                            String.valueOf(r.passed()),
                            String.valueOf(r.total()),
                            String.valueOf(s.dueBacklog()),
                            s.lastActive().map(Instant::toString).orElse(""),
                            String.valueOf(s.streakDays())),
                    ','));
        }
        return out.toString();
    }

    private static String check(ItemAnalysis a) {
        List<String> words = new ArrayList<>();
        if (a.dubious()) {
            words.add("dubious");
        }
        switch (a.needsChecking()) {
            case VERY_LIKELY -> words.add("very likely");
            case LIKELY -> words.add("likely");
            default -> {}
        }
        return String.join(", ", words);
    }

    private static String needsChecking(ItemAnalysis.NeedsChecking n) {
        return n == ItemAnalysis.NeedsChecking.UNKNOWN
                ? ""
                : n.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String retention(Stats.Retention r) {
        return r.measured()
                ? Math.round(100.0 * r.passed() / r.total()) + "% (" + r.passed() + "/" + r.total() + ")"
                : NONE;
    }

    private static String percent(OptionalDouble value, double scale) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble() * scale) : NONE;
    }

    private static String number(OptionalDouble value, double scale) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble() * scale) : "";
    }

    /** Rows as aligned text: the first column left-aligned, the others right-aligned, the last left-aligned. */
    private static List<String> table(List<List<String>> rows, int gap) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 || c == columns - 1 ? cell + pad : pad + cell);
                line.append(c < columns - 1 ? " ".repeat(gap + 1) : "");
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
