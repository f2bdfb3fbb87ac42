package quizline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.draft.Decision;
import quizline.draft.Decisions;
import quizline.draft.Edits;
import quizline.draft.QuestionReview;
import quizline.draft.ReviewSession;
import quizline.pack.Pack;
import quizline.pack.PackReader;

class DraftReviewScreenTest {
    private static final Path FIXTURE = Path.of("src/test/resources/review");

    static Pack draft() throws IOException {
        return PackReader.read(Files.readString(FIXTURE.resolve("club-draft.json")))
                .pack()
                .orElseThrow();
    }

    private static Optional<String> article(String name) {
        try {
            return Optional.of(Files.readString(FIXTURE.resolve("articles").resolve(name)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A review run: what was shown, how it ended, and every version of the decisions saved. */
    private record Run(ScriptedConsole console, DraftReviewScreen.Ending ending, List<Decisions> saves) {
        Decisions last() {
            return saves.get(saves.size() - 1);
        }
    }

    private static Run review(Decisions start, boolean singleKeys, String... script) throws IOException {
        ScriptedConsole console = new ScriptedConsole(singleKeys, 80, Theme.PLAIN, script);
        List<Decisions> saves = new ArrayList<>();
        ReviewSession session = new ReviewSession(draft(), start, saves::add);
        DraftReviewScreen.Ending ending = new DraftReviewScreen(console, session, DraftReviewScreenTest::article).run();
        return new Run(console, ending, saves);
    }

    /**
     * The draft's one conflict settled, so the questions come in draft order: an open conflict and the questions
     * it covers come first (see the conflict tests).
     */
    private static final Decisions SETTLED = Decisions.EMPTY.withConflict("chair-spelling", "Ilya Sorokin");

    private static Run review(String... keys) throws IOException {
        return review(SETTLED, true, keys);
    }

    @Test
    void acceptRejectAndSkipAreSavedAfterEveryKey() throws IOException {
        Run run = review("a", "r", "s", "q");
        assertEquals(DraftReviewScreen.Ending.QUIT, run.ending());
        assertEquals(3, run.saves().size(), "one save per decision");
        assertEquals(
                Map.of("founder", new QuestionReview(Decision.ACCEPT, Edits.NONE)),
                run.saves().get(0).questions());
        assertEquals(Decision.REJECT, run.saves().get(1).question("meeting-day").decision());
        assertEquals(Decision.SKIP, run.last().question("founded").decision());
        String json = run.last().toJson();
        assertTrue(json.contains("\"founder\" : {\n      \"decision\" : \"accept\""), json);
        assertTrue(json.contains("\"meeting-day\" : {\n      \"decision\" : \"reject\""), json);
        assertTrue(json.contains("\"founded\" : {\n      \"decision\" : \"skip\""), json);
    }

    @Test
    void showsTheQuestionItsSourceSentenceAndTheProgress() throws IOException {
        String shown = review("q").console().transcript();
        assertTrue(shown.contains("0/5 reviewed · 0 conflicts left"), shown);
        assertTrue(shown.contains("Question 1 of 5 · short · founder · undecided · draft"), shown);
        assertTrue(shown.contains("Prompt: Who founded the Lakeside Chess Club?"), shown);
        assertTrue(shown.contains("Answer: Marta Kowalczyk"), shown);
        assertTrue(shown.contains("Aliases: Kowalczyk"), shown);
        assertTrue(shown.contains("“The Lakeside Chess Club was founded in 1987 by Marta"), shown);
    }

    @Test
    void aMissingArticleIsSaidSo() throws IOException {
        ScriptedConsole console = new ScriptedConsole(true, 80, Theme.PLAIN, "q");
        new DraftReviewScreen(console, new ReviewSession(draft(), SETTLED, d -> {}), name -> Optional.empty()).run();
        assertTrue(console.transcript().contains("Source: club-notes.txt: article not found"), console.transcript());
    }

    @Test
    void backGoesToThePreviousQuestionToDecideItAgain() throws IOException {
        Run run = review("a", "b", "r", "q");
        assertEquals(Decision.REJECT, run.last().question("founder").decision());
        assertFalse(run.last().questions().containsKey("meeting-day"));
        Run atFirst = review("b", "q");
        assertTrue(
                atFirst.console().transcript().contains("nothing to go back to"),
                atFirst.console().transcript());
    }

    @Test
    void editsEachFieldFromItsCurrentValue() throws IOException {
        Run run = review(
                "e",
                "p",
                "Who founded the club?",
                "e",
                "n",
                "Marta K. Kowalczyk",
                "e",
                "l",
                "Kowalczyk, M. Kowalczyk",
                "e",
                "x",
                "She founded it in 1987.",
                "a",
                "e",
                "c",
                "Monday | Thursday | Sunday",
                "e",
                "n",
                "Thursday",
                "q");
        Edits founder = run.last().question("founder").edits();
        assertEquals("Who founded the club?", founder.prompt());
        assertEquals("Marta K. Kowalczyk", founder.answer());
        assertEquals(List.of("Kowalczyk", "M. Kowalczyk"), founder.accept());
        assertEquals("She founded it in 1987.", founder.explanation());
        assertEquals(Decision.ACCEPT, run.last().question("founder").decision());
        Edits day = run.last().question("meeting-day").edits();
        assertEquals(List.of("Monday", "Thursday", "Sunday"), day.choices());
        assertEquals("Thursday", day.answer());
        assertEquals(Decision.SKIP, run.last().question("meeting-day").decision(), "an edit alone decides nothing");
        String shown = run.console().transcript();
        assertTrue(shown.contains("Prompt: [Who founded the Lakeside Chess Club?] Who founded the club?"), shown);
        assertTrue(shown.contains("Aliases: [Kowalczyk] Kowalczyk, M. Kowalczyk"), shown);
        assertTrue(shown.contains("Choices: [Monday | Thursday | Saturday] Monday | Thursday | Sunday"), shown);
        assertTrue(shown.contains("Answer: [Thursday] Thursday"), shown);
        assertTrue(shown.contains("  c) Sunday"), "the question is shown again with the edit:\n" + shown);
        assertTrue(shown.contains("Edited: prompt, answer, aliases, explanation"), shown);
    }

    @Test
    void anEditKeptUnchangedStillSavesTheSameValue() throws IOException {
        Run run = review("e", "n", ScriptedConsole.KEEP, "q");
        assertEquals("Marta Kowalczyk", run.last().question("founder").edits().answer());
    }

    @Test
    void badEditsAreReportedAndNotSaved() throws IOException {
        Run run = review("a", "a", "e", "n", "nineteen eighty-seven", "e", "l", "e", "c", "e", "z", "q");
        String shown = run.console().transcript();
        assertTrue(shown.contains("Not changed: \"nineteen eighty-seven\" is not a number."), shown);
        assertTrue(shown.contains("Cannot edit: only short answers have aliases."), shown);
        assertTrue(shown.contains("Cannot edit: a numeric question has no choices."), shown);
        assertTrue(shown.contains("No field has the key \"z\"; nothing changed."), shown);
        assertNull(run.last().question("founded"), "nothing about founded was saved");
        Run shorter = review("a", "e", "c", "Monday", "q");
        assertTrue(
                shorter.console().transcript().contains("Not changed: a question needs at least two choices"),
                shorter.console().transcript());
        Run lost = review("a", "e", "n", "c", "e", "c", "Monday | Tuesday", "q");
        assertTrue(
                lost.console().transcript().contains("Not changed: \"c\" is neither a choice's letter nor its text."),
                lost.console().transcript());
    }

    @Test
    void aConflictIsSettledByPickingAValueAndItsQuestionShowsTheResult() throws IOException {
        Run run = review(Decisions.EMPTY, true, "3", "2", "a", "a", "a", "a", "r");
        assertEquals(DraftReviewScreen.Ending.FINISHED, run.ending());
        assertEquals(Map.of("chair-spelling", "Ilia Sorokin"), run.last().conflicts());
        assertEquals(Decision.ACCEPT, run.last().question("chair").decision());
        String shown = run.console().transcript();
        assertTrue(
                shown.contains("  1) Ilya Sorokin · club-notes.txt\n     “Its current chair is Ilya Sorokin.”"), shown);
        assertTrue(shown.contains("  2) Ilia Sorokin · club-news.txt"), shown);
        assertTrue(shown.contains("There is no value 3"), shown);
        assertTrue(shown.contains("chair: answer Ilia Sorokin · also accepted: Ilya Sorokin"), shown);
        assertTrue(
                shown.contains("Answer: Ilia Sorokin\nAliases: Ilya Sorokin"),
                "the question shows the settled answer:\n" + shown);
        assertTrue(shown.contains("End of the draft: 5/5 reviewed · 0 conflicts left."), shown);
    }

    @Test
    void aQuestionWaitingForItsConflictSaysSo() throws IOException {
        Run run = review(Decisions.EMPTY, true, "s", "q");
        assertTrue(
                run.console().transcript().contains("Question 2 of 6 · short · chair"),
                run.console().transcript());
        assertTrue(
                run.console().transcript().contains("Waits for: conflict chair-spelling"),
                run.console().transcript());
    }

    @Test
    void resumesWithTheQuestionsStillUndecided() throws IOException {
        Decisions saved = SETTLED.with("founder", new QuestionReview(Decision.ACCEPT, Edits.NONE))
                .with("meeting-day", new QuestionReview(Decision.REJECT, Edits.NONE))
                .with("founded", new QuestionReview(Decision.SKIP, Edits.NONE.withAnswer("1987")));
        String shown = review(saved, true, "q").console().transcript();
        assertTrue(shown.contains("2/5 reviewed · 0 conflicts left"), shown);
        assertTrue(shown.contains("Question 1 of 3 · numeric · founded · undecided"), shown);
        assertTrue(shown.contains("Answer: 1987"), "the saved edit shows:\n" + shown);
        Decisions all = saved.with("founded", new QuestionReview(Decision.ACCEPT, Edits.NONE))
                .with("members", new QuestionReview(Decision.REJECT, Edits.NONE))
                .with("chair", new QuestionReview(Decision.ACCEPT, Edits.NONE))
                .withConflict("chair-spelling", "Ilya Sorokin");
        Run done = review(all, true);
        assertEquals(DraftReviewScreen.Ending.FINISHED, done.ending());
        assertTrue(
                done.console().transcript().contains("Nothing left to review: 5/5 reviewed · 0 conflicts left."),
                done.console().transcript());
        assertTrue(done.saves().isEmpty());
    }

    @Test
    void ctrlCAndCtrlDLeaveWithEverythingSaved() throws IOException {
        Run interrupted = review("a", ScriptedConsole.CTRL_C);
        assertEquals(DraftReviewScreen.Ending.INTERRUPTED, interrupted.ending());
        assertEquals(Decision.ACCEPT, interrupted.last().question("founder").decision());
        assertTrue(interrupted.console().transcript().contains("every decision so far is saved"));
        Run midEdit = review("a", "e", "p", ScriptedConsole.EOF);
        assertEquals(DraftReviewScreen.Ending.INTERRUPTED, midEdit.ending());
        assertEquals(1, midEdit.saves().size());
    }

    @Test
    void plainModeTakesOneCommandALineAndChoicesOneALine() throws IOException {
        Run run = review(SETTLED, false, "a", "accept", "e", "c", "Monday", "Friday", "Thursday", "", "a", "q");
        assertEquals(
                List.of("Monday", "Friday", "Thursday"),
                run.last().question("meeting-day").edits().choices());
        assertEquals(Decision.ACCEPT, run.last().question("meeting-day").decision());
        assertTrue(
                run.console().transcript().contains("Type one key a line"),
                run.console().transcript());
        assertTrue(run.console().statuses.isEmpty(), "plain mode prints the progress as a line instead");
    }

    /** The club draft with founder and founded written from one fact the extractor read with doubt. */
    private static Pack doubtfulDraft() throws IOException {
        Pack club = draft();
        List<quizline.pack.Question> questions = club.questions().stream()
                .map(q -> q.id().equals("founder") || q.id().equals("founded")
                        ? q.withFact(q.asOf(), "club-founding")
                        : q)
                .toList();
        return club.withQuestions(questions)
                .withDoubts(List.of(new quizline.pack.Doubt("club-founding", 0.7, "member.7")));
    }

    @Test
    void aDoubtfulFactIsMarkedAndItsQuestionsAreDecidedTogetherWithF() throws IOException {
        ScriptedConsole console = new ScriptedConsole(true, 100, Theme.PLAIN, "s", "s", "f", "a", "q");
        List<Decisions> saves = new ArrayList<>();
        new DraftReviewScreen(
                        console,
                        new ReviewSession(doubtfulDraft(), Decisions.EMPTY, saves::add),
                        DraftReviewScreenTest::article)
                .run();
        String shown = console.transcript();
        assertTrue(
                shown.contains("Question 3 of 6 · short · founder"),
                "after the conflict, the doubtful fact first:\n" + shown);
        assertTrue(shown.contains("Doubtful: the fact was read with confidence 0.7 (rule member.7)"), shown);
        assertTrue(shown.contains("Accepted 2 questions of this fact: founder, founded."), shown);
        assertTrue(shown.contains("Question 4 of 5 · choice · meeting-day"), "founded left the plan:\n" + shown);
        Decisions last = saves.get(saves.size() - 1);
        assertEquals(Decision.ACCEPT, last.question("founded").decision());
    }

    @Test
    void nJumpsToTheNextOpenConflictLeavingTheQuestionsBetweenUndecided() throws IOException {
        Pack club = draft();
        quizline.pack.Conflict chair = club.conflicts().get(0);
        List<quizline.pack.Conflict> conflicts = List.of(
                chair, new quizline.pack.Conflict("chair-title", "the chair's title", chair.values(), List.of(), null));
        Pack twoConflicts = club.withConflicts(conflicts);
        ScriptedConsole console = new ScriptedConsole(true, 100, Theme.PLAIN, "n", "n", "q");
        List<Decisions> saves = new ArrayList<>();
        new DraftReviewScreen(
                        console, new ReviewSession(twoConflicts, SETTLED, saves::add), DraftReviewScreenTest::article)
                .run();
        String shown = console.transcript();
        assertTrue(shown.contains("Question 1 of 6 · short · founder"), shown);
        assertTrue(shown.contains("Conflict 6 of 6 · chair-title"), shown);
        assertTrue(shown.contains("\"n\" does nothing here"), "at a conflict, n is no key:\n" + shown);
        assertTrue(saves.isEmpty(), "the questions passed stay undecided");
        ScriptedConsole last = new ScriptedConsole(true, 100, Theme.PLAIN, "n", "q");
        new DraftReviewScreen(
                        last,
                        new ReviewSession(twoConflicts, SETTLED.withConflict("chair-title", "Ilya Sorokin"), d -> {}),
                        DraftReviewScreenTest::article)
                .run();
        assertTrue(last.transcript().contains("No open conflict lies ahead."), last.transcript());
    }

    @Test
    void questionMarkShowsTheKeysAndLinesFitTheWidth() throws IOException {
        ScriptedConsole console = new ScriptedConsole(true, 40, Theme.PLAIN, "?", "q");
        new DraftReviewScreen(console, new ReviewSession(draft(), SETTLED, d -> {}), DraftReviewScreenTest::article)
                .run();
        assertTrue(console.transcript().contains("x explanation"), console.transcript());
        console.printed.forEach(line -> assertTrue(line.columnLength() <= 40, "too wide: " + line));
    }
}
