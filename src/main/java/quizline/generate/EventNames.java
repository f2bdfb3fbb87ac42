package quizline.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizline.facts.FactKind;

/**
 * How questions name a summit so that it names one: "the 2023 EU summit" fits four European Councils, "the 2022
 * CIS summit" both the formal one and the informal one a draft also asks about, and "the 2022 CSTO summit" the
 * two that summits.tsv knows of that year. Such a summit is named by its month
 * when a date fact gives it ("the December 2023 EU summit"); without one it is not asked about.
 */
final class EventNames {
    private static final Set<String> SEVERAL_A_YEAR = Set.copyOf(WordLists.read("several-summits-a-year.txt"));
    /** A summit named by its year and organisation alone: "2023 EU summit", "2022 informal CIS summit". */
    private static final Pattern YEAR_ONLY = Pattern.compile("^(\\d{4}) (?!\\d+(?:st|nd|rd|th) |[IVXLC]+ )(.+)$");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    /** The month a date fact gives each event, when it gives one. */
    private final Map<String, String> monthOf = new HashMap<>();
    /** How many events of the draft each organisation has in each year, keyed "organisation|year". */
    private final Map<String, Integer> eventsIn = new HashMap<>();

    EventNames(List<KnownFact> facts) {
        Map<String, Boolean> seen = new HashMap<>();
        for (KnownFact f : facts) {
            if (f.kind() == FactKind.DATE && f.object().matches("\\d{4}-\\d{2}.*")) {
                monthOf.putIfAbsent(
                        f.subject(), MONTH.format(LocalDate.parse(f.object().substring(0, 7) + "-01")));
            }
            if ((f.kind() == FactKind.DATE || f.kind() == FactKind.HOST) && seen.put(f.subject(), true) == null) {
                key(f.subject()).ifPresent(k -> eventsIn.merge(k, 1, Integer::sum));
            }
        }
    }

    /**
     * The event as questions name it: as the fact does, with its month where the name alone fits several summits,
     * or empty when it fits several and no month is known.
     */
    Optional<String> subject(String subject) {
        Optional<String> key = key(subject);
        if (key.isEmpty()) {
            return Optional.of(subject);
        }
        String organisation = key.get().substring(0, key.get().indexOf('|'));
        int year = Integer.parseInt(key.get().substring(key.get().indexOf('|') + 1));
        boolean several = SEVERAL_A_YEAR.contains(organisation)
                || eventsIn.getOrDefault(key.get(), 0) > 1
                || quizline.facts.Gazetteer.get().summitsIn(organisation, year) > 1;
        if (!several) {
            return Optional.of(subject);
        }
        return Optional.ofNullable(monthOf.get(subject)).map(month -> month + " " + subject);
    }

    /** "organisation|year" of a summit named by year and organisation alone. */
    private static Optional<String> key(String subject) {
        Matcher m = YEAR_ONLY.matcher(subject);
        if (!m.matches() || !m.group(2).endsWith("summit")) {
            return Optional.empty();
        }
        return HostQuestions.organisationOf(subject).map(o -> o + "|" + m.group(1));
    }
}
