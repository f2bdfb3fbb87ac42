package quizline.lint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quizline.pack.AnswerMatcher;
import quizline.pack.Answers;
import quizline.pack.Conflict;
import quizline.pack.Pack;
import quizline.pack.Question;

/**
 * Checks a valid pack for what makes questions weak or wrong, beyond what the schema and {@code validate} catch.
 * Errors are questions that do not test anything (the answer is in the prompt, a distractor is the answer under
 * another spelling) and packs not ready for students (unresolved conflicts). Warnings are things an author may have
 * chosen: few choices, a name with no alternative spellings, the same prompt twice, stale facts, no source.
 */
public final class PackLint {
    private static final int FEW_CHOICES = 3;
    private static final String DRAFT_CONFLICT = "draft-conflict";

    private final Pack pack;
    private final List<Finding> findings = new ArrayList<>();
    /** Every spelling the pack accepts for a name, folded, keyed by each of them folded. */
    private final Map<String, Set<String>> sameNames = new HashMap<>();

    private PackLint(Pack pack) {
        this.pack = pack;
    }

    /** @param today the date "older than a year" is measured from */
    public static List<Finding> check(Pack pack, LocalDate today) {
        PackLint lint = new PackLint(pack);
        lint.collectNames();
        lint.asOf(today);
        lint.conflicts();
        Map<String, Integer> firstByPrompt = new HashMap<>();
        for (int i = 0; i < pack.questions().size(); i++) {
            Question q = pack.questions().get(i);
            String at = "/questions/" + i;
            lint.answerInPrompt(q, at);
            lint.distractors(q, at);
            lint.choiceCount(q, at);
            lint.shortName(q, at);
            Integer first = firstByPrompt.putIfAbsent(AnswerMatcher.fold(q.prompt()), i);
            if (first != null) {
                Question earlier = pack.questions().get(first);
                if (sameAnswer(earlier, q)) {
                    lint.add(
                            Severity.WARNING,
                            at + "/prompt",
                            "question \"" + q.id() + "\" has the same prompt as question \"" + earlier.id() + "\"");
                } else {
                    // Students get both: whichever they learn, the other marks them wrong.
                    lint.add(
                            Severity.ERROR,
                            at + "/prompt",
                            "question \"" + q.id() + "\" keys the answer \"" + Answers.keyed(q)
                                    + "\" to the prompt of question \"" + earlier.id() + "\", which keys \""
                                    + Answers.keyed(earlier)
                                    + "\": one of them is wrong");
                }
            }
            if (DRAFT_CONFLICT.equals(q.status())) {
                lint.add(
                        Severity.ERROR,
                        at + "/status",
                        "question \"" + q.id()
                                + "\" still waits for a conflict between its sources to be resolved (status draft-conflict)");
            }
            if (q.source() == null) {
                lint.add(Severity.WARNING, at + "/id", "question \"" + q.id() + "\" has no source");
            }
        }
        return List.copyOf(lint.findings);
    }

    /** Two questions key one answer: the same after folding, or one typed answer accepts the other's. */
    private static boolean sameAnswer(Question a, Question b) {
        Set<String> namesA = answerNames(a);
        Set<String> namesB = answerNames(b);
        return namesA.contains(AnswerMatcher.fold(Answers.keyed(b)))
                || namesB.contains(AnswerMatcher.fold(Answers.keyed(a)));
    }

    private static Set<String> answerNames(Question q) {
        Set<String> names = new HashSet<>();
        names.add(AnswerMatcher.fold(Answers.keyed(q)));
        if (q instanceof Question.Short s) {
            s.accept().forEach(alias -> names.add(AnswerMatcher.fold(alias)));
        }
        return names;
    }

    private void add(Severity severity, String pointer, String message) {
        findings.add(new Finding(severity, pointer, message));
    }

    private void asOf(LocalDate today) {
        if (pack.asOf().isBefore(today.minusYears(1))) {
            add(
                    Severity.WARNING,
                    "/asOf",
                    "asOf " + pack.asOf() + " is more than a year before today (" + today
                            + "): facts about office-holders may have changed");
        }
    }

    private void conflicts() {
        for (int i = 0; i < pack.conflicts().size(); i++) {
            Conflict c = pack.conflicts().get(i);
            if (c.resolved() == null) {
                add(
                        Severity.ERROR,
                        "/conflicts/" + i,
                        "conflict \"" + c.id() + "\" about " + c.about() + " is not resolved: its sources disagree");
            }
        }
    }

    /** Short answers and cloze blanks list the spellings of one name: each is another name for the others. */
    private void collectNames() {
        for (Question q : pack.questions()) {
            q.visit(new Question.Visitor<Void>() {
                @Override
                public Void choice(Question.Choice c) {
                    return null;
                }

                @Override
                public Void multi(Question.Multi m) {
                    return null;
                }

                @Override
                public Void shortAnswer(Question.Short s) {
                    sameName(s.answer(), s.accept());
                    return null;
                }

                @Override
                public Void trueFalse(Question.TrueFalse t) {
                    return null;
                }

                @Override
                public Void numeric(Question.Numeric n) {
                    return null;
                }

                @Override
                public Void cloze(Question.Cloze c) {
                    c.blanks().forEach(b -> sameName(b.answer(), b.aliases()));
                    return null;
                }
            });
        }
    }

