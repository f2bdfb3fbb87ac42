package quizline.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import quizline.pack.Conflict;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.session.ResponseReader;

/**
 * Turns a draft and an author's decisions into a pack: edits applied, rejected questions out,
 * conflicts settled (see {@link Settlement}: no question keeps a losing value). Pure: what to read and write is the caller's business.
 */
public final class ApplyDecisions {
    private ApplyDecisions() {}

    /** The pack, and one line for each thing the author should know (undecided questions, bad edits). */
    public record Applied(Pack pack, List<String> notes) {}

    /**
     * @param publish true for the pack students get: only accepted questions, no draft status, and
     *                conflicts without a chosen value drop their questions; false keeps undecided
     *                questions as drafts (for the review screen and for regenerated drafts)
     */
    public static Applied apply(Pack draft, Decisions decisions, boolean publish) {
        List<String> notes = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        Set<String> unsettled = new LinkedHashSet<>();
        for (Conflict c : draft.conflicts()) {
            String chosen = decisions.conflicts().getOrDefault(c.id(), c.resolved());
            if (chosen == null) {
                conflicts.add(c);
                unsettled.addAll(c.questions());
            } else {
                conflicts.add(new Conflict(c.id(), c.about(), c.values(), c.questions(), chosen));
            }
        }
        Settlement.Settled settled = settle(draft, decisions);
        List<Question> resolvedQuestions = new ArrayList<>();
        for (Question q : draft.questions()) {
            Question s = settled.question(q.id());
            if (s != null) {
                resolvedQuestions.add(s);
                continue;
            }
            QuestionReview review = decisions.question(q.id());
            if (publish && (review == null || review.decision() != Decision.REJECT)) {
                notes.add(q.id() + ": left out: " + settled.dropped().get(q.id()));
            }
        }
        List<Question> out = new ArrayList<>();
        for (Question q : resolvedQuestions) {
            QuestionReview review = decisions.question(q.id());
            Decision decision = review == null ? Decision.SKIP : review.decision();
            if (decision == Decision.REJECT) {
                continue;
            }
            Question edited = q;
            boolean editFailed = false;
            if (review != null && !review.edits().isEmpty()) {
                try {
                    edited = edit(q, review.edits());
                } catch (IllegalArgumentException e) {
                    notes.add(q.id() + ": edit not applied: " + e.getMessage());
                    editFailed = true;
                }
            }
            boolean conflicted = unsettled.contains(q.id());
            if (publish) {
                if (decision != Decision.ACCEPT) {
                    notes.add(q.id() + ": not reviewed yet, left out");
                } else if (editFailed) {
                    // Students must not get the version the author meant to change.
                    notes.add(q.id() + ": left out until its edit is fixed");
                } else if (conflicted) {
                    notes.add(q.id() + ": its conflict is not settled, left out");
                } else {
                    out.add(edited.withStatus(null));
                }
            } else if (decision == Decision.ACCEPT && !conflicted) {
                out.add(edited.withStatus(null));
            } else {
                out.add(edited.withStatus(conflicted ? "draft-conflict" : "draft"));
            }
        }
        List<Conflict> kept = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(out.stream().map(Question::id).toList());
        for (Conflict c : conflicts) {
            if (!publish || c.resolved() != null) {
                // A rejected question has left the pack: a conflict naming it would no longer validate.
                kept.add(new Conflict(
                        c.id(),
                        c.about(),
                        c.values(),
                        c.questions().stream().filter(ids::contains).toList(),
                        c.resolved()));
            }
        }
        // The doubts were the reviewer's to weigh: the pack that comes out of the review has none.
        Pack pack = draft.withQuestions(out).withConflicts(kept).withDoubts(List.of());
        return new Applied(pack, notes);
    }

    /** The draft's questions with every conflict the decisions (or the draft) settle applied. */
    static Settlement.Settled settle(Pack draft, Decisions decisions) {
        return Settlement.settleAll(
                draft,
                c -> Optional.ofNullable(decisions.conflicts().getOrDefault(c.id(), c.resolved())),
                id -> decisions.question(id) != null && decisions.question(id).decision() == Decision.REJECT);
    }

    /** The question with the author's edits applied; its fact's date and key travel with it, whatever the edit. */
    static Question edit(Question q, Edits e) {
        Question edited = q.withPrompt(e.prompt() != null ? e.prompt() : q.prompt())
                .withExplanation(e.explanation() != null ? e.explanation() : q.explanation());
        return edited.visit(new Question.Visitor<>() {
            @Override
            public Question choice(Question.Choice c) {
                List<String> choices = e.choices() != null ? e.choices() : c.choices();
                int answer = e.answer() != null ? choiceIndex(e.answer(), choices) : c.answer();
                requireNoOther(e, "accept", e.accept());
                return c.withChoices(choices, answer);
            }

            @Override
            public Question multi(Question.Multi m) {
                List<String> choices = e.choices() != null ? e.choices() : m.choices();
                List<Integer> answer = m.answer();
                if (e.answer() != null) {
                    answer = new ArrayList<>();
                    for (char ch : e.answer().replaceAll("[\\s,;]", "").toCharArray()) {
                        int index = ResponseReader.keyIndex(ch);
                        if (index < 0 || index >= choices.size()) {
                            throw new IllegalArgumentException("\"" + e.answer() + "\" names no choice");
                        }
                        answer.add(index);
                    }
                }
                requireNoOther(e, "accept", e.accept());
                return m.withChoices(choices, answer);
            }

            @Override
            public Question shortAnswer(Question.Short s) {
                requireNoOther(e, "choices", e.choices());
                String answer = e.answer() != null ? e.answer().strip() : s.answer();
                List<String> accept = e.accept() != null ? e.accept() : s.accept();
                return s.withAnswer(answer, accept);
            }

            @Override
            public Question trueFalse(Question.TrueFalse t) {
                requireNoOther(e, "choices", e.choices());
                requireNoOther(e, "accept", e.accept());
                boolean answer = t.answer();
                if (e.answer() != null) {
                    answer = ResponseReader.judgement(e.answer().strip())
                            .orElseThrow(
                                    () -> new IllegalArgumentException("\"" + e.answer() + "\" is not true or false"));
                }
                return t.withAnswer(answer);
            }

            @Override
            public Question numeric(Question.Numeric n) {
                requireNoOther(e, "choices", e.choices());
                requireNoOther(e, "accept", e.accept());
                double answer = n.answer();
                if (e.answer() != null) {
                    try {
                        answer = Double.parseDouble(e.answer().strip());
                    } catch (NumberFormatException ex) {
                        throw new IllegalArgumentException("\"" + e.answer() + "\" is not a number");
                    }
                }
                return n.withAnswer(answer);
            }

            @Override
            public Question cloze(Question.Cloze c) {
                requireNoOther(e, "choices", e.choices());
                requireNoOther(e, "accept", e.accept());
                if (e.answer() != null) {
                    throw new IllegalArgumentException("a cloze's answers are its {{…}} blanks: edit the prompt");
                }
                return c;
            }
        });
    }

    private static int choiceIndex(String answer, List<String> choices) {
        String a = answer.strip();
        Optional<Integer> byKey = ResponseReader.pick(a, choices.size());
        if (byKey.isPresent()) {
            return byKey.get();
        }
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).strip().toLowerCase(Locale.ROOT).equals(a.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        throw new IllegalArgumentException("\"" + answer + "\" is neither a choice's letter nor its text");
    }

    private static void requireNoOther(Edits e, String field, List<String> value) {
        if (value != null) {
            throw new IllegalArgumentException("this question type has no " + field);
        }
    }
}
