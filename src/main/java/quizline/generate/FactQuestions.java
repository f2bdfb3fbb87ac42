package quizline.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import quizline.pack.AnswerMatcher;
import quizline.pack.Question;

/**
 * The one or two questions a fact gets, from the candidates its writer ranks best first: the best one, then the
 * writer's preferred companion when it has one (the host country's leader beside the host city, the year beside
 * who joined), else one drawn by the fact's key among those asking something else, of another type when there is
 * one. Three to five variants of one fact taught the same thing over and over; a second question that asks
 * something else, of a type that varies across the draft, teaches more. A candidate whose prompt an earlier
 * question already has is passed over: two questions with one prompt and two answers mark a student wrong either way;
 * so is one that teaches what an earlier question of another fact teaches.
 */
final class FactQuestions {
    static final int MOST = 2;

    /**
     * A question a fact could give, and what it asks ("who", "city", "statement"): two questions asking the same
     * thing in two forms (a choice and a typed answer) are one question to a student.
     *
     * @param preferred the writer's choice of companion for the best question
     */
    record Candidate(Generated generated, String asks, boolean preferred, String teaches) {
        Candidate(Generated generated, String asks, boolean preferred) {
            this(generated, asks, preferred, "");
        }

        static Candidate of(Question question, Set<String> topics, String asks) {
            return new Candidate(new Generated(question, topics), asks, false);
        }

        /** The same candidate carrying its fact's own date (an office, a changeable status). */
        Candidate dated(LocalDate factDate) {
            return new Candidate(generated.dated(factDate), asks, preferred, teaches);
        }

        /**
         * The same candidate naming what a student learns from it, whichever fact wrote it: "who was the President of
         * South Africa?" and "who was the President of the country that hosted the 2023 BRICS summit?" both teach
         * that Ramaphosa was South Africa's President, and the second one asked adds nothing.
         */
        Candidate teaching(String what) {
            return new Candidate(generated, asks, preferred, what);
        }

        /** What a student learns from this candidate, for all questions asking who holds an office. */
        static String holder(String person, String title, String place) {
            return "holder|" + AnswerMatcher.fold(person) + "|" + AnswerMatcher.fold(title) + "|"
                    + AnswerMatcher.fold(place);
        }

        String type() {
            return generated.question().type();
        }
    }

    private FactQuestions() {}

    /**
     * @param ranked      the fact's candidates, best first
     * @param key         the fact's key, carried by every question picked; it also draws the companion
     * @param usedPrompts folded prompts of the questions picked so far in the draft, and what they teach
     *                    ({@link Candidate#teaching}); the picked ones are added
     */
    static List<Generated> pick(List<Candidate> ranked, String key, Set<String> usedPrompts) {
        List<Candidate> open = ranked.stream()
                .filter(c -> !usedPrompts.contains(folded(c))
                        && (c.teaches().isEmpty() || !usedPrompts.contains(c.teaches())))
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Candidate first = open.get(0);
        List<Candidate> picked = new ArrayList<>(List.of(first));
        List<Candidate> others =
                open.stream().filter(c -> !c.asks().equals(first.asks())).toList();
        List<Candidate> preferred = others.stream().filter(Candidate::preferred).toList();
        List<Candidate> otherType =
                others.stream().filter(c -> !c.type().equals(first.type())).toList();
        List<Candidate> pool =
                !preferred.isEmpty() ? preferred.subList(0, 1) : !otherType.isEmpty() ? otherType : others;
        if (!pool.isEmpty() && picked.size() < MOST) {
            picked.add(pool.get(Math.floorMod(key.hashCode(), pool.size())));
        }
        picked.forEach(c -> {
            usedPrompts.add(folded(c));
            if (!c.teaches().isEmpty()) {
                usedPrompts.add(c.teaches());
            }
        });
        return all(picked, key);
    }

    /** Every candidate, each carrying the fact's key. */
    static List<Generated> all(List<Candidate> candidates, String key) {
        return candidates.stream()
                .map(c -> {
                    Question q = c.generated().question();
                    return new Generated(
                            q.withFact(q.asOf(), key), c.generated().topics());
                })
                .toList();
    }

    /**
     * Whether a fact asked both as a choice and typed is asked typed first: one in three, by the fact's key, so a
     * draft has typed answers as well as choices.
     */
    static boolean typedFirst(String key) {
        return Math.floorMod(key.hashCode() / 7, 3) == 0;
    }

    private static String folded(Candidate c) {
        return AnswerMatcher.fold(c.generated().question().prompt());
    }
}
