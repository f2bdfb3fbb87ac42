package quizline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import quizline.TestClock;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.schedule.Fsrs6;
import quizline.session.StudyItem;
import quizline.session.StudyQueue;
import quizline.session.StudyRules;
import quizline.session.StudySession;
import quizline.store.ProgressStore;
import quizline.store.SqliteProgressStore;

/**
 * A terminal resized while a question waits for its answer draws the screen again at the new width: what was printed,
 * wrapped anew at word boundaries, and the prompt of the line being read; what is printed after takes the new width.
 */
class ResizeRedrawTest {
    private static final Instant START = Instant.parse("2026-12-05T09:00:00Z");
    private static final StudyRules PACK_ORDER = StudyRules.DEFAULTS.withOrder(true, false);
    static final String CHOICE_PROMPT = "Which city, chosen after a long debate among the member states, hosted the"
            + " summit of the organisation in July 2024?";
    static final String SHORT_PROMPT = "Who was the president of the country that held the rotating chairmanship"
            + " of the organisation in the year before the summit?";

    static final String PACK = """
            {"format": 1, "id": "resize", "title": "Resize", "version": 1, "asOf": "2024-07-05", "sources": [],
             "questions": [
               {"id": "city", "type": "choice", "prompt": "%s",
                "choices": ["Samarkand", "Astana", "Bishkek", "Dushanbe"], "answer": 1,
                "explanation": "The summit met in the Kazakh capital, Astana, on the third and fourth of July, the second time the city hosted it."},
               {"id": "chair", "type": "short", "prompt": "%s", "answer": "Sadyr Zhaparov"}
             ]}
            """.formatted(CHOICE_PROMPT, SHORT_PROMPT);

    private static ScriptedConsole study(ScriptedConsole console) {
        PackReader.Result read = PackReader.read(PACK);
        Pack pack =
                read.pack().orElseThrow(() -> new AssertionError(read.problems().toString()));
        TestClock clock = new TestClock(START, Duration.ofSeconds(1));
        List<StudyItem> items = StudyQueue.select(List.of(pack), null, null);
        StudyQueue queue = new StudyQueue(
                items,
                Map.of(),
                PACK_ORDER,
                new ProgressStore.DayCounts(0, 0),
                new ProgressStore.Today(START.minus(Duration.ofHours(5)), java.util.Set.of("resize")),
                START.plus(Duration.ofHours(12)),
                20);
        StudySession session = new StudySession(
                queue, new Fsrs6(), SqliteProgressStore.inMemory(), clock, PACK_ORDER, Integer.MAX_VALUE);
        new StudyScreen(console, session, Articles.of(name -> Optional.empty(), List.of())).run();
        return console;
    }

    private static List<String> wrapped(String text, int width, int indent) {
        return Wrap.wrap(new AttributedString(text), width, indent).stream()
                .map(AttributedString::toString)
                .toList();
    }

