package quizline.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import quizline.browse.Catalog;
import quizline.pack.Answers;
import quizline.pack.Question;
import quizline.schedule.Intervals;
import quizline.store.CardKey;
import quizline.store.ReviewRecord;
import quizline.text.Counted;

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
            lines.addAll(Wrap.wrap(new AttributedString(headLine(e, now, zone)), width, 4));
            lines.addAll(Wrap.wrap(new AttributedString("  " + e.prompt()), width, 2));
        }
        return lines;
    }

    /**
     * One question whole for {@code show}: the line {@code list} gives it, its prompt, choices, answer, explanation
     * and tags, then every answer to it, oldest first. {@code entry} is null for a question no pack loaded has
     * (only its history is known).
     */
    public static List<AttributedString> show(
            CardKey key, Catalog.Entry entry, List<ReviewRecord> history, Instant now, ZoneId zone, int width) {
        List<String> text = new ArrayList<>();
        if (entry == null) {
            text.add(key + " · (not in the packs loaded)");
        } else {
            Question q = entry.question();
            text.add(headLine(entry, now, zone));
            text.add("  " + entry.prompt());
            List<String> choices = q instanceof Question.Choice c
                    ? c.choices()
                    : q instanceof Question.Multi m ? m.choices() : List.of();
            for (int i = 0; i < choices.size(); i++) {
                text.add("    " + Answers.choiceLabel(choices, i));
            }
            text.add("Answer: " + Answers.rightAnswer(q));
            if (q.explanation() != null) {
                text.add("Explanation: " + q.explanation());
            }
            text.add("Tags: " + (q.tags().isEmpty() ? "none" : String.join(", ", q.tags())));
        }
        if (history.isEmpty()) {
            text.add("History: never answered.");
        } else {
            text.add("History (" + Counted.of(history.size(), "answer") + "):");
            history.forEach(r -> text.add("  " + HistoryLine.of(r, zone)));
        }
        List<AttributedString> lines = new ArrayList<>();
        text.forEach(line -> lines.addAll(Wrap.wrap(new AttributedString(line), width, 4)));
        return lines;
    }

    private static String headLine(Catalog.Entry e, Instant now, ZoneId zone) {
        String head = e.key() + " · " + e.question().type() + " · " + e.stateText();
        return e.due() == null ? head : head + " · " + due(e.due(), now, zone);
    }

    /** {@code due now} once its time has come, else {@code due in 4d (2026-11-29 09:00)}, in the local zone. */
    static String due(Instant due, Instant now, ZoneId zone) {
        if (!due.isAfter(now)) {
            return "due now";
        }
        return "due in " + Intervals.between(now, due) + " (" + WHEN.format(due.atZone(zone)) + ")";
    }
}
