package quizline.draft;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizline.pack.AnswerMatcher;
import quizline.pack.Answers;
import quizline.pack.ClozeText;
import quizline.pack.Conflict;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.Verdict;

/**
 * What settling a conflict does to the questions it covers. A question that states a losing value
 * (in its prompt, right answer, aliases, cloze blanks, numeric answer or explanation) is rewritten on
 * the chosen value; one that cannot be (a statement judged false that denies the chosen value, a
 * date that has no counterpart at the chosen value's precision) is dropped, and so is one that, once
 * rewritten, asks what another question of the draft already asks. A losing spelling of a name stays
 * accepted wherever the name is typed. A losing value offered as a wrong choice stays: it is wrong.
 */
public final class Settlement {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Settlement() {}

    /** A question after one conflict is settled: the same, rewritten, or dropped with the reason. */
    public record Outcome(Question question, String dropped) {
        public boolean isDropped() {
            return dropped != null;
        }
    }

    /** Every question of a draft with its settled conflicts applied; dropped ones map to why. */
    public record Settled(Map<String, Question> questions, Map<String, String> dropped) {
        public Question question(String id) {
            return questions.get(id);
        }
    }

    /**
     * @param chosen   the value chosen for a conflict, empty while it is open
     * @param rejected questions the author rejected: a rewritten question is not dropped as the
     *                 same as one of these
     */
    public static Settled settleAll(
            Pack draft, Function<Conflict, Optional<String>> chosen, Predicate<String> rejected) {
        Map<String, Question> questions = new LinkedHashMap<>();
        draft.questions().forEach(q -> questions.put(q.id(), q));
        Map<String, String> dropped = new LinkedHashMap<>();
        Set<String> rewritten = new LinkedHashSet<>();
        for (Conflict c : draft.conflicts()) {
            Optional<String> value = chosen.apply(c);
            if (value.isEmpty()) {
                continue;
            }
            for (String id : c.questions()) {
                Question q = questions.get(id);
                if (q == null) {
                    continue;
                }
                Outcome outcome = settle(q, c, value.get());
                if (outcome.isDropped()) {
                    questions.remove(id);
                    dropped.put(id, outcome.dropped());
                } else if (!outcome.question().equals(q)) {
                    questions.put(id, outcome.question());
                    rewritten.add(id);
                }
            }
        }
        // A losing side's question rewritten on the chosen value is often the chosen side's own question again.
        Map<String, String> asked = new LinkedHashMap<>();
        questions.values().stream()
                .filter(q -> !rewritten.contains(q.id()) && !rejected.test(q.id()))
                .forEach(q -> asked.putIfAbsent(signature(q), q.id()));
        for (String id : rewritten) {
            String same = asked.putIfAbsent(signature(questions.get(id)), id);
            if (same != null) {
                questions.remove(id);
                dropped.put(id, "once its conflict is settled it asks what " + same + " asks");
            }
        }
        return new Settled(questions, dropped);
    }

    private static String signature(Question q) {
        // A choice's text, not its letter: the same question with its choices in another order asks the same
        String answer = q.visit(new Question.Visitor<>() {
            @Override
            public String choice(Question.Choice c) {
                return c.choices().get(c.answer());
            }

            @Override
            public String multi(Question.Multi m) {
                return String.join(
                        "\n", m.answer().stream().map(m.choices()::get).sorted().toList());
            }

            @Override
            public String shortAnswer(Question.Short s) {
                return Answers.rightAnswer(s);
            }

            @Override
            public String trueFalse(Question.TrueFalse t) {
                return Answers.rightAnswer(t);
            }

            @Override
            public String numeric(Question.Numeric n) {
                return Answers.rightAnswer(n);
            }

            @Override
            public String cloze(Question.Cloze c) {
                return Answers.rightAnswer(c);
            }
        });
        return q.type() + "\n" + AnswerMatcher.fold(q.prompt()) + "\n" + AnswerMatcher.fold(answer);
    }

    /** The question once {@code c} is settled on {@code chosen}. */
    public static Outcome settle(Question q, Conflict c, String chosen) {
        List<String> losers = new ArrayList<>();
        for (Conflict.Claim claim : c.values()) {
            String v = claim.value();
            if (!same(v, chosen) && losers.stream().noneMatch(l -> same(l, v))) {
                losers.add(v);
            }
        }
        if (losers.isEmpty()) {
            return new Outcome(q, null);
        }
        boolean spelling = losers.stream().allMatch(l -> isSpellingOf(l, chosen));
        Rewrite rewrite = new Rewrite(losers, chosen, spelling, c);
        try {
            return new Outcome(rewrite.question(q), null);
        } catch (Drop d) {
            return new Outcome(null, d.getMessage());
        }
    }

