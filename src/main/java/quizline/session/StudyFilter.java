package quizline.session;

/** Which questions a session draws from: a pack id, a tag (null for any), and at most {@code limit}. */
public record StudyFilter(String packId, String tag, int limit) {
    public static final int DEFAULT_LIMIT = 20;

    public StudyFilter {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, not " + limit);
        }
    }

    public static StudyFilter all() {
        return new StudyFilter(null, null, DEFAULT_LIMIT);
    }
}
