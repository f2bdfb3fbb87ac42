package quizline.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import quizline.io.UserError;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.SqlProgressStore;
import quizline.text.Counted;

@Command(
        name = "card",
        mixinStandardHelpOptions = true,
        description = {
            "Reset one question's schedule, suspend it, or bring it back (as s and suspended --unsuspend do).",
            "A reset question is new again; its answers stay in its history. A suspended question is not asked,",
            "nor counted, until it is unsuspended."
        })
final class CardCommand extends CatalogCommand {
    @Parameters(
            index = "0",
            paramLabel = "ID",
            description = "PACK/ID as list shows it, or the question id alone when one pack has it.")
    String id;

    @ArgGroup(multiplicity = "1")
    Action action;

    /** Exactly one thing to do. */
    static final class Action {
        @Option(
                names = "--reset",
                required = true,
                description = "Forget its schedule: new again, its answers kept as history (quizline show).")
        boolean reset;

        @Option(names = "--suspend", required = true, description = "Do not ask it until it is unsuspended.")
        boolean suspend;

        @Option(names = "--unsuspend", required = true, description = "Ask it again when it is due.")
        boolean unsuspend;
    }

    @Override
    public Integer call() {
        CardKey key = resolve(catalog(), id);
        if (action.reset) {
            return reset(key);
        }
        return action.suspend ? suspend(key) : unsuspend(key);
    }

    private int reset(CardKey key) {
        boolean forgotten = profile.exists(env);
        int answers = 0;
        if (forgotten) {
            try (SqlProgressStore store = profile.openForWriting(env)) {
                forgotten = store.forget(key, env.clock().instant());
                answers = store.history(key).size();
            }
        }
        if (!forgotten) {
            throw new UserError(key + " is new: it has no schedule to reset");
        }
        out().println("Reset " + key + ": it is new again; its " + Counted.of(answers, "answer")
                + (answers == 1 ? " stays" : " stay") + " in its history (quizline show " + key + ").");
        return ExitCodes.OK;
    }

    private int suspend(CardKey key) {
        try (SqlProgressStore store = profile.openForWriting(env)) {
            ProgressStore.Suspension already = store.suspended().get(key);
            if (already != null) {
                out().println(key + " is already suspended" + (already.leech() ? " (a leech)" : "") + ".");
                return ExitCodes.OK;
            }
            store.suspend(new ProgressStore.Suspension(key, env.clock().instant(), false));
        }
        out().println("Suspended " + key + ": it is not asked until quizline card " + key + " --unsuspend.");
        return ExitCodes.OK;
    }

    private int unsuspend(CardKey key) {
        boolean lifted = profile.exists(env);
        if (lifted) {
            try (SqlProgressStore store = profile.openForWriting(env)) {
                lifted = store.unsuspend(key);
            }
        }
        if (!lifted) {
            throw new UserError(key + " is not suspended (quizline list --suspended lists those that are)");
        }
        out().println("Unsuspended " + key + ": it is asked again when it is due.");
        return ExitCodes.OK;
    }
}
