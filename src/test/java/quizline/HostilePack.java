package quizline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hostile pack of the test resources (escape sequences in every field), for the terminal-injection tests. */
public final class HostilePack {
    private HostilePack() {}

    /**
     * The hostile pack as reviewed and published, written into {@code folder}: drafts are never studied, and the
     * commands that study or count show what students get.
     */
    public static Path published(Path hostileFolder, Path folder) throws IOException {
        String draft = Files.readString(hostileFolder.resolve("hostile.json"));
        String published = draft.replaceAll(",\\s*\"status\": \"draft(-conflict)?\"", "")
                .replace("\"about\":", "\"resolved\": \"Sadyr\\u001b[2J\", \"about\":");
        if (published.contains("\"status\"") || !published.contains("\"resolved\"")) {
            throw new AssertionError("the hostile pack changed: publish it another way");
        }
        return Files.writeString(folder.resolve("hostile.json"), published);
    }
}
