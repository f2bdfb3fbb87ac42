package quizline.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quizline.facts.Fact;
import quizline.facts.FactKind;
import quizline.pack.AnswerMatcher;
import quizline.pack.Conflict;

/**
 * Finds where sentences disagree about one thing: the spelling of a person's name, a person's title in one place,
 * the date of one event, the city that hosted one event. Each value is listed with the first sentence that gives
 * it. Events named without a year that recur ("the summit") are several events, so they never conflict.
 */
final class ConflictFinder {
    private ConflictFinder() {}

    static List<FoundConflict> find(FactBase base) {
        List<FoundConflict> found = new ArrayList<>();
        found.addAll(spellings(base));
        found.addAll(titles(base));
        found.addAll(dates(base));
        found.addAll(hosts(base));
        found.addAll(holders(base));
        found.addAll(offices(base));
        found.addAll(statuses(base));
        return List.copyOf(found);
    }

    /** One office one person holds at a time, two holders on the same date (or with no date to tell them apart). */
    private static List<FoundConflict> holders(FactBase base) {
        Map<String, List<KnownFact>> byOffice = new LinkedHashMap<>();
        for (KnownFact f : base.facts(FactKind.POSITION)) {
            if (Offices.single(f.relation())) {
                byOffice.computeIfAbsent(f.relation() + "|" + AnswerMatcher.fold(f.object()), k -> new ArrayList<>())
                        .add(f);
            }
        }
        List<FoundConflict> found = new ArrayList<>();
        byOffice.forEach((office, facts) -> {
            Map<String, KnownFact> byHolder = new LinkedHashMap<>();
            facts.forEach(f -> {
                if (byHolder.keySet().stream().noneMatch(known -> People.samePerson(known, f.subject()))) {
                    byHolder.put(f.subject(), f);
                }
            });
            if (byHolder.size() > 1
                    && byHolder.values().stream()
                                    .map(KnownFact::asOf)
                                    .distinct()
                                    .count()
                            == 1) {
                KnownFact first = facts.get(0);
                found.add(new FoundConflict(
                        "holder-" + Slug.join(first.relation(), first.object()),
                        "who was " + first.relation() + " of " + Wording.place(first.object()),
                        byHolder.values().stream()
                                .map(f -> Topics.title(f.subject(), f.object()))
                                .toList(),
                        byHolder.values().stream()
                                .map(f -> new Conflict.Claim(f.subject(), f.first()))
                                .toList()));
            }
        });
        return found;
    }

    /** One person heading states or governments in two places: a list read wrongly ("A, Indian Prime Minister B"). */
    private static List<FoundConflict> offices(FactBase base) {
        Map<String, Map<String, KnownFact>> byPerson = new LinkedHashMap<>();
        for (KnownFact f : base.facts(FactKind.POSITION)) {
            if (Offices.heads(f.relation())) {
                byPerson.computeIfAbsent(f.subject(), k -> new LinkedHashMap<>())
                        .putIfAbsent(AnswerMatcher.fold(f.object()), f);
            }
        }
        List<FoundConflict> found = new ArrayList<>();
        byPerson.forEach((person, byPlace) -> {
            if (byPlace.size() > 1) {
                found.add(new FoundConflict(
                        "office-" + Slug.of(person),
                        "where " + person + " holds office",
                        byPlace.values().stream()
                                .map(f -> Topics.title(f.subject(), f.object()))
                                .toList(),
                        byPlace.values().stream()
                                .map(f -> new Conflict.Claim(f.relation() + " of " + f.object(), f.first()))
                                .toList()));
            }
        });
        return found;
    }

    private static final java.util.Set<String> MEMBERS = java.util.Set.of("founding member", "member", "joined");
    private static final java.util.Set<String> NOT_MEMBERS =
            java.util.Set.of("observer", "dialogue partner", "partner", "associate member", "prospective member");

    /** A country called a member and, on the same date, an observer, a partner or a candidate of one organisation. */
    private static List<FoundConflict> statuses(FactBase base) {
        Map<String, List<KnownFact>> byPair = new LinkedHashMap<>();
        for (KnownFact f : base.facts(FactKind.MEMBER)) {
            byPair.computeIfAbsent(
                            AnswerMatcher.fold(f.subject()) + "|" + AnswerMatcher.fold(f.object()),
                            k -> new ArrayList<>())
                    .add(f);
        }
        List<FoundConflict> found = new ArrayList<>();
        byPair.forEach((pair, facts) -> {
            boolean member = facts.stream().anyMatch(f -> MEMBERS.contains(f.relation()));
            boolean not = facts.stream().anyMatch(f -> NOT_MEMBERS.contains(f.relation()));
            if (member && not) {
                KnownFact first = facts.get(0);
                Map<String, Conflict.Claim> claims = new LinkedHashMap<>();
                facts.forEach(f -> claims.putIfAbsent(f.relation(), new Conflict.Claim(f.relation(), f.first())));
                found.add(new FoundConflict(
                        "status-" + Slug.join(first.subject(), first.object()),
                        "the status of " + first.subject() + " in " + Wording.place(first.object()),
                        Topics.membership(first.subject(), first.object()),
                        List.copyOf(claims.values())));
            }
        });
        return found;
    }

