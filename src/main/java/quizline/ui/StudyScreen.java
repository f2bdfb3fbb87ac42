package quizline.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import quizline.pack.AnswerMatcher;
import quizline.pack.Answers;
import quizline.pack.Checked;
import quizline.pack.ClozeText;
import quizline.pack.Question;
import quizline.pack.Response;
import quizline.pack.Source;
import quizline.pack.SourceRef;
import quizline.pack.Verdict;
import quizline.schedule.Intervals;
import quizline.schedule.Rating;
import quizline.session.Outcome;
import quizline.session.ResponseReader;
import quizline.session.StudyItem;
import quizline.session.StudySession;
import quizline.session.Summary;
import quizline.store.ReviewRecord;
import quizline.store.UndoRefused;

/** The study loop on a console: ask, read the answer, show the feedback, until done or told to stop. */
public final class StudyScreen {
    private static final String GAP = "_____";

    private final Console console;
    private final StudySession session;
    private final Articles articles;
    /** What was answered, by the judgement the session keeps: an answer kept through an undo is shown again. */
    private final Map<Checked, Response> responses = new IdentityHashMap<>();

    public StudyScreen(Console console, StudySession session, Articles articles) {
        this.console = console;
        this.session = session;
        this.articles = articles;
    }

    /** Runs until the queue is empty, input ends or Ctrl-C; always ends with the summary. */
    public Summary run() {
        try {
            Optional<StudyItem> item;
            while ((item = session.current()).isPresent()) {
                console.status(statusText(null));
                Optional<Outcome> kept = session.judged();
                if (kept.isPresent()) {
                    // An answer kept through an undo: judged already, it only waits for its grade.
                    console.println("");
                    print(new AttributedString(
                            "Back to your answer to “"
                                    + promptText(kept.get().item().question()) + "”:",
                            console.theme().dim()));
                    feedback(kept.get(), responses.get(kept.get().checked()));
                    gradeOrUndo(kept.get());
                    continue;
                }
                Response response;
                try {
                    response = ask(item.get());
                } catch (DontKnow dontKnow) {
                    response = null;
                }
                Outcome outcome = response == null ? session.dontKnow() : session.submit(response);
                responses.put(outcome.checked(), response);
                feedback(outcome, response);
                if (console.singleKeys()) {
                    console.status(statusText(outcome));
                }
                if (outcome.graded() && response == null) {
                    // Said on purpose: Again, without asking for the grade.
                    saved(session.grade(Rating.AGAIN));
                }
                if (outcome.graded() && response != null) {
                    gradeOrUndo(outcome);
                } else if (console.singleKeys() && session.current().isPresent()) {
                    pauseOrUndo();
                }
            }
        } catch (Console.EndOfInput | Console.Interrupted stop) {
            console.println("");
            session.gradePendingWithSuggestion().forEach(this::saved);
        }
        Summary summary = session.summary();
        printSummary(summary);
        return summary;
    }

    /**
     * {@code 12 left · 7 answered · 86% · 3m12s}: questions still to come (the one on screen
     * included), answers so far, accuracy, time spent. While its feedback shows, an answer not yet
     * graded already counts as answered.
     */
    String statusText(Outcome showing) {
        Summary s = session.summary();
        boolean pending = showing != null && showing.graded();
        int answered = s.asked() + (pending ? 1 : 0);
        int accepted =
                s.right() + s.typo() + (pending && showing.checked().verdict().isAccepted() ? 1 : 0);
        String accuracy = answered == 0 ? "–" : Math.round(100.0 * accepted / answered) + "%";
        return session.left().questions() + " left · " + answered + " answered · " + accuracy + " · "
                + Durations.compact(s.elapsed());
    }

    /** {@code 12 left · 3 learning}: what is left, never a count that grows with each learning step. */
    private String leftText() {
        var left = session.left();
        return left.questions() + " left" + (session.cram() ? "" : " · " + left.learning() + " learning");
    }

