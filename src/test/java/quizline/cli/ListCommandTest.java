package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.pack.Answers;
import quizline.pack.PackFile;
import quizline.pack.Question;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Rating;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;
import quizline.store.SqliteProgressStore;

/** {@code quizline list} and {@code quizline search} over the test pack and a profile with some progress. */
class ListCommandTest {
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path home;

    /** A profile where host-city is due in 4 days, founded was due yesterday, belarus is suspended. */
    static Path profile(Path home) throws Exception {
        Path db = home.resolve("data/quizline/default.db");
        try (SqliteProgressStore store = SqliteProgressStore.open(db)) {
            answer(store, "host-city", NOW.minus(Duration.ofDays(1)), Duration.ofDays(5));
            answer(store, "founded", NOW.minus(Duration.ofDays(3)), Duration.ofDays(2));
            store.suspend(new ProgressStore.Suspension(new CardKey("mini", "belarus"), NOW, false));
        }
        return db;
    }

    /** One Good answer to a mini question at {@code at}, due {@code next} later. */
    static void answer(SqliteProgressStore store, String id, Instant at, Duration next) {
        Question q = PackFile.read(Browse.MINI).pack().questions().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow();
        CardKey key = new CardKey("mini", id);
        store.record(key, new ProgressStore.Today(at, java.util.Set.of("mini")), before -> {
            Card after = new Card(CardState.REVIEW, 0, 3.5, 5.25, 0, at, at.plus(next), 1, 0, 3, 42L);
            return new ReviewRecord(
                    key,
                    at,
                    Rating.GOOD,
                    "typed",
                    Verdict.RIGHT,
                    1500,
                    before,
                    after,
                    ReviewKind.REVIEW,
                    Answers.keyHash(q));
        });
    }

    @Test
    void listShowsIdTypeStateDueAndPromptOfEveryQuestionWithoutCreatingAProfile() {
        Browse.Result r = new Browse(home, NOW).run("list", "--pack", "mini");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("""
                6 questions in pack mini:
                mini/host-city · choice · new
                  Which city hosted the 2024 summit?
                """), r.out());
        assertTrue(r.out().contains("mini/capital · cloze · new\n  Kazakhstan's capital is _____.\n"), r.out());
        assertFalse(Files.exists(home.resolve("data/quizline/default.db")), "list creates no profile");
    }

    @Test
    void listShowsWhatIsDueAndSuspendedFromTheProfile() throws Exception {
        profile(home);
        Browse browse = new Browse(home, NOW);
        Browse.Result all = browse.run("list", "--pack", "mini");
        assertTrue(all.out().contains("mini/host-city · choice · review · due in 4d (2026-11-29 09:00)\n"), all.out());
        assertTrue(all.out().contains("mini/founded · numeric · review · due now\n"), all.out());
        assertTrue(all.out().contains("mini/belarus · truefalse · new, suspended\n"), all.out());
        assertEquals("""
                1 question due today:
                mini/founded · numeric · review · due now
                  In which year was the organisation founded?
                """, browse.run("list", "--due").out());
        assertEquals("""
                1 question suspended:
                mini/belarus · truefalse · new, suspended
                  Belarus joined in 2024.
                """, browse.run("list", "--suspended").out());
        // Four days on, host-city is due too
        Browse.Result later = browse.at(NOW.plus(Duration.ofDays(4))).run("list", "--due");
        assertTrue(later.out().startsWith("2 questions due today:\n"), later.out());
    }

    @Test
    void aPackOrTagWithNoQuestionsNamesThoseThereAre() {
        Browse browse = new Browse(home, NOW);
        Browse.Result pack = browse.run("list", "--pack", "minni");
        assertEquals(1, pack.exit());
        assertEquals("quizline: no pack with id \"minni\" (loaded: sco-summits, mini)\n", pack.err());
        Browse.Result tag = browse.run("list", "--pack", "mini", "--tag", "host");
        assertEquals(1, tag.exit());
        assertEquals("quizline: no question has the tag \"host\" (tags: dates, hosts, members, people)\n", tag.err());
        Browse.Result tagged = browse.run("list", "--pack", "mini", "--tag", "hosts");
        assertTrue(tagged.out().startsWith("2 questions in pack mini with tag hosts:\n"), tagged.out());
    }

    @Test
    void searchFindsTextInPromptsAnswersAndChoicesCaseAndAccentsAside() {
        Browse browse = new Browse(home, NOW);
        Browse.Result astana = browse.run("search", "ASTANÁ", "--pack", "mini");
        assertEquals(0, astana.exit(), astana.err());
        assertTrue(astana.out().startsWith("2 questions matching \"ASTANÁ\" in pack mini:\n"), astana.out());
        assertTrue(astana.out().contains("mini/host-city"), astana.out());
        assertTrue(astana.out().contains("mini/capital"), astana.out());
        assertTrue(browse.run("search", "japarov", "--pack", "mini").out().contains("mini/kyrgyz-president"));
        Browse.Result none = browse.run("search", "zanzibar", "--pack", "mini");
        assertEquals(0, none.exit());
        assertEquals("No questions matching \"zanzibar\" in pack mini.\n", none.out());
    }

    @Test
    void aNarrowOutputWrapsPromptsUnderTheirQuestion() {
        Browse.Result r = new Browse(home, NOW).with("COLUMNS", "24").run("list", "--pack", "mini", "--tag", "hosts");
        assertTrue(r.out().contains("\n  Which city hosted the\n  2024 summit?\n"), r.out());
        r.out().lines().forEach(line -> assertTrue(line.length() <= 24, line));
    }
}
