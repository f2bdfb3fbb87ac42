package quizline.generate;

/**
 * Why no draft can be written from the articles and files given: a reason the instructor can act on ("no article
 * date is known"), told in one line. Kept apart from {@link IllegalArgumentException}, which in this code means a
 * defect, so that a bug in the generator is reported as one and not as the user's mistake.
 */
public final class DraftRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DraftRefused(String message) {
        super(message, null, false, false);
    }
}
