package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardKeyTest {
    /** What CardKey was before its methods were written out: the order of every set and map of cards hangs on it. */
    private record Plain(String packId, String questionId) {}

    @Test
    void keysHashAndIterateAsTheRecordsDid() {
        List<String[]> keys = List.of(
                new String[] {"sco-summits", "q1"},
                new String[] {"sco-summits", "q10"},
                new String[] {"world", "capital-of-france"},
                new String[] {"", ""},
                new String[] {"pack", null});
        Set<CardKey> cards = new HashSet<>();
        Set<Plain> records = new HashSet<>();
        for (String[] k : keys) {
            assertEquals(new Plain(k[0], k[1]).hashCode(), new CardKey(k[0], k[1]).hashCode());
            cards.add(new CardKey(k[0], k[1]));
            records.add(new Plain(k[0], k[1]));
        }
        assertEquals(
                records.stream().map(r -> r.packId() + "/" + r.questionId()).toList(),
                cards.stream().map(CardKey::toString).toList());
    }

    @Test
    void equalWhenPackAndQuestionAre() {
        assertEquals(new CardKey("p", "q"), new CardKey("p", "q"));
        assertNotEquals(new CardKey("p", "q"), new CardKey("p", "r"));
        assertNotEquals(new CardKey("p", "q"), new CardKey("o", "q"));
        assertNotEquals(new CardKey("pq", ""), new CardKey("p", "q"));
        assertEquals(new CardKey("p", null), new CardKey("p", null));
    }
}