    private void sameName(String answer, List<String> aliases) {
        if (aliases.isEmpty()) {
            return;
        }
        Set<String> group = new HashSet<>();
        group.add(AnswerMatcher.fold(answer));
        aliases.forEach(a -> group.add(AnswerMatcher.fold(a)));
        for (String name : group) {
            sameNames.computeIfAbsent(name, k -> new HashSet<>()).addAll(group);
        }
    }

    /** What a student sees before answering, what that text is called, and the answers it must not give away. */
    private record Shown(String text, String called, List<String> answers) {}

    private void answerInPrompt(Question q, String at) {
        Shown shown = q.visit(new Question.Visitor<>() {
            @Override
            public Shown choice(Question.Choice c) {
                return new Shown(c.prompt(), "prompt", List.of(c.choices().get(c.answer())));
            }

            @Override
            public Shown multi(Question.Multi m) {
                return new Shown(
                        m.prompt(),
                        "prompt",
                        m.answer().stream().map(m.choices()::get).toList());
            }

            @Override
            public Shown shortAnswer(Question.Short s) {
                List<String> answers = new ArrayList<>();
                answers.add(s.answer());
                answers.addAll(s.accept());
                return new Shown(s.prompt(), "prompt", answers);
            }

            @Override
            public Shown trueFalse(Question.TrueFalse t) {
                return new Shown(t.prompt(), "prompt", List.of()); // a statement to judge gives nothing away
            }

            @Override
            public Shown numeric(Question.Numeric n) {
                return new Shown(n.prompt(), "prompt", List.of(Answers.formatNumber(n.answer())));
            }

            @Override
            public Shown cloze(Question.Cloze c) {
                // The statement around the blanks must not give a blank away.
                List<String> answers = new ArrayList<>();
                c.blanks().forEach(b -> {
                    answers.add(b.answer());
                    answers.addAll(b.aliases());
                });
                return new Shown(c.prompt().replaceAll("\\{\\{.*?}}", " "), "statement", answers);
            }
        });
        String folded = " " + AnswerMatcher.fold(shown.text()) + " ";
        for (String answer : shown.answers()) {
            String a = AnswerMatcher.fold(answer);
            if (!a.isEmpty() && folded.contains(" " + a + " ")) {
                add(
                        Severity.ERROR,
                        at + "/prompt",
                        "the answer \"" + answer + "\" appears in the " + shown.called() + " of question \"" + q.id()
                                + "\"");
                return;
            }
        }
    }

    /** The choices a question offers and the indices of the right ones. */
    private record Offered(List<String> choices, Set<Integer> right) {}

    /** Empty for a question answered without choices. */
    private static Optional<Offered> offered(Question q) {
        return q.visit(new Question.Visitor<>() {
            @Override
            public Optional<Offered> choice(Question.Choice c) {
                return Optional.of(new Offered(c.choices(), Set.of(c.answer())));
            }

            @Override
            public Optional<Offered> multi(Question.Multi m) {
                return Optional.of(new Offered(m.choices(), new HashSet<>(m.answer())));
            }

            @Override
            public Optional<Offered> shortAnswer(Question.Short s) {
                return Optional.empty();
            }

            @Override
            public Optional<Offered> trueFalse(Question.TrueFalse t) {
                return Optional.empty();
            }

            @Override
            public Optional<Offered> numeric(Question.Numeric n) {
                return Optional.empty();
            }

            @Override
            public Optional<Offered> cloze(Question.Cloze c) {
                return Optional.empty();
            }
        });
    }

    private void distractors(Question q, String at) {
        Optional<Offered> offered = offered(q);
        if (offered.isEmpty()) {
            return;
        }
        List<String> choices = offered.get().choices();
        Set<Integer> right = offered.get().right();
        for (int k = 0; k < choices.size(); k++) {
            if (right.contains(k)) {
                continue;
            }
            String wrong = AnswerMatcher.fold(choices.get(k));
            for (int r : right) {
                String answer = AnswerMatcher.fold(choices.get(r));
                String problem = null;
                if (wrong.equals(answer)) {
                    problem = "is the answer \"" + choices.get(r) + "\" written differently";
                } else if (sameNames.getOrDefault(answer, Set.of()).contains(wrong)) {
                    problem = "is another name for the answer \"" + choices.get(r) + "\" (the pack accepts both)";
                }
                if (problem != null) {
                    add(
                            Severity.ERROR,
                            at + "/choices/" + k,
                            "wrong choice \"" + choices.get(k) + "\" of question \"" + q.id() + "\" " + problem);
                    break;
                }
            }
        }
    }

    private void choiceCount(Question q, String at) {
        int count = offered(q).map(o -> o.choices().size()).orElse(FEW_CHOICES);
        if (count < FEW_CHOICES) {
            add(
                    Severity.WARNING,
                    at + "/choices",
                    "question \"" + q.id() + "\" has only " + count + " choices: guessing is right half the time");
        }
    }

    /** A name of several words is often typed in part or spelt another way: Japarov for Sadyr Japarov. */
    private void shortName(Question q, String at) {
        if (!(q instanceof Question.Short s) || !s.accept().isEmpty()) {
            return;
        }
        String[] words = s.answer().strip().split("\\s+");
        if (words.length >= 2 && startsUpper(words[0]) && startsUpper(words[words.length - 1])) {
            add(
                    Severity.WARNING,
                    at + "/answer",
                    "short answer \"" + s.answer() + "\" of question \"" + s.id()
                            + "\" is a name of several words with no accepted alternatives (a surname alone, another spelling?)");
        }
    }

    private static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
