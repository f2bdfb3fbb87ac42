package quizline.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import quizline.facts.FactKind;
import quizline.facts.Gazetteer;
import quizline.facts.OfficeHolders;
import quizline.pack.AnswerMatcher;

/**
 * Wrong choices of the answer's own kind: people for people, countries for countries, cities for cities, titles for
 * titles, nearby years for years. Names met in the articles come first (they are the plausible ones), the data
 * files fill up. Never the answer, nor anything the caller rules out as another true answer. The draw is seeded
 * by the question's id, so the same facts always give the same choices.
 */
final class Distractors {
    static final int WANTED = 3;

    private final List<String> people;
    private final List<String> countries;
    private final List<String> cities;
    private final List<String> titles;
    /** The kinds of office each person holds in the articles: a head of state's rivals are heads of state. */
    private final Map<String, Set<Offices.Kind>> officesOf = new HashMap<>();
    /** People holding a hereditary office (a King, an Emir, a Crown Prince): rivals for each other, not for presidents. */
    private final Set<String> rulers = new HashSet<>();
    /** The countries whose offices each person holds in the articles: a rival for Mauritania's President is African. */
    private final Map<String, Set<String>> countriesOf = new HashMap<>();

    private final Gazetteer gazetteer = Gazetteer.get();
    /** Folded names, computed once: the same few hundred are ruled out again for every question. */
    private final Map<String, String> folded = new HashMap<>();
    /** Every country's capital, sorted: computed once, not for each question. */
    private final List<String> allCapitals;

    Distractors(FactBase base) {
        Set<String> people = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        Set<String> cities = new TreeSet<>();
        Set<String> titles = new TreeSet<>();
        for (KnownFact f : base.facts()) {
            if (f.kind() == FactKind.POSITION) {
                people.add(f.subject());
                officesOf.computeIfAbsent(f.subject(), k -> new TreeSet<>()).add(Offices.kind(f.relation()));
                if (Offices.hereditary(f.relation())) {
                    rulers.add(f.subject());
                }
                if (!gazetteer.nationalTitle(f.relation())) {
                    titles.add(f.relation());
                }
                addIfCountry(countries, f.object());
                if (gazetteer.country(f.object()).isPresent()) {
                    countriesOf
                            .computeIfAbsent(f.subject(), k -> new TreeSet<>())
                            .add(f.object());
                }
            } else if (f.kind() == FactKind.MEMBER) {
                addIfCountry(countries, f.subject());
            } else if (f.kind() == FactKind.HOST) {
                cities.add(f.object());
                addIfCountry(countries, f.qualifiers().getOrDefault("country", ""));
            }
        }
        this.people = List.copyOf(people);
        this.countries = List.copyOf(countries);
        this.cities = List.copyOf(cities);
        this.titles = List.copyOf(titles);
        this.allCapitals = capitals(gazetteer.countryNames());
    }

    /** The capitals of these countries, by their first spelling, sorted. */
    private List<String> capitals(List<String> countries) {
        return countries.stream()
                .flatMap(n -> gazetteer.country(n).stream())
                .flatMap(c -> c.capitalSpellings().stream().limit(1))
                .filter(c -> gazetteer.city(c).isPresent())
                .sorted()
                .toList();
    }

    private void addIfCountry(Set<String> countries, String name) {
        if (gazetteer.country(name).isPresent()) {
            countries.add(name);
        }
    }

    List<String> people(String seed, String answer, Collection<String> alsoTrue) {
        return draw(seed, answer, alsoTrue, List.of(people), spellingOf(answer, alsoTrue), People::samePerson);
    }

