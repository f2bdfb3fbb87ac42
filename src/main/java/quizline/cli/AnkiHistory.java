package quizline.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import quizline.formats.AnkiPackage;
import quizline.pack.Answers;
import quizline.pack.Question;
import quizline.pack.Verdict;
import quizline.schedule.Rating;
import quizline.schedule.Scheduler;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;
import quizline.text.Counted;

/**
 * An Anki package's review log made this profile's history: each card's reviews, oldest first, are graded again by
 * this profile's scheduler from the question's state before them, and recorded through the store as answers are, so
 * study continues where Anki stopped. Reviews the profile already has (at or before a question's last answer) are
 * not added again, so importing the same package twice adds nothing.
 */
final class AnkiHistory {
    private AnkiHistory() {}

    record Result(int added, int alreadyThere, int withoutQuestion, int notGraded, int questions) {
        /** "imported 110 reviews of 25 questions", with what was left out. */
        String line(String packId) {
            List<String> left = new ArrayList<>();
            if (alreadyThere > 0) {
                left.add(alreadyThere + " already there");
            }
            if (withoutQuestion > 0) {
                left.add(Counted.of(withoutQuestion, "review") + " of cards not imported");
            }
            if (notGraded > 0) {
                left.add(Counted.of(notGraded, "entry") + " that graded nothing (manual reschedules, cram)");
            }
            return "imported " + Counted.of(added, "review") + " of " + Counted.of(questions, "question")
                    + " of pack \"" + packId + "\" into the profile's history"
                    + (left.isEmpty() ? "" : " (" + String.join("; ", left) + " left out)");
        }
    }

    static Result replay(
            ProgressStore store,
            Scheduler scheduler,
            String packId,
            Map<String, Question> questions,
            Map<Long, String> questionOfCard,
            AnkiPackage.Collection collection) {
        int added = 0;
        int there = 0;
        int without = 0;
        int notGraded = 0;
        Set<String> reviewed = new java.util.HashSet<>();
        Map<String, Instant> lastAnswer = new java.util.HashMap<>();
        for (AnkiPackage.Review review : collection.reviews()) {
            String questionId = questionOfCard.get(review.cardId());
            if (questionId == null || !questions.containsKey(questionId)) {
                without++;
                continue;
            }
            OptionalInt grade = review.grade(collection.schedulerVersion());
            if (grade.isEmpty()) {
                notGraded++;
                continue;
            }
            CardKey key = new CardKey(packId, questionId);
            Instant last = lastAnswer.computeIfAbsent(
                    questionId,
                    id -> store.history(key).stream()
                            .map(ReviewRecord::at)
                            .max(Instant::compareTo)
                            .orElse(Instant.MIN));
            Instant at = Instant.ofEpochMilli(review.id());
            if (!at.isAfter(last)) {
                there++;
                continue;
            }
            Rating rating = Rating.ofGrade(grade.getAsInt());
            String hash = Answers.keyHash(questions.get(questionId));
            store.record(
                    key,
                    new ProgressStore.Today(at, Set.of(packId)),
                    before -> new ReviewRecord(
                            key,
                            at,
                            rating,
                            "",
                            rating == Rating.AGAIN ? Verdict.WRONG : Verdict.RIGHT,
                            Math.max(0, review.millis()),
                            before,
                            scheduler.next(before, rating, at),
                            ReviewKind.REVIEW,
                            hash));
            lastAnswer.put(questionId, at);
            reviewed.add(questionId);
            added++;
        }
        return new Result(added, there, without, notGraded, reviewed.size());
    }
}
