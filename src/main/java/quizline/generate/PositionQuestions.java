package quizline.generate;

import java.time.LocalDate;
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
 * Questions on "person P holds title T in place X", best first: who held T (as a choice among people of comparable
 * offices, typed when there are none), which title P held, which country P led (leaders only), a statement to
 * judge, and a cloze on the statement with X blanked.
 */
final class PositionQuestions {
    private static final List<String> TAGS = List.of("people");
    private static final Set<String> LEADER_TITLES = Set.copyOf(WordLists.read("leader-titles.txt"));

    private final People people;
    private final Distractors distractors;
    /** Everyone who holds a title in a place, keyed by "title|place". */
    private final Map<String, Set<String>> holders = new TreeMap<>();
    /** Every title a person holds anywhere (superseded facts too: a false statement must not be true elsewhere). */
    private final Map<String, Set<String>> titlesOf = new TreeMap<>();
    /** Every place a person holds a title in. */
    private final Map<String, Set<String>> placesOf = new TreeMap<>();

    /** The date the author declares the facts hold on, for facts of undated articles. */
    private final java.util.Optional<java.time.LocalDate> declared;

    PositionQuestions(FactBase base, Distractors distractors) {
        this(base, distractors, java.util.Optional.empty());
    }

    PositionQuestions(FactBase base, Distractors distractors, java.util.Optional<java.time.LocalDate> declared) {
        this.declared = declared;
        this.people = base.people();
        this.distractors = distractors;
        for (KnownFact f : base.all()) {
            if (f.kind() == FactKind.POSITION) {
                titlesOf.computeIfAbsent(f.subject(), k -> new TreeSet<>()).add(f.relation());
            }
        }
        for (KnownFact f : base.facts(FactKind.POSITION)) {
            holders.computeIfAbsent(f.relation() + "|" + f.object(), k -> new TreeSet<>())
                    .add(f.subject());
            placesOf.computeIfAbsent(f.subject(), k -> new TreeSet<>()).add(f.object());
        }
    }

