package quizline.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Every variable quizline reads, read in one place. */
class EnvTest {
    private static final Clock SYSTEM = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private static Env env(Map<String, String> variables) {
        return Env.of(variables, SYSTEM);
    }

    @Test
    void theClockIsTheSystemsUnlessQuizlineNowSetsIt() {
        assertSame(SYSTEM, env(Map.of()).clock());
        assertEquals(
                Instant.parse("2026-12-05T09:00:00Z"),
                env(Map.of(Env.NOW, "2026-12-05T09:00:00Z")).clock().instant());
    }

    @Test
    void theDataFolderFollowsXdgAndIgnoresARelativeValue() {
        assertEquals(
                Path.of("/x/data/quizline"),
                env(Map.of("XDG_DATA_HOME", "/x/data", "HOME", "/h")).dataDir());
        assertEquals(
                Path.of("/h/.local/share/quizline"),
                env(Map.of("XDG_DATA_HOME", "rel", "HOME", "/h")).dataDir());
        assertEquals(
                Path.of("/h/.local/share/quizline"),
                env(Map.of("XDG_DATA_HOME", " ", "HOME", "/h")).dataDir());
        assertEquals(
                Path.of(System.getProperty("user.home"), ".local/share/quizline"),
                env(Map.of()).dataDir());
    }

    @Test
    void theCacheFolderFollowsXdgToo() {
        assertEquals(
                Path.of("/x/cache/quizline"),
                env(Map.of("XDG_CACHE_HOME", "/x/cache", "HOME", "/h")).cacheDir());
        assertEquals(
                Path.of("/h/.cache/quizline"),
                env(Map.of("XDG_CACHE_HOME", "rel", "HOME", "/h")).cacheDir());
    }

    @Test
    void packAndArticlePathsAreSplitLikePathAndEmptyPartsSkipped() {
        String list = "/a" + File.pathSeparator + File.pathSeparator + " " + File.pathSeparator + "b.json";
        Env env = env(Map.of(Env.PACKS, list, Env.ARTICLES, list));
        assertEquals(List.of(Path.of("/a"), Path.of("b.json")), env.packPaths());
        assertEquals(List.of(Path.of("/a"), Path.of("b.json")), env.articleFolders());
        assertEquals(List.of(), env(Map.of()).packPaths());
    }

    @Test
    void noColorWithAnyNonEmptyValue() {
        assertTrue(env(Map.of()).color());
        assertTrue(env(Map.of("NO_COLOR", "")).color());
        assertFalse(env(Map.of("NO_COLOR", "1")).color());
    }

    @Test
    void columnsWhenAWidth() {
        assertEquals(OptionalInt.of(120), env(Map.of("COLUMNS", "120")).columns());
        for (String bad : new String[] {"0", "wide", "12345", "-3", ""}) {
            assertEquals(OptionalInt.empty(), env(Map.of("COLUMNS", bad)).columns(), bad);
        }
    }

    @Test
    void debugWhenSetToAnything() {
        assertFalse(env(Map.of()).debug());
        assertTrue(env(Map.of(Env.DEBUG, "")).debug());
    }
}
