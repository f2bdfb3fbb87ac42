package quizline.classroom;

import java.util.Set;

/**
 * Where a class's progress is read from: one implementation per kind of store (a folder of profiles, a database
 * server). Reading only: the report never writes to a student's progress.
 */
public interface ClassProgress {
    /**
     * Every student's reviews and flags of the pack {@code packId}. {@code questionIds} are the pack's questions as
     * published now; reviews of questions it no longer has are read too where the store keeps them.
     *
     * @throws quizline.io.UserError when the class cannot be read (a student's progress damaged, a server refusing)
     */
    ClassRecords read(String packId, Set<String> questionIds);
}
