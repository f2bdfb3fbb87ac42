package quizline.repl;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import quizline.pack.Pack;
import quizline.session.Overview;

/** The one-screen overview printed before a session starts. */
public final class DashboardView {
    private DashboardView() {}

    public static void print(Console console, Overview overview) {
        Theme theme = console.theme();
        console.println(new AttributedStringBuilder()
                .styled(theme.title(), "quizline")
                .append(" · " + count(overview.packs().size(), "pack") + " · " + count(overview.questionCount(), "question"))
                .toAttributedString());
        console.println(new AttributedStringBuilder()
                .append("Due now ").styled(theme.key(), String.valueOf(overview.due()))
                .append(" · new ").styled(theme.key(), String.valueOf(overview.newAvailable()))
                .append(" · this session ").styled(theme.key(), String.valueOf(overview.sessionSize()))
                .toAttributedString());
        for (Pack pack : overview.packs()) {
            String line = "  " + pack.id() + " — " + pack.title() + " · " + count(pack.questions().size(), "question")
                    + " · facts as of " + pack.asOf();
            Wrap.wrap(new AttributedString(line, theme.dim()), console.width(), 4).forEach(console::println);
        }
        if (console.singleKeys()) {
            console.println(new AttributedString("Ctrl-D or Ctrl-C ends the session with its summary.", theme.dim()));
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
