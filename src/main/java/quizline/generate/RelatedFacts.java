package quizline.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import quizline.facts.FactKind;
import quizline.facts.Gazetteer;
import quizline.pack.AnswerMatcher;

/**
 * What else the articles say around a fact, for an explanation that teaches more than the prompt with its answer:
 * who held an office before ("An earlier report, of May 2024, named Ebrahim Raisi as the President of Iran."), the
 * person's other offices, when the organisation was founded, when and where a summit took place. Only facts of the
 * same run, each true as the generator asks it: a superseded fact is named with its date, never as true now.
 */
final class RelatedFacts {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** At most this many related sentences: an explanation is read in a few seconds. */
    private static final int MOST = 2;

    private final FactBase base;
    /** Topics sources disagree on: nothing disputed is stated as a related fact. */
    private final java.util.Set<String> disputed;

    RelatedFacts(FactBase base, java.util.Set<String> disputed) {
        this.base = base;
        this.disputed = disputed;
    }

    /** The related sentences for a fact, joined; empty when the articles say nothing more about it. */
    Optional<String> of(KnownFact f) {
        List<String> said = switch (f.kind()) {
            case POSITION -> position(f);
            case MEMBER -> member(f);
            case HOST -> host(f);
            case DATE -> date(f);
            case COUNT -> List.of();
        };
        return said.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join(" ", said.subList(0, Math.min(MOST, said.size()))));
    }

    private List<String> position(KnownFact f) {
        List<String> said = new ArrayList<>();
        for (Supersession s : base.supersessions()) {
            KnownFact older = s.older();
            if (s.newer().equals(f)
                    && older.asOf().isPresent()
                    && !disputed.contains(Topics.title(older.subject(), older.object()))) {
                said.add("An earlier report, of " + MONTH.format(older.asOf().get()) + ", named " + older.subject()
                        + " as the " + Wording.title(older.relation(), older.qualifiers()) + " of "
                        + Wording.place(older.object()) + ".");
            }
        }
        for (KnownFact other : base.facts(FactKind.POSITION)) {
            if (other.subject().equals(f.subject())
                    && !other.relation().equals(f.relation())
                    && Offices.askable(other.relation())
                    && !disputed.contains(Topics.title(other.subject(), other.object()))
                    && !disputed.contains(Topics.person(other.subject()))) {
                said.add(Wording.capitalised(Wording.asOf(other.asOf()) + f.subject() + " was also the "
                        + Wording.title(other.relation(), other.qualifiers()) + " of " + Wording.place(other.object())
                        + "."));
            }
        }
        return said;
    }

    private List<String> member(KnownFact f) {
        List<String> said = new ArrayList<>();
        founding(f.object()).ifPresent(said::add);
        return said;
    }

    private List<String> host(KnownFact f) {
        List<String> dates = base.facts(FactKind.DATE).stream()
                .filter(d -> sameEvent(d.subject(), f.subject()) && d.object().length() == 10)
                .map(KnownFact::object)
                .distinct()
                .toList();
        if (dates.size() != 1 || disputed.contains(Topics.date(f.subject()))) {
            return List.of();
        }
        return List.of("It began on " + DAY.format(LocalDate.parse(dates.get(0))) + ".");
    }

    private List<String> date(KnownFact f) {
        List<KnownFact> hosts = base.facts(FactKind.HOST).stream()
                .filter(h -> sameEvent(h.subject(), f.subject()))
                .toList();
        if (hosts.stream().map(KnownFact::object).distinct().count() != 1
                || disputed.contains(Topics.host(f.subject()))) {
            return List.of();
        }
        KnownFact h = hosts.get(0);
        String country = h.qualifiers().get("country");
        return List.of("It was held in " + h.object() + (country == null ? "" : ", " + Wording.place(country)) + ".");
    }

    /** "The Shanghai Cooperation Organisation was founded in 2001.", when one year alone is given for it. */
    private Optional<String> founding(String organisation) {
        // The extractor names the event after the organisation's short name ("founding of SCO"), the member fact
        // after its full name.
        java.util.Set<String> names = new java.util.HashSet<>(List.of(organisation));
        Gazetteer.get().organisation(organisation).ifPresent(o -> names.addAll(o.abbreviations()));
        List<String> years = base.facts(FactKind.DATE).stream()
                .filter(d -> d.subject().startsWith("founding of ")
                        && names.contains(d.subject().substring("founding of ".length())))
                .map(d -> d.object().substring(0, 4))
                .distinct()
                .toList();
        return years.size() == 1
                ? Optional.of(Wording.capitalised(Wording.happened("founding of " + organisation, "in " + years.get(0)))
                        + ".")
                : Optional.empty();
    }

    private static boolean sameEvent(String a, String b) {
        return AnswerMatcher.fold(a).equals(AnswerMatcher.fold(b));
    }
}