    /**
     * Shows what each grade would do, then takes a key: Enter/Space (plain mode: an empty line) for the suggestion,
     * 1–4, or one of the keys {@code ?} lists (undo, suspend, bury, flag, history).
     */
    private void gradeOrUndo(Outcome outcome) throws Console.EndOfInput, Console.Interrupted {
        print(gradeLine(outcome), 0);
        String suggested = outcome.suggested().label();
        if (console.singleKeys()) {
            print(new AttributedString(
                    "Enter or Space: " + suggested + " · 1–4 to choose · ? more keys",
                    console.theme().dim()));
            boolean hinted = false;
            while (true) {
                char key = console.readKey();
                Optional<Boolean> done = gradeKey(key == '\n' || key == ' ' ? "" : String.valueOf(key), outcome);
                if (done.orElse(false)) {
                    return;
                }
                if (done.isEmpty() && !hinted) {
                    print(new AttributedString(
                            gradeHint(outcome), console.theme().dim()));
                    hinted = true;
                }
            }
        }
        while (true) {
            String line = console.readLine("Grade (Enter: " + suggested + ", 1–4, ? for more): ")
                    .strip();
            Optional<Boolean> done = gradeKey(line, outcome);
            if (done.orElse(false)) {
                return;
            }
            if (done.isEmpty()) {
                print(new AttributedString(gradeHint(outcome), console.theme().dim()));
            }
        }
    }

    private String gradeHint(Outcome outcome) {
        return "Press Enter for " + outcome.suggested().label()
                + ", or 1 (Again), 2 (Hard), 3 (Good), 4 (Easy); ? lists the other keys.";
    }

