package quizline.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import quizline.text.Numbers;

/** Judges a response against a question, and spells the right answer for feedback. */
public final class Answers {
    private Answers() {}

    public static Checked check(Question question, Response response) {
        return question.visit(new Question.Visitor<>() {
            @Override
            public Checked choice(Question.Choice c) {
                Response.Pick p = expect(Response.Pick.class, response, question);
                return Checked.of(
                        p.index() == c.answer() ? Verdict.RIGHT : Verdict.WRONG, choiceLabel(c.choices(), p.index()));
            }

            @Override
            public Checked multi(Question.Multi m) {
                Response.Picks p = expect(Response.Picks.class, response, question);
                boolean right = p.indices().equals(Set.copyOf(m.answer()));
                List<String> labels = new TreeSet<>(p.indices())
                        .stream().map(i -> choiceLabel(m.choices(), i)).toList();
                return Checked.of(right ? Verdict.RIGHT : Verdict.WRONG, String.join(", ", labels));
            }

            @Override
            public Checked shortAnswer(Question.Short s) {
                Response.Text text = expect(Response.Text.class, response, question);
                return typed(text, AnswerMatcher.matchText(text.text(), s.answer(), s.accept()));
            }

            @Override
            public Checked trueFalse(Question.TrueFalse t) {
                Response.Judgement j = expect(Response.Judgement.class, response, question);
                return Checked.of(
                        j.value() == t.answer() ? Verdict.RIGHT : Verdict.WRONG, j.value() ? "true" : "false");
            }

            @Override
            public Checked numeric(Question.Numeric n) {
                Response.Text text = expect(Response.Text.class, response, question);
                return typed(text, AnswerMatcher.matchNumber(text.text(), n.answer(), n.toleranceOrZero()));
            }

            @Override
            public Checked cloze(Question.Cloze c) {
                return checkBlanks(c, expect(Response.Blanks.class, response, question));
            }
        });
    }

    /** The response as the kind a question of this type takes; a caller's bug otherwise. */
    private static <R extends Response> R expect(Class<R> kind, Response response, Question question) {
        if (!kind.isInstance(response)) {
            throw new IllegalArgumentException(
                    response.getClass().getSimpleName() + " does not answer a " + question.type() + " question");
        }
        return kind.cast(response);
    }

    private static Checked typed(Response.Text text, AnswerMatch match) {
        return new Checked(match.verdict(), text.text(), match.verdict() == Verdict.WRONG ? null : match.accepted());
    }

    private static Checked checkBlanks(Question.Cloze cloze, Response.Blanks response) {
        List<ClozeText.Blank> blanks = cloze.blanks();
        Verdict worst = Verdict.RIGHT;
        List<String> matched = new ArrayList<>();
        for (int i = 0; i < blanks.size(); i++) {
            String typed = i < response.texts().size() ? response.texts().get(i) : "";
            AnswerMatch match = AnswerMatcher.matchText(
                    typed, blanks.get(i).answer(), blanks.get(i).aliases());
            if (match.verdict().ordinal() > worst.ordinal()) {
                worst = match.verdict();
            }
            matched.add(match.verdict() == Verdict.WRONG ? blanks.get(i).answer() : match.accepted());
        }
        return new Checked(worst, String.join(" / ", response.texts()), String.join(" / ", matched));
    }

    /**
     * A fingerprint of what the question counts as right, and nothing else: rewording the prompt,
     * the explanation or the aliases keeps it, changing the keyed answer changes it. Progress on a
     * question whose answer changed is reset.
     */
    public static String keyHash(Question question) {
        return java.util.HexFormat.of().toHexDigits(keyDigest(question));
    }

