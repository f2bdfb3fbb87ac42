package quizline.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import quizline.io.UserError;
import quizline.store.PostgresProgressStore;
import quizline.store.ProgressStore.Flag;
import quizline.store.ReviewDigest;
import quizline.store.StoreException;
import quizline.store.StoreFailure;

/**
 * A class on a PostgreSQL server: every profile of the database that answered or flagged the pack is a student. What
 * is read is what the connecting role may read: the instructor's role (the tables' owner) reads every student; row-level
 * security keeps a student's role to its own rows, so a student running the report sees a class of one.
 */
public final class ServerClass implements ClassProgress {
    private final String url;
    private final String user;
    private final String password;

    /** {@code user} and {@code password} as the environment gives them, each null when it does not. */
    public ServerClass(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public ClassRecords read(String packId) {
        try (PostgresProgressStore store = PostgresProgressStore.open(url, null, user, password)) {
            Map<String, List<ReviewDigest>> reviews = new TreeMap<>(store.reviewsByProfile(packId));
            Map<String, List<Flag>> flags = new TreeMap<>();
            for (PostgresProgressStore.ProfileFlag flag : store.flagsByProfile(packId)) {
                flags.computeIfAbsent(flag.profile(), k -> new ArrayList<>()).add(flag.flag());
                reviews.putIfAbsent(flag.profile(), List.of());
            }
            reviews.keySet().forEach(student -> flags.putIfAbsent(student, List.of()));
            return new ClassRecords(reviews, flags);
        } catch (StoreException | StoreFailure e) {
            throw new UserError(e.getMessage());
        }
    }
}
