package quizline.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quizline.env.Env;
import quizline.io.UserError;
import quizline.pack.ClozeText;
import quizline.pack.Pack;
import quizline.pack.PackCache;
import quizline.pack.PackLibrary;
import quizline.pack.Question;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.SqlProgressStore;
import quizline.ui.Visible;

/**
 * What {@code flagged} and {@code suspended} share: questions a profile marked, each shown with its prompt from
 * the packs loaded, optionally of one pack.
 */
abstract class MarkedQuestions implements Callable<Integer>, ReadsEnv {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile = new ProfileOptions();

    @Option(names = "--pack", paramLabel = "ID", description = "Only this pack's questions.")
    String packId;

    /** The run's environment, with "now" (for the zone dates are shown in); tests set their own. */
    Env env;

    private final Map<CardKey, String> prompts = new HashMap<>();
    private List<String> packIds = List.of();

    @Override
    public void useEnv(Env env) {
        this.env = env;
    }

    /**
     * Loads the packs, for the prompts: with those published to the class when {@code store} (null: none) is a profile on
     * its server; their warnings go to stderr.
     */
    private void loadPacks(ProgressStore store) {
        PackLibrary library = PackLibrary.load(env.dataDir(), env.packPaths(), PackCache.in(env.cacheDir()));
        if (store != null) {
            ClassPublished.addTo(library, store);
        }
        PrintWriter err = Visible.writer(spec.commandLine().getErr());
        library.warnings().forEach(w -> err.println("quizline: " + w));
        packIds = library.packList().stream().map(Pack::id).toList();
        for (Pack pack : library.packList()) {
            for (Question q : pack.questions()) {
                prompts.put(
                        new CardKey(pack.id(), q.id()),
                        q instanceof Question.Cloze
                                ? ClozeText.parse(q.prompt()).render(b -> "_____")
                                : q.prompt());
            }
        }
    }

    /** The question's prompt, or a word that its pack is not loaded (or no longer has it). */
    String prompt(CardKey key) {
        return Optional.ofNullable(prompts.get(key)).orElse("(not in the packs loaded)");
    }

    /** A pack named with --pack must be loaded, or have marked questions: else it is a mistake, named with the packs there are. */
    void checkPack(boolean marked) {
        if (packId != null && !marked && !packIds.contains(packId)) {
            throw new UserError("no pack with id \"" + packId + "\" (loaded: " + String.join(", ", packIds) + ")");
        }
    }

    String when(Instant at) {
        return WHEN.format(at.atZone(env.clock().getZone()));
    }

    /** Whether a marked question is of the pack asked for (any, without --pack). */
    boolean inPack(CardKey key) {
        return packId == null || key.packId().equals(packId);
    }

    /** {@code " in pack mini"} with --pack, else nothing. */
    String inPackText() {
        return packId == null ? "" : " in pack " + packId;
    }

    PrintWriter out() {
        return Visible.writer(spec.commandLine().getOut());
    }

    /** A question named as listed, PACK/ID; anything else is a usage error naming {@code option}. */
    static CardKey question(String option, String value) {
        int slash = value.indexOf('/');
        if (slash <= 0 || slash == value.length() - 1) {
            throw UserError.usage(
                    option + " takes a pack and a question id, as listed: PACK/ID, not \"" + value + "\"");
        }
        return new CardKey(value.substring(0, slash), value.substring(slash + 1));
    }

    /**
     * Changes the profile if there is one, and returns how many marks were lifted: a profile that does not exist
     * has none to lift, and is not created.
     */
    int lift(ToIntFunction<SqlProgressStore> lifting) {
        if (!profile.exists(env)) {
            return 0;
        }
        try (SqlProgressStore store = profile.openForWriting(env)) {
            return lifting.applyAsInt(store);
        }
    }

    /**
     * Loads the packs and reads the profile if there is one: a profile that does not exist has marked nothing, and is
     * not created.
     */
    <T> List<T> read(Function<ProgressStore, List<T>> reading) {
        if (!profile.exists(env)) {
            loadPacks(null);
            return List.of();
        }
        try (ProgressStore store = profile.openForReading(env)) {
            loadPacks(store);
            return reading.apply(store);
        }
    }
}
