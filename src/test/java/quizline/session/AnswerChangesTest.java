package quizline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quizline.pack.Pack;
import quizline.pack.PackLibrary;
import quizline.pack.PackReader;
import quizline.schedule.Card;
import quizline.store.CardKey;
import quizline.store.ProgressStore;

/**
 * The check for changed answers at a start: a pack whose card rows all agreed with these same answers at the last check
 * is not read again; any other is, its changed cards reset, and what it found is handed to the store to keep, with the
 * count of writes read before the rows. The store is told each pack's answers either way.
 */
class AnswerChangesTest {
    private static final String OLD_HASH = "0123456789abcdef";

    private static PackLibrary.Loaded pack(String id, String answer) {
        Pack pack = PackReader.read("{\"format\": 1, \"id\": \"" + id
                        + "\", \"title\": \"T\", \"version\": 1, \"asOf\": \"2026-01-01\", \"sources\": [],"
                        + " \"questions\": [{\"id\": \"q1\", \"type\": \"short\", \"prompt\": \"Where?\","
                        + " \"answer\": \"" + answer + "\"}, {\"id\": \"q2\", \"type\": \"short\", \"prompt\":"
                        + " \"Who?\", \"answer\": \"Ada\"}]}")
                .pack()
                .orElseThrow();
        return new PackLibrary.Loaded(pack, id, null);
    }

    /** Both packs' q1 learned with an answer neither has now, q2 with the current one. */
    private static ProgressStore.StudyCards cards(
            List<PackLibrary.Loaded> packs, Map<String, ProgressStore.AnswersChecked> checked) {
        Map<CardKey, ProgressStore.StudyCard> rows = new HashMap<>();
        Card card = Card.newCard("x", Instant.EPOCH);
        for (PackLibrary.Loaded loaded : packs) {
            rows.put(new CardKey(loaded.pack().id(), "q1"), new ProgressStore.StudyCard(OLD_HASH, true, card));
            rows.put(
                    new CardKey(loaded.pack().id(), "q2"),
                    new ProgressStore.StudyCard(loaded.answerKeys().hash(1), true, card));
        }
        return new ProgressStore.StudyCards(rows, checked);
    }

    @Test
    void aPackCheckedWithTheSameAnswersIsNotReadAgainAnyOtherIsAndItsFindingIsKept() {
        PackLibrary.Loaded same = pack("same", "Astana");
        PackLibrary.Loaded changed = pack("changed", "Astana");
        PackLibrary.Loaded never = pack("never", "Astana");
        List<PackLibrary.Loaded> packs = List.of(same, changed, never);
        ProgressStore.StudyCards cards = cards(
                packs,
                Map.of(
                        "same",
                                new ProgressStore.AnswersChecked(
                                        same.answerKeys().ofPack(), 4),
                        "changed",
                                new ProgressStore.AnswersChecked(
                                        pack("changed", "Paris").answerKeys().ofPack(), 7)));
        RecordingStore store = new RecordingStore();
        List<String> notices = AnswerChanges.resetChanged(store, packs, cards);

        assertEquals(List.of(new CardKey("changed", "q1"), new CardKey("never", "q1")), store.resets);
        assertEquals(2, notices.size());
        assertEquals(
                List.of(
                        "changed " + changed.answerKeys().ofPack() + " 7",
                        "never " + never.answerKeys().ofPack() + " 0"),
                store.agreed);
        assertEquals(
                Map.of(
                        "same", same.answerKeys().ofPack(),
                        "changed", changed.answerKeys().ofPack(),
                        "never", never.answerKeys().ofPack()),
                store.answersFrom);
        // The skipped pack's row is as it was; the reset ones are gone
        assertEquals(OLD_HASH, cards.get(new CardKey("same", "q1")).answerHash());
        assertEquals(null, cards.get(new CardKey("changed", "q1")));
    }
}
