package quizline.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quizline.PostgresServer;
import quizline.io.UserError;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.store.PostgresProgressStore;
import quizline.store.PostgresProgressStore.PublishedPack;
import quizline.store.PublishedMeanwhile;

/**
 * Two instructors publishing one pack of a class on a PostgreSQL server at the same moment: the publishes are
 * serialised, and the second, decided against a version that is no longer the class's, is refused naming the version
 * it would overwrite, instead of silently undoing the first.
 */
class ConcurrentPublishTest {
    private static final Instant NOW = Instant.parse("2024-07-10T12:00:00Z");

    private String v1;
    private String url;

    @BeforeEach
    void aClass() throws Exception {
        PostgresServer.url();
        v1 = Files.readString(Path.of("src/test/resources/packs/mini.json"));
        String teacher = PostgresServer.roleName("teacher");
        PostgresServer.admin("CREATE ROLE " + teacher + " LOGIN");
        url = PostgresServer.as(teacher, PostgresServer.freshSchema(teacher));
        PostgresProgressStore.open(url, null, null, null).close(); // the instructor's role makes the tables
    }

    private String titled(String title) {
        return v1.replace("\"title\": \"Mini pack for tests\"", "\"title\": \"" + title + "\"");
    }

    @Test
    void twoPublishesAtOnceOneWinsAndTheOtherIsRefusedNamingIt() throws Exception {
        List<String> texts = List.of(titled("Ann's edit"), titled("Ben's edit"));
        assertTrue(!texts.get(0).equals(v1) && !texts.get(1).equals(v1));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String text : texts) {
                outcomes.add(pool.submit(() -> {
                    try (PostgresProgressStore store = PostgresProgressStore.open(url, null, null, null)) {
                        Optional<PublishedPack> seen = store.publishedPack("mini");
                        together.await(10, TimeUnit.SECONDS);
                        store.publish(new PublishedPack("mini", 1, text), seen, NOW);
                        return "published";
                    } catch (PublishedMeanwhile e) {
                        assertEquals(Optional.of(1), e.found().map(PublishedPack::version));
                        return e.getMessage();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            int winner = results.indexOf("published");
            assertTrue(winner >= 0 && results.lastIndexOf("published") == winner, "exactly one wins: " + results);
            assertEquals(
                    url + ": pack \"mini\" not published: another publish made v1 the class's version while this one"
                            + " ran (none when it began), and this would overwrite it; publish again to compare with"
                            + " it",
                    results.get(1 - winner));
            try (PostgresProgressStore store = PostgresProgressStore.open(url, null, null, null)) {
                assertEquals(
                        texts.get(winner),
                        store.publishedPack("mini").orElseThrow().text(),
                        "the winner's version stands, not overwritten by the loser");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPublishDecidedBeforeAnothersIsOneLineNamingTheVersionItWouldOverwrite() {
        ServerPacks ann = new ServerPacks(url, null, null, Clock.fixed(NOW, ZoneOffset.UTC));
        ServerPacks ben = new ServerPacks(url, null, null, Clock.fixed(NOW, ZoneOffset.UTC));
        Pack pack = PackReader.read(v1).pack().orElseThrow();
        ann.publish(pack, v1, Optional.empty());
        Optional<ClassPacks.Published> annSaw = ann.published("mini");
        Optional<ClassPacks.Published> benSaw = ben.published("mini");
        String v2 = v1.replace("\"version\": 1", "\"version\": 2");
        ben.publish(PackReader.read(v2).pack().orElseThrow(), v2, benSaw);

        String v3 = titled("Ann's v3").replace("\"version\": 1", "\"version\": 3");
        UserError refused = assertThrows(
                UserError.class, () -> ann.publish(PackReader.read(v3).pack().orElseThrow(), v3, annSaw));
        assertEquals(
                url + ": pack \"mini\" not published: another publish made v2 the class's version while this one ran"
                        + " (v1 when it began), and this would overwrite it; publish again to compare with it",
                refused.getMessage());
        assertEquals(2, ann.published("mini").orElseThrow().pack().version(), "Ben's v2 stands");
        ann.publish(PackReader.read(v3).pack().orElseThrow(), v3, ann.published("mini"));
        assertEquals(
                3, ben.published("mini").orElseThrow().pack().version(), "decided again against v2, it is written");
    }
}
