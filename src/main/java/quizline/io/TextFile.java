package quizline.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a user's text file (a pack, an article, a GIFT file, a review file) whole, with the checks a person needs
 * spelled out: missing, a folder, too big ({@link InputFile}), not UTF-8.
 */
public final class TextFile {
    private TextFile() {}

    public static String read(Path file) {
        return read(file, "file");
    }

    /** @param noun what the file should be, for the message when it is a folder ("an article") */
    public static String read(Path file, String noun) {
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

    /** The text of {@code bytes}, strictly UTF-8, without a byte order mark; {@code name} is for the message. */
    public static String decodeUtf8(String name, byte[] bytes) {
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
}
