package quizline.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a command's output file, through {@link AtomicFile}: never over an existing file unless
 * asked, and never half a file, so a run killed while writing leaves the old file or none.
 */
public final class OutputFile {
    private OutputFile() {}

    public static void write(Path out, String text, boolean force) {
        write(out, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)), force);
    }

    public static void write(Path out, AtomicFile.Content content, boolean force) {
        checkWritable(out, force);
        try {
            AtomicFile.write(out, content, force);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(out);
        } catch (AccessDeniedException e) {
            throw new UserError(out + ": permission denied");
        } catch (IOException e) {
            throw new UserError(out + ": cannot write: " + e.getMessage());
        }
    }

    /** What refuses {@code out} before any work: said first, so nothing is computed for nothing. */
    public static void checkWritable(Path out, boolean force) {
        if (Files.isDirectory(out)) {
            throw new UserError(out + ": is a folder");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserError(out + ": no such folder");
        }
        if (!force && Files.exists(out)) {
            throw alreadyExists(out);
        }
    }

    public static UserError alreadyExists(Path out) {
        return new UserError(out + ": already exists (--force overwrites it)");
    }
}
