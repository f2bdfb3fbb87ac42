package quizline.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import quizline.facts.FactKind;
import quizline.facts.Gazetteer;
import quizline.pack.Question;

/** Questions on "event E was held in city Y": the city typed, as a choice among other cities, and as a cloze. */
final class HostQuestions {
    private static final List<String> TAGS = List.of("summits");

    private final Distractors distractors;
    /** Every city some sentence names as an event's host: with a conflict, each is true somewhere. */
    private final Map<String, Set<String>> hostsOf = new TreeMap<>();

    HostQuestions(FactBase base, Distractors distractors) {
        this.distractors = distractors;
        for (KnownFact f : base.facts(FactKind.HOST)) {
            hostsOf.computeIfAbsent(f.subject(), k -> new TreeSet<>()).add(f.object());
        }
    }

    /** The organisation an event's name holds: "2024 SCO summit" is the SCO's. */
    private static Optional<String> organisationOf(String event) {
        for (String word : event.split(" ")) {
            if (!word.isEmpty() && !Gazetteer.get().summitCities(word).isEmpty()) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    List<Generated> of(KnownFact f, Set<String> disputed) {
        if (FactBase.isUndatedRecurringEvent(f.subject())) {
            return List.of();
        }
        String base = Slug.join("host", f.subject(), f.object());
        String event = Wording.event(f.subject());
        String country = f.qualifiers().get("country");
        String where = country == null ? "" : ", " + Wording.place(country);
        String statement = Wording.capitalised(event) + " was held in " + f.object() + where + ".";
        Set<String> topics = Set.of(Topics.host(f.subject()));
        String status = Topics.status(topics, disputed);
        List<String> aliases = Blanks.cityAliases(f.object());
        List<Generated> out = new ArrayList<>();
        out.add(new Generated(new Question.Short(Slug.id(base, "short"), "In which city was " + event + " held?", f.object(),
                aliases, TAGS, statement, f.first(), status), topics));
        String choiceId = Slug.id(base, "choice");
        List<String> alsoTrue = new ArrayList<>(hostsOf.get(f.subject()));
        alsoTrue.addAll(aliases);
        List<String> others = distractors.summitCities(choiceId, f.object(), alsoTrue, organisationOf(f.subject()));
        if (!others.isEmpty()) {
            Choices choices = Choices.of(choiceId, f.object(), others);
            out.add(new Generated(new Question.Choice(choiceId, "Which city hosted " + event + "?", choices.choices(),
                    choices.answer(), TAGS, statement, f.first(), status), topics));
        }
        // A statement to judge, false about a third of the time: another city of the organisation's summits, one city
        // per summit, so the wrong one is false
        String judgeId = Slug.id(base, "truefalse");
        if (Falsehoods.keyedFalse(judgeId) && !others.isEmpty()) {
            String wrong = others.get(0);
            out.add(new Generated(new Question.TrueFalse(Slug.id(base, "truefalse-false"), "True or false: " + event + " was held in " + wrong + ".", false,
                    TAGS, "False: " + statement, f.first(), status), topics));
        } else {
            out.add(new Generated(new Question.TrueFalse(judgeId, "True or false: " + event + " was held in " + f.object() + ".", true,
                    TAGS, statement, f.first(), status), topics));
        }
        String cloze = Wording.capitalised(event) + " was held in " + Blanks.of(f.object(), aliases) + where + ".";
        out.add(new Generated(new Question.Cloze(Slug.id(base, "cloze"), cloze, TAGS, statement, f.first(), status), topics));
        return out;
    }
}