    @Test
    void aResizeAtAKeyDrawsTheQuestionAgainWrappedAtTheNewWidth() {
        ScriptedConsole console = study(new ScriptedConsole(
                true,
                80,
                Theme.PLAIN,
                ScriptedConsole.resize(40),
                "b",
                ScriptedConsole.resize(120),
                "\n",
                ScriptedConsole.EOF));
        assertEquals(2, console.redrawn.size());

        List<String> narrow = console.redrawn.get(0);
        assertTrue(narrow.size() <= ScriptedConsole.ROWS - 2, "taller than the screen: " + narrow);
        narrow.forEach(line -> assertTrue(line.length() <= 40, "wider than 40 columns: " + line));
        // Wrapped at word boundaries, as if the question had been asked at 40 columns.
        List<String> question = List.of(
                "Which city, chosen after a long debate",
                "among the member states, hosted the",
                "summit of the organisation in July 2024?");
        assertEquals(question, wrapped(CHOICE_PROMPT, 40, 0));
        assertTrue(Collections.indexOfSubList(narrow, question) >= 0, String.join("\n", narrow));
        // Nothing of the layout at 80 columns: its first line of the question is not there.
        assertFalse(narrow.contains(wrapped(CHOICE_PROMPT, 80, 0).get(0)), String.join("\n", narrow));
        // All of the question fits: the empty line above the header first, the key prompt last, its hint wrapped too.
        assertEquals(List.of("", "2 left · 0 learning · choice"), narrow.subList(0, 2), String.join("\n", narrow));
        List<String> keys = wrapped("Press a–d or 1–4 (Ctrl-G: I don't know, ? more keys).", 40, 0);
        assertEquals(keys, narrow.subList(narrow.size() - keys.size(), narrow.size()));
        assertTrue(narrow.contains("  d) Dushanbe"), String.join("\n", narrow));

        // The feedback is printed at 40 columns, the width the terminal has now.
        String feedback = console.transcript()
                .substring(
                        console.transcript().indexOf("✓ Right."),
                        console.transcript().indexOf("Saved:"));
        for (String line : feedback.split("\n")) {
            assertTrue(line.length() <= 40, "printed wider than the terminal: " + line);
        }

        // At the grade prompt, widened: the question and the feedback are drawn again at 120 columns.
        List<String> wide = console.redrawn.get(1);
        assertTrue(Collections.indexOfSubList(wide, wrapped(CHOICE_PROMPT, 120, 0)) >= 0, String.join("\n", wide));
        assertFalse(wide.contains(question.get(0)), String.join("\n", wide));
        assertTrue(
                wide.contains("Why: The summit met in the Kazakh capital, Astana, on the third and fourth of July, the"
                        + " second time the city hosted it."),
                String.join("\n", wide));
        assertEquals(
                "Enter or Space: Good · 1–4 to choose · ? more keys",
                wide.get(wide.size() - 1),
                String.join("\n", wide));
    }

    @Test
    void aResizeWhileALineIsTypedDrawsTheQuestionAboveItsPromptAgain() {
        ScriptedConsole console = study(new ScriptedConsole(
                true, 120, Theme.PLAIN, "b", "\n", ScriptedConsole.resize(40), "Sadyr Japarov", ScriptedConsole.EOF));
        assertEquals(1, console.redrawn.size());
        List<String> screen = console.redrawn.get(0);
        screen.forEach(line -> assertTrue(line.length() <= 40, "wider than 40 columns: " + line));
        List<String> question = wrapped(SHORT_PROMPT, 40, 0);
        assertEquals(4, question.size(), question.toString());
        // The question right above the prompt, the prompt last: the reader draws the line typed so far after it.
        assertEquals(question, screen.subList(screen.size() - 1 - question.size(), screen.size() - 1));
        assertEquals("Your answer: ", screen.get(screen.size() - 1));
        // What was on screen before stays above it, wrapped anew: the first question's answer and its saved grade.
        assertTrue(screen.contains("Saved: Good · next in 10m"), String.join("\n", screen));
        assertTrue(console.transcript().contains("Your answer: Sadyr Japarov"), console.transcript());
    }

    @Test
    void aLongPromptIsWrappedAtWordsAndKeepsItsTrailingSpace() {
        assertEquals(
                "Your answer (letters of every right\nchoice, e.g. ac): ",
                JLineConsole.wrapped("Your answer (letters of every right choice, e.g. ac): ", 40));
        assertEquals("Your answer: ", JLineConsole.wrapped("Your answer: ", 40));
    }

    @Test
    void theScrollbackKeepsTheLastLinesOfWhatFits() {
        Scrollback scrollback = new Scrollback();
        scrollback.add(new AttributedString("first"), 0);
        scrollback.add(new AttributedString("one two three four"), 2);
        assertEquals(
                List.of("first", "one two", "  three", "  four"),
                scrollback.lastLines(10, 10).stream()
                        .map(AttributedString::toString)
                        .toList());
        assertEquals(
                List.of("  three", "  four"),
                scrollback.lastLines(10, 2).stream()
                        .map(AttributedString::toString)
                        .toList());
        for (int i = 0; i < Scrollback.KEPT + 5; i++) {
            scrollback.add(new AttributedString("line " + i), 0);
        }
        List<AttributedString> all = scrollback.lastLines(80, Integer.MAX_VALUE);
        assertEquals(Scrollback.KEPT, all.size());
        assertEquals("line " + (Scrollback.KEPT + 4), all.get(all.size() - 1).toString());
    }
}
