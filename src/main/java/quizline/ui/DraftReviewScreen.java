package quizline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import quizline.draft.Decision;
import quizline.draft.EditField;
import quizline.draft.Edits;
import quizline.draft.ReviewItem;
import quizline.draft.ReviewSession;
import quizline.draft.Settlement;
import quizline.draft.SourceSentence;
import quizline.pack.Answers;
import quizline.pack.Conflict;
import quizline.pack.Question;
import quizline.text.Counted;

/**
 * The review of a draft on a console: each undecided question and open conflict in turn, one key
 * a decision. The decisions themselves live in {@link ReviewSession}, which saves after each one.
 */
public final class DraftReviewScreen {
    /** How the review ended: past the last item, on q, or on Ctrl-C / Ctrl-D. */
    public enum Ending {
        FINISHED,
        QUIT,
        INTERRUPTED
    }

    private enum Step {
        NEXT,
        SAME,
        QUIT
    }

    private static final String QUESTION_KEYS =
            "a accept · r reject · s skip · e edit · f whole fact · n next conflict · b back" + " · q quit · ? keys";
    private static final String FACT_KEYS = "a accept · r reject every undecided question of this fact";
    private static final String EDIT_KEYS = "p prompt · n answer · l aliases · c choices · x explanation";

    private final Console console;
    private final ReviewSession session;
    private final Function<String, Optional<String>> articles;

    public DraftReviewScreen(Console console, ReviewSession session, Function<String, Optional<String>> articles) {
        this.console = console;
        this.session = session;
        this.articles = articles;
    }

    public Ending run() {
        try {
            if (session.current().isEmpty()) {
                print(new AttributedString(
                        "Nothing left to review: " + session.progress().text() + ".", theme().title()));
                return Ending.FINISHED;
            }
            print(new AttributedString("Keys: " + QUESTION_KEYS + " (each decision is saved at once)", theme().dim()));
            Optional<ReviewItem> item;
            while ((item = session.current()).isPresent()) {
                String progress = session.progress().text();
                if (console.singleKeys()) {
                    console.status(progress); // plain mode prints the header line below anyway
                }
                console.println("");
                print(new AttributedString(progress, theme().dim()));
                Step step = item.get() instanceof ReviewItem.ConflictItem
                        ? conflict(session.conflict(item.get().id()))
                        : question(item.get().id());
                if (step == Step.QUIT) {
                    console.println("");
                    print(new AttributedString(session.counts().text() + ".", theme().title()));
                    return Ending.QUIT;
                }
            }
            console.println("");
            print(new AttributedString("End of the draft: " + session.progress().text() + ".", theme().title()));
            print(new AttributedString(session.counts().text() + ".", theme().title()));
            return Ending.FINISHED;
        } catch (Console.EndOfInput | Console.Interrupted stop) {
            console.println("");
            print(new AttributedString(
                    "Stopped; every decision so far is saved: "
                            + session.progress().text() + ".",
                    theme().dim()));
            return Ending.INTERRUPTED;
        }
    }

    private Step question(String id) throws Console.EndOfInput, Console.Interrupted {
        showQuestion(id);
        while (true) {
            char key = command("a/r/s/e/f/n/b/q/?> ");
            switch (key) {
                case 'f':
                    if (wholeFact()) {
                        return Step.NEXT;
                    }
                    break;
                case 'n':
                    if (session.nextConflict()) {
                        print(new AttributedString(
                                "On to the next conflict; the questions passed stay undecided.", theme().dim()));
                        return Step.NEXT;
                    }
                    print(new AttributedString("No open conflict lies ahead.", theme().dim()));
                    break;
                case 'a':
                    session.accept();
                    print(new AttributedString("Accepted " + id + ".", theme().right()));
                    return Step.NEXT;
                case 'r':
                    session.reject();
                    print(new AttributedString("Rejected " + id + ".", theme().wrong()));
                    return Step.NEXT;
                case 's':
                    session.skip();
                    print(new AttributedString("Skipped " + id + ": it comes back next time.", theme().dim()));
                    return Step.NEXT;
                case 'e':
                    edit(id);
                    return Step.SAME;
                case 'b':
                    if (back()) {
                        return Step.NEXT;
                    }
                    break;
                case 'q':
                    return Step.QUIT;
                case '?':
                    print(new AttributedString("Keys: " + QUESTION_KEYS, theme().dim()));
                    print(new AttributedString("Edit (after e): " + EDIT_KEYS, theme().dim()));
                    print(new AttributedString("Whole fact (after f): " + FACT_KEYS, theme().dim()));
                    break;
                default:
                    unknown(key);
            }
        }
    }

