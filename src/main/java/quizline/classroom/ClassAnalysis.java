package quizline.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import quizline.classroom.ClassReport.QuestionReport;
import quizline.classroom.ClassReport.StudentFlag;
import quizline.classroom.ClassReport.StudentReport;
import quizline.classroom.ClassReport.WrongAnswer;
import quizline.pack.AnswerMatcher;
import quizline.pack.Verdict;
import quizline.schedule.CardState;
import quizline.schedule.Rating;
import quizline.store.ReviewDigest;
import quizline.store.ReviewKind;
import quizline.store.Stats;
import quizline.store.Streak;
import quizline.store.StudyDays;

/**
 * A class's report on one pack, from its records, as of a given instant: pure, no clock, no files.
 *
 * <p>How a flashcard history maps onto Moodle's quiz attempts: each student's scheduled answers to the pack are that
 * student's attempt, and a question's mark in it is the student's <em>first</em> scheduled answer to it, 1 when
 * accepted (right, or right with a typo), else 0 ("I don't know" included). The first answer is the only one given
 * before quizline showed the right one, so it measures what a quiz question measures: what the student knew. Later
 * answers measure the schedule more than the question: the scheduler brings every card back when its recall is due to
 * fall to the same 90 %, so recall rates tend to the same figure for every question, good or bad, and a facility index
 * made of them would hide the bad ones. Cram answers are left out (asked out of schedule, often right after seeing the
 * answer), and a question a student has not met yet is not part of their attempt: not met is not wrong.
 *
 * <p>The wrong answers are taken from every answer, cram included, since a wrong answer typed again is the same
 * misconception. Per student, retention is true retention as {@code quizline stats} measures it (scheduled reviews of
 * cards in Review, the share not rated Again), over the whole history of the pack.
 */
public final class ClassAnalysis {
    /** How many of the most common wrong answers a question shows. */
    public static final int WRONG_ANSWERS = 3;

    private ClassAnalysis() {}

    /**
     * The report on pack {@code packId}, whose questions are the keys of {@code answerHashes} in the pack's order, each
     * with the fingerprint of its keyed answer now ({@code Answers.keyHash}), at {@code now}, study days counted by
     * {@code days}. Questions the pack no longer has but students answered come after, by id; students come by name.
     *
     * <p>An answer given while a question keyed another answer (a version of the pack since changed) was an answer to
     * another question: it is no mark and no wrong answer of this one, as the student's progress on it starts again.
     * It still counts among the student's reviews.
     */
    public static ClassReport analyse(
            String packId, Map<String, String> answerHashes, ClassRecords records, StudyDays days, Instant now) {
        List<String> questionIds = List.copyOf(answerHashes.keySet());
        Map<String, Map<String, Double>> marks = new TreeMap<>();
        Map<String, List<ReviewDigest>> byQuestion = new HashMap<>();
        Set<String> answered = new TreeSet<>();
        List<StudentReport> students = new ArrayList<>();
        new TreeMap<>(records.reviews()).forEach((student, reviews) -> {
            Map<String, Double> first = new LinkedHashMap<>();
            for (ReviewDigest r : reviews) {
                String current = answerHashes.get(r.questionId());
                if (current != null && !current.equals(r.answerHash())) {
                    continue;
                }
                byQuestion
                        .computeIfAbsent(r.questionId(), q -> new ArrayList<>())
                        .add(r);
                answered.add(r.questionId());
                if (r.kind() == ReviewKind.REVIEW) {
                    first.putIfAbsent(r.questionId(), r.correctness().isAccepted() ? 1.0 : 0.0);
                }
            }
            marks.put(student, first);
            students.add(student(student, reviews, days, now));
        });
        Map<String, List<StudentFlag>> flags = new HashMap<>();
        new TreeMap<>(records.flags())
                .forEach((student, list) -> list.stream()
                        .filter(f -> f.key().packId().equals(packId))
                        .forEach(f -> flags.computeIfAbsent(f.key().questionId(), q -> new ArrayList<>())
                                .add(new StudentFlag(student, f.note(), f.at()))));
        flags.values().forEach(list -> list.sort(Comparator.comparing(StudentFlag::at)));

        Set<String> questions = new LinkedHashSet<>(questionIds);
        answered.stream().filter(q -> !questionIds.contains(q)).forEach(questions::add);
        flags.keySet().stream().sorted().filter(q -> !questions.contains(q)).forEach(questions::add);
        Set<String> inPack = Set.copyOf(questionIds);
        Map<String, Double> totals = new HashMap<>();
        marks.forEach((student, attempt) -> totals.put(
                student,
                attempt.values().stream().mapToDouble(Double::doubleValue).sum()));
        // A class gives the same wrong answers again and again: each folded once
        Map<String, String> folded = new HashMap<>();
        List<QuestionReport> reports = new ArrayList<>();
        for (String q : questions) {
            List<ReviewDigest> answers = byQuestion.getOrDefault(q, List.of());
            reports.add(new QuestionReport(
                    q,
                    inPack.contains(q),
                    item(q, marks, totals),
                    answers.size(),
                    wrongAnswers(answers, folded),
                    flags.getOrDefault(q, List.of())));
        }
        return new ClassReport(packId, now, days.dayOf(now), reports, students);
    }

