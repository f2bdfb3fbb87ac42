package quizline.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import quizline.schedule.Intervals;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;

/** One earlier answer, as the study screen's {@code h} and {@code quizline show} list it. */
final class HistoryLine {
    private static final DateTimeFormatter REVIEWED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private HistoryLine() {}

    /** When, what was answered, the verdict, and the grade and interval (or that a cram answer left it alone). */
    static String of(ReviewRecord r, ZoneId zone) {
        String given = r.given() == null || r.given().isBlank() ? "(no answer)" : "“" + r.given() + "”";
        String schedule = r.kind() == ReviewKind.CRAM
                ? "cram, schedule unchanged"
                : r.rating().label() + " · next in "
                        + Intervals.between(r.at(), r.after().due());
        return REVIEWED.format(r.at().atZone(zone)) + " · " + given + " · "
                + r.correctness().label() + " · " + schedule;
    }
}
