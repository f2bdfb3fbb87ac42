package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.formats.AnkiCollectionFixture;
import quizline.schedule.Card;
import quizline.schedule.Rating;
import quizline.schedule.Replay;
import quizline.session.ProfileSettings;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.SqliteProgressStore;

/**
 * An Anki package with its review log, laid out as Anki 2.1 on its first scheduler writes it (built by
 * {@link AnkiCollectionFixture}): learning, review and relearning rows, learning cards graded with three buttons.
 */
class AnkiPackageImportTest {
    private static final long MINUTE = 60_000;
    private static final long DAY = 86_400_000;

    @TempDir
    Path dir;

    @Test
    void theReviewLogBecomesTheProfilesHistoryAsTheSchedulerReplaysIt() throws Exception {
        AnkiCollectionFixture anki = studied(8);
        Path apkg = anki.write(dir.resolve("reviews.apkg"));
        Path db = dir.resolve("p.db");
        Cli.Result r = Cli.run("import", apkg.toString(), "--progress", "--db", db.toString(), "--id", "anki");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(dir.resolve("reviews.json")).contains("\"answer\": \"Answer 7\""));
        assertEquals(
                List.of(
                        "wrote " + dir.resolve("reviews.json") + ": 8 questions (pack \"anki\")",
                        "imported 35 reviews of 8 questions of pack \"anki\" into the profile's history"),
                r.out().lines().toList());

        assertEquals(8, assertReplayed(db, anki.reviews()));

        Cli.Result again =
                Cli.run("import", apkg.toString(), "--progress", "--db", db.toString(), "--id", "anki", "--force");
        assertEquals(0, again.exit(), again.err());
        assertEquals(
                "imported 0 reviews of 0 questions of pack \"anki\" into the profile's history (35 already there left"
                        + " out)",
                again.out().lines().toList().get(1));
    }

    @Test
    void withoutAnswersTheNotesAreProblemsAndNothingIsWritten() {
        AnkiCollectionFixture anki = new AnkiCollectionFixture(1);
        for (int i = 1; i <= 3; i++) {
            anki.note(AnkiCollectionFixture.Stock.BASIC, 1, List.of(), "Question " + i, "");
        }
        Path apkg = anki.write(dir.resolve("empty-backs.apkg"));
        Cli.Result r = Cli.run(
                "import", apkg.toString(), "--out", dir.resolve("x.json").toString());
        assertEquals(1, r.exit());
        List<String> lines = r.err().lines().toList();
        assertEquals("quizline: " + apkg + ": nothing imported: 3 problems", lines.get(lines.size() - 1), r.err());
        assertTrue(
                lines.get(0)
                        .matches(java.util.regex.Pattern.quote(apkg + ": note ")
                                + "\\d+ \\(\"Question 1\"\\): the note has no" + " answer: its second field is empty"),
                r.err());
        assertTrue(Files.notExists(dir.resolve("x.json")));
    }

    /**
     * Basic notes "Question N" / "Answer N", each card studied as Anki's first scheduler logs it (learning steps of 1
     * and 10 minutes, 10 minutes to relearn): a card learnt with Again and Good twice then reviewed Good and Easy; one
     * learnt with Easy, lapsed, relearnt and reviewed Hard; one learnt, reviewed and lapsed, left relearning.
     */
    private static AnkiCollectionFixture studied(int notes) {
        AnkiCollectionFixture anki = new AnkiCollectionFixture(1);
        for (int i = 0; i < notes; i++) {
            long card = anki.note(AnkiCollectionFixture.Stock.BASIC, 1, List.of(), "Question " + i, "Answer " + i)
                    .get(0);
            // Start times 6:59 apart, so that no two rows share a millisecond (a row's id is its time).
            long t = 1_561_000_000_000L + i * 419_000L;
            switch (i % 3) {
                case 0 -> {
                    anki.review(card, t, 0, 1, -60, -60, 0);
                    anki.review(card, t + MINUTE, 0, 2, -600, -60, 0);
                    anki.review(card, t + 11 * MINUTE, 0, 2, 1, -600, 2500);
                    anki.review(card, t + DAY, 1, 3, 3, 1, 2500);
                    anki.review(card, t + 4 * DAY, 1, 4, 10, 3, 2650);
                }
                case 1 -> {
                    anki.review(card, t, 0, 3, 4, -60, 2500);
                    anki.review(card, t + 4 * DAY, 1, 1, -600, 4, 2300);
                    anki.review(card, t + 4 * DAY + 10 * MINUTE, 2, 2, 1, -600, 2300);
                    anki.review(card, t + 5 * DAY, 1, 2, 2, 1, 2150);
                }
                default -> {
                    anki.review(card, t, 0, 2, -600, -60, 0);
                    anki.review(card, t + 10 * MINUTE, 0, 2, 1, -600, 2500);
                    anki.review(card, t + DAY, 1, 3, 3, 1, 2500);
                    anki.review(card, t + 4 * DAY, 1, 1, -600, 3, 2300);
                }
            }
        }
        return anki;
    }

    /**
     * The profile's cards are what the scheduler makes of the Anki review log alone, each card replayed from new; the
     * number of cards compared. On Anki's first scheduler a learning or relearning card had three buttons: 2 was Good,
     * 3 Easy.
     */
    static int assertReplayed(Path db, List<AnkiCollectionFixture.Review> reviews) throws Exception {
        List<Replay.Review> log = new ArrayList<>();
        for (AnkiCollectionFixture.Review row : reviews) {
            boolean learning = row.type() == 0 || row.type() == 2;
            int grade = learning && row.ease() > 1 ? row.ease() + 1 : row.ease();
            log.add(new Replay.Review(
                    String.valueOf(row.cardId()), Instant.ofEpochMilli(row.id()), Rating.ofGrade(grade)));
        }
        log.sort(java.util.Comparator.comparing(Replay.Review::time));
        Map<String, Card> replayed = new HashMap<>();
        try (SqliteProgressStore store = SqliteProgressStore.open(db)) {
            var scheduler = ProfileSettings.of(store.settings()).scheduler(true);
            for (Replay.Outcome o : Replay.run(scheduler, log)) {
                replayed.put(o.cardId(), o.card());
            }
            Map<CardKey, ProgressStore.CardProgress> cards = store.cards();
            int compared = 0;
            for (var entry : cards.entrySet()) {
                List<quizline.store.ReviewRecord> history = store.history(entry.getKey());
                Card stored = entry.getValue().card();
                // The question's card is the Anki card whose reviews are at the same times.
                Instant first = history.get(0).at();
                String cardId = log.stream()
                        .filter(l -> l.time().equals(first))
                        .findFirst()
                        .orElseThrow()
                        .cardId();
                Card expected = replayed.get(cardId);
                assertEquals(
                        expected.stability(),
                        stored.stability(),
                        1e-9,
                        entry.getKey().toString());
                assertEquals(
                        expected.difficulty(),
                        stored.difficulty(),
                        1e-9,
                        entry.getKey().toString());
                assertEquals(expected.state(), stored.state(), entry.getKey().toString());
                assertEquals(expected.lapses(), stored.lapses(), entry.getKey().toString());
                assertEquals(
                        log.stream().filter(l -> l.cardId().equals(cardId)).count(),
                        history.size(),
                        entry.getKey().toString());
                compared++;
            }
            assertEquals(cards.size(), compared);
            return compared;
        }
    }
}
