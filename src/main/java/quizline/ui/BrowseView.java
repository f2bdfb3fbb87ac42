package quizline.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import quizline.browse.Catalog;
import quizline.schedule.Intervals;

/**
 * The lines of {@code list} and {@code search}: a question per entry, its id, type, state and when it is due on
 * one line (as {@code mini/host-city · choice · review · due in 4d (2026-11-29 09:00)}) and its prompt under
 * it, each wrapped to the width with a hanging indent.
 */
public final class BrowseView {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BrowseView() {}

    /** {@code heading}, then each entry; {@code now} and {@code zone} say when "due" is. */
    public static List<AttributedString> list(
            String heading, List<Catalog.Entry> entries, Instant now, ZoneId zone, int width) {
        List<AttributedString> lines = new ArrayList<>();
        lines.addAll(Wrap.wrap(new AttributedString(heading), width, 2));
        for (Catalog.Entry e : entries) {
            String head = e.key() + " · " + e.question().type() + " · " + e.stateText();
            if (e.due() != null) {
                head += " · " + due(e.due(), now, zone);
            }
            lines.addAll(Wrap.wrap(new AttributedString(head), width, 4));
            lines.addAll(Wrap.wrap(new AttributedString("  " + e.prompt()), width, 2));
        }
        return lines;
    }

    /** {@code due now} once its time has come, else {@code due in 4d (2026-11-29 09:00)}, in the local zone. */
    static String due(Instant due, Instant now, ZoneId zone) {
        if (!due.isAfter(now)) {
            return "due now";
        }
        return "due in " + Intervals.between(now, due) + " (" + WHEN.format(due.atZone(zone)) + ")";
    }
}