    /**
     * Rivals for the holder of an office on a day: first who held that very office at other times, the two nearest
     * in time ("As of March 2024, who was the President of the United States?" with Donald Trump and Barack Obama),
     * then who held the place's other offices (Kamala Harris), then the rest of its holders; with fewer than two of
     * those, for a country's head, people of comparable offices as below. The office-holders file is used only when
     * it says the answer held the office that month; nobody it lists as holding the office then is offered. Below a
     * country's head (a minister, an organisation's officer) only the file's people are offered: none, and the
     * question is typed.
     */
    List<String> people(
            String seed, String answer, Collection<String> alsoTrue, String title, String place, LocalDate day) {
        OfficeHolders file = OfficeHolders.get();
        List<OfficeHolders.Term> then = file.heldOn(place, title, day);
        Predicate<String> heldThen =
                name -> then.stream().flatMap(t -> t.spellings().stream()).anyMatch(s -> People.samePerson(s, name));
        // Other countries' ministers and other organisations' officers are eliminated at a glance ("a Brazilian
        // minister as the CIS's Executive Secretary"): below a country's head, rivals come from the file or not at all
        boolean head = Offices.kind(title) == Offices.Kind.HEAD
                && gazetteer.country(place).isPresent();
        if (!heldThen.test(answer)) {
            return head ? people(seed, answer, alsoTrue, title) : List.of();
        }
        YearMonth month = YearMonth.from(day);
        Map<String, Long> nearness = new HashMap<>();
        for (OfficeHolders.Term term : file.terms(place, title)) {
            if (!heldThen.test(term.person())) {
                nearness.merge(term.person(), term.monthsFrom(month), Math::min);
            }
        }
        List<String> others = nearness.keySet().stream()
                .sorted(Comparator.comparing((String name) -> nearness.get(name))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<String> colleagues = file.offices(place).stream()
                .filter(office -> !office.equals(title))
                .flatMap(office -> file.heldOn(place, office, day).stream())
                .map(OfficeHolders.Term::person)
                .filter(heldThen.negate())
                .distinct()
                .sorted()
                .toList();
        List<List<String>> tiers = new ArrayList<>();
        tiers.add(others.subList(0, Math.min(2, others.size())));
        tiers.add(colleagues);
        tiers.add(others.subList(Math.min(2, others.size()), others.size()));
        Predicate<String> spelling = heldThen.or(spellingOf(answer, alsoTrue));
        // Two of the place's own people make a fair question of three choices; one of them beside leaders of
        // other countries would stand out
        List<String> own = draw(seed, answer, alsoTrue, tiers, spelling, People::samePerson);
        if (own.size() >= 2 || !head) {
            return own;
        }
        tiers.addAll(comparableTiers(answer, title));
        return draw(seed, answer, alsoTrue, tiers, spelling, People::samePerson);
    }

    /**
     * People holding an office of the same kind as the answer's first (other leaders for a leader), a ruler's among
     * rulers (Putin offered as King of Bahrain is eliminated at a glance), then anyone.
     */
    List<String> people(String seed, String answer, Collection<String> alsoTrue, String title) {
        return draw(
                seed,
                answer,
                alsoTrue,
                comparableTiers(answer, title),
                spellingOf(answer, alsoTrue),
                People::samePerson);
    }

    /** A spelling of a true answer is that answer, and a shorter form of it too: never offered as wrong. */
    private static Predicate<String> spellingOf(String answer, Collection<String> alsoTrue) {
        return candidate -> People.samePerson(candidate, answer)
                || alsoTrue.stream().anyMatch(t -> People.samePerson(candidate, t));
    }

    /** People of comparable offices, nearest first, then anyone (see {@link #people(String, String, Collection, String)}). */
    private List<List<String>> comparableTiers(String answer, String title) {
        Offices.Kind kind = Offices.kind(title);
        boolean hereditary = Offices.hereditary(title);
        List<String> comparable = people.stream()
                .filter(p -> officesOf.getOrDefault(p, Set.of()).contains(kind)
                        && (kind != Offices.Kind.HEAD || rulers.contains(p) == hereditary))
                .toList();
        // With too few other rulers, none: the question is asked typed rather than with presidents as wrong Kings;
        // and no ruler for an elected office
        List<String> anyone = hereditary
                ? List.of()
                : people.stream().filter(p -> !rulers.contains(p)).toList();
        // Each nearest first: the leaders of the answer's own region, then of its continent
        Set<String> home = countriesOf.getOrDefault(answer, Set.of());
        ToIntFunction<String> near = p -> nearness(home, countriesOf.getOrDefault(p, Set.of()));
        List<List<String>> tiers = new ArrayList<>(byNearness(comparable, near));
        tiers.addAll(byNearness(anyone, near));
        return tiers;
    }

    /**
     * How near a country lies to where most of these members are: 2 in a region that holds a quarter of them or more,
     * 1 on such a continent, 0 otherwise. For the SCO Turkmenistan is near and Asia close; for Mercosur the Americas.
     */
    ToIntFunction<String> nearnessTo(Collection<String> members) {
        Map<String, Integer> regions = new HashMap<>();
        Map<String, Integer> continents = new HashMap<>();
        for (String member : members) {
            gazetteer.region(member).ifPresent(r -> {
                regions.merge(r.name(), 1, Integer::sum);
                continents.merge(r.continent(), 1, Integer::sum);
            });
        }
        double quarter = members.size() / 4.0;
        return c -> gazetteer
                .region(c)
                .map(r -> regions.getOrDefault(r.name(), 0) >= quarter
                        ? 2
                        : continents.getOrDefault(r.continent(), 0) >= quarter ? 1 : 0)
                .orElse(0);
    }

    /** The highest nearness between a country of one set and one of the other (Gazetteer.nearness). */
    private int nearness(Set<String> these, Set<String> those) {
        int best = 0;
        for (String a : these) {
            for (String b : those) {
                best = Math.max(best, gazetteer.nearness(a, b));
            }
        }
        return best;
    }

    /** The names split into those nearest (2), those on the same continent (1) and the rest, each in its order. */
    private static List<List<String>> byNearness(List<String> names, ToIntFunction<String> nearness) {
        List<List<String>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String name : names) {
            tiers.get(2 - nearness.applyAsInt(name)).add(name);
        }
        return tiers;
    }

