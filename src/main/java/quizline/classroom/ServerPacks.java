package quizline.classroom;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import quizline.io.UserError;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.store.PostgresProgressStore;
import quizline.store.PostgresProgressStore.PublishedPack;
import quizline.store.PublishedMeanwhile;
import quizline.store.StoreException;
import quizline.store.StoreFailure;

/**
 * The packs of a class on a PostgreSQL server: published into a table of the class's database, which every student's
 * role reads and only the instructor's role (the tables' owner) writes. Students studying with the server as their
 * store get them beside their own packs.
 */
public final class ServerPacks implements ClassPacks {
    private final String url;
    private final String user;
    private final String password;
    private final Clock clock;

    /** {@code user} and {@code password} as the environment gives them, each null when it does not. */
    public ServerPacks(String url, String user, String password, Clock clock) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.clock = clock;
    }

    @Override
    public Optional<Published> published(String packId) {
        try (PostgresProgressStore store = PostgresProgressStore.open(url, null, user, password)) {
            return store.publishedPack(packId).map(p -> new Published(read(p), p.text(), where()));
        } catch (StoreException | StoreFailure e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The ids of the packs published to the class, in id order. */
    public List<String> publishedIds() {
        try (PostgresProgressStore store = PostgresProgressStore.open(url, null, user, password)) {
            return store.publishedPacks().stream().map(PublishedPack::packId).toList();
        } catch (StoreException | StoreFailure e) {
            throw new UserError(e.getMessage());
        }
    }

    @Override
    public String publish(Pack pack, String text, Optional<Published> replacing) {
        try (PostgresProgressStore store = PostgresProgressStore.open(url, null, user, password)) {
            store.publish(
                    new PublishedPack(pack.id(), pack.version(), text),
                    replacing.map(p -> new PublishedPack(pack.id(), p.pack().version(), p.text())),
                    clock.instant());
            return where();
        } catch (PublishedMeanwhile e) {
            throw ClassPacks.publishedMeanwhile(
                    where(),
                    pack.id(),
                    e.found().map(PublishedPack::version),
                    replacing.map(p -> p.pack().version()));
        } catch (StoreException | StoreFailure e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * A published pack as students load it: only a pack that read without a problem is ever published, so one that
     * does not read now was changed on the server by other means.
     */
    private Pack read(PublishedPack published) {
        return PackReader.read(published.text())
                .pack()
                .orElseThrow(() -> new UserError(where() + ": the published pack \"" + published.packId()
                        + "\" does not read as a pack; publish it again with --force"));
    }

    /** The class's database, as messages name it (without its password). */
    private String where() {
        return PostgresProgressStore.redacted(url);
    }
}
