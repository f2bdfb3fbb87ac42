package quizline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.TestClock;
import quizline.pack.Pack;
import quizline.pack.PackReader;
import quizline.pack.Verdict;
import quizline.schedule.Card;
import quizline.schedule.CardState;
import quizline.schedule.Fsrs6;
import quizline.schedule.Rating;
import quizline.session.CramQueue;
import quizline.session.Queue;
import quizline.session.StudyItem;
import quizline.session.StudyQueue;
import quizline.session.StudyRules;
import quizline.session.StudySession;
import quizline.session.Summary;
import quizline.store.CardKey;
import quizline.store.ProgressStore;
import quizline.store.ReviewKind;
import quizline.store.ReviewRecord;
import quizline.store.SqliteProgressStore;

class StudyScreenTest {
    private static final Path PACKS = Path.of("src/test/resources/packs");
    private static final Instant START = Instant.parse("2024-07-05T09:00:00Z");
    /** The mini pack in its own order, so that each script answers the question it expects. */
    private static final StudyRules PACK_ORDER = StudyRules.DEFAULTS.withOrder(true, false);

    static Pack mini() throws IOException {
        return PackReader.read(Files.readString(PACKS.resolve("mini.json")))
                .pack()
                .orElseThrow();
    }

    private static Optional<String> article(String name) {
        try {
            return Optional.of(Files.readString(PACKS.resolve("articles").resolve(name)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private record Run(ScriptedConsole console, Summary summary, SqliteProgressStore store) {}

    private static Run study(ScriptedConsole console) throws IOException {
        return study(console, false);
    }

    private static Run study(ScriptedConsole console, boolean cram) throws IOException {
        return study(console, cram, Integer.MAX_VALUE);
    }

    private static Run study(ScriptedConsole console, boolean cram, int limit) throws IOException {
        return study(
                console,
                cram,
                limit,
                List.of(mini()),
                Articles.of(
                        StudyScreenTest::article,
                        List.of(PACKS.resolve("articles").toString())));
    }

    private static Run study(ScriptedConsole console, boolean cram, int limit, List<Pack> packs, Articles articles) {
        return study(console, cram, limit, packs, articles, SqliteProgressStore.inMemory(), Map.of());
    }

    private static Run study(
            ScriptedConsole console,
            boolean cram,
            int limit,
            List<Pack> packs,
            Articles articles,
            SqliteProgressStore store,
            Map<CardKey, Card> states) {
        TestClock clock = new TestClock(START, Duration.ofSeconds(1));
        List<StudyItem> items = StudyQueue.select(packs, null, null);
        Queue queue = cram
                ? new CramQueue(items, states, 20)
                : new StudyQueue(
                        items,
                        states,
                        PACK_ORDER,
                        new ProgressStore.DayCounts(0, 0),
                        new ProgressStore.Today(START.minus(Duration.ofHours(5)), java.util.Set.of("mini")),
                        START.plus(Duration.ofHours(12)),
                        20);
        StudySession session = new StudySession(queue, new Fsrs6(), store, clock, PACK_ORDER, limit);
        Summary summary = new StudyScreen(console, session, articles).run();
        return new Run(console, summary, store);
    }

    @Test
    void plainModeAnswersEveryTypeGradesAndSummarises() throws IOException {
        // Each answer is followed by its grade line: empty accepts the suggestion.
        Run run = study(new ScriptedConsole(
                false,
                80,
                Theme.PLAIN,
                "b",
                "",
                "Sadyr Japarov",
                "4",
                "2002",
                "",
                "t",
                "",
                "a c",
                "",
                "Astana",
                "",
                ScriptedConsole.EOF));
        String out = run.console().transcript();
        assertTrue(out.contains("Which city hosted the 2024 summit?\n  a) Samarkand\n  b) Astana\n"), out);
        assertTrue(out.contains("Answer: b) Astana"), out);
        assertTrue(
                out.contains("Why: The 2024 summit met in the Kazakh capital.\nSource: Test Wire, 4 July 2024\n"
                        + "        “The summit was held in Astana this year.”\n"),
                out);
        assertFalse(out.contains("characters"), out);
        assertTrue(
                out.contains(
                        "1 Again 1m · 2 Hard 6m · [3 Good 10m] · 4 Easy 8d\nGrade (Enter: Good, 1–4, ? for more): \n"),
                out);
        assertTrue(
                out.contains(
                        "✗ Wrong. You answered: 2002\nAnswer: 2001\n[1 Again 1m] · 2 Hard 6m · 3 Good 10m · 4 Easy 8d"),
                out);
        assertTrue(out.contains("Answer: a) China, c) Russia"), out);
        assertTrue(out.contains("Kazakhstan's capital is _____."), out);
        // Learning cards come back within the learn-ahead window: the wrong one first (1 minute).
        assertTrue(out.contains("5 left · 5 learning · numeric"), out);
        // Its 1-minute step is not over yet, and the screen says why it comes anyway.
        assertTrue(
                out.matches(
                        "(?s).*5 left · 5 learning · numeric · dates\nEarly \\(due in \\d+s\\): nothing else is due\\.\n.*"),
                out);
        assertEquals(6, run.summary().asked(), out);
        assertEquals(
                List.of(1, 0, 4, 1),
                List.of(
                        run.summary().rated(Rating.AGAIN),
                        run.summary().rated(Rating.HARD),
                        run.summary().rated(Rating.GOOD),
                        run.summary().rated(Rating.EASY)));
        assertTrue(out.contains("Session over: 6 answered · 5 right · 0 with a typo · 1 wrong · 83% · "), out);
        assertTrue(out.contains("Grades: 1 Again · 0 Hard · 4 Good · 1 Easy"), out);
        assertEquals(6, run.store().reviews().size());
        assertEquals(Rating.EASY, run.store().reviews().get(1).rating());
        assertTrue(
                run.console().statuses.get(0).startsWith("6 left · 0 answered · – · "),
                run.console().statuses.toString());
    }

    @Test
    void anArticleNotFoundIsOneLineSayingWhereItLooked() throws IOException {
        Run run = study(
                new ScriptedConsole(false, 80, Theme.PLAIN, "b", "", ScriptedConsole.EOF),
                false,
                1,
                List.of(mini()),
                Articles.of(name -> Optional.empty(), List.of("notes/articles", "packs/articles")));
        String out = run.console().transcript();
        assertTrue(
                out.contains("\nSource: Test Wire, 4 July 2024\n"
                        + "        mini-article.txt not found in notes/articles, packs/articles\n"),
                out);

        Run nowhere = study(
                new ScriptedConsole(false, 80, Theme.PLAIN, "b", "", ScriptedConsole.EOF),
                false,
                1,
                List.of(mini()),
                Articles.of(name -> Optional.empty(), List.of()));
        assertTrue(
                nowhere.console()
                        .transcript()
                        .contains("\nSource: Test Wire, 4 July 2024\n"
                                + "        mini-article.txt not found: no articles folder given\n"),
                nowhere.console().transcript());
    }

    @Test
    void aSourceWithoutAnOutletIsItsHeadlineOrElseItsFile() throws IOException {
        String pack = Files.readString(PACKS.resolve("mini.json"))
                .replace(
                        "[{\"article\": \"mini-article.txt\", \"outlet\": \"Test Wire\", \"published\": \"2024-07-04\"}]",
                        "[{\"article\": \"mini-article.txt\", \"title\": \"Leaders meet in Astana\"}]");
        Run titled = study(
                new ScriptedConsole(false, 80, Theme.PLAIN, "b", "", ScriptedConsole.EOF),
                false,
                1,
                List.of(PackReader.read(pack).pack().orElseThrow()),
                Articles.of(StudyScreenTest::article, List.of("packs/articles")));
        assertTrue(
                titled.console()
                        .transcript()
                        .contains("\nSource: “Leaders meet in Astana”\n"
                                + "        “The summit was held in Astana this year.”\n"),
                titled.console().transcript());

        String bare = pack.replace(", \"title\": \"Leaders meet in Astana\"", "");
        Run file = study(
                new ScriptedConsole(false, 80, Theme.PLAIN, "b", "", ScriptedConsole.EOF),
                false,
                1,
                List.of(PackReader.read(bare).pack().orElseThrow()),
                Articles.of(StudyScreenTest::article, List.of("packs/articles")));
        assertTrue(
                file.console().transcript().contains("\nSource: mini-article.txt\n"),
                file.console().transcript());
    }

    @Test
    void aTypoSuggestsHardAndNamesTheSpellingItMatched() throws IOException {
        Run run =
                study(new ScriptedConsole(false, 80, Theme.PLAIN, "b", "", "Sadyr Zhaparof", "", ScriptedConsole.EOF));
        String out = run.console().transcript();
        assertTrue(
                out.contains("✓ Right, with a typo: you typed \"Sadyr Zhaparof\"; the pack has \"Sadyr Zhaparov\"."),
                out);
        assertTrue(out.contains("[2 Hard 6m]"), out);
        assertEquals(Verdict.TYPO, run.store().reviews().get(1).correctness());
        assertEquals(Rating.HARD, run.store().reviews().get(1).rating());
    }

    /** A surname the pack accepts alone is right, and the feedback gives the full name to learn. */
    @Test
    void aSurnameTypedAloneIsRightAndTheFullNameIsShown() throws IOException {
        String json = Files.readString(PACKS.resolve("mini.json"));
        String withSurname = json.replace("[\"Sadyr Japarov\"]", "[\"Sadyr Japarov\", \"Zhaparov\"]");
        assertFalse(withSurname.equals(json), "the mini pack changed: accept the surname another way");
        Pack pack = PackReader.read(withSurname).pack().orElseThrow();
        Articles articles = Articles.of(StudyScreenTest::article, List.of());
        String surname = study(
                        new ScriptedConsole(false, 80, Theme.PLAIN, "b", "", "zhaparov", "", ScriptedConsole.EOF),
                        false,
                        Integer.MAX_VALUE,
                        List.of(pack),
                        articles)
                .console()
                .transcript();
        assertTrue(surname.contains("✓ Right (full name: Sadyr Zhaparov).\n"), surname);
        String spelling = study(
                        new ScriptedConsole(false, 80, Theme.PLAIN, "b", "", "Sadyr Japarov", "", ScriptedConsole.EOF),
                        false,
                        Integer.MAX_VALUE,
                        List.of(pack),
                        articles)
                .console()
                .transcript();
        assertTrue(spelling.contains("Your answer: Sadyr Japarov\n✓ Right.\n"), spelling);
    }

    @Test
    void undoSaysWhatItTakesBackAndKeepsTheAnswerWaitingForItsGrade() throws IOException {
        // a is wrong, s saves it with Again and suspends it; x answers the second question, then u at its grade
        // takes the first back (its suspension too); b answers it again, then the kept x comes back for its grade.
        Run run = study(
                new ScriptedConsole(false, 200, Theme.PLAIN, "a", "s", "x", "u", "b", "", "", ScriptedConsole.EOF));
        String out = run.console().transcript();
        assertTrue(
                out.contains("Undone: Again on “Which city hosted the 2024 summit?” and its suspension; asked again"
                        + " now. The answer you just gave waits for its grade until then.\n"),
                out);
        assertEquals(2, out.split("Which city hosted the 2024 summit\\?\n", -1).length - 1, out);
        assertTrue(
                out.contains("Back to your answer to “Who was president of Kyrgyzstan in 2024?”:\n"
                        + "✗ Wrong. You answered: x\n"),
                out);
        assertEquals(
                List.of("host-city RIGHT GOOD", "kyrgyz-president WRONG AGAIN"),
                run.store().reviews().stream()
                        .map(r -> r.key().questionId() + " " + r.correctness() + " " + r.rating())
                        .toList());
        assertEquals(Map.of(), run.store().suspended(), "the undo lifted the suspension");
    }

    @Test
    void gradeKeysListFlagSuspendBuryAndShowHistory() throws IOException {
        Run run = study(new ScriptedConsole(
                false,
                80,
                Theme.PLAIN,
                "b",
                "?",
                "h",
                "!",
                "two cities could be meant",
                "s",
                "Sadyr Japarov",
                "b",
                "?",
                ScriptedConsole.EOF));
        String out = run.console().transcript();
        assertTrue(out.contains("Keys:\n  empty line: save the suggested grade (Good)\n"), out);
        assertTrue(out.contains("  b: bury: save with Good, then ask it again on the next study day"), out);
        assertFalse(out.contains("u: undo"), "nothing to undo before the first answer is saved: " + out);
        assertTrue(out.contains("History: never answered before.\n"), out);
        assertTrue(
                out.contains("Note for the pack's author (Enter for none): two cities could be meant\n"
                        + "Flagged: `quizline flagged` lists it"),
                out);
        assertEquals(
                List.of("mini/host-city: two cities could be meant"),
                run.store().flags().stream().map(f -> f.key() + ": " + f.note()).toList());
        assertTrue(
                out.contains("Saved: Good · next in 10m\n"
                        + "Suspended: not asked again until `quizline suspended --unsuspend mini/host-city`"),
                out);
        assertEquals(
                java.util.Set.of(new CardKey("mini", "host-city")),
                run.store().suspended().keySet());
        assertTrue(out.contains("Buried: back on the next study day, from Sat 6 Jul 04:00.\n"), out);
        assertEquals(
                java.util.Set.of(new CardKey("mini", "kyrgyz-president")),
                run.store().buried(Instant.parse("2024-07-06T03:59:00Z")));
        assertEquals(java.util.Set.of(), run.store().buried(Instant.parse("2024-07-06T04:00:00Z")));
        // Neither comes back in this session nor counts: both would be in learning steps otherwise.
        assertTrue(out.contains("4 left · 0 learning · numeric"), out);
        // ? at a typed answer is typed, not help: here it is no number.
        assertTrue(out.contains("Your answer: ?\nType a number"), out);
        assertFalse(out.contains("Next: 2 learning"), out);
    }

    @Test
    void questionMarkAtAChoicePromptListsTheKeys() throws IOException {
        String plain = study(new ScriptedConsole(false, 200, Theme.PLAIN, "?", "b", "", ScriptedConsole.EOF))
                .console()
                .transcript();
        assertTrue(
                plain.contains("Your answer (a–d or 1–4): ?\nKeys: a–d or 1–4 answer; ! alone says you don't know."
                        + " After the answer: Enter or 1–4 grade it, u undoes the previous answer, s suspends,"),
                plain);
        Run keys = study(new ScriptedConsole(true, 200, Theme.COLOR, "?", "2", "?", "\n", ScriptedConsole.EOF));
        String out = keys.console().transcript();
        assertTrue(out.contains("Keys: a–d or 1–4 answer; Ctrl-G says you don't know."), out);
        assertTrue(out.contains("  Enter, Space: save the suggested grade (Good)"), out);
        assertFalse(out.contains("Not an answer"), "? is no slip: " + out);
    }

    /** A store where host-city was answered once, three days ago, and has lapsed {@code lapses} times. */
    private static SqliteProgressStore answeredBefore(int lapses) {
        CardKey hostCity = new CardKey("mini", "host-city");
        Card card = new Card(
                CardState.REVIEW,
                0,
                2,
                8,
                0,
                START.minus(Duration.ofDays(3)),
                START.minus(Duration.ofDays(1)),
                12,
                lapses,
                2,
                1);
        SqliteProgressStore store = SqliteProgressStore.inMemory();
        store.record(new ReviewRecord(
                hostCity,
                START.minus(Duration.ofDays(3)),
                Rating.GOOD,
                "b",
                Verdict.RIGHT,
                1000,
                Card.newCard(hostCity.toString(), Instant.EPOCH),
                card,
                ReviewKind.REVIEW,
                "h"));
        return store;
    }

    private static Run studyAfter(SqliteProgressStore store, String... script) throws IOException {
        CardKey hostCity = new CardKey("mini", "host-city");
        return study(
                new ScriptedConsole(false, 200, Theme.PLAIN, script),
                false,
                Integer.MAX_VALUE,
                List.of(mini()),
                Articles.of(name -> Optional.empty(), List.of()),
                store,
                Map.of(hostCity, store.cards().get(hostCity).card()));
    }

    @Test
    void historyListsEveryEarlierAnswerUnderTheQuestion() throws IOException {
        String out = studyAfter(answeredBefore(0), "b", "h", "", ScriptedConsole.EOF)
                .console()
                .transcript();
        assertTrue(
                out.matches("(?s).*Grade \\(Enter: Good, 1–4, \\? for more\\): h\n"
                        + "History \\(1 answer\\):\n  2 Jul 2024 09:00 · “b” · right · Good · next in 2d\n"
                        + "Grade \\(Enter: Good.*"),
                out);
    }

    @Test
    void aLapseThatReachesTheLeechLimitSuspendsTheQuestionAndSaysSoOnce() throws IOException {
        CardKey hostCity = new CardKey("mini", "host-city");
        SqliteProgressStore store = answeredBefore(7);
        String out = studyAfter(store, "a", "", ScriptedConsole.EOF).console().transcript();
        assertTrue(
                out.contains("This question is a leech (8 lapses): suspended. `quizline suspended --unsuspend"
                        + " mini/host-city` brings it back;"),
                out);
        assertEquals(1, out.split("leech", -1).length - 1, "said once: " + out);
        assertTrue(store.suspended().get(hostCity).leech());
        assertEquals(1, out.split("Which city hosted", -1).length - 1, "not asked again: " + out);
    }

    @Test
    void singleKeysAnswerGradeAndUndo() throws IOException {
        // x and 9 are not choices; 2 picks Astana; Enter accepts Good; on the next question,
        // a key that is no grade is ignored and 1 grades Again.
        Run run = study(new ScriptedConsole(
                true, 80, Theme.COLOR, "x", "9", "2", "\n", "nobody", "z", "1", ScriptedConsole.EOF));
        assertEquals(Verdict.RIGHT, run.store().reviews().get(0).correctness());
        assertEquals(Rating.GOOD, run.store().reviews().get(0).rating());
        assertEquals(Rating.AGAIN, run.store().reviews().get(1).rating());
        assertTrue(
                run.console().transcript().contains("Press a–d or 1–4 (Ctrl-G: I don't know, ? more keys)."),
                run.console().transcript());
    }

    @Test
    void endOfInputAndCtrlCEndWithTheSummary() throws IOException {
        Run eof = study(new ScriptedConsole(false, 80, Theme.PLAIN, "b", "", ScriptedConsole.EOF));
        assertTrue(
                eof.console().transcript().contains("Session over: 1 answered · 1 right"),
                eof.console().transcript());
        Run ungraded = study(new ScriptedConsole(false, 80, Theme.PLAIN, "b", ScriptedConsole.EOF));
        assertEquals(1, ungraded.store().reviews().size(), "an answer left at its grade keeps the suggestion");
        assertEquals(Rating.GOOD, ungraded.store().reviews().get(0).rating());
        Run interrupted = study(new ScriptedConsole(true, 80, Theme.COLOR, ScriptedConsole.CTRL_C));
        assertTrue(
                interrupted.console().transcript().contains("Session over: 0 answered"),
                interrupted.console().transcript());
    }

    @Test
    void cramLogsAnswersAsCramAndAsksMissedOnesAgain() throws IOException {
        Run run = study(
                new ScriptedConsole(
                        false,
                        80,
                        Theme.PLAIN,
                        "a",
                        "nobody",
                        "2001",
                        "t",
                        "ac",
                        "Astana",
                        "b",
                        "Sadyr Zhaparov",
                        ScriptedConsole.EOF),
                true);
        assertEquals(8, run.store().reviews().size());
        assertTrue(run.store().reviews().stream().allMatch(r -> r.kind() == ReviewKind.CRAM));
        assertTrue(run.store().reviews().stream().allMatch(r -> r.before().equals(r.after())));
        assertTrue(run.store().cards().isEmpty(), "cram must not schedule anything");
        assertTrue(run.console().transcript().contains("Cram answers are logged; no schedule was changed."));
    }

    @Test
    void narrowTerminalWrapsEveryLineWithinItsWidth() throws IOException {
        Run run = study(new ScriptedConsole(false, 24, Theme.PLAIN, "b", "", "x", "", ScriptedConsole.EOF));
        for (var line : run.console().printed) {
            assertTrue(line.columnLength() <= 24, "too wide: " + line);
        }
        assertTrue(
                run.console().transcript().contains("Which city hosted the\n2024 summit?"),
                run.console().transcript());
    }

    @Test
    void plainThemeWritesNoEscapeCodes() throws IOException {
        Run run = study(new ScriptedConsole(false, 80, Theme.PLAIN, "b", "", "x", "", "2001", "", ScriptedConsole.EOF));
        for (var line : run.console().printed) {
            assertFalse(line.toAnsi().contains("\u001b"), "escape code in: " + line);
        }
    }

    @Test
    void theHeaderCountsWhatIsLeftAndNeverGrows() throws IOException {
        Run run = study(new ScriptedConsole(false, 80, Theme.PLAIN, "b", "", "Sadyr Japarov", "", ScriptedConsole.EOF));
        String out = run.console().transcript();
        assertTrue(out.contains("6 left · 0 learning · choice · hosts\nWhich city"), out);
        // host-city is now in its learning steps: still one of the six, not a seventh question.
        assertTrue(out.contains("6 left · 1 learning · short · people\nWho was"), out);
        assertFalse(out.contains(" of 7"), out);
        assertTrue(
                run.console().statuses.get(0).startsWith("6 left · 0 answered · – · "),
                run.console().statuses.toString());
    }

    @Test
    void theLimitCountsAnswersThenTheSummary() throws IOException {
        Run run = study(
                new ScriptedConsole(
                        false, 80, Theme.PLAIN, "b", "", "Sadyr Japarov", "", "2001", "", "t", "", ScriptedConsole.EOF),
                false,
                3);
        String out = run.console().transcript();
        assertEquals(3, run.summary().asked(), out);
        assertEquals(3, run.store().reviews().size());
        assertTrue(out.contains("3 left · 0 learning · choice"), out);
        // The limit leaves room for two answers, then one: the learning cards cannot all come back.
        assertTrue(out.contains("2 left · 1 learning · short"), out);
        assertTrue(out.contains("1 left · 0 learning · numeric"), out);
        assertFalse(out.contains("Belarus"), out);
    }

    @Test
    void aLearningCardAskedBeforeItIsDueSaysSo() throws IOException {
        // All six right and Good: each is in its 10-minute step, and nothing else is due.
        Run run = study(new ScriptedConsole(
                false,
                80,
                Theme.PLAIN,
                "b",
                "",
                "Sadyr Japarov",
                "",
                "2001",
                "",
                "t",
                "",
                "ac",
                "",
                "Astana",
                "",
                "b",
                "",
                ScriptedConsole.EOF));
        String out = run.console().transcript();
        assertEquals(7, run.summary().asked(), out);
        assertTrue(
                out.matches(
                        "(?s).*6 left · 6 learning · choice · hosts\nEarly \\(due in \\d+m\\d+s\\): nothing else is due\\.\n"
                                + "Which city.*"),
                out);
        assertFalse(
                out.substring(0, out.indexOf("6 left · 6 learning")).contains("Early"),
                "a new card is never early: " + out);
        assertTrue(out.contains("\nNext: 5 learning cards in 9 min, 1 review in 2 days\n"), out);
    }

    @Test
    void slipsOfTheHandAreAskedAgainWithAHintNeverGraded() throws IOException {
        // An empty line for a name, words and an ordinal for a year, 1 and an empty line for true/false,
        // an empty cloze blank: each is asked again; only the real answers are judged.
        Run run = study(new ScriptedConsole(
                false,
                80,
                Theme.PLAIN,
                "b",
                "",
                "",
                "Sadyr Japarov",
                "",
                "six",
                "4th",
                "2001",
                "",
                "1",
                "",
                "t",
                "",
                "ac",
                "",
                "",
                "Astana",
                "",
                ScriptedConsole.EOF));
        String out = run.console().transcript();
        assertEquals(6, run.store().reviews().size(), out);
        assertTrue(run.store().reviews().stream().allMatch(r -> r.correctness() == Verdict.RIGHT), out);
        assertTrue(
                out.contains(
                        "Your answer: \nType your answer, or ! alone if you don't know.\nYour answer: Sadyr Japarov"),
                out);
        assertTrue(
                out.contains(
                        "Your answer: six\nType a number, e.g. 2024, or ! alone if you don't know.\nYour answer: 4th\n"),
                out);
        assertTrue(
                out.contains(
                        "True or false (t/f): 1\nAnswer t for true or f for false, or ! alone if you don't know.\n"),
                out);
        assertTrue(
                out.contains(
                        "Fill the blank: \nType your answer, or ! alone if you don't know.\nFill the blank: Astana"),
                out);
    }

    @Test
    void dontKnowGradesAgainOnPurpose() throws IOException {
        // ! at a choice and at a typed answer: no grade line, Again at once.
        Run run = study(new ScriptedConsole(false, 80, Theme.PLAIN, "!", " ! ", "2001", "", ScriptedConsole.EOF));
        String out = run.console().transcript();
        assertEquals(
                List.of(Rating.AGAIN, Rating.AGAIN, Rating.GOOD),
                run.store().reviews().stream().map(r -> r.rating()).toList(),
                out);
        assertEquals(Verdict.WRONG, run.store().reviews().get(0).correctness());
        assertTrue(out.contains("Your answer (a–d or 1–4): !\n? Not known.\nAnswer: b) Astana\n"), out);
        assertTrue(out.contains("Saved: Again · next in 1m\n\n"), out);
        assertEquals(1, out.split("Grade \\(", -1).length - 1, "only the year was graded by hand: " + out);
    }

    @Test
    void inATerminalCtrlGSaysDontKnowAndAKeyThatIsNoAnswerGetsAHint() throws IOException {
        // x is no choice; Ctrl-G: not known, graded Again; a key for the next question; at the typed
        // answer Ctrl-G again; then 1 on the year (wrong), Enter for Again; then 1 on true/false.
        Run run = study(new ScriptedConsole(
                true, 80, Theme.COLOR, "x", "\u0007", " ", "\u0007", " ", "1", "\n", "1", ScriptedConsole.EOF));
        String out = run.console().transcript();
        assertEquals(
                List.of(Rating.AGAIN, Rating.AGAIN, Rating.AGAIN),
                run.store().reviews().stream().map(r -> r.rating()).toList(),
                out);
        assertTrue(
                out.contains(
                        "Press a–d or 1–4 (Ctrl-G: I don't know, ? more keys).\nNot an answer: press a–d or 1–4, or Ctrl-G if you don't know."),
                out);
        assertTrue(out.contains("Not an answer: press t for true, f for false, or Ctrl-G if you don't know."), out);
    }

    @Test
    void aWrongMultiAnswerNamesWhatWasMissedAndWhatWasWrong() throws IOException {
        Run run = study(new ScriptedConsole(
                false,
                80,
                Theme.PLAIN,
                "b",
                "",
                "Sadyr Japarov",
                "",
                "2001",
                "",
                "t",
                "",
                "a b",
                "",
                ScriptedConsole.EOF));
        String out = run.console().transcript();
        assertTrue(
                out.contains("✗ Wrong. You answered: a) China, b) India\nMissed: c) Russia · not right: b) India\n"),
                out);
    }
}
