package quizline.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import quizline.facts.FactKind;
import quizline.facts.Gazetteer;
import quizline.pack.Question;

/**
 * Questions on "country C is a founding member of (joined, observes …) organisation O": the statement to judge
 * true, "which of these countries is …" with countries that have no tie to O as distractors, and a cloze with O
 * blanked (blanking C would admit every other member).
 */
final class MemberQuestions {
    private static final List<String> TAGS = List.of("members");

    private final Distractors distractors;
    /** Every country with any tie to an organisation: none of them may be offered as a wrong choice about it. */
    private final Map<String, Set<String>> tiedTo = new TreeMap<>();

    private static final Set<String> MEMBER_STATUSES = Set.of("founding member", "member", "joined");
    /** Every status the articles give a country in an organisation, keyed by "country|organisation". */
    private final Map<String, Set<String>> statuses = new TreeMap<>();

    /** The date the author declares the facts hold on, for facts of undated articles. */
    private final java.util.Optional<java.time.LocalDate> declared;

    MemberQuestions(FactBase base, Distractors distractors) {
        this(base, distractors, java.util.Optional.empty());
    }

    MemberQuestions(FactBase base, Distractors distractors, java.util.Optional<java.time.LocalDate> declared) {
        this.declared = declared;
        this.distractors = distractors;
        for (KnownFact f : base.all()) {
            if (f.kind() == FactKind.MEMBER) {
                statuses.computeIfAbsent(f.subject() + "|" + f.object(), k -> new TreeSet<>()).add(f.relation());
            }
        }
        for (KnownFact f : base.facts(FactKind.MEMBER)) {
            tiedTo.computeIfAbsent(f.object(), k -> new TreeSet<>()).add(f.subject());
        }
    }

    List<Generated> of(KnownFact f, Set<String> disputed) {
        String base = Slug.join("member", f.subject(), f.relation(), f.object());
        // A status can change (a candidate joins, a member is suspended): a dated one is told as of its date
        boolean stale = !f.relation().equals("founding member") && !f.relation().equals("joined");
        java.util.Optional<java.time.LocalDate> date = f.asOf().or(() -> declared);
        if (stale && date.isEmpty()) {
            return List.of(); // "Finland is a prospective member of NATO", undated, would be taught as true today
        }
        String asOf = stale ? Wording.asOf(date) : "";
        String phrase = Wording.membership(f.relation(), !asOf.isEmpty());
        String organisation = Wording.place(f.object());
        String statement = asOf + Wording.place(f.subject()) + " " + phrase + " " + organisation + ".";
        Set<String> topics = Set.of(Topics.membership(f.subject(), f.object()));
        String status = Topics.status(topics, disputed);
        List<Generated> out = new ArrayList<>();
        // A statement to judge, false about a third of the time with a status that excludes the true one (a member is no
        // dialogue partner, an observer no member), unless the articles also give that status; only as of a date, since
        // an observer may become a member later
        String judgeId = Slug.id(base, "truefalse");
        String rival = MEMBER_STATUSES.contains(f.relation()) ? "dialogue partner" : "member";
        if (!asOf.isEmpty() && Falsehoods.keyedFalse(judgeId) && !statuses.getOrDefault(f.subject() + "|" + f.object(), Set.of()).contains(rival)
                && !(rival.equals("member") && f.relation().equals("suspended member"))) {
            String wrongStatement = asOf + Wording.place(f.subject()) + " " + Wording.membership(rival, !asOf.isEmpty()) + " "
                    + organisation + ".";
            out.add(new Generated(new Question.TrueFalse(Slug.id(base, "truefalse-false"), "True or false: " + Wording.lowerFirst(wrongStatement), false, TAGS,
                    "False: " + Wording.lowerFirst(statement), f.first(), status), topics));
        } else {
            out.add(new Generated(new Question.TrueFalse(judgeId, "True or false: " + Wording.lowerFirst(statement), true, TAGS,
                    Wording.capitalised(statement), f.first(), status), topics));
        }
        if (Gazetteer.get().country(f.subject()).isPresent()) {
            String choiceId = Slug.id(base, "choice");
            List<String> others = distractors.countries(choiceId, f.subject(), tiedTo.get(f.object()));
            if (!others.isEmpty()) {
                Choices choices = Choices.of(choiceId, f.subject(), others);
                out.add(new Generated(new Question.Choice(choiceId, Wording.capitalised(asOf + "which of these countries " + phrase + " " + organisation + "?"),
                        choices.choices(), choices.answer(), TAGS, Wording.capitalised(statement), f.first(), status), topics));
            }
        }
        String cloze = Wording.capitalised(asOf + Wording.place(f.subject()) + " " + phrase + " " + Blanks.place(f.object()) + ".");
        out.add(new Generated(new Question.Cloze(Slug.id(base, "cloze"), cloze, TAGS, Wording.capitalised(statement), f.first(),
                status), topics));
        return stale ? Generated.dated(out, date.get()) : out;
    }
}
