package quizline.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quizline.facts.FactKind;
import quizline.pack.AnswerMatcher;

/**
 * A fact a later article replaced: a new holder of an office one person holds at a time, or a membership status
 * that moved on (a candidate that later joined). Both are dated, the older is no longer asked in the present
 * tense; two articles of the same date that disagree are a conflict instead ({@link ConflictFinder}).
 */
record Supersession(KnownFact older, KnownFact newer) {
    private static final Set<String> MEMBER = Set.of("founding member", "member", "joined");

    static List<Supersession> find(List<KnownFact> facts) {
        List<Supersession> found = new ArrayList<>();
        Map<String, List<KnownFact>> byOffice = new LinkedHashMap<>();
        Map<String, List<KnownFact>> byMembership = new LinkedHashMap<>();
        for (KnownFact f : facts) {
            if (f.asOf().isEmpty()) {
                continue; // an undated fact can be neither older nor newer
            }
            if (f.kind() == FactKind.POSITION && Offices.single(f.relation())) {
                byOffice.computeIfAbsent(f.relation() + "|" + AnswerMatcher.fold(f.object()), k -> new ArrayList<>())
                        .add(f);
            } else if (f.kind() == FactKind.MEMBER) {
                byMembership
                        .computeIfAbsent(
                                AnswerMatcher.fold(f.subject()) + "|" + AnswerMatcher.fold(f.object()),
                                k -> new ArrayList<>())
                        .add(f);
            }
        }
        byOffice.values()
                .forEach(holders -> pairs(holders, found, (a, b) -> !People.samePerson(a.subject(), b.subject())));
        // A status moves on one way: candidate, applicant, observer, partner or suspended before member; never back by
        // date alone
        byMembership
                .values()
                .forEach(statuses -> pairs(
                        statuses, found, (a, b) -> !MEMBER.contains(a.relation()) && MEMBER.contains(b.relation())));
        return List.copyOf(found);
    }

    private interface Replaces {
        boolean replaces(KnownFact older, KnownFact newer);
    }

    private static void pairs(List<KnownFact> facts, List<Supersession> found, Replaces rule) {
        for (KnownFact older : facts) {
            for (KnownFact newer : facts) {
                if (older != newer
                        && older.asOf().get().isBefore(newer.asOf().get())
                        && rule.replaces(older, newer)
                        && found.stream().noneMatch(s -> s.older() == older)) {
                    found.add(new Supersession(older, newer));
                }
            }
        }
    }
}