    /**
     * Countries of the answer's region first, then of its continent (the articles' before the data file's), then the
     * articles' other countries and the data file's: Chile rather than Belarus beside the United States.
     */
    List<String> countries(String seed, String answer, Collection<String> alsoTrue) {
        ToIntFunction<String> near = c -> gazetteer.nearness(answer, c);
        Set<String> inArticles = new HashSet<>(countries);
        List<String> fromData = gazetteer.countryNames().stream()
                .filter(c -> !inArticles.contains(c))
                .toList();
        List<List<String>> articles = byNearness(countries, near);
        List<List<String>> data = byNearness(fromData, near);
        return draw(
                seed,
                answer,
                alsoTrue,
                List.of(articles.get(0), data.get(0), articles.get(1), data.get(1), articles.get(2), data.get(2)),
                c -> false,
                String::equals);
    }

    /**
     * Countries, first from {@code first} (those close to the organisation a question is about: the plausible ones)
     * on the answer's continent, then any country there, then the rest of {@code first}, then any country: for
     * Mercosur Mexico before India and Ethiopia, its partners in BRICS and the G20.
     */
    List<String> countries(String seed, String answer, Collection<String> alsoTrue, List<String> first) {
        return countries(seed, answer, alsoTrue, first, c -> gazetteer.nearness(answer, c));
    }

    /** The same, nearest first by {@code nearness} (2 nearest, 0 farthest) rather than by nearness to the answer. */
    List<String> countries(
            String seed,
            String answer,
            Collection<String> alsoTrue,
            List<String> first,
            ToIntFunction<String> nearness) {
        return countries(seed, answer, alsoTrue, List.of(), first, nearness);
    }

