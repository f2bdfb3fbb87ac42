package quizline.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizline.facts.FactKind;
import quizline.facts.Gazetteer;
import quizline.facts.Memberships;
import quizline.pack.Question;

/**
 * Questions on "event E was held in city Y (in country C)", best first: the city as a choice among the
 * organisation's summit cities (typed when there are none), with the host country's leader at the time beside it
 * when an article of the event's year names one; else the host country among the organisation's members, a
 * statement to judge, the city typed or as a cloze.
 */
final class HostQuestions {
    private static final List<String> TAGS = List.of("summits");
    private static final Set<String> LEADER_TITLES = Set.copyOf(WordLists.read("leader-titles.txt"));
    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");

    private final Distractors distractors;
    private final People people;
    /** Every city some sentence names as an event's host: with a conflict, each is true somewhere. */
    private final Map<String, Set<String>> hostsOf = new TreeMap<>();
    /** Leaders of each country, in the order first stated, and everyone holding each "title|country". */
    private final Map<String, List<KnownFact>> leadersOf = new TreeMap<>();

    private final Map<String, Set<String>> holders = new TreeMap<>();

    private final EventNames events;

    HostQuestions(FactBase base, Distractors distractors) {
        this.events = base.events();
        this.distractors = distractors;
        this.people = base.people();
        for (KnownFact f : base.all()) {
            if (f.kind() == FactKind.HOST) {
                hostsOf.computeIfAbsent(f.subject(), k -> new TreeSet<>()).add(f.object());
            }
        }
        for (KnownFact f : base.facts(FactKind.POSITION)) {
            holders.computeIfAbsent(f.relation() + "|" + f.object(), k -> new TreeSet<>())
                    .add(f.subject());
            if (LEADER_TITLES.contains(f.relation())) {
                leadersOf.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /**
     * The organisation an event's name holds: "2024 SCO summit" is the SCO's, "37th AU summit" the African Union's,
     * "LXII MERCOSUR summit" Mercosur's (the longest name or abbreviation written in it, in any case).
     */
    static Optional<String> organisationOf(String event) {
        for (String word : event.split(" ")) {
            if (!word.isEmpty() && !Gazetteer.get().summitCities(word).isEmpty()) {
                return Optional.of(word);
            }
        }
        return Gazetteer.get().organisationNamedIn(event);
    }

    List<FactQuestions.Candidate> of(KnownFact f, Set<String> disputed) {
        if (FactBase.isUndatedRecurringEvent(f.subject())) {
            return List.of();
        }
        Optional<String> named = events.subject(f.subject());
        if (named.isEmpty()) {
            return List.of(); // "the 2022 EU summit" names none of that year's summits
        }
        String base = Slug.join("host", f.subject(), f.object());
        String event = Wording.event(named.get());
        String country = f.qualifiers().get("country");
        if (country != null
                && country.equals(f.object())
                && Gazetteer.get().country(country).isPresent()) {
            return countryHost(f, event, country, base, disputed);
        }
        String where = country == null ? "" : ", " + Wording.place(country);
        String statement = Wording.capitalised(event) + " was held in " + f.object() + where + ".";
        Set<String> topics = Set.of(Topics.host(f.subject()));
        String status = Topics.status(topics, disputed);
        List<String> aliases = Blanks.cityAliases(f.object());
        List<FactQuestions.Candidate> out = new ArrayList<>();
        String choiceId = Slug.id(base, "choice");
        List<String> alsoTrue = new ArrayList<>(hostsOf.get(f.subject()));
        alsoTrue.addAll(aliases);
        Optional<String> organisation = organisationOf(f.subject());
        List<String> members = fullMembers(organisation);
        List<String> others = distractors.summitCities(choiceId, f.object(), alsoTrue, organisation, members);
        if (!others.isEmpty()) {
            Choices choices = Choices.of(choiceId, f.object(), others);
            out.add(FactQuestions.Candidate.of(
                    choices.question(choiceId, "Which city hosted " + event + "?", TAGS, statement, f.first(), status),
                    topics,
                    "city"));
        }
        out.add(
                FactQuestions.typedFirst(base) ? 0 : out.size(),
                FactQuestions.Candidate.of(
                        new Question.Short(
                                Slug.id(base, "short"),
                                "In which city was " + event + " held?",
                                f.object(),
                                aliases,
                                TAGS,
                                statement,
                                f.first(),
                                status),
                        topics,
                        "city"));
        if (country != null && Gazetteer.get().country(country).isPresent()) {
            leader(f, event, country, base, disputed).ifPresent(out::add);
            List<String> otherHosts = new ArrayList<>(List.of(country));
            hostsOf.get(f.subject())
                    .forEach(city -> Gazetteer.get().city(city).ifPresent(c -> otherHosts.add(c.country())));
            countryChoice(f, event, country, otherHosts, members, statement, status)
                    .ifPresent(out::add);
        }
        // A statement to judge, drawn False by its id (Falsehoods) with another city of the
        // organisation's summits (one city per summit, and none that any sentence gives, so the wrong one is false);
        // with no such city, no statement rather than one more keyed True
        String judgeId = Slug.id(base, "truefalse");
        if (!Falsehoods.keyedFalse(judgeId)) {
            out.add(FactQuestions.Candidate.of(
                    new Question.TrueFalse(
                            judgeId,
                            "True or false: " + event + " was held in " + f.object() + ".",
                            true,
                            TAGS,
                            statement,
                            f.first(),
                            status),
                    topics,
                    "statement"));
        } else if (!others.isEmpty()) {
            out.add(FactQuestions.Candidate.of(
                    new Question.TrueFalse(
                            Slug.id(base, "truefalse-false"),
                            "True or false: " + event + " was held in " + others.get(0) + ".",
                            false,
                            TAGS,
                            "False: " + statement,
                            f.first(),
                            status),
                    topics,
                    "statement"));
        }
        String cloze = Wording.capitalised(event) + " was held in " + Blanks.of(f.object(), aliases) + where + ".";
        out.add(FactQuestions.Candidate.of(
                new Question.Cloze(Slug.id(base, "cloze"), cloze, TAGS, statement, f.first(), status), topics, "city"));
        return out;
    }

    /** "In which country was EVENT held?" with other countries to choose from, none of {@code otherHosts}. */
    private Optional<FactQuestions.Candidate> countryChoice(
            KnownFact f,
            String event,
            String country,
            List<String> otherHosts,
            List<String> members,
            String statement,
            String status) {
        String base = Slug.join("host", f.subject(), f.object());
        String countryId = Slug.id(base, "country-choice");
        List<String> otherCountries = distractors.countries(countryId, country, otherHosts, members);
        if (otherCountries.isEmpty()) {
            return Optional.empty();
        }
        Choices choices = Choices.of(countryId, country, otherCountries);
        return Optional.of(FactQuestions.Candidate.of(
                choices.question(
                        countryId, "In which country was " + event + " held?", TAGS, statement, f.first(), status),
                Set.of(Topics.host(f.subject())),
                "country"));
    }

    /** The organisation's full members: their capitals may host its meetings, and they take their turn to host it. */
    private static List<String> fullMembers(Optional<String> organisation) {
        return organisation
                .flatMap(o -> Gazetteer.get().organisations().stream()
                        .filter(g -> g.name().equals(o) || g.abbreviations().contains(o))
                        .findFirst())
                .map(g -> Memberships.get().fullMembers(g.name()))
                .orElse(List.of());
    }

    /**
     * An event the articles place in a country only ("Angola hosts the 13th CPLP summit, to be held in 2020"): asked as
     * the country it was held in, never as a city.
     */
    private List<FactQuestions.Candidate> countryHost(
            KnownFact f, String event, String country, String base, Set<String> disputed) {
        String statement = Wording.capitalised(event) + " was held in " + Wording.place(country) + ".";
        Set<String> topics = Set.of(Topics.host(f.subject()));
        String status = Topics.status(topics, disputed);
        List<FactQuestions.Candidate> out = new ArrayList<>();
        out.add(FactQuestions.Candidate.of(
                new Question.Short(
                        Slug.id(base, "short"),
                        "In which country was " + event + " held?",
                        country,
                        List.of(),
                        TAGS,
                        statement,
                        f.first(),
                        status),
                topics,
                "country"));
        countryChoice(f, event, country, List.of(country), fullMembers(organisationOf(f.subject())), statement, status)
                .ifPresent(out::add);
        return out;
    }

    /**
     * "As of July 2024, who was the President of the country that hosted the 2024 SCO summit?": a leader of the host
     * country that an article of the event's year names, the only holder of that office in the articles, asked as of
     * that article's date (the office may change hands after the summit).
     */
    private Optional<FactQuestions.Candidate> leader(
            KnownFact f, String event, String country, String base, Set<String> disputed) {
        Matcher year = YEAR.matcher(f.subject());
        if (!year.find()) {
            return Optional.empty();
        }
        int eventYear = Integer.parseInt(year.group(1));
        for (KnownFact p : leadersOf.getOrDefault(country, List.of())) {
            Set<String> sameOffice = holders.get(p.relation() + "|" + p.object());
            if (p.asOf().map(LocalDate::getYear).orElse(0) != eventYear || sameOffice.size() != 1) {
                continue;
            }
            Person person = people.person(p.subject());
            String title = Wording.title(p.relation(), p.qualifiers());
            String asOf = Wording.asOf(p.asOf());
            String id = Slug.id(base, "leader");
            String prompt = asOf + "who was the " + title + " of the country that hosted " + event + "?";
            String explanation = Wording.capitalised(event) + " was held in " + f.object() + ", "
                    + Wording.place(country) + "; " + Wording.lowerFirst(asOf) + person.name() + " was the " + title
                    + " of " + Wording.place(country) + ".";
            Set<String> topics = Set.of(
                    Topics.host(f.subject()), Topics.person(person.name()), Topics.title(person.name(), country));
            String status = Topics.status(topics, disputed);
            List<String> rivals = distractors.people(
                    id,
                    person.name(),
                    sameOffice,
                    p.relation(),
                    p.object(),
                    p.asOf().orElseThrow());
            Question q = rivals.isEmpty()
                    ? new Question.Short(
                            id, prompt, person.name(), people.accepted(person), TAGS, explanation, p.first(), status)
                    : choice(id, prompt, person.name(), rivals, explanation, p.first(), status);
            return Optional.of(new FactQuestions.Candidate(
                    new Generated(q, topics).dated(p.asOf().orElseThrow()),
                    "leader",
                    true,
                    FactQuestions.Candidate.holder(person.name(), p.relation(), country)));
        }
        return Optional.empty();
    }

    private static Question choice(
            String id,
            String prompt,
            String answer,
            List<String> wrong,
            String explanation,
            quizline.pack.SourceRef source,
            String status) {
        Choices choices = Choices.of(id, answer, wrong);
        return choices.question(id, prompt, TAGS, explanation, source, status);
    }
}