    /**
     * What a key does at the grade prompt (in plain mode, a line holding it alone): true when the answer is dealt
     * with, false when the prompt stays (help, history, a flag, a refused undo), empty when the key means nothing.
     */
    private Optional<Boolean> gradeKey(String key, Outcome outcome) throws Console.EndOfInput, Console.Interrupted {
        switch (key.toLowerCase(java.util.Locale.ROOT)) {
            case "" -> {
                saved(session.grade(outcome.suggested()));
                return Optional.of(true);
            }
            case "1", "2", "3", "4" -> {
                saved(session.grade(Rating.ofGrade(key.charAt(0) - '0')));
                return Optional.of(true);
            }
            case "u" -> {
                return Optional.of(undoLast());
            }
            case "s" -> {
                ReviewRecord record = session.suspend();
                saved(record);
                if (session.lastAside() == StudySession.Aside.SUSPENDED) {
                    print(new AttributedString(
                            "Suspended: not asked again until `quizline suspended --unsuspend " + record.key()
                                    + "` (u takes it back now).",
                            console.theme().dim()));
                }
                return Optional.of(true);
            }
            case "b" -> {
                StudySession.Buried buried = session.bury();
                saved(buried.answer());
                buried.until()
                        .ifPresent(until -> print(new AttributedString(
                                "Buried: back on the next study day, from " + WHEN.format(until.atZone(session.zone()))
                                        + ".",
                                console.theme().dim())));
                return Optional.of(true);
            }
            case "!" -> {
                String note = console.readLine("Note for the pack's author (Enter for none): ");
                session.flag(note);
                print(new AttributedString(
                        "Flagged: `quizline flagged` lists it for the pack's author. Now the grade:",
                        console.theme().dim()));
                return Optional.of(false);
            }
            case "h" -> {
                printHistory(session.history());
                return Optional.of(false);
            }
            case "?" -> {
                printGradeKeys(outcome);
                return Optional.of(false);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.ENGLISH);

    /** What {@code ?} lists at the grade prompt. */
    private void printGradeKeys(Outcome outcome) {
        String enter = console.singleKeys() ? "Enter, Space" : "empty line";
        String suggested = outcome.suggested().label();
        List<String> keys = new ArrayList<>();
        keys.add(enter + ": save the suggested grade (" + suggested + ")");
        keys.add("1–4: save Again, Hard, Good or Easy");
        if (session.canUndo()) {
            keys.add("u: undo the previous answer and ask it again (this answer waits for its grade)");
        }
        keys.add("s: suspend: save with " + suggested + ", then never ask it until unsuspended");
        keys.add("b: bury: save with " + suggested + ", then ask it again on the next study day at the earliest");
        keys.add("!: flag it for the pack's author, with a note (the grade still waits)");
        keys.add("h: every earlier answer to this question");
        print(new AttributedString("Keys:", console.theme().dim()));
        keys.forEach(k -> print(new AttributedString("  " + k, console.theme().dim()), 4));
    }

    /** What {@code ?} lists at a choice prompt: the answer keys now, the keys of the grade prompt after. */
    private void printChoiceKeys(String answerKeys) {
        print(new AttributedString(
                "Keys: " + answerKeys + " answer; " + (console.singleKeys() ? "Ctrl-G" : "! alone")
                        + " says you don't know. After the answer: Enter or 1–4 grade it, u undoes the previous"
                        + " answer, s suspends, b buries until the next study day, ! flags it with a note,"
                        + " h shows its history (? lists them there too).",
                console.theme().dim()));
    }

    /** Every earlier answer to the question on screen: when, what was answered, the verdict, grade and interval. */
    private void printHistory(List<ReviewRecord> history) {
        if (history.isEmpty()) {
            print(new AttributedString(
                    "History: never answered before.", console.theme().dim()));
            return;
        }
        print(new AttributedString(
                "History (" + quizline.text.Counted.of(history.size(), "answer") + "):",
                console.theme().dim()));
        for (ReviewRecord r : history) {
            print(
                    new AttributedString(
                            "  " + HistoryLine.of(r, session.zone()),
                            console.theme().dim()),
                    4);
        }
    }

    /** Printed only once the answer is in the store: scripts may rely on it. */
    private void saved(ReviewRecord record) {
        print(new AttributedString(
                "Saved: " + record.rating().label() + " · next in "
                        + Intervals.between(record.at(), record.after().due()),
                console.theme().dim()));
        if (session.lastAside() == StudySession.Aside.LEECH) {
            print(
                    new AttributedString(
                            "This question is a leech (" + record.after().lapses()
                                    + " lapses): suspended. `quizline suspended --unsuspend " + record.key()
                                    + "` brings it back; consider rewording it or adding a mnemonic to its"
                                    + " explanation.",
                            console.theme().wrong()),
                    2);
        }
    }

    /** {@code 1 Again 10m · 2 Hard 2d · [3 Good 4d] · 4 Easy 11d}, the suggestion marked. */
    private AttributedString gradeLine(Outcome outcome) {
        Instant now = outcome.at();
        AttributedStringBuilder line = new AttributedStringBuilder();
        for (Rating rating : Rating.values()) {
            if (rating != Rating.AGAIN) {
                line.append(" · ");
            }
            String text = rating.grade() + " " + rating.label() + " "
                    + Intervals.between(now, outcome.preview().outcome(rating).due());
            if (rating == outcome.suggested()) {
                line.styled(console.theme().key(), "[" + text + "]");
            } else {
                line.append(text);
            }
        }
        return line.toAttributedString();
    }

    /** Undoes the previous answer; false when there is none, or another session answered its question since. */
    private boolean undoLast() {
        if (!session.canUndo()) {
            print(new AttributedString(
                    "Nothing to undo: no answer saved in this session yet.",
                    console.theme().dim()));
            return false;
        }
        try {
            session.undo()
                    .ifPresent(undone -> print(new AttributedString(
                            undoneText(undone), console.theme().dim())));
        } catch (UndoRefused refused) {
            print(new AttributedString(refused.getMessage(), console.theme().wrong()));
            return false;
        }
        return true;
    }

    /** {@code Undone: Good on “Which city …?”; asked again now. Your answer to this one waits for its grade.} */
    private static String undoneText(StudySession.Undone undone) {
        String lifted = switch (undone.aside()) {
            case SUSPENDED, LEECH -> " and its suspension";
            case BURIED -> " and its burial";
            case NONE -> "";
        };
        return "Undone: " + undone.answer().rating().label() + " on “"
                + promptText(undone.item().question()) + "”"
                + lifted + "; asked again now."
                + (undone.keptWaiting() ? " The answer you just gave waits for its grade until then." : "");
    }

    /** A question's prompt as a line of text: a cloze with its blanks as gaps. */
    private static String promptText(Question q) {
        return q instanceof Question.Cloze ? ClozeText.parse(q.prompt()).render(b -> GAP) : q.prompt();
    }

    private void pauseOrUndo() throws Console.EndOfInput, Console.Interrupted {
        print(new AttributedString(
                "Press any key for the next question" + (session.canUndo() ? ", u to undo." : "."),
                console.theme().dim()));
        char key = console.readKey();
        if (key == 'u' || key == 'U') {
            undoLast();
        }
    }

    /** The student said they do not know: {@code ?} alone on a line in plain mode, Ctrl-G in a terminal. */
    private static final class DontKnow extends Exception {
        private static final long serialVersionUID = 1L;

        DontKnow() {
            super(null, null, false, false);
        }
    }

    /** How to say "I don't know" here, for the hints. */
    private String dontKnowHint() {
        return console.singleKeys() ? "Ctrl-G if you don't know" : "! alone if you don't know";
    }

    private boolean saysDontKnow(String line) {
        // "?" stays free for help; "!" alone is no answer to anything
        return line.equals(Console.DONT_KNOW)
                || !console.singleKeys() && line.strip().equals("!");
    }

    private Response ask(StudyItem item) throws Console.EndOfInput, Console.Interrupted, DontKnow {
        Question q = item.question();
        Theme theme = console.theme();
        console.println("");
        print(new AttributedString(
                leftText() + " · " + q.type() + (q.tags().isEmpty() ? "" : " · " + String.join(", ", q.tags())),
                theme.dim()));
        session.early()
                .ifPresent(early -> print(new AttributedString(
                        "Early (due in " + Durations.compact(early.by()) + "): " + early.why() + ".", theme.dim())));
        Asking asking = asking(q);
        if (asking.showsPrompt()) {
            print(new AttributedString(q.prompt(), theme.title()), 0);
        }
        printChoices(asking.choices());
        session.shown();
        return asking.reading().read();
    }

    /** Reads the student's answer to a question on screen. */
    @FunctionalInterface
    private interface Reading {
        Response read() throws Console.EndOfInput, Console.Interrupted, DontKnow;
    }

    /**
     * How a question is put: whether its prompt comes first (a cloze shows its statement blank by blank), the choices
     * listed under it, and how its answer is read.
     */
    private record Asking(boolean showsPrompt, List<String> choices, Reading reading) {}

    private Asking asking(Question q) {
        return q.visit(new Question.Visitor<>() {
            @Override
            public Asking choice(Question.Choice c) {
                return new Asking(
                        true,
                        c.choices(),
                        () -> new Response.Pick(pick(c.choices().size())));
            }

            @Override
            public Asking multi(Question.Multi m) {
                return new Asking(
                        true,
                        m.choices(),
                        () -> choiceUntil(
                                "Your answer (letters of every right choice, e.g. ac): ",
                                "a–" + Answers.choiceKey(m.choices().size() - 1) + " (several letters, e.g. ac)",
                                line -> ResponseReader.picks(
                                                line.strip(), m.choices().size())
                                        .map(Response.Picks::new),
                                "Type the letters of the choices you pick, from a to "
                                        + Answers.choiceKey(m.choices().size() - 1) + ", or " + dontKnowHint()
                                        + "."));
            }

            @Override
            public Asking shortAnswer(Question.Short s) {
                return new Asking(true, List.of(), () -> new Response.Text(typed("Your answer: ")));
            }

            @Override
            public Asking trueFalse(Question.TrueFalse t) {
                return new Asking(true, List.of(), () -> new Response.Judgement(judge()));
            }

            @Override
            public Asking numeric(Question.Numeric n) {
                return new Asking(
                        true,
                        List.of(),
                        () -> readUntil(
                                "Your answer: ",
                                line -> Optional.of(line.strip())
                                        .filter(AnswerMatcher::readsAsNumber)
                                        .map(Response.Text::new),
                                "Type a number, e.g. 2024, or " + dontKnowHint() + "."));
            }

            @Override
            public Asking cloze(Question.Cloze c) {
                return new Asking(false, List.of(), () -> blanks(c));
            }
        });
    }

    /** A typed answer, asked again while it is empty. */
    private String typed(String prompt) throws Console.EndOfInput, Console.Interrupted, DontKnow {
        return readUntil(
                prompt,
                line -> Optional.of(line.strip()).filter(s -> !s.isEmpty()),
                "Type your answer, or " + dontKnowHint() + ".");
    }

    private void printChoices(List<String> choices) {
        for (int i = 0; i < choices.size(); i++) {
            AttributedStringBuilder line = new AttributedStringBuilder()
                    .append("  ")
                    .styled(console.theme().key(), String.valueOf(Answers.choiceKey(i)))
                    .append(") ")
                    .append(choices.get(i));
            print(line.toAttributedString(), 5);
        }
    }

    private int pick(int choices) throws Console.EndOfInput, Console.Interrupted, DontKnow {
        String keys = "a–" + Answers.choiceKey(choices - 1) + " or 1–" + choices;
        if (!console.singleKeys()) {
            return choiceUntil(
                    "Your answer (" + keys + "): ",
                    keys,
                    line -> ResponseReader.pick(line.strip(), choices),
                    "Answer with one letter or number: " + keys + ", or " + dontKnowHint() + ".");
        }
        print(new AttributedString(
                "Press " + keys + " (Ctrl-G: I don't know, ? more keys).",
                console.theme().dim()));
        return readKeyUntil(
                keys,
                key -> Optional.of(ResponseReader.keyIndex(key)).filter(i -> i >= 0 && i < choices),
                "Not an answer: press " + keys + ", or " + dontKnowHint() + ".");
    }

    private boolean judge() throws Console.EndOfInput, Console.Interrupted, DontKnow {
        if (!console.singleKeys()) {
            return choiceUntil(
                    "True or false (t/f): ",
                    "t or f",
                    line -> ResponseReader.statement(line.strip()),
                    "Answer t for true or f for false, or " + dontKnowHint() + ".");
        }
        print(new AttributedString(
                "Press t for true, f for false (Ctrl-G: I don't know, ? more keys).",
                console.theme().dim()));
        return readKeyUntil(
                "t or f",
                key -> ResponseReader.statement(String.valueOf(key)),
                "Not an answer: press t for true, f for false, or " + dontKnowHint() + ".");
    }

    /**
     * Reads keys until one answers; a key that does not (a slip, or a choice key at true/false) gets
     * the hint, once until the next answer. Ctrl-G: the student does not know.
     */
    private <T> T readKeyUntil(String answerKeys, Function<Character, Optional<T>> parse, String hint)
            throws Console.EndOfInput, Console.Interrupted, DontKnow {
        boolean hinted = false;
        while (true) {
            char key = console.readKey();
            if (String.valueOf(key).equals(Console.DONT_KNOW)) {
                throw new DontKnow();
            }
            if (key == '?') {
                printChoiceKeys(answerKeys);
                continue;
            }
            Optional<T> value = parse.apply(key);
            if (value.isPresent()) {
                return value.get();
            }
            if (!hinted) {
                print(new AttributedString(hint, console.theme().dim()));
                hinted = true;
            }
        }
    }

    /**
     * Asks a cloze blank by blank; from the second blank on, Up or Ctrl-P ({@code <} alone in plain mode) goes back to
     * the one before, showing the answer given there to change; the blanks after it are then asked again, each with its
     * answer (or what was typed before going back) to keep or change. Only the answers at the end are judged.
     */
    private Response blanks(Question.Cloze cloze) throws Console.EndOfInput, Console.Interrupted, DontKnow {
        ClozeText text = ClozeText.parse(cloze.prompt());
        int count = text.blanks().size();
        List<String> typed = new ArrayList<>(java.util.Collections.nCopies(count, ""));
        int i = 0;
        while (i < count) {
            // Blanks already answered show what was typed; later ones stay hidden.
            int asking = i;
            String shown = text.render(b -> b < asking ? "[" + typed.get(b) + "]" : GAP);
            print(new AttributedString(shown, console.theme().title()), 0);
            if (i > 0) {
                print(new AttributedString(
                        backHint(i) + ", or " + dontKnowHint() + ".",
                        console.theme().dim()));
            }
            String label = count == 1 ? "Fill the blank: " : "Blank " + (i + 1) + " of " + count + ": ";
            BlankAnswer answer = blank(label, typed.get(i), i);
            typed.set(i, answer.text());
            i += answer.back() ? -1 : 1;
        }
        return new Response.Blanks(typed);
    }

    /** A blank's answer, or (with {@code back}) what the line held when the student went back to the blank before. */
    private record BlankAnswer(String text, boolean back) {}

    /** {@code Up or Ctrl-P: back to blank 1 to change it}: how to go back from blank {@code i + 1}. */
    private String backHint(int i) {
        return (console.singleKeys() ? "Up or Ctrl-P" : "< alone") + ": back to blank " + i + " to change it";
    }

    /** Reads blank {@code i}, starting from {@code before}, asked again while it is empty. */
    private BlankAnswer blank(String prompt, String before, int i)
            throws Console.EndOfInput, Console.Interrupted, DontKnow {
        while (true) {
            String line = console.readAnswer(prompt, before, i > 0);
            if (saysDontKnow(line)) {
                throw new DontKnow();
            }
            if (line.startsWith(Console.BACK)
                    || !console.singleKeys() && line.strip().equals("<")) {
                if (i > 0) {
                    String draft = line.startsWith(Console.BACK) ? line.substring(Console.BACK.length()) : before;
                    return new BlankAnswer(draft, true);
                }
                print(new AttributedString(
                        "This is the first blank: there is none before it.",
                        console.theme().dim()));
                continue;
            }
            String answer = line.strip();
            if (!answer.isEmpty()) {
                return new BlankAnswer(answer, false);
            }
            print(new AttributedString(
                    "Type your answer, or " + dontKnowHint() + (i > 0 ? "; " + backHint(i) : "") + ".",
                    console.theme().dim()));
        }
    }

    /** Reads lines until one parses; typed answers keep every character, and only Ctrl-G (or {@code !} alone in plain mode) says "I don't know". */
    private <T> T readUntil(String prompt, Function<String, Optional<T>> parse, String help)
            throws Console.EndOfInput, Console.Interrupted, DontKnow {
        return readUntil(prompt, null, parse, help);
    }

    /** As {@link #readUntil}, at a prompt that takes choice keys: {@code ?} alone lists the keys, being no choice. */
    private <T> T choiceUntil(String prompt, String answerKeys, Function<String, Optional<T>> parse, String help)
            throws Console.EndOfInput, Console.Interrupted, DontKnow {
        return readUntil(prompt, answerKeys, parse, help);
    }

    private <T> T readUntil(String prompt, String answerKeys, Function<String, Optional<T>> parse, String help)
            throws Console.EndOfInput, Console.Interrupted, DontKnow {
        while (true) {
            String line = console.readAnswer(prompt);
            if (saysDontKnow(line)) {
                throw new DontKnow();
            }
            if (answerKeys != null && line.strip().equals("?")) {
                printChoiceKeys(answerKeys);
                continue;
            }
            Optional<T> value = parse.apply(line);
            if (value.isPresent()) {
                return value.get();
            }
            print(new AttributedString(help, console.theme().dim()));
        }
    }

    /** What the answer was judged; {@code response} is null when the student said they do not know. */
    private void feedback(Outcome outcome, Response response) {
        Theme theme = console.theme();
        Question q = outcome.item().question();
        Verdict verdict = outcome.checked().verdict();
        AttributedStringBuilder head = new AttributedStringBuilder();
        if (response == null) {
            head.styled(theme.wrong(), "? Not known.");
        } else
            switch (verdict) {
                case RIGHT ->
                    head.styled(
                            theme.right(),
                            Answers.wholeOf(q, outcome.checked())
                                    .map(whole -> "✓ Right (full name: " + whole + ").")
                                    .orElse("✓ Right."));
                case TYPO ->
                    head.styled(theme.typo(), "✓ Right, with a typo:")
                            .append(" you typed \"")
                            .append(outcome.checked().typed())
                            .append("\"; the pack has \"")
                            .append(outcome.checked().matched())
                            .append("\".");
                case WRONG ->
                    head.styled(theme.wrong(), "✗ Wrong.")
                            .append(
                                    outcome.checked().typed() == null
                                                    || outcome.checked().typed().isBlank()
                                            ? " (no answer)"
                                            : " You answered: "
                                                    + outcome.checked().typed());
            }
        print(head.toAttributedString(), 2);
        if (q instanceof Question.Multi m && response instanceof Response.Picks picks && verdict == Verdict.WRONG) {
            print(label("", multiMistakes(m, picks.indices())), 0);
        }
        print(label("Answer: ", Answers.rightAnswer(q)), 8);
        if (q.explanation() != null && !q.explanation().isBlank()) {
            print(label("Why: ", q.explanation()), 5);
        }
        if (q.source() != null) {
            print(label("Source: ", citation(outcome.item(), q.source())), 8);
            Optional<String> text = articles.text(q.source().article());
            Optional<String> sentence = text.flatMap(t -> quote(t, q.source()));
            if (sentence.isPresent()) {
                print(
                        new AttributedStringBuilder()
                                .append("        ")
                                .styled(theme.quote(), "“" + sentence.get() + "”")
                                .toAttributedString(),
                        9);
            } else {
                print(
                        new AttributedStringBuilder()
                                .append("        ")
                                .styled(theme.dim(), text.isPresent() ? notHeld(q.source()) : notFound(q.source()))
                                .toAttributedString(),
                        8);
            }
        }
    }

    /** {@code Missed: c) Russia · not right: b) India}: the right choices left out, the wrong ones picked. */
    private static String multiMistakes(Question.Multi m, java.util.Set<Integer> picked) {
        List<String> parts = new ArrayList<>();
        List<String> missed = new java.util.TreeSet<>(m.answer())
                .stream()
                        .filter(i -> !picked.contains(i))
                        .map(i -> Answers.choiceLabel(m.choices(), i))
                        .toList();
        List<String> wrong = new java.util.TreeSet<>(picked)
                .stream()
                        .filter(i -> !m.answer().contains(i))
                        .map(i -> Answers.choiceLabel(m.choices(), i))
                        .toList();
        if (!missed.isEmpty()) {
            parts.add("Missed: " + String.join(", ", missed));
        }
        if (!wrong.isEmpty()) {
            parts.add((parts.isEmpty() ? "Not right: " : "not right: ") + String.join(", ", wrong));
        }
        return String.join(" · ", parts);
    }

    private AttributedString label(String label, String text) {
        return new AttributedStringBuilder()
                .styled(console.theme().dim(), label)
                .append(text)
                .toAttributedString();
    }

    /**
     * What a student reads of a source: {@code The Associated Press, 4 July 2024}: the outlet, the
     * headline (else, with no outlet either, the file) and the date, each when the pack gives it.
     */
    private static String citation(StudyItem item, SourceRef ref) {
        Optional<Source> source = item.pack().source(ref.article());
        List<String> parts = new ArrayList<>();
        source.map(Source::outlet).filter(s -> !s.isBlank()).ifPresent(parts::add);
        Optional<String> title =
                source.map(Source::title).filter(s -> !s.isBlank()).map(t -> "“" + t + "”");
        if (title.isPresent()) {
            parts.add(title.get());
        } else if (parts.isEmpty()) {
            parts.add(ref.article());
        }
        source.map(Source::published).ifPresent(date -> parts.add(date.format(PUBLISHED)));
        return String.join(", ", parts);
    }

    private static final java.time.format.DateTimeFormatter PUBLISHED =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

    private String notFound(SourceRef ref) {
        return articles.places().isEmpty()
                ? ref.article() + " not found: no articles folder given"
                : ref.article() + " not found in " + String.join(", ", articles.places());
    }

    private static String notHeld(SourceRef ref) {
        return ref.article()
                + " was found, but the cited sentence lies beyond its end: another version of the article?";
    }

    private static Optional<String> quote(String text, SourceRef ref) {
        return Optional.of(text)
                .filter(t -> ref.start() >= 0 && ref.end() <= t.length() && ref.start() < ref.end())
                .map(t -> t.substring(ref.start(), ref.end())
                        .replaceAll("\\s+", " ")
                        .strip());
    }

    private void printSummary(Summary s) {
        Theme theme = console.theme();
        print(new AttributedString(
                "Session over: " + s.asked() + " answered · " + s.right() + " right · " + s.typo()
                        + " with a typo · " + s.wrong() + " wrong · " + s.accuracyPercent() + "% · "
                        + Durations.compact(s.elapsed()),
                theme.title()));
        if (!session.cram() && s.asked() > 0) {
            print(new AttributedString(
                    "Grades: " + s.rated(Rating.AGAIN) + " Again · " + s.rated(Rating.HARD) + " Hard · "
                            + s.rated(Rating.GOOD) + " Good · " + s.rated(Rating.EASY) + " Easy",
                    theme.dim()));
        }
        session.comeBack()
                .flatMap(ComeBackLine::text)
                .ifPresent(next -> print(new AttributedString(next, theme.dim())));
        if (session.cram()) {
            print(new AttributedString("Cram answers are logged; no schedule was changed.", theme.dim()));
        }
    }

    private void print(AttributedString text) {
        print(text, 0);
    }

    private void print(AttributedString text, int indent) {
        console.print(text, indent);
    }
}
