package quizline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import quizline.io.InputFile;

/**
 * Reads pack files, and the other text files commands take, with the checks a person needs spelled out: missing,
 * a folder, too big, not UTF-8.
 */
final class PackFiles {
    private PackFiles() {}

    static String readText(Path file) {
        return readText(file, "file");
    }

    /** @param noun what the file should be, for the message when it is a folder ("an article") */
    static String readText(Path file, String noun) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new UserError(name + ": is a folder, not " + (noun.equals("file") ? "a file" : noun));
        }
        try {
            return decodeUtf8(name, InputFile.readAll(file, InputFile.TEXT_CAP));
        } catch (InputFile.Refused e) {
            throw new UserError(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserError(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UserError(name + ": permission denied");
        } catch (IOException e) {
            throw new UserError(name + ": cannot read: " + e.getMessage());
        }
    }

    static String decodeUtf8(String name, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            // A byte order mark is legal in UTF-8 files but not in JSON text.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UserError(name + ":1:1: not UTF-8 text");
        }
    }

    /** Checks one readable file, printing what it finds; true when the file passes. */
    interface FileCheck {
        boolean check(Path file, String text);
    }

    /**
     * Runs a check over every file: an unreadable one is reported in one line and counts as
     * failed, the others go to {@code check}. Exit code 1 when any file failed.
     */
    static int checkEach(List<Path> files, PrintWriter out, FileCheck check) {
        int exit = ExitCodes.OK;
        for (Path file : files) {
            boolean passed;
            try {
                passed = check.check(file, readText(file));
            } catch (UserError e) {
                out.println(e.getMessage());
                passed = false;
            }
            if (!passed) {
                exit = ExitCodes.FAILURE;
            }
        }
        out.flush();
        return exit;
    }
}
