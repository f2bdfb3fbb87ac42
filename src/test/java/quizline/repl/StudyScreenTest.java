package quizline.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.TestClock;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Verdict;
import quizline.session.InMemoryReviewLog;
import quizline.session.StudyFilter;
import quizline.session.StudyQueue;
import quizline.session.StudySession;
import quizline.session.Summary;

class StudyScreenTest {
    private static final Path PACKS = Path.of("src/test/resources/packs");

    private static Pack mini() throws IOException {
        return PackReader.read(Files.readString(PACKS.resolve("mini.json"))).pack().orElseThrow();
    }

    private static Optional<String> article(String name) {
        try {
            return Optional.of(Files.readString(PACKS.resolve("articles").resolve(name)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private record Run(ScriptedConsole console, Summary summary, InMemoryReviewLog log) {}

    private static Run study(ScriptedConsole console) throws IOException {
        InMemoryReviewLog log = new InMemoryReviewLog();
        TestClock clock = new TestClock(Instant.parse("2024-07-05T09:00:00Z"), Duration.ofSeconds(1));
        StudySession session = new StudySession(
                StudyQueue.build(List.of(mini()), new StudyFilter(null, null, 20)), clock, log);
        Summary summary = new StudyScreen(console, session, StudyScreenTest::article).run();
        return new Run(console, summary, log);
    }

    @Test
    void plainModeAnswersEveryTypeAndSummarises() throws IOException {
        Run run = study(new ScriptedConsole(false, 80, Theme.PLAIN,
                "b", "Sadyr Japarov", "2002", "t", "a c", "Astana"));
        String out = run.console().transcript();
        assertTrue(out.contains("Which city hosted the 2024 summit?\n  a) Samarkand\n  b) Astana\n"), out);
        assertTrue(out.contains("Answer: b) Astana"), out);
        assertTrue(out.contains("Source: mini-article.txt, Test Wire, 2024-07-04 (characters 0–40)"), out);
        assertTrue(out.contains("“The summit was held in Astana this year.”"), out);
        assertTrue(out.contains("✗ Wrong. You answered: 2002\nAnswer: 2001"), out);
        assertTrue(out.contains("Answer: a) China, c) Russia"), out);
        assertTrue(out.contains("Kazakhstan's capital is _____."), out);
        assertEquals(new Summary(6, 6, 5, 0, 1, run.summary().elapsed()), run.summary());
        assertTrue(out.endsWith("Session over: 6 of 6 answered · 5 right · 0 with a typo · 1 wrong · 83% · "
                + Durations.compact(run.summary().elapsed()) + "\n"), out);
        assertEquals(6, run.log().reviews().size());
        assertEquals("1/6 · – · 1s", run.console().statuses.get(0));
        assertTrue(run.console().statuses.get(1).startsWith("2/6 · 100% · "), run.console().statuses.toString());
        assertTrue(run.console().statuses.get(3).startsWith("4/6 · 67% · "), run.console().statuses.toString());
    }

    @Test
    void aTypoIsRightAndNamesTheSpellingItMatched() throws IOException {
        Run run = study(new ScriptedConsole(false, 80, Theme.PLAIN, "b", "Sadyr Zhaparof"));
        String out = run.console().transcript();
        assertTrue(out.contains("✓ Right, with a typo: you typed \"Sadyr Zhaparof\"; the pack has \"Sadyr Zhaparov\"."), out);
        assertEquals(Verdict.TYPO, run.log().reviews().get(1).verdict());
    }

    @Test
    void plainModeAsksAgainWhenAChoiceIsNotUnderstood() throws IOException {
        Run run = study(new ScriptedConsole(false, 80, Theme.PLAIN, "z", "Astana", "2", ScriptedConsole.EOF));
        String out = run.console().transcript();
        assertEquals(2, out.split("Answer with one letter or number: a–d or 1–4\\.", -1).length - 1, out);
        assertTrue(out.contains("✓ Right."), out);
        assertEquals(1, run.summary().asked());
    }

    @Test
    void endOfInputAndCtrlCEndWithTheSummary() throws IOException {
        Run eof = study(new ScriptedConsole(false, 80, Theme.PLAIN, "b", ScriptedConsole.EOF));
        assertTrue(eof.console().transcript().contains("Session over: 1 of 6 answered · 1 right"), eof.console().transcript());
        Run interrupted = study(new ScriptedConsole(true, 80, Theme.COLOR, ScriptedConsole.CTRL_C));
        assertTrue(interrupted.console().transcript().contains("Session over: 0 of 6 answered"),
                interrupted.console().transcript());
        assertEquals(0, interrupted.log().reviews().size());
    }

    @Test
    void singleKeysAnswerAChoiceAndIgnoreOtherKeys() throws IOException {
        // x and 9 are not choices; 2 picks Astana; space moves on; then Ctrl-D.
        Run run = study(new ScriptedConsole(true, 80, Theme.COLOR, "x", "9", "2", " ", ScriptedConsole.EOF));
        assertEquals(Verdict.RIGHT, run.log().reviews().get(0).verdict());
        assertTrue(run.console().transcript().contains("Press a–d or 1–4."), run.console().transcript());
    }

    @Test
    void narrowTerminalWrapsEveryLineWithinItsWidth() throws IOException {
        Run run = study(new ScriptedConsole(false, 24, Theme.PLAIN, "b", "x", ScriptedConsole.EOF));
        for (var line : run.console().printed) {
            assertTrue(line.columnLength() <= 24, "too wide: " + line);
        }
        assertTrue(run.console().transcript().contains("Which city hosted the\n2024 summit?"), run.console().transcript());
    }

    @Test
    void plainThemeWritesNoEscapeCodes() throws IOException {
        Run run = study(new ScriptedConsole(false, 80, Theme.PLAIN, "b", "x", "2001", ScriptedConsole.EOF));
        for (var line : run.console().printed) {
            assertFalse(line.toAnsi().contains("\u001b"), "escape code in: " + line);
        }
    }
}
