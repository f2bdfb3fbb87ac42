package quizline.store;

import java.util.Optional;

/**
 * A publish refused because the class's version of the pack is no longer the one the publisher decided against:
 * another publish of the same pack committed in between. Writing anyway would silently undo it.
 */
public final class PublishedMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<PostgresProgressStore.PublishedPack> found;

    PublishedMeanwhile(String message, Optional<PostgresProgressStore.PublishedPack> found) {
        super(message);
        this.found = found;
    }

    /** The version published now, which the refused publish would have overwritten (empty: none is). */
    public Optional<PostgresProgressStore.PublishedPack> found() {
        return found;
    }
}
