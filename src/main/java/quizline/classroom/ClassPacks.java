package quizline.classroom;

import java.util.Optional;
import quizline.pack.Pack;

/** Where a class's students get their packs from: one implementation per kind of class (a folder, a server). */
public interface ClassPacks {
    /** The pack published with this id, and where it is, if there is one. */
    Optional<Published> published(String packId);

    /**
     * Makes {@code text}, the file of {@code pack}, the version every student studies, in place of any published
     * before: whole or not at all (on failure the class keeps what it had).
     *
     * @return where it was published, for the message
     * @throws quizline.io.UserError when it cannot be written
     */
    String publish(Pack pack, String text);

    /** A pack as the class has it, and where (a file, for messages). */
    record Published(Pack pack, String where) {}
}
