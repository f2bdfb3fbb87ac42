package quizline.classroom;

/**
 * Where a class's progress is read from: one implementation per kind of store (a folder of profiles, a database
 * server). Reading only: the report never writes to a student's progress.
 */
public interface ClassProgress {
    /**
     * Every student's reviews and flags of the pack {@code packId}, those of questions the pack no longer has included.
     *
     * @throws quizline.io.UserError when the class cannot be read (a student's progress damaged, a server refusing)
     */
    ClassRecords read(String packId);
}
