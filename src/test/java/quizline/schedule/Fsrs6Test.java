package quizline.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of {@link Fsrs6} that does not need the shared cases (those are in FsrsConformanceTest). */
class Fsrs6Test {
    private static final Instant PUBLISHED_START = Instant.parse("2022-12-29T12:30:00Z");
    private final Fsrs6 fsrs = new Fsrs6();

    @Test
    void publishedSequenceGivesThePublishedIntervals() {
        Rating[] ratings = {
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.AGAIN,
            Rating.AGAIN,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD
        };
        Card card = Card.newCard(PUBLISHED_START);
        Instant now = PUBLISHED_START;
        List<Integer> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            card = fsrs.next(card, rating, now);
            intervals.add(card.scheduledDays());
            now = card.due();
        }
        assertEquals(List.of(0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21), intervals);
    }

    @Test
    void publishedMemoryStateAfterAgainThenFiveGoods() {
        int[] daysSincePrevious = {0, 0, 1, 3, 8, 21};
        Rating[] ratings = {Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD};
        Card shortTerm = Card.newCard(PUBLISHED_START);
        Card longTerm = Card.newCard(PUBLISHED_START);
        Fsrs6 longTermFsrs =
                new Fsrs6(FsrsParameters.defaults(), SchedulerOptions.defaults().withShortTerm(false));
        Instant at = PUBLISHED_START;
        for (int k = 0; k < ratings.length; k++) {
            at = at.plus(Duration.ofDays(daysSincePrevious[k]));
            shortTerm = fsrs.next(shortTerm, ratings[k], at);
            longTerm = longTermFsrs.next(longTerm, ratings[k], at);
        }
        assertEquals(53.62691, shortTerm.stability(), 1e-5);
        assertEquals(6.3574867, shortTerm.difficulty(), 1e-6);
        assertEquals(53.33506455, longTerm.stability(), 1e-8);
        assertEquals(6.3574867, longTerm.difficulty(), 1e-6);
    }

    @Test
    void shortTermOffOrdersTheFirstIntervals() {
        Fsrs6 longTerm =
                new Fsrs6(FsrsParameters.defaults(), SchedulerOptions.defaults().withShortTerm(false));
        Preview preview = longTerm.preview(Card.newCard(PUBLISHED_START), PUBLISHED_START);
        assertEquals(
                List.of(1, 2, 3, 8),
                List.of(
                        preview.again().scheduledDays(),
                        preview.hard().scheduledDays(),
                        preview.good().scheduledDays(),
                        preview.easy().scheduledDays()));
    }

    @Test
    void previewOfANewCardShowsStepsAndTheEasyInterval() {
        Preview preview = fsrs.preview(Card.newCard(PUBLISHED_START), PUBLISHED_START);
        assertEquals("1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d", preview.buttons(PUBLISHED_START));
        for (Rating rating : Rating.values()) {
            assertEquals(fsrs.next(Card.newCard(PUBLISHED_START), rating, PUBLISHED_START), preview.outcome(rating));
        }
    }

    @Test
    void retrievabilityIsWhatTheNextReviewUses() {
        Card card = fsrs.next(Card.newCard(PUBLISHED_START), Rating.EASY, PUBLISHED_START);
        assertEquals(0.0, fsrs.retrievability(Card.newCard(PUBLISHED_START), PUBLISHED_START));
        assertEquals(1.0, fsrs.retrievability(card, PUBLISHED_START.plusSeconds(3600)));
        // At the due date R is near the desired retention (the interval is rounded to whole days).
        assertEquals(0.9, fsrs.retrievability(card, card.due()), 0.01);
        assertTrue(fsrs.retrievability(card, card.due().plus(Duration.ofDays(30))) < 0.9);
    }

    @Test
    void aReviewOnAnEarlierDateThanTheLastCountsAsOneOnTheSameDay() {
        Card card = fsrs.next(Card.newCard(PUBLISHED_START), Rating.EASY, PUBLISHED_START);
        Instant earlier = PUBLISHED_START.minus(Duration.ofDays(1));
        Card sameDay = fsrs.next(card, Rating.GOOD, PUBLISHED_START);
        Card stepped = fsrs.next(card, Rating.GOOD, earlier);
        assertEquals(earlier, stepped.lastReview());
        assertEquals(sameDay.stability(), stepped.stability());
        assertEquals(sameDay.scheduledDays(), stepped.scheduledDays());
    }

    @Test
    void fuzzedReviewIntervalsStayInTheFuzzRangeAndReplayIdentically() {
        Fsrs6 fuzzed =
                new Fsrs6(FsrsParameters.defaults(), SchedulerOptions.defaults().withFuzz(true));
        Fsrs6 plain = new Fsrs6(FsrsParameters.defaults(), SchedulerOptions.defaults());
        for (int key = 0; key < 200; key++) {
            Card start = Card.newCard("card-" + key, PUBLISHED_START);
            Card fuzzedCard = fuzzed.next(start, Rating.EASY, PUBLISHED_START);
            Card plainCard = plain.next(start, Rating.EASY, PUBLISHED_START);
            Fuzz.Range range = Fuzz.range(plainCard.scheduledDays(), 0, 36500);
            assertTrue(
                    fuzzedCard.scheduledDays() >= range.min() && fuzzedCard.scheduledDays() <= range.max(),
                    fuzzedCard.scheduledDays() + " outside " + range);
            assertEquals(fuzzedCard, fuzzed.next(start, Rating.EASY, PUBLISHED_START));
            assertEquals(plainCard.stability(), fuzzedCard.stability());
        }
    }

    @Test
    void manyRelearningStepsRunOnTheClippedDefaultWeights() {
        // Values computed by ts-fsrs 5.4.2 for this history (steps 1d,20m / 10m,45m,1h, cap 3 days):
        // it lowers the default w17 to 0.49027301 with three relearning steps.
        Fsrs6 scheduler = new Fsrs6(
                FsrsParameters.defaults(),
                SchedulerOptions.defaults()
                        .withLearningSteps(Steps.parse("1d,20m"))
                        .withRelearningSteps(Steps.parse("10m,45m,1h"))
                        .withMaxInterval(3));
        Card card = Card.newCard(Instant.parse("2021-08-26T08:34:30Z"));
        card = scheduler.next(card, Rating.GOOD, Instant.parse("2021-08-26T08:34:30Z"));
        card = scheduler.next(card, Rating.GOOD, Instant.parse("2021-08-26T08:35:30.250Z"));
        card = scheduler.next(card, Rating.EASY, Instant.parse("2021-09-18T09:23:51Z"));
        assertEquals(62.41902229, card.stability(), 1e-8);
        card = scheduler.next(card, Rating.AGAIN, Instant.parse("2021-09-18T09:23:51Z"));
        assertEquals(18.6533975, card.stability(), 1e-8);
        card = scheduler.next(card, Rating.AGAIN, Instant.parse("2021-09-18T09:29:51Z"));
        assertEquals(6.03552303, card.stability(), 1e-8);
        assertEquals(CardState.RELEARNING, card.state());
    }

    @Test
    void aStepOfADayOrMoreIsServedFromReviewAndKeepsItsIndex() {
        Fsrs6 longSteps = new Fsrs6(
                FsrsParameters.defaults(), SchedulerOptions.defaults().withLearningSteps(Steps.parse("10m,1h,1d")));
        Card card = longSteps.next(Card.newCard(PUBLISHED_START), Rating.GOOD, PUBLISHED_START);
        card = longSteps.next(card, Rating.GOOD, card.due());
        assertEquals(CardState.REVIEW, card.state());
        assertEquals(2, card.step());
        assertEquals(1, card.scheduledDays());
        // Again at the due time: index 2 is past the single relearning step, so the card stays in Review.
        Card lapsed = longSteps.next(card, Rating.AGAIN, card.due());
        assertEquals(CardState.REVIEW, lapsed.state());
        assertEquals(1, lapsed.lapses());
    }
}