    private static List<FoundConflict> spellings(FactBase base) {
        // The first sentence that writes each spelling, in one pass over the facts.
        Map<String, Conflict.Claim> firstWritten = new LinkedHashMap<>();
        for (Fact f : base.raw()) {
            if (f.kind() == FactKind.POSITION) {
                firstWritten.putIfAbsent(f.subject(), new Conflict.Claim(f.subject(), FactBase.source(f)));
            }
        }
        List<FoundConflict> found = new ArrayList<>();
        for (Person person : base.people().withVariants()) {
            List<Conflict.Claim> claims = new ArrayList<>();
            claims.add(firstWritten.get(person.name()));
            // "Lula da Silva" beside "Luiz Inácio Lula da Silva" is the name shortened, not spelled otherwise
            person.variants().stream()
                    .filter(v -> !People.shortFormOf(v, person.name()))
                    .forEach(v -> claims.add(firstWritten.get(v)));
            if (claims.size() < 2) {
                continue;
            }
            found.add(new FoundConflict(
                    "spelling-" + Slug.of(person.name()),
                    "the spelling of " + person.name() + "'s name",
                    Topics.person(person.name()),
                    claims));
        }
        return found;
    }

    private static List<FoundConflict> titles(FactBase base) {
        Map<String, Map<String, Conflict.Claim>> byHolder = new LinkedHashMap<>();
        Map<String, KnownFact> firstOf = new LinkedHashMap<>();
        for (KnownFact f : base.facts(FactKind.POSITION)) {
            String key = Topics.title(f.subject(), f.object());
            firstOf.putIfAbsent(key, f);
            byHolder.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .putIfAbsent(f.relation(), new Conflict.Claim(f.relation(), f.first()));
        }
        List<FoundConflict> found = new ArrayList<>();
        byHolder.forEach((key, claims) -> {
            // "Crown Prince and Prime Minister" are held together; "Prime Minister" and "President" of one country are
            // not
            if (claims.keySet().stream().filter(Offices::exclusive).count() > 1) {
                KnownFact f = firstOf.get(key);
                found.add(new FoundConflict(
                        "title-" + Slug.join(f.subject(), f.object()),
                        "the title of " + f.subject() + " in " + Wording.place(f.object()),
                        key,
                        List.copyOf(claims.values())));
            }
        });
        return found;
    }

    private static List<FoundConflict> dates(FactBase base) {
        Map<String, List<KnownFact>> byEvent = groupByEvent(base, FactKind.DATE);
        List<FoundConflict> found = new ArrayList<>();
        byEvent.forEach((event, facts) -> {
            boolean disagree = false;
            for (KnownFact a : facts) {
                for (KnownFact b : facts) {
                    disagree |= !compatibleDates(a.object(), b.object());
                }
            }
            if (disagree) {
                found.add(new FoundConflict(
                        "date-" + Slug.of(event),
                        "the date of " + Wording.event(event),
                        Topics.date(event),
                        claims(facts)));
            }
        });
        return found;
    }

    private static List<FoundConflict> hosts(FactBase base) {
        Map<String, List<KnownFact>> byEvent = groupByEvent(base, FactKind.HOST);
        List<FoundConflict> found = new ArrayList<>();
        byEvent.forEach((event, facts) -> {
            if (facts.stream()
                            .map(f -> AnswerMatcher.fold(f.object()))
                            .distinct()
                            .count()
                    > 1) {
                found.add(new FoundConflict(
                        "host-" + Slug.of(event),
                        "the city that hosted " + Wording.event(event),
                        Topics.host(event),
                        claims(facts)));
            }
        });
        return found;
    }

    private static Map<String, List<KnownFact>> groupByEvent(FactBase base, FactKind kind) {
        Map<String, List<KnownFact>> byEvent = new LinkedHashMap<>();
        for (KnownFact f : base.facts(kind)) {
            if (!FactBase.isUndatedRecurringEvent(f.subject())) {
                byEvent.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
            }
        }
        return byEvent;
    }

    private static List<Conflict.Claim> claims(List<KnownFact> facts) {
        return facts.stream()
                .map(f -> new Conflict.Claim(f.object(), f.first()))
                .toList();
    }

    /** "2022", "2022-02" and "2022-02-24" agree: one is the other with less detail. */
    static boolean compatibleDates(String a, String b) {
        // "2023" and "2023-04" and "2023-04-04": each shorter one a prefix of the longer
        return a.startsWith(b) || b.startsWith(a);
    }
}