    /** {@code f} then {@code a} or {@code r}: every undecided question of the fact at once. */
    private boolean wholeFact() throws Console.EndOfInput, Console.Interrupted {
        print(new AttributedString("Whole fact: " + FACT_KEYS, theme().dim()));
        char key = command("a/r> ");
        if (key != 'a' && key != 'r') {
            print(new AttributedString("Nothing decided: the whole fact takes a or r.", theme().dim()));
            return false;
        }
        Decision decision = key == 'a' ? Decision.ACCEPT : Decision.REJECT;
        List<String> ids = session.decideFact(decision);
        print(new AttributedString(
                (key == 'a' ? "Accepted " : "Rejected ") + Counted.of(ids.size(), "question") + " of this fact: "
                        + String.join(", ", ids) + ".",
                key == 'a' ? theme().right() : theme().wrong()));
        return true;
    }

    private Step conflict(Conflict c) throws Console.EndOfInput, Console.Interrupted {
        showConflict(c);
        String keys = "1–" + c.values().size() + " pick a value · s skip · b back · q quit · ? keys";
        while (true) {
            char key = command("1-" + c.values().size() + "/s/b/q/?> ");
            if (key >= '1' && key <= '9') {
                String value = key - '0' <= c.values().size()
                        ? c.values().get(key - '1').value()
                        : null;
                if (session.resolve(key - '0')) {
                    print(new AttributedString("Settled on " + value + ".", theme().right()));
                    c.questions().forEach(q -> settledEffect(q, c, value));
                    return Step.NEXT;
                }
                print(new AttributedString("There is no value " + key + ": " + keys, theme().wrong()));
                continue;
            }
            switch (key) {
                case 's':
                    session.skip();
                    print(new AttributedString(
                            "Skipped conflict " + c.id() + ": its questions stay out of the pack.", theme().dim()));
                    return Step.NEXT;
                case 'b':
                    if (back()) {
                        return Step.NEXT;
                    }
                    break;
                case 'q':
                    return Step.QUIT;
                case '?':
                    print(new AttributedString("Keys: " + keys, theme().dim()));
                    break;
                default:
                    unknown(key);
            }
        }
    }

    private boolean back() {
        if (session.back()) {
            return true;
        }
        print(new AttributedString("This is the first one; there is nothing to go back to.", theme().dim()));
        return false;
    }

    private void unknown(char key) {
        String shown = key == '\n' ? "Enter" : key == ' ' ? "Space" : String.valueOf(key);
        print(new AttributedString("\"" + shown + "\" does nothing here; ? shows the keys.", theme().dim()));
    }

    /** One key in a terminal; in plain mode one line, whose single character is the key. */
    private char command(String prompt) throws Console.EndOfInput, Console.Interrupted {
        if (console.singleKeys()) {
            return Character.toLowerCase(console.readKey());
        }
        while (true) {
            String line = console.readLine(prompt).strip();
            if (line.length() == 1) {
                return Character.toLowerCase(line.charAt(0));
            }
            if (!line.isEmpty()) {
                print(new AttributedString("Type one key a line; ? shows them.", theme().dim()));
            }
        }
    }

    private void edit(String id) throws Console.EndOfInput, Console.Interrupted {
        print(new AttributedString("Edit which field? " + EDIT_KEYS, theme().dim()));
        char key = command("p/n/l/c/x> ");
        Optional<EditField> field = EditField.ofKey(key);
        if (field.isEmpty()) {
            print(new AttributedString("No field has the key \"" + key + "\"; nothing changed.", theme().dim()));
            return;
        }
        Question q = session.preview(id);
        String current;
        try {
            current = field.get().currentText(q);
        } catch (IllegalArgumentException e) {
            print(new AttributedString("Cannot edit: " + e.getMessage() + ".", theme().wrong()));
            return;
        }
        print(new AttributedString(editHint(field.get(), q), theme().dim()));
        String typed = console.readLine(capitalised(field.get().label()) + ": ", current);
        if (field.get() == EditField.CHOICES
                && !console.singleKeys()
                && !typed.contains(EditField.CHOICE_SEPARATOR)
                && !typed.equals(current)) {
            typed = moreLines(typed);
        }
        Optional<String> refused = session.edit(field.get(), typed);
        if (refused.isPresent()) {
            print(new AttributedString("Not changed: " + refused.get() + ".", theme().wrong()));
        } else {
            print(new AttributedString("Saved the new " + field.get().label() + ".", theme().right()));
        }
    }

