package quizline.draft;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One review at a time per draft. Each session keeps its decisions in memory and saves them
 * whole, so two sessions on one draft would overwrite each other's decisions; the second is
 * refused instead. The lock is the operating system's lock on {@code DRAFT.review.lock}, which
 * dies with its process: a review killed by a crash or SIGKILL leaves the file but no lock, and
 * the next review simply takes it. The file says which process holds it, for the refusal. It is
 * never deleted, since deleting a lock file lets a third process lock a new file while a second
 * still locks the old one.
 */
public final class ReviewLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ReviewLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** {@code drafts/sco.json} → {@code drafts/sco.review.lock}. */
    public static Path beside(Path draft) {
        String name = draft.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return draft.resolveSibling(stem + ".review.lock");
    }

    /** Another review holds the draft; {@code holder} is what its lock file says, e.g. {@code process 4242, since …}. */
    public static final class HeldException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String holder;

        HeldException(String holder) {
            super(holder, null, false, false);
            this.holder = holder;
        }

        public String holder() {
            return holder;
        }
    }

    /**
     * @throws HeldException when another review of the draft is running
     * @throws IOException when the lock file cannot be created (e.g. a read-only folder)
     */
    public static ReviewLock take(Path draft) throws HeldException, IOException {
        Path path = beside(draft);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this very process reviews the draft already
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new HeldException(holder(path).orElse("a process that has just started"));
        }
        try {
            byte[] self = ("process " + ProcessHandle.current().pid() + ", since "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n").getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(self), 0);
            channel.force(false);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new ReviewLock(channel, lock);
    }

    private static Optional<String> holder(Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8).strip();
            // Shown on a terminal: one short line of the file's own printable text, nothing else.
            return text.isEmpty() || text.length() > 200 || !text.chars().allMatch(c -> c >= ' ' && c < 0x7f)
                    ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0); // no longer names this process
            lock.release();
        } finally {
            channel.close();
        }
    }
}