    /**
     * {@link #keyHash}'s fingerprint as a number: the first 64 bits of a SHA-256 of the question's type and keyed
     * answer. {@link AnswerKeys} keeps them; a change here must change its {@link AnswerKeys#REVISION}.
     */
    static long keyDigest(Question question) {
        String key = question.visit(new Question.Visitor<>() {
            @Override
            public String choice(Question.Choice c) {
                return c.choices().get(c.answer());
            }

            @Override
            public String multi(Question.Multi m) {
                return String.join(
                        "\n",
                        new TreeSet<>(m.answer())
                                .stream().map(i -> m.choices().get(i)).toList());
            }

            @Override
            public String shortAnswer(Question.Short s) {
                return AnswerMatcher.fold(s.answer());
            }

            @Override
            public String trueFalse(Question.TrueFalse t) {
                return Boolean.toString(t.answer());
            }

            @Override
            public String numeric(Question.Numeric n) {
                return formatNumber(n.answer()) + "±" + formatNumber(n.toleranceOrZero());
            }

            @Override
            public String cloze(Question.Cloze c) {
                return String.join(
                        "\n",
                        c.blanks().stream()
                                .map(b -> AnswerMatcher.fold(b.answer()))
                                .toList());
            }
        });
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((question.type() + "\n" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(digest).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * The whole answer when a typed answer was accepted as a part of it: "Tokayev" for "Kassym-Jomart Tokayev",
     * "Xi" for "Xi Jinping" (a surname the pack accepts alone). Empty for the answer itself, another spelling, a
     * typo of it, or any other question.
     */
    public static java.util.Optional<String> wholeOf(Question question, Checked checked) {
        if (!(question instanceof Question.Short s)
                || checked.matched() == null
                || checked.verdict() != Verdict.RIGHT) {
            return java.util.Optional.empty();
        }
        String whole = " " + AnswerMatcher.fold(s.answer()) + " ";
        String part = AnswerMatcher.fold(checked.matched());
        return !part.isEmpty() && whole.length() > part.length() + 2 && whole.contains(" " + part + " ")
                ? java.util.Optional.of(s.answer())
                : java.util.Optional.empty();
    }

    /** The answer a question keys, as the author wrote it: a choice's text, not its letter. */
    public static String keyed(Question q) {
        return q.visit(new Question.Visitor<>() {
            @Override
            public String choice(Question.Choice c) {
                return c.choices().get(c.answer());
            }

            @Override
            public String multi(Question.Multi m) {
                return String.join(
                        ", ", m.answer().stream().map(m.choices()::get).toList());
            }

            @Override
            public String shortAnswer(Question.Short s) {
                return s.answer();
            }

            @Override
            public String trueFalse(Question.TrueFalse t) {
                return String.valueOf(t.answer());
            }

            @Override
            public String numeric(Question.Numeric n) {
                return formatNumber(n.answer());
            }

            @Override
            public String cloze(Question.Cloze c) {
                return ClozeText.parse(c.prompt()).filled();
            }
        });
    }

    /** The right answer as the feedback shows it, e.g. {@code b) Astana} or {@code Astana (also: Nur-Sultan)}. */
    public static String rightAnswer(Question question) {
        return question.visit(new Question.Visitor<>() {
            @Override
            public String choice(Question.Choice c) {
                return choiceLabel(c.choices(), c.answer());
            }

            @Override
            public String multi(Question.Multi m) {
                return String.join(
                        ", ",
                        new TreeSet<>(m.answer())
                                .stream().map(i -> choiceLabel(m.choices(), i)).toList());
            }

            @Override
            public String shortAnswer(Question.Short s) {
                return s.accept().isEmpty()
                        ? s.answer()
                        : s.answer() + " (also accepted: " + String.join(", ", s.accept()) + ")";
            }

            @Override
            public String trueFalse(Question.TrueFalse t) {
                return t.answer() ? "true" : "false";
            }

            @Override
            public String numeric(Question.Numeric n) {
                String number = formatNumber(n.answer());
                return n.toleranceOrZero() == 0 ? number : number + " ± " + formatNumber(n.toleranceOrZero());
            }

            @Override
            public String cloze(Question.Cloze c) {
                return ClozeText.parse(c.prompt()).filled();
            }
        });
    }

    /** {@code b) Astana}: letters as the keys that pick them. */
    public static String choiceLabel(List<String> choices, int index) {
        String text = index >= 0 && index < choices.size() ? choices.get(index) : "?";
        return choiceKey(index) + ") " + text;
    }

    public static char choiceKey(int index) {
        return (char) ('a' + index);
    }

    /** A numeric answer as shown and as its key is hashed ({@link Numbers#text}). */
    public static String formatNumber(double value) {
        return Numbers.text(value);
    }
}