    /** Plain mode takes choices one a line, up to an empty line. */
    private String moreLines(String first) throws Console.EndOfInput, Console.Interrupted {
        StringBuilder lines = new StringBuilder(first);
        String line;
        while (!(line = console.readLine("Next choice (empty line ends): ")).isBlank()) {
            lines.append('\n').append(line);
        }
        return lines.toString();
    }

    private static String editHint(EditField field, Question q) {
        switch (field) {
            case ALIASES:
                return "Other accepted spellings, separated by commas; " + EditField.NONE + " for none.";
            case CHOICES:
                return "Choices separated by \"" + EditField.CHOICE_SEPARATOR.strip()
                        + "\" (the answer keeps its letter).";
            case ANSWER:
                return answerHint(q);
            default:
                return "Enter saves; Ctrl-C leaves the review (saved decisions stay).";
        }
    }

    private static String answerHint(Question q) {
        return q.visit(new Question.Visitor<>() {
            @Override
            public String choice(Question.Choice c) {
                return "The right choice: its letter or its text.";
            }

            @Override
            public String multi(Question.Multi m) {
                return "The letters of every right choice, e.g. ac.";
            }

            @Override
            public String shortAnswer(Question.Short s) {
                return "The answer as students should type it.";
            }

            @Override
            public String trueFalse(Question.TrueFalse t) {
                return "true or false.";
            }

            @Override
            public String numeric(Question.Numeric n) {
                return "A number.";
            }

            @Override
            public String cloze(Question.Cloze c) {
                return "The answer as students should type it.";
            }
        });
    }

    private void showQuestion(String id) {
        Question q = session.preview(id);
        Question original = session.draftQuestion(id);
        print(new AttributedString(
                "Question " + session.position() + " of " + session.size() + " · " + q.type() + " · " + id + " · "
                        + statusText(id, original),
                theme().dim()));
        session.doubt(id)
                .ifPresent(d -> labelled(
                        "Doubtful",
                        "the fact was read with confidence " + d.confidence()
                                + " (rule " + d.rule()
                                + "): part of it was inferred, e.g. from a list or the article around the sentence;"
                                + " check it against the source",
                        theme().typo()));
        labelled("Prompt", q.prompt(), theme().title());
        showAnswer(q);
        labelled("Explanation", q.explanation() == null ? "none" : q.explanation(), AttributedStyle.DEFAULT);
        if (q.source() == null) {
            labelled("Source", "none", theme().dim());
        } else {
            String sentence = SourceSentence.of(q.source(), articles);
            boolean found = SourceSentence.found(q.source(), articles);
            labelled(
                    "Source",
                    q.source().article() + ": " + (found ? "“" + sentence + "”" : sentence),
                    found ? theme().quote() : theme().wrong());
        }
        Edits edits = session.edits(id);
        if (!edits.isEmpty()) {
            labelled("Edited", editedFields(edits), theme().typo());
        }
        for (Conflict c : session.openConflicts(id)) {
            labelled(
                    "Waits for",
                    "conflict " + c.id() + " (" + c.about() + "); left out of the pack until it is settled",
                    theme().typo());
        }
        print(new AttributedString(QUESTION_KEYS, theme().dim()));
    }

    private void showAnswer(Question q) {
        q.visit(new Question.Visitor<Void>() {
            @Override
            public Void choice(Question.Choice c) {
                printChoices(c.choices(), List.of(c.answer()));
                return null;
            }

            @Override
            public Void multi(Question.Multi m) {
                printChoices(m.choices(), m.answer());
                return null;
            }

            @Override
            public Void shortAnswer(Question.Short s) {
                labelled("Answer", s.answer(), theme().right());
                labelled(
                        "Aliases",
                        s.accept().isEmpty() ? "none" : String.join(", ", s.accept()),
                        AttributedStyle.DEFAULT);
                return null;
            }

            @Override
            public Void trueFalse(Question.TrueFalse t) {
                labelled("Answer", Answers.rightAnswer(t), theme().right());
                return null;
            }

            @Override
            public Void numeric(Question.Numeric n) {
                labelled("Answer", Answers.rightAnswer(n), theme().right());
                return null;
            }

            @Override
            public Void cloze(Question.Cloze c) {
                labelled("Filled in", Answers.rightAnswer(c), theme().right());
                return null;
            }
        });
    }