    /**
     * As above, with the tiers of {@code related} drawn before anything else: countries tied to the organisation in
     * another way.
     */
    List<String> countries(
            String seed,
            String answer,
            Collection<String> alsoTrue,
            List<List<String>> related,
            List<String> first,
            ToIntFunction<String> nearness) {
        List<String> known =
                first.stream().filter(c -> gazetteer.country(c).isPresent()).toList();
        Set<String> inFirst = new HashSet<>(known);
        List<List<String>> close = byNearness(known, nearness);
        List<List<String>> any = byNearness(
                gazetteer.countryNames().stream()
                        .filter(c -> !inFirst.contains(c))
                        .toList(),
                nearness);
        return draw(
                seed,
                answer,
                alsoTrue,
                java.util.stream.Stream.concat(
                                related.stream(),
                                java.util.stream.Stream.of(
                                        close.get(0), close.get(1), any.get(0), any.get(1), close.get(2), any.get(2)))
                        .toList(),
                c -> false,
                String::equals);
    }

    List<String> cities(String seed, String answer, Collection<String> alsoTrue) {
        return draw(seed, answer, alsoTrue, cities, gazetteer.cityNames(), c -> false);
    }

    /**
     * Cities for "which city hosted the organisation's summit": first those that hosted its other summits, then the
     * capitals of its members (where its meetings go in turn), then the articles' host cities, then any summit city;
     * the data file's other cities only when these run out. A city that never hosts such meetings (Tampere,
     * Cologne), or one of another continent's bloc (Osaka for a CSTO summit), makes the question too easy.
     */
    List<String> summitCities(
            String seed,
            String answer,
            Collection<String> alsoTrue,
            Optional<String> organisation,
            List<String> members) {
        List<String> own = organisation.map(gazetteer::summitCities).orElse(List.of());
        List<String> picked = new ArrayList<>(draw(seed, answer, alsoTrue, own, List.of(), c -> false));
        if (picked.size() < WANTED) {
            List<String> taken = new ArrayList<>(alsoTrue);
            taken.addAll(picked);
            List<String> capitals = capitals(members);
            for (String more : draw(seed + "capitals", answer, taken, capitals, List.of(), c -> false)) {
                if (picked.size() < WANTED) {
                    picked.add(more);
                }
            }
        }
        if (picked.size() < WANTED) {
            List<String> taken = new ArrayList<>(alsoTrue);
            taken.addAll(picked);
            List<String> summitCities = new ArrayList<>(new TreeSet<>(cities));
            summitCities.addAll(gazetteer.summitCities());
            List<String> meetingCities = List.copyOf(new TreeSet<>(summitCities));
            // Nearest first: the summit cities and capitals of the answer's region, then of its continent (Ottawa
            // and Mexico City beside Los Angeles, not Osaka), then any summit city, then any city
            String home = gazetteer.city(answer).map(Gazetteer.City::country).orElse("");
            ToIntFunction<String> near = c -> gazetteer
                    .city(c)
                    .map(city -> gazetteer.nearness(home, city.country()))
                    .orElse(0);
            List<List<String>> meetings = byNearness(meetingCities, near);
            List<List<String>> capitals = byNearness(allCapitals, near);
            for (String more : draw(
                    seed + "+",
                    answer,
                    taken,
                    List.of(
                            meetings.get(0),
                            capitals.get(0),
                            meetings.get(1),
                            capitals.get(1),
                            meetings.get(2),
                            gazetteer.cityNames()),
                    c -> false,
                    String::equals)) {
                if (picked.size() < WANTED) {
                    picked.add(more);
                }
            }
        }
        return List.copyOf(picked);
    }

    /** Titles: also none that contains a true one or lies inside it ("acting President" when "President" is true). */
    List<String> titles(String seed, String answer, Collection<String> alsoTrue) {
        return titles(seed, answer, alsoTrue, "");
    }

