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
        return List.copyOf(found);
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
            person.variants().forEach(v -> claims.add(firstWritten.get(v)));
            found.add(new FoundConflict("spelling-" + Slug.of(person.name()), "the spelling of " + person.name() + "'s name",
                    Topics.person(person.name()), claims));
        }
        return found;
    }

    private static List<FoundConflict> titles(FactBase base) {
        Map<String, Map<String, Conflict.Claim>> byHolder = new LinkedHashMap<>();
        Map<String, KnownFact> firstOf = new LinkedHashMap<>();
        for (KnownFact f : base.facts(FactKind.POSITION)) {
            String key = Topics.title(f.subject(), f.object());
            firstOf.putIfAbsent(key, f);
            byHolder.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(f.relation(),
                    new Conflict.Claim(f.relation(), f.first()));
        }
        List<FoundConflict> found = new ArrayList<>();
        byHolder.forEach((key, claims) -> {
            if (claims.size() > 1) {
                KnownFact f = firstOf.get(key);
                found.add(new FoundConflict("title-" + Slug.join(f.subject(), f.object()),
                        "the title of " + f.subject() + " in " + Wording.place(f.object()), key, List.copyOf(claims.values())));
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
                found.add(new FoundConflict("date-" + Slug.of(event), "the date of " + Wording.event(event),
                        Topics.date(event), claims(facts)));
            }
        });
        return found;
    }

    private static List<FoundConflict> hosts(FactBase base) {
        Map<String, List<KnownFact>> byEvent = groupByEvent(base, FactKind.HOST);
        List<FoundConflict> found = new ArrayList<>();
        byEvent.forEach((event, facts) -> {
            if (facts.stream().map(f -> AnswerMatcher.fold(f.object())).distinct().count() > 1) {
                found.add(new FoundConflict("host-" + Slug.of(event), "the city that hosted " + Wording.event(event),
                        Topics.host(event), claims(facts)));
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
        return facts.stream().map(f -> new Conflict.Claim(f.object(), f.first())).toList();
    }

    /** "2022" and "2022-02-24" agree: one is the other with less detail. */
    static boolean compatibleDates(String a, String b) {
        return a.equals(b) || (a.length() == 4 && b.startsWith(a)) || (b.length() == 4 && a.startsWith(b));
    }
}
