package quizline.classroom;

import java.util.Optional;
import quizline.pack.Pack;

/** Where a class's students get their packs from: one implementation per kind of class (a folder, a server). */
public interface ClassPacks {
    /** The pack published with this id, and where it is, if there is one. */
    Optional<Published> published(String packId);

    /**
     * Makes {@code text}, the file of {@code pack}, the version every student studies, in place of {@code replacing},
     * the version {@link #published} gave (empty: none): whole or not at all (on failure the class keeps what it had).
     * When the class's version is no longer {@code replacing} (another instructor published in between), nothing is
     * written: publishing it anyway would silently undo theirs.
     *
     * @return where it was published, for the message
     * @throws quizline.io.UserError when it cannot be written, or the class's version changed since it was read
     */
    String publish(Pack pack, String text, Optional<Published> replacing);

    /**
     * The refusal of a publish decided against {@code before} (empty: no version) when another publish made {@code now}
     * the class's version in between: one line naming the version it would overwrite.
     */
    static quizline.io.UserError publishedMeanwhile(
            String where, String packId, Optional<Integer> now, Optional<Integer> before) {
        return new quizline.io.UserError(where + ": pack \"" + packId + "\" not published: another publish made "
                + now.map(v -> "v" + v).orElse("no version") + " the class's version while this one ran ("
                + before.map(v -> "v" + v).orElse("none") + " when it began), and this would overwrite it; publish"
                + " again to compare with it");
    }

    /** A pack as the class has it: the pack, its file's text as published, and where (a file, for messages). */
    record Published(Pack pack, String text, String where) {}
}