    private String statusText(String id, Question original) {
        Decision d = session.decision(id);
        String decision = d == null || d == Decision.SKIP ? "undecided" : d.label() + "ed";
        return original.status() == null ? decision : decision + " · " + original.status();
    }

    private static String editedFields(Edits e) {
        List<String> fields = new ArrayList<>();
        if (e.prompt() != null) {
            fields.add("prompt");
        }
        if (e.answer() != null) {
            fields.add("answer");
        }
        if (e.accept() != null) {
            fields.add("aliases");
        }
        if (e.choices() != null) {
            fields.add("choices");
        }
        if (e.explanation() != null) {
            fields.add("explanation");
        }
        return String.join(", ", fields);
    }

    private void printChoices(List<String> choices, List<Integer> right) {
        for (int i = 0; i < choices.size(); i++) {
            boolean isRight = right.contains(i);
            AttributedStringBuilder line = new AttributedStringBuilder().append("  ");
            line.styled(
                    isRight ? theme().right() : AttributedStyle.DEFAULT,
                    Answers.choiceKey(i) + ") " + choices.get(i) + (isRight ? "  ✓" : ""));
            print(line.toAttributedString(), 5);
        }
    }

    private void showConflict(Conflict c) {
        print(new AttributedString(
                "Conflict " + session.position() + " of " + session.size() + " · " + c.id() + " · " + c.about(),
                theme().dim()));
        print(new AttributedString("The sources disagree. Pick the value the pack should teach:", theme().title()));
        for (int i = 0; i < c.values().size(); i++) {
            Conflict.Claim claim = c.values().get(i);
            AttributedStringBuilder line = new AttributedStringBuilder().append("  ");
            line.styled(theme().key(), String.valueOf(i + 1)).append(") ");
            line.styled(theme().title(), claim.value());
            line.append("  · "
                    + (claim.source() == null ? "no source" : claim.source().article()));
            print(line.toAttributedString(), 5);
            if (claim.source() != null) {
                boolean found = SourceSentence.found(claim.source(), articles);
                String sentence = SourceSentence.of(claim.source(), articles);
                print(
                        new AttributedString(
                                "     " + (found ? "“" + sentence + "”" : sentence),
                                found ? theme().quote() : theme().wrong()),
                        6);
            }
        }
        for (String id : c.questions()) {
            if (session.dropped(id).isPresent()) {
                continue;
            }
            Question q = session.preview(id);
            labelled(
                    "Covers",
                    id + ": " + q.prompt() + " (now: " + Answers.rightAnswer(q) + ")",
                    AttributedStyle.DEFAULT);
        }
        if (c.values().stream().anyMatch(v -> v.value().matches(".*\\p{L}.*"))) {
            print(new AttributedString("For a name, the other spelling stays accepted as an alias.", theme().dim()));
        }
    }

    /** What settling did to a covered question, so the author sees the new answer, or why it is left out. */
    private void settledEffect(String questionId, Conflict c, String value) {
        Settlement.Outcome outcome = session.ifSettled(questionId, c, value);
        String text;
        if (outcome.isDropped()) {
            text = "left out: " + outcome.dropped();
        } else if (outcome.question() instanceof Question.Short s) {
            text = "answer " + s.answer()
                    + (s.accept().isEmpty() ? "" : " · also accepted: " + String.join(", ", s.accept()));
        } else {
            text = outcome.question().prompt() + " (answer " + Answers.rightAnswer(outcome.question()) + ")";
        }
        labelled(questionId, text, theme().dim());
    }

    private void labelled(String label, String text, AttributedStyle style) {
        AttributedStringBuilder line = new AttributedStringBuilder().append(label + ": ");
        line.styled(style, text);
        print(line.toAttributedString(), Math.min(label.length() + 2, 14));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private Theme theme() {
        return console.theme();
    }

    private void print(AttributedString text) {
        print(text, 0);
    }

    private void print(AttributedString text, int indent) {
        console.print(text, indent);
    }
}