    /** Two spellings of one name, as the typed-answer matcher judges them (Rakhmon and Rahmon, not 2001 and 2002). */
    static boolean isSpellingOf(String a, String b) {
        return AnswerMatcher.matchText(a, b, List.of()).verdict() != Verdict.WRONG;
    }

    private static boolean same(String a, String b) {
        return AnswerMatcher.fold(a).equals(AnswerMatcher.fold(b));
    }

    /** How a value is written in questions: a date as words and as ISO; anything else as it is. */
    private static List<String> forms(String value) {
        if (ISO_DATE.matcher(value.strip()).matches()) {
            try {
                return List.of(LocalDate.parse(value.strip()).format(SPOKEN), value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                return List.of(value);
            }
        }
        return List.of(value);
    }

    /** The number a numeric question would give for a value: itself, or a date's year. */
    private static Optional<Double> number(String value) {
        String v = value.strip();
        if (NUMBER.matcher(v).matches()) {
            return Optional.of(Double.parseDouble(v));
        }
        if (ISO_DATE.matcher(v).matches()) {
            return Optional.of(Double.parseDouble(v.substring(0, 4)));
        }
        return Optional.empty();
    }

    private static final class Drop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Drop(String message) {
            super(message, null, false, false);
        }
    }

    /** A question rewritten to state the chosen value; its fact's date and key travel with it. */
    private static final class Rewrite implements Question.Visitor<Question> {
        private final List<String> losers;
        private final String chosen;
        private final boolean spelling;
        private final Conflict conflict;
        /** Each written form of a losing value and the form of the chosen value that takes its place (null: none). */
        private final Map<String, String> replacements = new LinkedHashMap<>();

        private final List<String> chosenForms;

        Rewrite(List<String> losers, String chosen, boolean spelling, Conflict conflict) {
            this.losers = losers;
            this.chosen = chosen;
            this.spelling = spelling;
            this.conflict = conflict;
            this.chosenForms = forms(chosen);
            for (String loser : losers) {
                List<String> forms = forms(loser);
                for (int i = 0; i < forms.size(); i++) {
                    replacements.put(forms.get(i), forms.size() == chosenForms.size() ? chosenForms.get(i) : null);
                }
            }
        }

        private Drop drop(String why) {
            return new Drop(why + " (conflict " + conflict.id() + " is settled on " + chosen + ")");
        }

