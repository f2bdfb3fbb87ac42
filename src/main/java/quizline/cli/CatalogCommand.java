package quizline.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import quizline.browse.CardIds;
import quizline.browse.Catalog;
import quizline.env.Env;
import quizline.pack.PackCache;
import quizline.pack.PackLibrary;
import quizline.session.ProfileSettings;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.ui.LinePrinter;
import quizline.ui.Terminals;
import quizline.ui.Theme;
import quizline.ui.Visible;

/**
 * What {@code list}, {@code search}, {@code show} and {@code card} share: the packs loaded and a profile's progress
 * on their questions, read without creating a profile, and output that fits the terminal (or {@code $COLUMNS}, or 80
 * columns, when it is not one).
 */
abstract class CatalogCommand implements Callable<Integer>, ReadsEnv {
    private static final int PLAIN_WIDTH = 80;

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile = new ProfileOptions();

    /** The run's environment, with "now"; tests set their own. */
    Env env;

    /** Whether output goes to a terminal; tests replace it. */
    BooleanSupplier terminal = Terminals::interactive;

    /** When the current study day ends, by the profile's day-starts-at: what is due before it is due today. */
    Instant dayEnd;

    /** Every question that has progress in the profile, in the packs loaded or not. */
    final Set<CardKey> withProgress = new LinkedHashSet<>();

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    /** Loads the packs (their warnings go to stderr) and the profile's progress, if there is a profile. */
    Catalog catalog() {
        PackLibrary library = PackLibrary.load(env.dataDir(), env.packPaths(), PackCache.in(env.cacheDir()));
        Instant now = env.clock().instant();
        Map<CardKey, ProgressStore.CardProgress> cards = new HashMap<>();
        Map<CardKey, ProgressStore.Suspension> suspended = new HashMap<>();
        Set<CardKey> buried = Set.of();
        Map<String, String> settings = Map.of();
        // A profile that does not exist has no progress, and is not created for saying so.
        if (profile.exists(env)) {
            try (ProgressStore store = profile.openForReading(env)) {
                cards.putAll(store.cards());
                suspended.putAll(store.suspended());
                buried = store.buried(now);
                settings = store.settings();
                ClassPublished.addTo(library, store);
            }
        }
        PrintWriter err = Visible.writer(spec.commandLine().getErr());
        library.warnings().forEach(w -> err.println("quizline: " + w));
        withProgress.addAll(cards.keySet());
        withProgress.addAll(suspended.keySet());
        dayEnd = ProfileSettings.of(settings).rules().dayEnd(now, env.clock().getZone());
        return Catalog.of(library.packList(), cards, suspended, buried);
    }

    /** The question an ID names: one of the packs loaded, or one with progress in the profile. */
    CardKey resolve(Catalog catalog, String id) {
        Set<CardKey> known = new LinkedHashSet<>(catalog.keys());
        known.addAll(withProgress);
        return CardIds.resolve(id, known);
    }

    /** Prints lines rendered for the output's width. */
    void print(IntFunction<List<AttributedString>> render) {
        if (terminal.getAsBoolean()) {
            LinePrinter.toTerminal(Theme.PLAIN, render);
        } else {
            LinePrinter.plain(
                    Visible.writer(spec.commandLine().getOut()),
                    render.apply(env.columns().orElse(PLAIN_WIDTH)));
        }
    }

    PrintWriter out() {
        return Visible.writer(spec.commandLine().getOut());
    }
}
