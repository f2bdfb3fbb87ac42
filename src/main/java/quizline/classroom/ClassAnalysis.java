package quizline.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        // One look-up of a question per answer: its key now, its answers and the students' marks gather there
        Map<String, Item> items = new HashMap<>();
        List<String> names = new ArrayList<>(new TreeSet<>(records.reviews().keySet()));
        // Each student's attempt: how many questions it marks, and the sum of the marks
        int[] marked = new int[names.size()];
        double[] totals = new double[names.size()];
        List<StudentReport> students = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            List<ReviewDigest> reviews = records.reviews().get(names.get(s));
            for (ReviewDigest r : reviews) {
                Item item = items.computeIfAbsent(r.questionId(), q -> new Item(answerHashes.get(q)));
                if (!item.keyedAsNow(r.answerHash())) {
                    continue;
                }
                item.add(r);
                if (r.kind() == ReviewKind.REVIEW && item.firstOf(s)) {
                    double mark = r.correctness().isAccepted() ? 1 : 0;
                    item.marks.add(new Mark(s, mark));
                    marked[s]++;
                    totals[s] += mark;
                }
            }
            students.add(student(names.get(s), reviews, days, now));
        }
        Map<String, List<StudentFlag>> flags = new HashMap<>();
        new TreeMap<>(records.flags())
                .forEach((student, list) -> list.stream()
                        .filter(f -> f.key().packId().equals(packId))
                        .forEach(f -> flags.computeIfAbsent(f.key().questionId(), q -> new ArrayList<>())
                                .add(new StudentFlag(student, f.note(), f.at()))));
        flags.values().forEach(list -> list.sort(Comparator.comparing(StudentFlag::at)));

        Set<String> inPack = Set.copyOf(questionIds);
        Set<String> questions = new LinkedHashSet<>(questionIds);
        items.entrySet().stream()
                .filter(e -> e.getValue().answers > 0 && !inPack.contains(e.getKey()))
                .map(Map.Entry::getKey)
                .sorted()
                .forEach(questions::add);
        flags.keySet().stream().sorted().filter(q -> !questions.contains(q)).forEach(questions::add);
        // A class gives the same wrong answers again and again: each folded once
        Map<String, String> folded = new HashMap<>();
        List<QuestionReport> reports = new ArrayList<>();
        for (String q : questions) {
            Item item = items.getOrDefault(q, Item.NONE);
            reports.add(new QuestionReport(
                    q,
                    inPack.contains(q),
                    item(item.marks, marked, totals),
                    item.answers,
                    wrongAnswers(item.wrong, folded),
                    flags.getOrDefault(q, List.of())));
        }
        return new ClassReport(packId, now, days.dayOf(now), reports, students);
    }

    /** A student's mark on a question: the student's place in name order, and 1 or 0. */
    private record Mark(int student, double mark) {}

    /** What the class did with one question, gathered student after student in name order. */
    private static final class Item {
        static final Item NONE = new Item(null);

        /** The fingerprint of the key now; null for a question the pack no longer has. */
        private final String key;
        /** A fingerprint found to be {@link #key}: a student's reviews of a question share one String of it. */
        private String sameAsKey;
        /** The answers given while it keyed what it keys now, cram included. */
        int answers;
        /** Those of them judged wrong, with something typed. */
        final List<ReviewDigest> wrong = new ArrayList<>();
        /** Each student's mark on it, in name order. */
        final List<Mark> marks = new ArrayList<>();

        private int lastMarked = -1;

        Item(String key) {
            this.key = key;
        }

        /** Whether an answer with this key's fingerprint was an answer to the question as it is now. */
        boolean keyedAsNow(String answerHash) {
            if (key == null || answerHash == sameAsKey) {
                return true;
            }
            if (!key.equals(answerHash)) {
                return false;
            }
            sameAsKey = answerHash;
            return true;
        }

        void add(ReviewDigest r) {
            answers++;
            if (r.correctness() == Verdict.WRONG
                    && r.wrongAnswer() != null
                    && !r.wrongAnswer().isBlank()) {
                wrong.add(r);
            }
        }

        /** Whether the student {@code s} has no mark on it yet: true once for each student. */
        boolean firstOf(int s) {
            if (lastMarked == s) {
                return false;
            }
            lastMarked = s;
            return true;
        }
    }

    /** Moodle's analysis of a question: each student who met it, their mark and the mean of their others. */
    private static ItemAnalysis item(List<Mark> marks, int[] marked, double[] totals) {
        double[] x = new double[marks.size()];
        double[] rest = new double[marks.size()];
        for (int i = 0; i < x.length; i++) {
            Mark m = marks.get(i);
            x[i] = m.mark();
            rest[i] =
                    marked[m.student()] > 1 ? (totals[m.student()] - m.mark()) / (marked[m.student()] - 1) : Double.NaN;
        }
        return ItemAnalysis.of(x, rest);
    }

    /** The most common wrong answers, most frequent first (ties by text), of answers judged wrong with text typed. */
    private static List<WrongAnswer> wrongAnswers(List<ReviewDigest> wrong, Map<String, String> foldings) {
        Map<String, String> shown = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (ReviewDigest r : wrong) {
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
        // The reviews come oldest first (ClassRecords): the streak and the last answer are read from the newest back
        LocalDate today = days.dayOf(now);
        Streak streak = new Streak(today);
        for (int i = reviews.size() - 1; i >= 0; i--) {
            if (!streak.add(days.dayOf(reviews.get(i).at()))) {
                break;
            }
        }
        Optional<Instant> last = reviews.isEmpty()
                ? Optional.empty()
                : Optional.of(reviews.get(reviews.size() - 1).at());
        return new StudentReport(student, reviews.size(), new Stats.Retention(passed, total), due, last, streak.days());
    }
}