    /** As above, for an office of {@code place}: never a title its system has not ({@link Offices#foreignTo}). */
    List<String> titles(String seed, String answer, Collection<String> alsoTrue, String place) {
        List<String> truths = new ArrayList<>(alsoTrue);
        truths.add(answer);
        Predicate<String> overlapping = candidate -> truths.stream().anyMatch(t -> overlaps(candidate, t));
        // A head of state's title among other heads' titles, a minister's among ministers': never "spokesman" for a
        // president
        Offices.Kind kind = Offices.kind(answer);
        // where the President alone heads the government, the other offices near the top are ministers
        boolean presidential = kind == Offices.Kind.HEAD && Offices.presidential(place);
        Predicate<String> otherKind = candidate ->
                Offices.kind(candidate) != kind && !(presidential && Offices.kind(candidate) == Offices.Kind.MINISTER);
        // "Emir" or "King" offered for a President is eliminated at a glance, and "President" for a King
        Predicate<String> otherRule = candidate -> Offices.hereditary(candidate) != Offices.hereditary(answer);
        Predicate<String> sameRole = candidate -> truths.stream().anyMatch(t -> Offices.sameRole(candidate, t));
        Predicate<String> noOffice = candidate -> !Offices.askable(candidate);
        Predicate<String> otherSex = candidate -> Offices.otherSex(answer, candidate);
        Predicate<String> foreign = candidate -> Offices.foreignTo(candidate, place);
        return draw(
                seed,
                answer,
                alsoTrue,
                titles,
                gazetteer.titles(),
                overlapping
                        .or(otherKind)
                        .or(otherRule)
                        .or(sameRole)
                        .or(noOffice)
                        .or(otherSex)
                        .or(foreign));
    }

    /** Years within four of the answer and not after {@code latest}, none of them a year some source gives. */
    List<String> years(String seed, int answer, Collection<String> alsoTrue, int latest) {
        List<String> near = new ArrayList<>();
        for (int delta = -4; delta <= 4; delta++) {
            if (delta != 0 && answer + delta <= latest) {
                near.add(Integer.toString(answer + delta));
            }
        }
        return draw(seed, Integer.toString(answer), alsoTrue, near, List.of(), y -> false);
    }

    private List<String> draw(
            String seed,
            String answer,
            Collection<String> alsoTrue,
            List<String> fromArticles,
            List<String> fromData,
            Predicate<String> excluded) {
        Set<String> seen = new HashSet<>(fromArticles);
        List<String> more = fromData.stream().filter(c -> !seen.contains(c)).toList();
        return draw(seed, answer, alsoTrue, List.of(fromArticles, more), excluded, String::equals);
    }

    /**
     * Draws from each list in turn until enough are picked: the earlier lists hold the more plausible names. No two
     * picked are {@code alike} (two forms of one person's name would be two choices for one answer).
     */
    private List<String> draw(
            String seed,
            String answer,
            Collection<String> alsoTrue,
            List<List<String>> tiers,
            Predicate<String> excluded,
            BiPredicate<String, String> alike) {
        Set<String> ruledOut = new HashSet<>();
        ruledOut.add(fold(answer));
        alsoTrue.forEach(t -> ruledOut.add(fold(t)));
        Predicate<String> allowed = c -> !ruledOut.contains(fold(c)) && !excluded.test(c);
        Random random = new Random(seed.hashCode());
        List<String> picked = new ArrayList<>();
        for (List<String> tier : tiers) {
            if (picked.size() < WANTED) {
                sample(tier, allowed, alike, random, picked);
            }
        }
        return List.copyOf(picked);
    }

    /**
     * Draws from a sorted list at seeded random positions until enough are allowed or every one was tried. With
     * thousands of names only a few are looked at, where shuffling the whole list for each question would not scale.
     */
    private static void sample(
            List<String> sorted,
            Predicate<String> allowed,
            BiPredicate<String, String> alike,
            Random random,
            List<String> picked) {
        Set<Integer> tried = new HashSet<>();
        while (picked.size() < WANTED && tried.size() < sorted.size()) {
            int index = random.nextInt(sorted.size());
            if (tried.add(index)) {
                String candidate = sorted.get(index);
                if (allowed.test(candidate) && picked.stream().noneMatch(p -> alike.test(p, candidate))) {
                    picked.add(candidate);
                }
            }
        }
    }

    private String fold(String name) {
        return folded.computeIfAbsent(name, AnswerMatcher::fold);
    }

    private static boolean overlaps(String a, String b) {
        String x = " " + AnswerMatcher.fold(a) + " ";
        String y = " " + AnswerMatcher.fold(b) + " ";
        return x.contains(y) || y.contains(x);
    }
}
