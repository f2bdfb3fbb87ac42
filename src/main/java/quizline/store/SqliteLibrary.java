package quizline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import quizline.io.AtomicFile;

/**
 * SQLite's native library, kept in the user's cache folder so that a start does not unpack it.
 *
 * <p>Left to itself, the driver (sqlite-jdbc) copies its 1 MB library out of the jar into the temporary folder on
 * every start, then reads both again to compare their MD5 sums before loading the copy: about a tenth of the CPU of a
 * fresh start to the first question (BENCHMARKS.md, "Start-up of a fresh profile"). Here the copy is made once per
 * driver version and platform, in {@code CACHE/sqlite-VERSION-OS-ARCH/}, with a record of its size and CRC-32 beside
 * it; the first SQLite connection of a run checks the copy against the record (a read of the file, no jar entry
 * inflated) and points the driver at it through the driver's own settings, the system properties
 * {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}.
 *
 * <p>Nothing here can stop a run: when the cache cannot be written, the copy does not match its record, or the user set
 * those properties already, this sets nothing or makes the copy again; and a copy that will not load (another C
 * library on a shared home folder) makes the driver fall back to its own unpacking.
 */
public final class SqliteLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    /** The cache folder {@link #keepIn} names, until the first connection uses it ({@link #beforeFirstConnection}). */
    private static Path pending;

    private SqliteLibrary() {}

    /**
     * Names the cache folder where the library's copy is kept, for the first SQLite connection of this run to use:
     * cheap, so that a run that opens no SQLite file (extract, generate, help) reads no library.
     */
    public static synchronized void keepIn(Path cacheDir) {
        pending = cacheDir;
    }

    /**
     * Before a SQLite connection: the first one of a run points the driver at the copy in the folder {@link #keepIn}
     * named ({@link #useCopyIn}); later ones, and a run that named none, do nothing.
     */
    static synchronized void beforeFirstConnection() {
        if (pending != null) {
            Path cacheDir = pending;
            pending = null;
            useCopyIn(cacheDir);
        }
    }

    /**
     * Points the driver at the copy of its library in {@code cacheDir}, making the copy first when there is none or it
     * does not match its record. Call before the first connection.
     *
     * @return the copy the driver will load, or empty when the driver is left to find its library itself
     */
    static Optional<Path> useCopyIn(Path cacheDir) {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return Optional.empty();
        }
        Optional<Path> copy = copyIn(cacheDir);
        copy.ifPresent(library -> {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        });
        return copy;
    }

    /** The whole copy of the library in {@code cacheDir}, made when missing or not matching its record. */
    static Optional<Path> copyIn(Path cacheDir) {
        String name = System.mapLibraryName("sqlitejdbc");
        Path folder = cacheDir.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-"
                + System.getProperty("os.name").replaceAll("[^A-Za-z0-9]", "") + "-"
                + System.getProperty("os.arch").replaceAll("[^A-Za-z0-9_]", ""));
        Path library = folder.resolve(name);
        Path record = folder.resolve(name + ".crc");
        try {
            if (!matchesRecord(library, record) && !copyOut(library, record)) {
                return Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(library);
    }

    /** Whether the copy is there, whole: its size and CRC-32 are the ones written down when it was made. */
    private static boolean matchesRecord(Path library, Path record) throws IOException {
        if (!Files.isRegularFile(library) || !Files.isRegularFile(record)) {
            return false;
        }
        byte[] bytes = Files.readAllBytes(library);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Files.readString(record, StandardCharsets.US_ASCII).strip().equals(recordOf(bytes.length, crc));
    }

    /**
     * Copies the jar's library for this platform to {@code library}, then writes its record; each file whole or not
     * at all, so that a start killed meanwhile leaves a copy without a matching record, made again by the next.
     *
     * @return false when the jar has no library for this platform
     */
    private static boolean copyOut(Path library, Path record) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + library.getFileName();
        CRC32 crc = new CRC32();
        long[] size = new long[1];
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(library.getParent());
            AtomicFile.write(
                    library,
                    out -> {
                        crc.reset();
                        size[0] = in.transferTo(new CheckedOutputStream(out, crc));
                    },
                    true);
        }
        AtomicFile.writeString(record, recordOf(size[0], crc) + "\n", true);
        return true;
    }

    private static String recordOf(long size, CRC32 crc) {
        return size + " " + Long.toHexString(crc.getValue());
    }
}