    /** Moodle's analysis of question {@code q}: each student who met it, their mark and the mean of their others. */
    private static ItemAnalysis item(String q, Map<String, Map<String, Double>> marks, Map<String, Double> totals) {
        List<double[]> pairs = new ArrayList<>();
        marks.forEach((student, attempt) -> {
            Double mark = attempt.get(q);
            if (mark != null) {
                double rest = attempt.size() > 1 ? (totals.get(student) - mark) / (attempt.size() - 1) : Double.NaN;
                pairs.add(new double[] {mark, rest});
            }
        });
        return ItemAnalysis.of(
                pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray());
    }

    /** The most common wrong answers, most frequent first (ties by text); answers left empty are not listed. */
    private static List<WrongAnswer> wrongAnswers(List<ReviewDigest> answers, Map<String, String> foldings) {
        Map<String, String> shown = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (ReviewDigest r : answers) {
            if (r.correctness() != Verdict.WRONG
                    || r.wrongAnswer() == null
                    || r.wrongAnswer().isBlank()) {
                continue;
            }
            String folded = foldings.computeIfAbsent(r.wrongAnswer(), AnswerMatcher::fold);
            shown.putIfAbsent(folded, r.wrongAnswer().strip());
            counts.merge(folded, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new WrongAnswer(shown.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(WrongAnswer::count).reversed().thenComparing(WrongAnswer::text))
                .limit(WRONG_ANSWERS)
                .toList();
    }

    private static StudentReport student(String student, List<ReviewDigest> reviews, StudyDays days, Instant now) {
        int passed = 0;
        int total = 0;
        Map<String, ReviewDigest> latest = new HashMap<>();
        for (ReviewDigest r : reviews) {
            if (r.kind() != ReviewKind.REVIEW) {
                continue;
            }
            latest.put(r.questionId(), r);
            if (r.before() == CardState.REVIEW) {
                total++;
                passed += r.rating() == Rating.AGAIN ? 0 : 1;
            }
        }
        int due = (int) latest.values().stream()
                .filter(r -> r.after() != CardState.NEW && !r.dueAfter().isAfter(now))
                .count();
        List<Instant> times = reviews.stream()
                .map(ReviewDigest::at)
                .sorted(Comparator.reverseOrder())
                .toList();
        LocalDate today = days.dayOf(now);
        Streak streak = new Streak(today);
        for (Instant t : times) {
            if (!streak.add(days.dayOf(t))) {
                break;
            }
        }
        Optional<Instant> last = times.isEmpty() ? Optional.empty() : Optional.of(times.get(0));
        return new StudentReport(student, reviews.size(), new Stats.Retention(passed, total), due, last, streak.days());
    }
}
