package quizline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Copies a profile's write-ahead log into its file off the answer's path. Left to SQLite, the copy (a checkpoint) runs
 * inside the commit that takes the log past 1,000 pages: that answer then waits for the pages' writes, scattered over
 * the file, and the file's sync; at a profile of a million reviews those were a session's slowest answers
 * (BENCHMARKS.md). Here a thread with a connection of its own copies the log once the store has had no commit for a
 * moment (the student reading the next question), or at once when the log's file has grown past 16 MiB
 * without such a pause (an import). Its checkpoint is SQLite's PASSIVE one, which neither waits for the store's
 * writes nor holds them up. Durability is untouched: each commit is in the log, synced, before it returns; a log left
 * by a process killed before its copy is read and copied by the next connection to the file.
 */
final class Checkpointer implements AutoCloseable {
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long MOST_BYTES = 16L << 20;

    private final Path file;
    private final int busyTimeoutMillis;
    // Guarded by this: the thread (started at the first commit), the commits since the last copy, the time of the
    // last commit (System.nanoTime), and whether the store is closing.
    private Thread thread;
    private int commits;
    private long lastCommit;
    private boolean closed;

    Checkpointer(Path file, int busyTimeoutMillis) {
        this.file = file;
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    /** The store committed a write: its log is copied once writes pause, or now if many came without a pause. */
    synchronized void committed() {
        if (closed) {
            return;
        }
        commits++;
        lastCommit = System.nanoTime();
        if (thread == null) {
            thread = new Thread(this::run, "quizline-checkpoint");
            thread.setDaemon(true);
            thread.start();
        }
        notifyAll();
    }

    private void run() {
        try (Connection db = SqliteProgressStore.open("jdbc:sqlite:" + file.toAbsolutePath(), new Properties());
                Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + busyTimeoutMillis);
            while (awaitWork()) {
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException | InterruptedException e) {
            // Nothing is lost: the log keeps every commit, and the store's last connection to close copies it
        }
    }

    /** Waits until the log is to be copied (true) or this is closed (false). */
    private synchronized boolean awaitWork() throws InterruptedException {
        while (!closed) {
            long quietFor = System.nanoTime() - lastCommit;
            if (commits > 0 && (quietFor >= QUIET_NANOS || logBytes() >= MOST_BYTES)) {
                commits = 0;
                return true;
            }
            if (commits == 0) {
                wait();
            } else {
                TimeUnit.NANOSECONDS.timedWait(this, QUIET_NANOS - quietFor);
            }
        }
        return false;
    }

    /** The size of the log's file: how far it has grown since the store opened it (a copy does not shrink it). */
    private long logBytes() {
        try {
            return Files.size(Path.of(file + "-wal"));
        } catch (IOException e) {
            return 0;
        }
    }

    /** Stops the thread, after the copy it may be making, and closes its connection. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = thread;
            notifyAll();
        }
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
