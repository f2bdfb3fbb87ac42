package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static quizline.store.Reviews.at;
import static quizline.store.Reviews.first;
import static quizline.store.Reviews.key;
import static quizline.store.Reviews.then;

import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import quizline.pack.Verdict;
import quizline.schedule.Rating;

class RevlogExportTest {
    @Test
    void scheduledReviewsOldestFirstWithTheStateBeforeEachAndNoCram() throws Exception {
        SqliteProgressStore store = SqliteProgressStore.inMemory();
        ReviewRecord a1 = first(key("a"), at("2024-07-08T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(2));
        ReviewRecord b1 =
                first(key("b"), at("2024-07-09T10:00:00Z"), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(10));
        ReviewRecord b2 = then(b1, at("2024-07-09T10:10:00Z"), Rating.GOOD, Verdict.TYPO, Duration.ofDays(1));
        ReviewRecord a2 = then(a1, at("2024-07-10T09:00:00Z"), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(10));
        ReviewRecord a3 = then(a2, at("2024-07-10T09:10:00Z"), Rating.HARD, Verdict.RIGHT, Duration.ofDays(1));
        // Logged out of time order (as an import can leave it): the file is in time order all the same.
        store.record(b1);
        store.record(a1);
        store.record(b2);
        store.record(Reviews.cram(key("b"), at("2024-07-09T11:00:00Z"), b2.after(), Rating.EASY, Verdict.RIGHT));
        store.record(a2);
        store.record(a3);

        StringWriter csv = new StringWriter();
        assertEquals(5, RevlogExport.write(store, csv));
        assertEquals("""
                card_id,review_time,review_rating,review_state,review_duration
                7153141284627293,1720432800000,3,0,1500
                7149842749742660,1720519200000,1,0,1500
                7149842749742660,1720519800000,3,1,1500
                7153141284627293,1720602000000,1,2,1500
                7153141284627293,1720602600000,2,3,1500
                """, csv.toString());
    }

    @Test
    void cardIdsAreStableIntegersThatFitInADouble() {
        // FNV-1a 64 over "mini\0host-city", low 53 bits: the same in every export and on every machine.
        assertEquals(4338295589379680L, RevlogExport.cardId(new CardKey("mini", "host-city")));
        assertEquals(2197113446747259L, RevlogExport.cardId(new CardKey("mini", "founded")));
        // The separator keeps "a"+"b/c" and "a/b"+"c" apart.
        assertNotEquals(RevlogExport.cardId(new CardKey("a", "b/c")), RevlogExport.cardId(new CardKey("a/b", "c")));
    }

    @Test
    void anEmptyLogIsJustTheHeader() throws Exception {
        StringWriter csv = new StringWriter();
        assertEquals(0, RevlogExport.write(SqliteProgressStore.inMemory(), csv));
        assertEquals(RevlogExport.HEADER + "\n", csv.toString());
    }
}
