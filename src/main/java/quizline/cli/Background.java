package quizline.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work a command started on another thread while it did its own. */
final class Background {
    private Background() {}

    /** The work's result, waited for; what stopped it is thrown as it was thrown on its thread. */
    static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
