package quizline.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteLibraryTest {
    @TempDir
    Path cache;

    private static byte[] jarLibrary() throws Exception {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + System.mapLibraryName("sqlitejdbc");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theFirstStartCopiesTheDriversLibraryOutOnceAndLaterStartsReuseIt() throws Exception {
        Path copy = SqliteLibrary.copyIn(cache).orElseThrow();
        assertTrue(copy.startsWith(cache), copy.toString());
        assertTrue(copy.getParent().getFileName().toString().startsWith("sqlite-" + SQLiteJDBCLoader.getVersion()));
        assertArrayEquals(jarLibrary(), Files.readAllBytes(copy));

        FileTime made = FileTime.fromMillis(0);
        Files.setLastModifiedTime(copy, made);
        assertEquals(Optional.of(copy), SqliteLibrary.copyIn(cache));
        assertEquals(made, Files.getLastModifiedTime(copy), "a matching copy is not written again");
    }

    @Test
    void aCopyCutShortOrChangedIsMadeAgain() throws Exception {
        Path copy = SqliteLibrary.copyIn(cache).orElseThrow();
        byte[] whole = Files.readAllBytes(copy);

        Files.write(copy, java.util.Arrays.copyOf(whole, 4096));
        assertEquals(Optional.of(copy), SqliteLibrary.copyIn(cache));
        assertArrayEquals(whole, Files.readAllBytes(copy));

        byte[] changed = whole.clone();
        changed[whole.length / 2] ^= 1;
        Files.write(copy, changed);
        SqliteLibrary.copyIn(cache);
        assertArrayEquals(whole, Files.readAllBytes(copy));
    }

    @Test
    void aCopyWithoutItsRecordIsMadeAgain() throws Exception {
        Path copy = SqliteLibrary.copyIn(cache).orElseThrow();
        Path record = copy.resolveSibling(copy.getFileName() + ".crc");
        Files.delete(record);
        Files.write(copy, new byte[] {1, 2, 3});
        assertEquals(Optional.of(copy), SqliteLibrary.copyIn(cache));
        assertArrayEquals(jarLibrary(), Files.readAllBytes(copy));
        assertTrue(Files.exists(record));
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheDriverToItself() throws Exception {
        Path notAFolder = cache.resolve("file");
        Files.writeString(notAFolder, "in the way");
        assertEquals(Optional.empty(), SqliteLibrary.copyIn(notAFolder));
    }
}
