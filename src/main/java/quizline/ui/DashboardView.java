package quizline.ui;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import quizline.pack.Pack;
import quizline.session.Overview;
import quizline.store.Stats;
import quizline.text.Counted;

/** The one-screen overview printed before a session starts. */
public final class DashboardView {
    private DashboardView() {}

    public static void print(Console console, Overview overview) {
        Theme theme = console.theme();
        print(
                console,
                new AttributedStringBuilder()
                        .styled(theme.title(), "quizline")
                        .append(" · " + Counted.of(overview.packs().size(), "pack") + " · "
                                + Counted.of(overview.questionCount(), "question"))
                        .toAttributedString(),
                0);
        print(
                console,
                new AttributedStringBuilder()
                        .append("Due now ")
                        .styled(theme.key(), String.valueOf(overview.due()))
                        .append(" · new today ")
                        .styled(theme.key(), String.valueOf(overview.newAvailable()))
                        .toAttributedString(),
                0);
        for (Pack pack : overview.packs()) {
            String line = "  " + pack.id() + " — " + pack.title() + " · "
                    + Counted.of(pack.questions().size(), "question") + " · facts as of " + pack.asOf();
            print(console, new AttributedString(line, theme.dim()), 4);
        }
        if (console.singleKeys()) {
            print(console, new AttributedString("Ctrl-D or Ctrl-C ends the session with its summary.", theme.dim()), 0);
        }
    }

    /** The history line under the overview; nothing before the first answer ever. */
    public static void printHistory(Console console, Stats.Brief brief) {
        if (brief.anyHistory()) {
            print(console, StatsView.brief(brief, console.theme()), 2);
        }
    }

    private static void print(Console console, AttributedString text, int indent) {
        console.print(text, indent);
    }
}
