package quizline.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import quizline.store.Stats;

/** What {@code quizline class report} shows of one pack: each question's item analysis, and each student's progress. */
public record ClassReport(
        String packId, Instant at, LocalDate today, List<QuestionReport> questions, List<StudentReport> students) {
    public ClassReport {
        questions = List.copyOf(questions);
        students = List.copyOf(students);
    }

    /**
     * One question: its item analysis, the wrong answers given most often (each with how many times it was given) and
     * the students' flags. {@code inPack} is false for a question the pack no longer has but students answered.
     */
    public record QuestionReport(
            String questionId,
            boolean inPack,
            ItemAnalysis analysis,
            int answers,
            List<WrongAnswer> wrongAnswers,
            List<StudentFlag> flags) {
        public QuestionReport {
            wrongAnswers = List.copyOf(wrongAnswers);
            flags = List.copyOf(flags);
        }
    }

    /** A wrong answer as first typed, and how many times it (or the same after folding case, accents, spacing) came. */
    public record WrongAnswer(String text, int count) {}

    /** A student's flag on a question, with the note typed with it (may be empty). */
    public record StudentFlag(String student, String note, Instant at) {}

    /**
     * One student: every review of the pack (cram answers included), true retention over them, the questions due by the
     * report's instant, the last answer's time (empty before the first) and the streak of study days up to today.
     */
    public record StudentReport(
            String student,
            int reviews,
            Stats.Retention retention,
            int dueBacklog,
            Optional<Instant> lastActive,
            int streakDays) {}
}
