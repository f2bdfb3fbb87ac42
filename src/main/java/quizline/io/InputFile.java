package quizline.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one place input files are opened, with a cap on how much is read from each. A regular file
 * is measured before anything is read; a pipe has no size, so its bytes are counted as they come
 * and reading stops one byte past the cap; a device (such as {@code /dev/zero}) is refused
 * unread. Without this, an endless input is read until the memory runs out.
 */
public final class InputFile {
    private static final long MIB = 1024 * 1024;

    /** Packs, GIFT and Anki files, articles, review files and review logs: each is held whole in memory. */
    public static final long TEXT_CAP = 32 * MIB;

    /** A progress archive: about 600 bytes a review, so some 400,000 reviews. */
    public static final long PROGRESS_CAP = 256 * MIB;

    /** The input is a device, or longer than its cap; the message names the file. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private InputFile() {}

    /**
     * Opens {@code file} for reading at most {@code cap} bytes.
     *
     * @throws Refused when the file is a device, or a regular file larger than {@code cap}; reading
     *     the returned stream throws it when a pipe goes past {@code cap}
     */
    public static InputStream open(Path file, long cap) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isOther() && !isPipe(file)) {
            throw new Refused(file + ": a device, not a file");
        }
        if (attributes.isRegularFile() && attributes.size() > cap) {
            throw tooLarge(file, cap);
        }
        return new Capped(Files.newInputStream(file), file, cap);
    }

    /** The whole content of {@code file}; see {@link #open}. */
    public static byte[] readAll(Path file, long cap) throws IOException {
        try (InputStream in = open(file, cap)) {
            return in.readAllBytes();
        }
    }

    private static boolean isPipe(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return (mode & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no way to tell a pipe from a device here: refuse both
        }
    }

    private static Refused tooLarge(Path file, long cap) {
        return new Refused(file + ": larger than " + cap / MIB + " MiB, the most quizline reads from such a file");
    }

    /** Counts the bytes read and fails one past the cap, for inputs whose size is not known ahead. */
    private static final class Capped extends FilterInputStream {
        private final Path file;
        private final long cap;
        private long read;

        Capped(InputStream in, Path file, long cap) {
            super(in);
            this.file = file;
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never asks for more than one byte past the cap, so going past it is noticed at once.
            int n = super.read(buffer, offset, (int) Math.min(length, cap + 1 - read));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws Refused {
            read += n;
            if (read > cap) {
                throw tooLarge(file, cap);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, cap + 1 - read));
            read += skipped;
            return skipped;
        }
    }
}
