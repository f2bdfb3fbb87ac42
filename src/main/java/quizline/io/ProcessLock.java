package quizline.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One process at a time for a job that must not run twice at once: one review per draft (each session keeps
 * its decisions in memory and saves them whole, so two would overwrite each other's), one progress import per
 * profile (two would both add the reviews the profile lacks). The lock is the operating system's lock on a lock
 * file, which dies with its process: one killed by a crash or SIGKILL leaves the file but no lock, and the next
 * simply takes it. The file says which process holds it, for the refusal. It is never deleted, since deleting a
 * lock file lets a third process lock a new file while a second still locks the old one.
 */
public final class ProcessLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ProcessLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Another process holds the lock; {@code holder} is what its lock file says, e.g. {@code process 4242, since …}. */
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
     * @param path the lock file, created when missing
     * @param clock the run's clock, for the time the file says the lock was taken at
     * @throws HeldException when another process holds it
     * @throws IOException when the lock file cannot be created (e.g. a read-only folder)
     */
    public static ProcessLock take(Path path, Clock clock) throws HeldException, IOException {
        FileChannel channel =
                FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this very process holds it already
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
                            + clock.instant().truncatedTo(ChronoUnit.SECONDS) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(self), 0);
            channel.force(false);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new ProcessLock(channel, lock);
    }

    private static Optional<String> holder(Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8).strip();
            // Shown on a terminal: one short line of the file's own printable text, nothing else.
            return text.isEmpty() || text.length() > 200 || !text.chars().allMatch(c -> c >= ' ' && c < 0x7f)
                    ? Optional.empty()
                    : Optional.of(text);
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
