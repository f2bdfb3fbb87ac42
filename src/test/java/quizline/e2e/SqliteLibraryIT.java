package quizline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's native library as the program keeps it: copied once into the cache folder, made again when damaged. */
class SqliteLibraryIT {
    @TempDir
    Path home;

    private List<Path> copies() throws Exception {
        try (Stream<Path> files = Files.walk(home.resolve("cache"))) {
            return files.filter(f -> f.getFileName().toString().equals(System.mapLibraryName("sqlitejdbc")))
                    .toList();
        }
    }

    private void studies(Map<String, String> env) throws Exception {
        Program.Result r = Program.run(env, "", "--limit", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 left"), r.out());
    }

    @Test
    void aStudyUsesTheCopyInTheCacheAndMakesItAgainWhenItIsDamaged() throws Exception {
        Program.assertJarBuilt();
        Map<String, String> env = Program.environment(home);
        studies(env);
        List<Path> copies = copies();
        assertEquals(1, copies.size(), copies.toString());
        long size = Files.size(copies.get(0));

        Files.write(copies.get(0), new byte[] {0x7f, 'E', 'L', 'F'});
        studies(env);
        assertEquals(size, Files.size(copies.get(0)), "the damaged copy was made again");
    }

    @Test
    void aCacheFolderThatCannotBeWrittenDoesNotStopAStudy() throws Exception {
        Program.assertJarBuilt();
        Map<String, String> env = new java.util.HashMap<>(Program.environment(home));
        Path blocked = home.resolve("blocked");
        Files.writeString(blocked, "a file where the cache folder would be");
        env.put("XDG_CACHE_HOME", blocked.toString());
        studies(env);
    }
}
