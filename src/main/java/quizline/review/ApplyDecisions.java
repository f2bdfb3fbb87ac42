package quizline.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import quizline.pack.AnswerMatcher;
import quizline.pack.Conflict;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.Verdict;
import quizline.session.ResponseReader;

/**
 * Turns a draft and an author's decisions into a pack: edits applied, rejected questions out,
 * conflicts settled. Pure: what to read and write is the caller's business.
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
        List<Question> resolvedQuestions = new ArrayList<>(draft.questions());
        for (Conflict c : draft.conflicts()) {
            String chosen = decisions.conflicts().getOrDefault(c.id(), c.resolved());
            if (chosen == null) {
                conflicts.add(c);
                unsettled.addAll(c.questions());
                continue;
            }
            conflicts.add(new Conflict(c.id(), c.about(), c.values(), c.questions(), chosen));
            for (int i = 0; i < resolvedQuestions.size(); i++) {
                Question q = resolvedQuestions.get(i);
                if (c.questions().contains(q.id())) {
                    resolvedQuestions.set(i, settle(q, c, chosen));
                }
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
                    out.add(withStatus(edited, null));
                }
            } else if (decision == Decision.ACCEPT && !conflicted) {
                out.add(withStatus(edited, null));
            } else {
                out.add(withStatus(edited, conflicted ? "draft-conflict" : "draft"));
            }
        }
        List<Conflict> kept = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(out.stream().map(Question::id).toList());
        for (Conflict c : conflicts) {
            if (!publish || c.resolved() != null) {
                // A rejected question has left the pack: a conflict naming it would no longer validate.
                kept.add(new Conflict(c.id(), c.about(), c.values(),
                        c.questions().stream().filter(ids::contains).toList(), c.resolved()));
            }
        }
        Pack pack = new Pack(draft.schema(), draft.format(), draft.id(), draft.title(), draft.version(), draft.asOf(),
                draft.description(), draft.sources(), out, kept);
        return new Applied(pack, notes);
    }

    /**
     * The question once a conflict is settled: a typed answer naming a losing value takes the
     * chosen one, and losing spellings of a name become accepted aliases (students who learned
     * them from a source are not wrong about the person, only about the spelling).
     */
    static Question settle(Question q, Conflict c, String chosen) {
        if (!(q instanceof Question.Short s)) {
            return q;
        }
        List<String> losers = c.values().stream().map(Conflict.Claim::value).filter(v -> !v.equals(chosen)).toList();
        String answer = s.answer();
        if (losers.stream().anyMatch(l -> AnswerMatcher.fold(l).equals(AnswerMatcher.fold(s.answer())))) {
            answer = chosen;
        }
        Set<String> accept = new LinkedHashSet<>(s.accept());
        for (String loser : losers) {
            if (isSpellingOf(loser, chosen)) {
                accept.add(loser);
            }
        }
        accept.remove(answer);
        return new Question.Short(s.id(), s.prompt(), answer, List.copyOf(accept), s.tags(), s.explanation(), s.source(),
                s.status());
    }

    /** Two spellings of one name, as the typed-answer matcher judges them (Rakhmon and Rahmon, not 2001 and 2002). */
    static boolean isSpellingOf(String a, String b) {
        return AnswerMatcher.matchText(a, b, List.of()).verdict() != Verdict.WRONG;
    }

    static Question edit(Question q, Edits e) {
        String prompt = e.prompt() != null ? e.prompt() : q.prompt();
        String explanation = e.explanation() != null ? e.explanation() : q.explanation();
        if (q instanceof Question.Choice c) {
            List<String> choices = e.choices() != null ? e.choices() : c.choices();
            int answer = e.answer() != null ? choiceIndex(e.answer(), choices) : c.answer();
            requireNoOther(e, "accept", e.accept());
            return new Question.Choice(c.id(), prompt, choices, answer, c.tags(), explanation, c.source(), c.status());
        }
        if (q instanceof Question.Multi m) {
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
            return new Question.Multi(m.id(), prompt, choices, answer, m.tags(), explanation, m.source(), m.status());
        }
        requireNoOther(e, "choices", e.choices());
        if (q instanceof Question.Short s) {
            String answer = e.answer() != null ? e.answer().strip() : s.answer();
            List<String> accept = e.accept() != null ? e.accept() : s.accept();
            return new Question.Short(s.id(), prompt, answer, accept, s.tags(), explanation, s.source(), s.status());
        }
        requireNoOther(e, "accept", e.accept());
        if (q instanceof Question.TrueFalse t) {
            boolean answer = t.answer();
            if (e.answer() != null) {
                answer = ResponseReader.judgement(e.answer().strip())
                        .orElseThrow(() -> new IllegalArgumentException("\"" + e.answer() + "\" is not true or false"));
            }
            return new Question.TrueFalse(t.id(), prompt, answer, t.tags(), explanation, t.source(), t.status());
        }
        if (q instanceof Question.Numeric n) {
            double answer = n.answer();
            if (e.answer() != null) {
                try {
                    answer = Double.parseDouble(e.answer().strip());
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("\"" + e.answer() + "\" is not a number");
                }
            }
            return new Question.Numeric(n.id(), prompt, answer, n.tolerance(), n.tags(), explanation, n.source(), n.status());
        }
        Question.Cloze c = (Question.Cloze) q;
        if (e.answer() != null) {
            throw new IllegalArgumentException("a cloze's answers are its {{…}} blanks: edit the prompt");
        }
        return new Question.Cloze(c.id(), prompt, c.tags(), explanation, c.source(), c.status());
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

    static Question withStatus(Question q, String status) {
        if (q instanceof Question.Choice c) {
            return new Question.Choice(c.id(), c.prompt(), c.choices(), c.answer(), c.tags(), c.explanation(), c.source(), status);
        }
        if (q instanceof Question.Multi m) {
            return new Question.Multi(m.id(), m.prompt(), m.choices(), m.answer(), m.tags(), m.explanation(), m.source(), status);
        }
        if (q instanceof Question.Short s) {
            return new Question.Short(s.id(), s.prompt(), s.answer(), s.accept(), s.tags(), s.explanation(), s.source(), status);
        }
        if (q instanceof Question.TrueFalse t) {
            return new Question.TrueFalse(t.id(), t.prompt(), t.answer(), t.tags(), t.explanation(), t.source(), status);
        }
        if (q instanceof Question.Numeric n) {
            return new Question.Numeric(n.id(), n.prompt(), n.answer(), n.tolerance(), n.tags(), n.explanation(), n.source(), status);
        }
        Question.Cloze c = (Question.Cloze) q;
        return new Question.Cloze(c.id(), c.prompt(), c.tags(), c.explanation(), c.source(), status);
    }
}
