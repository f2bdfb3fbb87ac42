package quizline.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import quizline.env.Env;
import quizline.io.UserError;
import quizline.pack.Answers;
import quizline.pack.Pack;
import quizline.pack.PackCache;
import quizline.pack.PackLibrary;
import quizline.pack.Question;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.store.CardKey;
import quizline.store.CardRow;
import quizline.store.CardTally;
import quizline.store.Doctor;
import quizline.store.SqlProgressStore;
import quizline.text.Counted;
import quizline.ui.Visible;

@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        description = {
            "Check a progress database and repair its card states from the review log.",
            "First SQLite's integrity check, then every row against its checksum (damaged",
            "rows are listed), then each card's reviews followed in commit order (each must",
            "start from the state the one before left), then every card's state rebuilt",
            "from the review log and compared with the stored one. Differences are listed",
            "and repaired in one transaction, as are the answer counts kept per card for",
            "stats; breaks in the chain are listed."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:healthy, or repaired",
            "1:damage found, and listed (a damaged card row is rebuilt from the review log where the review it"
                    + " comes from is whole; a damaged review is kept), or the file cannot be opened",
            "2:bad command line"
        })
final class DoctorCommand implements Callable<Integer>, ReadsEnv {
    private Env env;

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile = new ProfileOptions();

    @Override
    public Integer call() {
        PrintWriter out = Visible.writer(spec.commandLine().getOut());
        PrintWriter err = Visible.writer(spec.commandLine().getErr());
        try (SqlProgressStore store = profile.openExisting(env)) {
            Doctor.Report report = Doctor.examine(store, answerHashes(store, err));
            report.damage().forEach(line -> out.println("damaged: " + line));
            report.breaks().forEach(b -> out.println(describe(b)));
            report.differences().forEach(d -> out.println(describe(d)));
            report.tallies().forEach(t -> out.println(describe(t)));
            if (report.damaged()) {
                out.flush();
                throw new UserError(store.where() + ": the database is damaged ("
                        + Counted.of(report.damage().size(), "problem")
                        + " listed above); "
                        + (report.changed()
                                ? "card rows were rebuilt from the review log as listed above, nothing else was"
                                        + " changed"
                                : "nothing was changed"));
            }
            String kept = report.keptResets().isEmpty()
                    ? ""
                    : " (" + report.keptResets().size() + " reset after an answer change, left new: "
                            + String.join(
                                    ", ",
                                    report.keptResets().stream()
                                            .map(CardKey::toString)
                                            .toList()) + ")";
            int n = report.differences().size();
            int b = report.breaks().size();
            String broken = b == 0
                    ? ""
                    : "; " + Counted.of(b, "review")
                            + " graded from a state the review before did not leave (listed above; the log keeps them)";
            int t = report.tallies().size();
            int q = report.slots();
            String recounted = t + q == 0
                    ? ""
                    : "; the answer counts of "
                            + (t == 0 ? "" : Counted.of(t, "card") + (q == 0 ? "" : " and "))
                            + (q == 0 ? "" : Counted.of(q, "quarter") + " of an hour")
                            + " recounted from the log";
            out.println((n == 0 && t + q == 0 ? "ok: " : "repaired: ") + Counted.of(n, "difference") + " in "
                    + Counted.of(report.cards(), "card") + kept + broken + recounted + marks(store));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** What the profile sets aside and flags, when it does: "; marked: 1 suspension, 1 burial and 2 flags". */
    private String marks(SqlProgressStore store) {
        int suspended = store.suspended().size();
        int buried = store.burials(env.clock().instant()).size();
        int flags = store.flags().size();
        return suspended + buried + flags == 0
                ? ""
                : "; marked: " + Counted.of(suspended, "suspension") + ", " + Counted.of(buried, "burial") + " and "
                        + Counted.of(flags, "flag");
    }

    /**
     * The current answer of every loaded question (those published to the class included, for a profile on its
     * server), so cards reset on purpose are not brought back.
     */
    private Map<CardKey, String> answerHashes(SqlProgressStore store, PrintWriter err) {
        PackLibrary library = PackLibrary.load(env.dataDir(), env.packPaths(), PackCache.in(env.cacheDir()));
        ClassPublished.addTo(library, store);
        library.warnings().forEach(w -> err.println("quizline: " + w));
        Map<CardKey, String> hashes = new HashMap<>();
        for (Pack pack : library.packList()) {
            for (Question q : pack.questions()) {
                hashes.put(new CardKey(pack.id(), q.id()), Answers.keyHash(q));
            }
        }
        return hashes;
    }

    static String describe(Doctor.Difference d) {
        switch (d.kind()) {
            case MISSING:
                return "missing   " + d.key() + ": no card row; the log says " + state(d.rebuilt());
            case EXTRA:
                return "extra     " + d.key() + ": a card row (" + state(d.stored())
                        + ") but no scheduled review in the log";
            default:
                return "different " + d.key() + ": " + changes(d.stored(), d.rebuilt());
        }
    }

    /** "counts    KEY: 3 answers (3 scheduled), 2 right, 1 lapse -> 2 answers (2 scheduled), 2 right, 0 lapses". */
    static String describe(Doctor.TallyDifference d) {
        return "counts    " + d.key() + ": " + counts(d.stored()) + " -> " + counts(d.logged());
    }

    private static String counts(CardTally tally) {
        return tally == null
                ? "none"
                : Counted.of(tally.answers(), "answer") + " (" + tally.scheduled() + " scheduled), " + tally.correct()
                        + " right, " + Counted.of(tally.lapses(), "lapse");
    }

    static String describe(Doctor.Break b) {
        String from = state(b.before());
        return b.previousRow() == 0
                ? "break     " + b.key() + ": review row " + b.row() + ", its first, starts from " + from
                        + ", not from new"
                : "break     " + b.key() + ": review row " + b.row() + " starts from " + from + ", not from what row "
                        + b.previousRow() + " left: " + state(b.expected());
    }

    private static String state(Card card) {
        return card.state().name().toLowerCase(Locale.ROOT)
                + (card.state() == CardState.NEW ? "" : ", due " + card.due());
    }

    private static String state(CardRow row) {
        return row.state() + ", due " + Instant.ofEpochMilli(row.due());
    }

    /** Which columns differ, stored value first: the state and due date matter most to a reader. */
    private static String changes(CardRow stored, CardRow rebuilt) {
        StringBuilder text = new StringBuilder();
        if (!stored.state().equals(rebuilt.state())) {
            text.append("state ").append(stored.state()).append(" -> ").append(rebuilt.state());
        }
        if (stored.due() != rebuilt.due()) {
            text.append(text.isEmpty() ? "" : "; ")
                    .append("due ")
                    .append(Instant.ofEpochMilli(stored.due()))
                    .append(" -> ")
                    .append(Instant.ofEpochMilli(rebuilt.due()));
        }
        if (!stored.card().equals(rebuilt.card()) && text.isEmpty()) {
            text.append("scheduling values ")
                    .append(stored.card())
                    .append(" -> ")
                    .append(rebuilt.card());
        }
        if (!stored.answerHash().equals(rebuilt.answerHash())) {
            text.append(text.isEmpty() ? "" : "; ").append("answer hash differs");
        }
        return text.toString();
    }
}
