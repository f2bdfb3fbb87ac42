package quizline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import quizline.schedule.CardState;
import quizline.store.ProgressStore.Due;

class ComeBackTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 11:00 in Paris on 5 July: the study day runs from 04:00 today to 04:00 tomorrow. */
    private static final Instant NOW = Instant.parse("2024-07-05T09:00:00Z");

    private static Due review(Instant due) {
        return new Due(CardState.REVIEW, due);
    }

    private static Due learning(Instant due) {
        return new Due(CardState.LEARNING, due);
    }

    private static Due relearning(Instant due) {
        return new Due(CardState.RELEARNING, due);
    }

    private static ComeBack.Group group(ComeBack.Kind kind, int count, String first, int days, LocalDate date) {
        return new ComeBack.Group(kind, count, Instant.parse(first), days, date);
    }

    @Test
    void learningCardsByTheFirstDueThenTheNextStudyDayWithReviews() {
        List<Due> cards = List.of(
                learning(NOW.plus(Duration.ofMinutes(8))),
                relearning(NOW.plus(Duration.ofMinutes(2))),
                learning(NOW.plus(Duration.ofMinutes(30))),
                // 03:30 on the 6th in Paris is still the 5th's study day; 04:30 is the 6th's
                review(Instant.parse("2024-07-06T01:30:00Z")),
                review(Instant.parse("2024-07-06T02:30:00Z")),
                review(Instant.parse("2024-07-07T01:59:00Z")),
                review(Instant.parse("2024-07-20T08:00:00Z")),
                new Due(CardState.NEW, Instant.EPOCH));
        ComeBack next = ComeBack.of(cards, 0, NOW, StudyRules.DEFAULTS, PARIS);
        assertEquals(
                List.of(
                        group(ComeBack.Kind.LEARNING, 3, "2024-07-05T09:02:00Z", 0, LocalDate.of(2024, 7, 5)),
                        group(ComeBack.Kind.REVIEW, 1, "2024-07-06T01:30:00Z", 0, LocalDate.of(2024, 7, 5))),
                next.groups());

        ComeBack later = ComeBack.of(cards.subList(4, 7), 0, NOW, StudyRules.DEFAULTS, PARIS);
        assertEquals(
                List.of(group(ComeBack.Kind.REVIEW, 2, "2024-07-06T02:30:00Z", 1, LocalDate.of(2024, 7, 6))),
                later.groups());
    }

    @Test
    void overdueReviewsAreTodaysAndNewQuestionsHeldBackByTheLimitComeTomorrow() {
        List<Due> cards = List.of(review(NOW.minus(Duration.ofDays(3))), review(NOW.plus(Duration.ofHours(2))));
        ComeBack next = ComeBack.of(cards, 20, NOW, StudyRules.DEFAULTS, PARIS);
        assertEquals(
                List.of(
                        group(ComeBack.Kind.REVIEW, 2, "2024-07-02T09:00:00Z", 0, LocalDate.of(2024, 7, 5)),
                        // tomorrow's study day starts at 04:00 in Paris
                        group(ComeBack.Kind.NEW, 20, "2024-07-06T02:00:00Z", 1, LocalDate.of(2024, 7, 6))),
                next.groups());
    }

    @Test
    void nothingScheduledIsNoGroup() {
        assertEquals(
                List.of(),
                ComeBack.of(List.of(new Due(CardState.NEW, Instant.EPOCH)), 0, NOW, StudyRules.DEFAULTS, PARIS)
                        .groups());
    }
}
