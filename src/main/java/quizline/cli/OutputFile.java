package quizline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a command's output file: never over an existing file unless asked, and never half a file over a whole one. */
final class OutputFile {
    private OutputFile() {}

    static void write(Path out, String text, boolean force) {
        String name = out.toString();
        if (Files.isDirectory(out)) {
            throw new UserError(name + ": is a folder");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserError(name + ": no such folder");
        }
        if (!force && Files.exists(out)) {
            throw new UserError(name + ": already exists (--force overwrites it)");
        }
        try {
            if (force) {
                // A temporary file beside the target, then a rename: the old file stays whole until the new one is.
                Path temporary = Files.createTempFile(folder, ".quizline-", ".tmp");
                try {
                    Files.writeString(temporary, text, StandardCharsets.UTF_8);
                    Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            } else {
                Files.writeString(out, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            throw new UserError(name + ": already exists (--force overwrites it)");
        } catch (AccessDeniedException e) {
            throw new UserError(name + ": permission denied");
        } catch (IOException e) {
            throw new UserError(name + ": cannot write: " + e.getMessage());
        }
    }
}
