package quizline.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class Sm2Test {
    private static final Instant START = Instant.parse("2024-03-01T09:00:00Z");
    private final Sm2 sm2 = new Sm2();

    /** A card in Review with the given interval and ease, last reviewed at START. */
    private static Card inReview(int days, double ease) {
        return new Card(CardState.REVIEW, 0, days, 0, ease, START, START.plus(Duration.ofDays(days)), 5, 0, days, 0L);
    }

    private static Instant daysAfterStart(int days) {
        return START.plus(Duration.ofDays(days));
    }

    @Test
    void newCardWalksTheLearningStepsThenGraduatesToOneDayWithStartingEase() {
        Card card = Card.newCard(START);
        card = sm2.next(card, Rating.GOOD, START);
        assertEquals(CardState.LEARNING, card.state());
        assertEquals(1, card.step());
        assertEquals(START.plusSeconds(600), card.due());

        Instant later = card.due();
        card = sm2.next(card, Rating.GOOD, later);
        assertEquals(CardState.REVIEW, card.state());
        assertEquals(1, card.scheduledDays());
        assertEquals(2.5, card.ease());
        assertEquals(later.plus(Duration.ofDays(1)), card.due());
    }

    @Test
    void easyOnANewCardGraduatesToFourDays() {
        Card card = sm2.next(Card.newCard(START), Rating.EASY, START);
        assertEquals(CardState.REVIEW, card.state());
        assertEquals(4, card.scheduledDays());
        assertEquals(2.5, card.ease());
    }

    @Test
    void hardOnTheFirstStepIsTheMeanOfTwoStepsAndOnALaterStepRepeatsIt() {
        Card first = sm2.next(Card.newCard(START), Rating.HARD, START);
        assertEquals(START.plus(Duration.ofMinutes(6)), first.due());
        assertEquals(0, first.step());

        Card second = sm2.next(sm2.next(Card.newCard(START), Rating.GOOD, START), Rating.HARD, START);
        assertEquals(1, second.step());
        assertEquals(START.plus(Duration.ofMinutes(10)), second.due());
    }

    @Test
    void reviewOnTimeGrowsByEaseWithHardAndEasyAdjustments() {
        Card card = inReview(10, 2.5);
        Instant due = daysAfterStart(10);

        Card hard = sm2.next(card, Rating.HARD, due);
        assertEquals(12, hard.scheduledDays());
        assertEquals(2.35, hard.ease(), 1e-12);

        Card good = sm2.next(card, Rating.GOOD, due);
        assertEquals(25, good.scheduledDays());
        assertEquals(2.5, good.ease());

        Card easy = sm2.next(card, Rating.EASY, due);
        assertEquals(33, easy.scheduledDays()); // round(10 × 2.5 × 1.3 = 32.5)
        assertEquals(2.65, easy.ease(), 1e-12);
        assertEquals(due.plus(Duration.ofDays(33)), easy.due());
    }

    @Test
    void hardIsAlwaysAtLeastOneDayLongerAndGoodBeyondHard() {
        Card card = inReview(1, 1.3);
        Instant due = daysAfterStart(1);
        assertEquals(2, sm2.next(card, Rating.HARD, due).scheduledDays());
        assertEquals(3, sm2.next(card, Rating.GOOD, due).scheduledDays());
        assertEquals(4, sm2.next(card, Rating.EASY, due).scheduledDays());
    }

    @Test
    void lateReviewsCountHalfTheDelayForGoodAndAllOfItForEasy() {
        Card card = inReview(10, 2.5);
        Instant fourDaysLate = daysAfterStart(14);
        assertEquals(30, sm2.next(card, Rating.GOOD, fourDaysLate).scheduledDays()); // (10 + 2) × 2.5
        assertEquals(46, sm2.next(card, Rating.EASY, fourDaysLate).scheduledDays()); // (10 + 4) × 2.5 × 1.3 = 45.5
    }

    @Test
    void lapseCostsEaseGoesThroughRelearningAndComesBackAtOneDay() {
        Card card = inReview(30, 2.5);
        Instant due = daysAfterStart(30);
        Card lapsed = sm2.next(card, Rating.AGAIN, due);
        assertEquals(CardState.RELEARNING, lapsed.state());
        assertEquals(2.3, lapsed.ease(), 1e-12);
        assertEquals(1, lapsed.lapses());
        assertEquals(due.plus(Duration.ofMinutes(10)), lapsed.due());

        Card relearnt = sm2.next(lapsed, Rating.GOOD, lapsed.due());
        assertEquals(CardState.REVIEW, relearnt.state());
        assertEquals(1, relearnt.scheduledDays());
        assertEquals(2.3, relearnt.ease(), 1e-12);

        assertEquals(2, sm2.next(lapsed, Rating.EASY, lapsed.due()).scheduledDays());
    }

    @Test
    void easeNeverFallsBelowTheMinimum() {
        Card card = inReview(5, 1.4);
        Card lapsed = sm2.next(card, Rating.AGAIN, daysAfterStart(5));
        assertEquals(1.3, lapsed.ease(), 1e-12);
        assertEquals(
                1.3, sm2.next(inReview(5, 1.35), Rating.HARD, daysAfterStart(5)).ease(), 1e-12);
    }

    @Test
    void withoutRelearningStepsALapseGoesStraightBackToOneDay() {
        Sm2 noRelearning = new Sm2(SchedulerOptions.defaults().withRelearningSteps(Steps.NONE));
        Card lapsed = noRelearning.next(inReview(20, 2.5), Rating.AGAIN, daysAfterStart(20));
        assertEquals(CardState.REVIEW, lapsed.state());
        assertEquals(1, lapsed.scheduledDays());
        assertEquals(1, lapsed.lapses());
    }

    @Test
    void withoutLearningStepsANewCardGraduatesAtOnce() {
        Sm2 noSteps = new Sm2(SchedulerOptions.defaults().withLearningSteps(Steps.NONE));
        assertEquals(1, noSteps.next(Card.newCard(START), Rating.AGAIN, START).scheduledDays());
        assertEquals(4, noSteps.next(Card.newCard(START), Rating.EASY, START).scheduledDays());
    }

    @Test
    void intervalsStopAtTheMaximum() {
        Sm2 capped = new Sm2(SchedulerOptions.defaults().withMaxInterval(100));
        Card card = inReview(90, 2.5);
        assertEquals(100, capped.next(card, Rating.GOOD, daysAfterStart(90)).scheduledDays());
        assertEquals(100, capped.next(card, Rating.EASY, daysAfterStart(90)).scheduledDays());
    }

    @Test
    void previewLabelsTheFourButtons() {
        assertEquals(
                "1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 4d",
                sm2.preview(Card.newCard(START), START).buttons(START));
    }

    @Test
    void retrievabilityIsNinetyPercentAtTheEndOfTheInterval() {
        Card card = inReview(10, 2.5);
        assertEquals(0.0, sm2.retrievability(Card.newCard(START), START));
        assertEquals(1.0, sm2.retrievability(card, START));
        assertEquals(0.9, sm2.retrievability(card, daysAfterStart(10)), 1e-12);
    }
}
