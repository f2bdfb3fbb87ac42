package quizline.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import quizline.schedule.Fsrs6Model;
import quizline.schedule.FsrsParameters;

class CalibrationTest {
    /**
     * Card by card, the rows are those of the whole log's training set to the last bit: many cards answered at the same
     * minutes (so that items tie in time across cards), resets to learning, same-day reviews.
     */
    @Test
    void readCardByCardItIsTheWholeLogsCalibration() {
        Random random = new Random(7);
        List<LoggedReview> log = new ArrayList<>();
        long start = Instant.parse("2025-01-06T08:00:00Z").toEpochMilli();
        for (int c = 0; c < 300; c++) {
            long at = start + 60_000L * random.nextInt(600);
            int state = 0;
            for (int i = 0; i < 2 + random.nextInt(12); i++) {
                int grade = 1 + random.nextInt(4);
                log.add(new LoggedReview("card" + c, Instant.ofEpochMilli(at), grade, state));
                state = random.nextInt(10) == 0 ? 0 : grade == 1 ? 3 : 2;
                at += 60_000L * (random.nextInt(3) == 0 ? random.nextInt(30) : 1440L * (1 + random.nextInt(20)));
            }
        }
        log.sort(java.util.Comparator.comparing(LoggedReview::time));
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalTime dayStart = LocalTime.of(4, 0);
        Fsrs6Model model = new Fsrs6Model(FsrsParameters.defaults());

        TrainingSet set = TrainingSet.of(log, dayStart, zone);
        List<Evaluation.CalibrationRow> whole =
                Evaluation.calibration(Evaluation.predictions(model, set.items()), set.items());

        // The log as the store hands it card by card, each card's reviews in order, the cards in any order
        Map<String, List<LoggedReview>> byCard = new LinkedHashMap<>();
        for (LoggedReview r : log) {
            byCard.computeIfAbsent(r.cardId(), k -> new ArrayList<>()).add(r);
        }
        List<String> shuffled = new ArrayList<>(byCard.keySet());
        java.util.Collections.shuffle(shuffled, random);
        Evaluation.Calibration calibration = new Evaluation.Calibration(model, dayStart, zone);
        for (String card : shuffled) {
            List<LoggedReview> reviews = byCard.get(card);
            calibration.card(card, reviews);
        }
        assertEquals(whole, calibration.rows());
        assertEquals(
                set.items().size(),
                whole.stream().mapToInt(Evaluation.CalibrationRow::count).sum());
    }
}
