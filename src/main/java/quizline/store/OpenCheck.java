package quizline.store;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The full check of a profile opened for study, on a thread of its own that starts when asked ({@link #start}: once
 * the first question is on screen) or when its verdict is first awaited, whichever comes first. Started at the open,
 * it read the whole file while the session read what its first question needs from the same file, and slowed both.
 */
final class OpenCheck {
    private final Path file;
    private final FutureTask<StoreException> task;
    private final AtomicBoolean started = new AtomicBoolean();

    /** @param check the damage it finds, or null when the file is sound */
    OpenCheck(Path file, Callable<StoreException> check) {
        this.file = file;
        this.task = new FutureTask<>(check);
    }

    /** Starts the check unless it has started already. */
    void start() {
        if (started.compareAndSet(false, true)) {
            Thread checker = new Thread(task, "quizline-open-check");
            // Nothing to finish on exit: the checker only reads, and a session that wrote has had its verdict
            checker.setDaemon(true);
            checker.start();
        }
    }

    /**
     * What the check found, started if need be and waited for: the damage, or null when the file is sound. A check that
     * could not finish is a refusal too: nothing is written to a file that was not checked.
     */
    StoreException verdict() {
        start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new StoreException(file + ": interrupted while checking the database; it was left untouched");
        } catch (ExecutionException e) {
            return new StoreException(
                    file + ": could not check the database (" + e.getCause() + "); it was left untouched");
        }
    }

    /**
     * Before the profile closes: a check that started is waited for (its connection on the file ends with it); one
     * that never started never will, as nothing waits for its verdict.
     */
    void finish() {
        if (!started.compareAndSet(false, true)) {
            verdict();
        }
    }
}