    List<FactQuestions.Candidate> of(KnownFact f, Set<String> disputed) {
        // An office changes hands: a dated fact is asked as of its date, in the past ("As of July 2024, who was …")
        java.util.Optional<java.time.LocalDate> date = f.asOf().or(() -> declared);
        if (date.isEmpty()) {
            return List.of(); // "X is the President of Y" with no date would be taught as true today
        }
        Person person = spelledAsTheFile(people.person(f.subject()), f.relation(), f.object(), date.get());
        String title = Wording.title(f.relation(), f.qualifiers());
        String place = Wording.place(f.object());
        String base = Slug.join("position", f.subject(), f.relation(), f.object());
        String asOf = Wording.asOf(date);
        // "the President of Chile", but "a diplomat of Slovakia": an office many hold at once is no one's alone
        boolean single = !Offices.manyAtOnce(f.relation());
        String the = single ? "the " : title.matches("(?i)[aeiou].*") ? "an " : "a ";
        String statement = asOf + person.name() + " was " + the + title + " of " + place + ".";
        Set<String> topics = Set.of(Topics.person(person.name()), Topics.title(person.name(), f.object()));
        String status = Topics.status(topics, disputed);
        List<FactQuestions.Candidate> out = new ArrayList<>();
        Set<String> sameOffice = holders.get(f.relation() + "|" + f.object());
        String who = Wording.capitalised(asOf + "who was the " + title + " of " + place + "?");
        if (sameOffice.size() == 1 && single) {
            // Two holders of one office (a predecessor, an acting one) would make "who is" ambiguous; so would an
            // office
            // many hold at once ("who was the Ambassador of Portugal?").
            String whoId = Slug.id(base, "choice");
            List<String> rivals =
                    distractors.people(whoId, person.name(), sameOffice, f.relation(), f.object(), date.get());
            if (rivals.size() >= 2) { // one rival makes a coin toss: typed instead
                Choices choices = Choices.of(whoId, person.name(), rivals);
                out.add(FactQuestions.Candidate.of(
                                choices.question(
                                        whoId,
                                        Wording.capitalised(
                                                asOf + "which of these people was the " + title + " of " + place + "?"),
                                        TAGS,
                                        Wording.capitalised(statement),
                                        f.first(),
                                        status),
                                topics,
                                "who")
                        .teaching(FactQuestions.Candidate.holder(person.name(), f.relation(), f.object())));
            }
            out.add(
                    FactQuestions.typedFirst(base) ? 0 : out.size(),
                    FactQuestions.Candidate.of(
                                    new Question.Short(
                                            Slug.id(base, "short"),
                                            who,
                                            person.name(),
                                            people.accepted(person),
                                            TAGS,
                                            Wording.capitalised(statement),
                                            f.first(),
                                            status),
                                    topics,
                                    "who")
                            .teaching(FactQuestions.Candidate.holder(person.name(), f.relation(), f.object())));
        }
        String titleId = Slug.id(base, "title-choice");
        // A title of no common kind ("acting Permanent Representative to the UN") has no fair wrong titles
        List<String> otherTitles = Offices.kind(f.relation()) == Offices.Kind.OTHER
                ? List.of()
                : distractors.titles(titleId, f.relation(), titlesOf.get(f.subject()), f.object());
        if (!otherTitles.isEmpty()) {
            Choices choices = Choices.of(titleId, f.relation(), otherTitles);
            out.add(FactQuestions.Candidate.of(
                    choices.question(
                            titleId,
                            Wording.capitalised(asOf + "which title did " + person.name() + " hold in " + place + "?"),
                            TAGS,
                            Wording.capitalised(statement),
                            f.first(),
                            status),
                    topics,
                    "title"));
        }
        if (LEADER_TITLES.contains(f.relation())
                && Gazetteer.get().country(f.object()).isPresent()) {
            String countryId = Slug.id(base, "country-choice");
            List<String> otherCountries = distractors.countries(countryId, f.object(), placesOf.get(f.subject()));
            if (!otherCountries.isEmpty()) {
                Choices choices = Choices.of(countryId, f.object(), otherCountries);
                out.add(FactQuestions.Candidate.of(
                        choices.question(
                                countryId,
                                Wording.capitalised(
                                        asOf + "of which country was " + person.name() + " the " + title + "?"),
                                TAGS,
                                Wording.capitalised(statement),
                                f.first(),
                                status),
                        topics,
                        "place"));
            }
        }
        // A statement to judge, drawn False by its id (Falsehoods) with the other head's title (nobody is
        // both President and Prime Minister of one country), so the wrong statement is plausible and cannot be true;
        // when no such title exists, the fact gets no statement rather than one more keyed True
        String judgeId = Slug.id(base, "truefalse");
        java.util.Optional<String> rival = Offices.rival(f.relation(), f.object())
                .filter(r -> !titlesOf.get(f.subject()).contains(r))
                .filter(r -> Gazetteer.get().country(f.object()).isPresent()); // a country's heads, not a council's
        if (!Falsehoods.keyedFalse(judgeId)) {
            out.add(FactQuestions.Candidate.of(
                    new Question.TrueFalse(
                            judgeId,
                            "True or false: " + Wording.lowerFirst(statement),
                            true,
                            TAGS,
                            Wording.capitalised(statement),
                            f.first(),
                            status),
                    topics,
                    "statement"));
        } else if (rival.isPresent()) {
            String wrong = Wording.title(rival.get(), f.qualifiers());
            out.add(FactQuestions.Candidate.of(
                    new Question.TrueFalse(
                            Slug.id(base, "truefalse-false"),
                            "True or false: "
                                    + Wording.lowerFirst(
                                            asOf + person.name() + " was the " + wrong + " of " + place + "."),
                            false,
                            TAGS,
                            "False: " + Wording.lowerFirst(statement),
                            f.first(),
                            status),
                    topics,
                    "statement"));
        }
        String cloze = asOf + person.name() + " was " + the + title + " of " + Blanks.place(f.object()) + ".";
        // "the Taoiseach of ___": a title one country has gives its place away
        if (!Gazetteer.get().nationalTitle(f.relation())) {
            out.add(FactQuestions.Candidate.of(
                    new Question.Cloze(
                            Slug.id(base, "cloze"),
                            Wording.capitalised(cloze),
                            TAGS,
                            Wording.capitalised(statement),
                            f.first(),
                            status),
                    topics,
                    "place"));
        }
        LocalDate day = date.get();
        return out.stream().map(c -> c.dated(day)).toList();
    }

    /**
     * A holder the articles misspell ("Ulf Kristerson") is written as the office-holders file spells the holder of
     * that office that month ("Ulf Kristersson"), the articles' spelling still accepted. A spelling the file also
     * gives is kept as written.
     */
    static Person spelledAsTheFile(Person person, String title, String place, java.time.LocalDate day) {
        List<String> written = new ArrayList<>(person.variants());
        written.add(0, person.name());
        for (quizline.facts.OfficeHolders.Term term :
                quizline.facts.OfficeHolders.get().heldOn(place, title, day)) {
            boolean asWritten = term.spellings().stream()
                    .anyMatch(s -> written.stream()
                            .anyMatch(w ->
                                    quizline.pack.AnswerMatcher.fold(w).equals(quizline.pack.AnswerMatcher.fold(s))));
            if (asWritten) {
                return person;
            }
            if (term.spellings().stream().anyMatch(s -> People.sameName(s, person.name()))) {
                return new Person(term.person(), written);
            }
        }
        return person;
    }
}
