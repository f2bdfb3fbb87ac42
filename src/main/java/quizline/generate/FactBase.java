package quizline.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import quizline.facts.Fact;
import quizline.facts.FactKind;
import quizline.pack.AnswerMatcher;
import quizline.pack.SourceRef;

/**
 * The facts of all articles, each once: people under one spelling, and a fact stated by several sentences (articles
 * repeat paragraphs, reports repeat each other) kept with all of them. Order is the order first stated.
 */
final class FactBase {
    private static final List<String> RECURRING_EVENT_WORDS = WordLists.read("recurring-events.txt");
    /** Groupings whose memberships are not asked about (unasked-organisations.txt). */
    private static final Set<String> UNASKED = Set.copyOf(WordLists.read("unasked-organisations.txt"));

    private static final Pattern HAS_YEAR = Pattern.compile("\\b\\d{4}\\b");

    private final People people;
    /** Every fact, superseded ones included. */
    private final List<KnownFact> all;
    /**
     * The facts still true as of their latest article, on an office a question can name: questions are written
     * on these.
     */
    private final List<KnownFact> facts;

    private final List<Supersession> supersessions;
    /** Every fact as the articles wrote it, in order: conflicts about spellings cite these. */
    private final List<Fact> raw;

    FactBase(List<ArticleFacts> articles) {
        raw = new ArrayList<>();
        articles.forEach(a -> raw.addAll(a.facts()));
        people = new People(raw.stream()
                .filter(f -> f.kind() == FactKind.POSITION)
                .map(Fact::subject)
                .toList());
        Map<String, List<SourceRef>> sources = new LinkedHashMap<>();
        Map<String, Fact> firsts = new LinkedHashMap<>();
        for (Fact fact : raw) {
            String key = key(fact);
            firsts.putIfAbsent(key, fact);
            sources.computeIfAbsent(key, k -> new ArrayList<>()).add(source(fact));
        }
        // The date each fact was true on: its own, else its article's (facts read by hand carry none)
        Map<String, LocalDate> latest = new LinkedHashMap<>();
        for (ArticleFacts article : articles) {
            for (Fact fact : article.facts()) {
                String key = key(fact);
                fact.asOf()
                        .or(article::published)
                        .ifPresent(date -> latest.merge(key, date, (a, b) -> a.isAfter(b) ? a : b));
            }
        }
        // A fact stated twice, once in a plain sentence, is as trusted as that sentence
        Map<String, Fact> trusted = new LinkedHashMap<>();
        for (Fact fact : raw) {
            String key = key(fact);
            trusted.merge(key, fact, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        List<KnownFact> known = new ArrayList<>();
        firsts.forEach((key, fact) -> known.add(new KnownFact(
                fact.kind(),
                fact.kind() == FactKind.POSITION ? people.canonical(fact.subject()) : fact.subject(),
                fact.relation(),
                fact.object(),
                fact.qualifiers(),
                sources.get(key),
                Optional.ofNullable(latest.get(key)),
                trusted.get(key).confidence(),
                trusted.get(key).pattern())));
        all = List.copyOf(known);
        supersessions = Supersession.find(all);
        Set<KnownFact> old = new HashSet<>();
        supersessions.forEach(x -> old.add(x.older()));
        List<KnownFact> current = all.stream()
                .filter(f -> !old.contains(f))
                .filter(f -> f.kind() != FactKind.POSITION || Offices.askable(f.relation()))
                .filter(f -> f.kind() != FactKind.MEMBER || !UNASKED.contains(f.object()))
                .toList();
        List<KnownFact> kept = new ArrayList<>();
        for (KnownFact f : current) {
            if (!saidByAStrongerFact(f, current) && !sameDayAsAnother(f, kept) && !anotherTieSaysIt(f, kept, current)) {
                kept.add(f);
            }
        }
        facts = List.copyOf(kept);
    }

    private static final Set<String> MEMBERS = Set.of("founding member", "member", "joined");

    /**
     * A lesser tie another fact already gives: two statuses of one country in one organisation on one date ("Bolivia,
     * an associate member in accession", asked once), and a partnership that is membership of the wider grouping
     * (OPEC's partners are the members of OPEC+ that are not in OPEC: "Russia, an OPEC partner" is "Russia, a member
     * of OPEC+").
     */
    private static boolean anotherTieSaysIt(KnownFact f, List<KnownFact> earlier, List<KnownFact> all) {
        if (f.kind() != FactKind.MEMBER || MEMBERS.contains(f.relation())) {
            return false;
        }
        boolean sameDay = earlier.stream()
                .anyMatch(e -> e.kind() == FactKind.MEMBER
                        && !MEMBERS.contains(e.relation())
                        && e.subject().equals(f.subject())
                        && e.object().equals(f.object())
                        && e.asOf().equals(f.asOf()));
        return sameDay
                || f.relation().equals("partner")
                        && all.stream()
                                .anyMatch(m -> m.kind() == FactKind.MEMBER
                                        && MEMBERS.contains(m.relation())
                                        && m.subject().equals(f.subject())
                                        && widerGrouping(f.object(), m.object()));
    }

    /** Whether the members of {@code wider} are exactly those of {@code organisation} and its partners. */
    private static boolean widerGrouping(String organisation, String wider) {
        quizline.facts.Memberships file = quizline.facts.Memberships.get();
        if (organisation.equals(wider) || !file.knows(organisation) || !file.knows(wider)) {
            return false;
        }
        Set<String> together = new HashSet<>(file.fullMembers(organisation));
        file.of(organisation).forEach((country, status) -> {
            if (status == quizline.facts.Memberships.Status.PARTNER) {
                together.add(country);
            }
        });
        return together.equals(new HashSet<>(file.fullMembers(wider)));
    }

    private static final Pattern COUNTRY_EVENT = Pattern.compile("^(application|accession) of .+ to (.+)$");

    /**
     * One step two countries took together: "Sweden and Finland applied to join NATO in May 2022", "India and Pakistan
     * joined the SCO in 2017". The second country's date would ask the first's question again, so only the first
     * country's is asked.
     */
    private static boolean sameDayAsAnother(KnownFact f, List<KnownFact> earlier) {
        if (f.kind() != FactKind.DATE) {
            return false;
        }
        var event = COUNTRY_EVENT.matcher(f.subject());
        return event.matches()
                && earlier.stream().anyMatch(e -> {
                    var other = COUNTRY_EVENT.matcher(e.subject());
                    return e.kind() == FactKind.DATE
                            && other.matches()
                            && other.group(1).equals(event.group(1))
                            && other.group(2).equals(event.group(2))
                            && e.object().equals(f.object());
                });
    }

    /** One key for every statement of one fact: its kind, the person under one spelling, relation and object. */
    private String key(Fact fact) {
        String subject = fact.kind() == FactKind.POSITION ? people.canonical(fact.subject()) : fact.subject();
        return fact.kind() + "|" + AnswerMatcher.fold(subject) + "|" + fact.relation() + "|"
                + AnswerMatcher.fold(fact.object());
    }

    /**
     * A fact another fact of the run already says, so that its questions would only repeat the other's: the
     * accession date "Cambodia joined ASEAN in 1999" gives beside the membership fact with that year, and plain
     * "member" beside "founding member" or "joined" of the same country and organisation.
     */
    private static boolean saidByAStrongerFact(KnownFact f, List<KnownFact> facts) {
        if (f.kind() == FactKind.DATE && f.subject().startsWith("accession of ")) {
            return facts.stream()
                    .anyMatch(m -> m.kind() == FactKind.MEMBER
                            && m.relation().equals("joined")
                            && f.subject().startsWith("accession of " + m.subject() + " to ")
                            && f.object().startsWith(m.qualifiers().getOrDefault("date", "-")));
        }
        if (f.kind() == FactKind.MEMBER && f.relation().equals("member")) {
            return facts.stream()
                    .anyMatch(m -> m.kind() == FactKind.MEMBER
                            && m.subject().equals(f.subject())
                            && m.object().equals(f.object())
                            && (m.relation().equals("founding member")
                                    || m.relation().equals("joined")));
        }
        return false;
    }

    private EventNames events;

    /** How questions name the events of these facts: made once for the draft's host and date questions. */
    EventNames events() {
        if (events == null) {
            events = new EventNames(facts);
        }
        return events;
    }

    /** Every fact, with those a later article replaced. */
    List<KnownFact> all() {
        return all;
    }

    /** Facts a later article replaced, each with its successor: a change, not a conflict. */
    List<Supersession> supersessions() {
        return supersessions;
    }

    static SourceRef source(Fact fact) {
        return new SourceRef(fact.article(), fact.start(), fact.end());
    }

    List<KnownFact> facts() {
        return facts;
    }

    List<KnownFact> facts(FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }

    List<Fact> raw() {
        return raw;
    }

    People people() {
        return people;
    }

    /**
     * An event named without a year whose kind recurs ("the summit"): several different events may hide behind
     * the one name, so nothing is asked about it and its facts are never set against each other.
     */
    static boolean isUndatedRecurringEvent(String subject) {
        if (HAS_YEAR.matcher(subject).find()) {
            return false;
        }
        String[] words = subject.toLowerCase(java.util.Locale.ROOT).split(" ");
        return RECURRING_EVENT_WORDS.contains(words[words.length - 1]);
    }
}
