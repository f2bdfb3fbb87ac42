package quizline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quizline.TestClock;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Verdict;
import quizline.schedule.Fsrs6;
import quizline.schedule.Rating;
import quizline.session.StudyItem;
import quizline.session.StudyQueue;
import quizline.session.StudyRules;
import quizline.session.StudySession;
import quizline.store.ProgressStore;
import quizline.store.ReviewRecord;
import quizline.store.SqliteProgressStore;

/** A cloze of several blanks goes back to an earlier blank: Up or Ctrl-P in a terminal, {@code <} alone in plain mode. */
class ClozeBackTest {
    private static final Instant START = Instant.parse("2024-07-05T09:00:00Z");
    private static final StudyRules PACK_ORDER = StudyRules.DEFAULTS.withOrder(true, false);
    private static final String PACK = """
            {"format": 1, "id": "blanks", "title": "Clozes", "version": 1, "asOf": "2024-07-05", "sources": [],
             "questions": [
               {"id": "two", "type": "cloze",
                "prompt": "The July 2024 SCO summit took place in {{Astana|Nur-Sultan}}, the capital of {{Kazakhstan}}."},
               {"id": "three", "type": "cloze",
                "prompt": "Putin and Xi met on {{16}} May 2024 in {{Beijing}}, before {{Astana}}."}
             ]}
            """;

    private record Run(String out, List<ReviewRecord> reviews) {}

    private static Run study(ScriptedConsole console) {
        PackReader.Result read = PackReader.read(PACK);
        Pack pack = read.pack().orElseThrow(() -> new AssertionError(read.problems()));
        List<StudyItem> items = StudyQueue.select(List.of(pack), null, null);
        StudyQueue queue = new StudyQueue(
                items,
                Map.of(),
                PACK_ORDER,
                new ProgressStore.DayCounts(0, 0),
                new ProgressStore.Today(START.minus(Duration.ofHours(5)), Set.of("blanks")),
                START.plus(Duration.ofHours(12)),
                20);
        SqliteProgressStore store = SqliteProgressStore.inMemory();
        StudySession session = new StudySession(
                queue, new Fsrs6(), store, new TestClock(START, Duration.ofSeconds(1)), PACK_ORDER, Integer.MAX_VALUE);
        new StudyScreen(console, session, Articles.of(name -> Optional.empty(), List.of())).run();
        return new Run(console.transcript(), store.reviews());
    }

    @Test
    void plainModeGoesBackWithALessThanAloneAndJudgesTheAnswersGivenLast() {
        Run run = study(new ScriptedConsole(
                false, 200, Theme.PLAIN, "Bishkek", "<", "Astana", "Kazakhstan", "", ScriptedConsole.EOF));
        String out = run.out();
        assertTrue(
                out.contains("The July 2024 SCO summit took place in [Bishkek], the capital of _____.\n"
                        + "< alone: back to blank 1 to change it, or ! alone if you don't know.\n"
                        + "Blank 2 of 2: <\n"
                        + "The July 2024 SCO summit took place in _____, the capital of _____.\n"
                        + "Blank 1 of 2: [Bishkek] Astana\n"
                        + "The July 2024 SCO summit took place in [Astana], the capital of _____.\n"),
                out);
        assertTrue(out.contains("Blank 2 of 2: Kazakhstan\n✓ Right."), out);
        assertEquals(1, run.reviews().size(), out);
        assertEquals(Verdict.RIGHT, run.reviews().get(0).correctness());
        assertEquals(Rating.GOOD, run.reviews().get(0).rating());
    }

    @Test
    void aTerminalGoesBackWithUpKeepingWhatWasTypedAndEveryAnswerComesBackToChange() {
        // Three blanks: at the third, Up (nothing typed yet); at the second, Up with "Bejing" on the line; the first
        // is changed, the second kept as it was typed and then corrected, the third typed at last.
        Run run = study(new ScriptedConsole(
                true,
                200,
                Theme.PLAIN,
                // the two-blank cloze first: answered straight through
                "Astana",
                "Kazakhstan",
                "\n",
                "15",
                "Bejing",
                Console.BACK,
                Console.BACK + "Bejing",
                "16",
                "Beijing",
                "Astana",
                "\n",
                ScriptedConsole.EOF));
        // The script's Up shows as ^P; the pre-filled line in brackets.
        String out = run.out().replace(Console.BACK, "^P");
        assertTrue(
                out.contains("Putin and Xi met on [15] May 2024 in [Bejing], before _____.\n"
                        + "Up or Ctrl-P: back to blank 2 to change it, or Ctrl-G if you don't know.\n"
                        + "Blank 3 of 3: ^P\n"
                        + "Putin and Xi met on [15] May 2024 in _____, before _____.\n"
                        + "Up or Ctrl-P: back to blank 1 to change it, or Ctrl-G if you don't know.\n"
                        + "Blank 2 of 3: [Bejing] ^PBejing\n"
                        + "Putin and Xi met on _____ May 2024 in _____, before _____.\n"
                        + "Blank 1 of 3: [15] 16\n"
                        + "Putin and Xi met on [16] May 2024 in _____, before _____.\n"
                        + "Up or Ctrl-P: back to blank 1 to change it, or Ctrl-G if you don't know.\n"
                        + "Blank 2 of 3: [Bejing] Beijing\n"
                        + "Putin and Xi met on [16] May 2024 in [Beijing], before _____.\n"),
                out);
        assertTrue(out.contains("Blank 3 of 3: Astana\n✓ Right."), out);
        assertEquals(
                List.of("two RIGHT", "three RIGHT"),
                run.reviews().stream()
                        .map(r -> r.key().questionId() + " " + r.correctness())
                        .toList());
    }

    @Test
    void theFirstBlankHasNoneBeforeItAndAnEmptyLineHintsTheWayBack() {
        Run run = study(new ScriptedConsole(false, 200, Theme.PLAIN, "<", "Astana", "", "!", ScriptedConsole.EOF));
        String out = run.out();
        assertTrue(
                out.contains(
                        "Blank 1 of 2: <\nThis is the first blank: there is none before it.\nBlank 1 of 2: Astana\n"),
                out);
        assertTrue(
                out.contains("Blank 2 of 2: \nType your answer, or ! alone if you don't know; < alone: back to blank 1"
                        + " to change it.\nBlank 2 of 2: !\n? Not known."),
                out);
        assertEquals(Rating.AGAIN, run.reviews().get(0).rating(), out);
    }

    @Test
    void dontKnowAfterGoingBackGradesAgain() {
        Run run = study(new ScriptedConsole(
                true, 200, Theme.PLAIN, "Astana", Console.BACK, Console.DONT_KNOW, "\n", ScriptedConsole.EOF));
        assertTrue(run.out().contains("? Not known."), run.out());
        assertEquals(Rating.AGAIN, run.reviews().get(0).rating(), run.out());
    }
}
