package quizline.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all. The content goes to a temporary file beside the target
 * ({@code .NAME.PID.RANDOM.quizline-tmp}: hidden, same folder, so the rename stays on one file
 * system), is flushed to the disk, and is then renamed into place. The target is therefore either
 * its old content or the whole new content, whatever happens meanwhile (a full disk, a kill). A
 * failed write removes its temporary file; one left by a killed process is never taken for the
 * output, and the next write of the same target removes it.
 */
public final class AtomicFile {
    /** The end of every temporary file's name. */
    public static final String SUFFIX = ".quizline-tmp";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TEMPORARY_MIDDLE = Pattern.compile("[0-9]{1,19}\\.[0-9a-f]{12}");

    /** What goes into the file; the stream is closed by {@link AtomicFile}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Writes {@code content} to {@code target}.
     *
     * @param replace whether an existing target is replaced; when not, an existing target (even
     *     one that appeared while the content was being written) is left alone
     * @throws FileAlreadyExistsException when {@code replace} is false and the target exists
     * @throws IOException when the content cannot be written or put in place; the target is then
     *     as it was and no temporary file is left
     */
    public static void write(Path target, Content content, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!replace && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        removeLeftovers(absolute);
        Path temporary = temporaryFor(absolute);
        try {
            try (FileChannel channel =
                    FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (replace) {
                replace(temporary, absolute);
            } else {
                putInPlace(temporary, absolute);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes {@code text} as UTF-8; see {@link #write(Path, Content, boolean)}. */
    public static void writeString(Path target, String text, boolean replace) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), replace);
    }

    /** An atomic rename over the target; where the file system has none, a plain replacing move. */
    private static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Gives the temporary file the target's name unless the target exists by now: a hard link,
     * which fails rather than replaces; where there are no hard links, a move that does not replace.
     */
    private static void putInPlace(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            Files.move(temporary, target);
        }
    }

    private static Path temporaryFor(Path target) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return target.resolveSibling("." + target.getFileName() + "."
                + ProcessHandle.current().pid() + "." + HexFormat.of().formatHex(random) + SUFFIX);
    }

    /**
     * Removes the temporary files of {@code target} whose process is gone (killed while writing).
     * Those of a process still running are its own business and stay.
     */
    static void removeLeftovers(Path target) {
        Path folder = target.getParent();
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(
                folder, entry -> isTemporaryOf(entry.getFileName().toString(), prefix))) {
            for (Path entry : entries) {
                OptionalLong pid = writer(entry.getFileName().toString(), prefix);
                if (pid.isPresent() && ProcessHandle.of(pid.getAsLong()).isEmpty()) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | SecurityException e) {
            // A leftover that cannot be removed is only clutter: never the output, never in the way.
        }
    }

    private static boolean isTemporaryOf(String name, String prefix) {
        return name.startsWith(prefix) && name.endsWith(SUFFIX);
    }

    /**
     * The process id in {@code .NAME.PID.RANDOM.quizline-tmp}, if it is exactly that (not the
     * temporary file of a longer name such as {@code NAME.1}).
     */
    private static OptionalLong writer(String name, String prefix) {
        String middle = name.substring(prefix.length(), name.length() - SUFFIX.length());
        if (!TEMPORARY_MIDDLE.matcher(middle).matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(middle.substring(0, middle.indexOf('.'))));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