        private static Pattern word(String form) {
            return Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        private static boolean mentions(String text, String form) {
            return text != null && word(form).matcher(text).find();
        }

        private boolean mentionsLoser(String text) {
            return replacements.keySet().stream().anyMatch(f -> mentions(text, f));
        }

        private boolean mentionsChosen(String text) {
            return chosenForms.stream().anyMatch(f -> mentions(text, f));
        }

        /** The losing form a whole text is, if it is one. */
        private Optional<String> loserForm(String text) {
            return replacements.keySet().stream().filter(f -> same(f, text)).findFirst();
        }

        private boolean isChosen(String text) {
            return chosenForms.stream().anyMatch(f -> same(f, text));
        }

        private String replacement(String loserForm) {
            String r = replacements.get(loserForm);
            if (r == null) {
                throw drop("it states " + loserForm + ", which has no counterpart in " + chosen);
            }
            return r;
        }

        /**
         * Prose (a prompt, an explanation, the text around blanks): a losing value becomes the chosen
         * one, unless the text names both, as one that weighs the two does.
         */
        String text(String text) {
            if (text == null || !mentionsLoser(text) || mentionsChosen(text)) {
                return text;
            }
            String out = text;
            for (Map.Entry<String, String> e : replacements.entrySet()) {
                if (mentions(out, e.getKey())) {
                    out = word(e.getKey()).matcher(out).replaceAll(Matcher.quoteReplacement(replacement(e.getKey())));
                }
            }
            return out;
        }

        Question question(Question q) {
            return q.visit(this);
        }

        @Override
        public Question choice(Question.Choice c) {
            List<String> choices = new ArrayList<>(c.choices());
            int answer = rightChoice(choices, c.answer());
            return c.withPrompt(text(c.prompt()))
                    .withExplanation(text(c.explanation()))
                    .withChoices(choices, answer);
        }

        @Override
        public Question multi(Question.Multi m) {
            List<String> choices = new ArrayList<>(m.choices());
            List<Integer> answer = new ArrayList<>();
            for (int i : m.answer()) {
                int right = rightChoice(choices, i);
                if (!answer.contains(right)) {
                    answer.add(right);
                }
            }
            return m.withPrompt(text(m.prompt()))
                    .withExplanation(text(m.explanation()))
                    .withChoices(choices, answer);
        }

        @Override
        public Question shortAnswer(Question.Short s) {
            List<String> typed = new ArrayList<>();
            typed.add(s.answer());
            typed.addAll(s.accept());
            List<String> parts = answers(typed);
            return s.withPrompt(text(s.prompt()))
                    .withExplanation(text(s.explanation()))
                    .withAnswer(parts.get(0), parts.subList(1, parts.size()));
        }

        @Override
        public Question trueFalse(Question.TrueFalse t) {
            String prompt = t.prompt();
            if (!spelling && !t.answer() && mentionsLoser(prompt) && !mentionsChosen(prompt)) {
                // "Founded in 2002": false, and still false once 2001 is chosen.
                return t.withExplanation(text(t.explanation()));
            }
            if (!spelling && !t.answer() && mentionsChosen(prompt) && !mentionsLoser(prompt)) {
                throw drop("it judges false what the chosen value says");
            }
            return t.withPrompt(text(prompt)).withExplanation(text(t.explanation()));
        }

        @Override
        public Question numeric(Question.Numeric n) {
            double answer = n.answer();
            Optional<Double> chosenNumber = number(chosen);
            boolean onLoser =
                    losers.stream().map(Settlement::number).anyMatch(l -> l.isPresent() && l.get() == n.answer());
            if (onLoser && !(chosenNumber.isPresent() && chosenNumber.get() == n.answer())) {
                answer = chosenNumber.orElseThrow(() -> drop("its answer " + Answers.formatNumber(n.answer())
                        + " is a losing value and " + chosen + " is not a number"));
            }
            return n.withPrompt(text(n.prompt()))
                    .withExplanation(text(n.explanation()))
                    .withAnswer(answer);
        }

        @Override
        public Question cloze(Question.Cloze c) {
            ClozeText cloze = ClozeText.parse(c.prompt());
            StringBuilder prompt = new StringBuilder();
            int at = 0;
            for (ClozeText.Blank b : cloze.blanks()) {
                prompt.append(text(c.prompt().substring(at, b.start())));
                List<String> parts = new ArrayList<>();
                parts.add(b.answer());
                parts.addAll(b.aliases());
                prompt.append("{{").append(String.join("|", answers(parts))).append("}}");
                at = b.end();
            }
            prompt.append(text(c.prompt().substring(at)));
            return c.withPrompt(prompt.toString()).withExplanation(text(c.explanation()));
        }

        /**
         * A typed answer and its aliases (or a cloze blank's): a losing value becomes the chosen one;
         * a losing spelling stays accepted, a losing value that is not a spelling no longer is.
         */
        private List<String> answers(List<String> parts) {
            List<String> out = new ArrayList<>();
            List<String> keptSpellings = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                Optional<String> loser = loserForm(part);
                if (loser.isEmpty()) {
                    out.add(part);
                } else if (i == 0) {
                    out.add(replacement(loser.get()));
                    if (spelling) {
                        keptSpellings.add(part);
                    }
                } else if (spelling) {
                    keptSpellings.add(part);
                } else if (replacements.get(loser.get()) != null) {
                    out.add(replacements.get(loser.get())); // the losing date's ISO form: the chosen one's
                }
            }
            if (spelling && isChosen(out.get(0))) {
                // Students who learned another spelling from a source are right about the person.
                for (String loser : losers) {
                    if (keptSpellings.stream().noneMatch(k -> same(k, loser))) {
                        keptSpellings.add(loser);
                    }
                }
                out.addAll(keptSpellings);
            }
            List<String> distinct = new ArrayList<>();
            for (String part : out) {
                if (distinct.stream().noneMatch(d -> d.equals(part))
                        && (distinct.isEmpty() || !same(part, distinct.get(0)))) {
                    distinct.add(part);
                }
            }
            return distinct;
        }

        /** The index of the right choice once settled; a losing right choice gives way to the chosen value. */
        private int rightChoice(List<String> choices, int answer) {
            Optional<String> loser = loserForm(choices.get(answer));
            if (loser.isEmpty()) {
                return answer;
            }
            for (int i = 0; i < choices.size(); i++) {
                if (isChosen(choices.get(i))) {
                    return i; // the chosen value was offered as wrong: it is the answer now, the losing one a wrong
                    // choice
                }
            }
            choices.set(answer, replacement(loser.get()));
            return answer;
        }
    }
}
