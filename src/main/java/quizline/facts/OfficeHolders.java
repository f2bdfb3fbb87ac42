package quizline.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Who held the offices questions ask about most, read once from {@code office-holders.tsv}: checked knowledge true
 * on the file's own date, for wrong choices from the answer's own office ("As of August 2023, who was the President
 * of Russia?" offering its earlier presidents and its Prime Minister). The file is trusted only for a month
 * one of its terms covers: in a month no listed term covers (an acting holder the file leaves out, a time before
 * its first term) it does not know who held the office, so it offers nobody. Names of places and offices are those
 * of the other data files; a name they do not know stops loading, as a typo must not hide a holder.
 */
public final class OfficeHolders {
    private static final String FILE = "office-holders.tsv";
    private static final String LEADING_FILE = "leading-offices.tsv";
    /** The offices whose holder may be the one who leads a country. */
    private static final Set<String> MAY_LEAD = Set.of("President", "Prime Minister", "Chancellor", "Taoiseach");

    /**
     * One person's time in one office, both months included: in a handover month both holders count as holding it.
     * Without an end the person held the office on the file's date and may hold it still, whatever the month asked.
     */
    public record Term(List<String> spellings, YearMonth from, Optional<YearMonth> to) {
        public Term {
            spellings = List.copyOf(spellings);
        }

        /** The name as questions print it. */
        public String person() {
            return spellings.get(0);
        }

        public boolean covers(YearMonth month) {
            return !month.isBefore(from) && to.map(end -> !month.isAfter(end)).orElse(true);
        }

        /** Whether the term began before the month and ends after it: held all through it, not a handover month. */
        boolean coversAllOf(YearMonth month) {
            return from.isBefore(month) && to.map(month::isBefore).orElse(true);
        }

        /** Months between the term and the month, 0 when the term covers it. */
        public long monthsFrom(YearMonth month) {
            if (covers(month)) {
                return 0;
            }
            return month.isBefore(from)
                    ? ChronoUnit.MONTHS.between(month, from)
                    : ChronoUnit.MONTHS.between(to.orElseThrow(), month);
        }
    }

    private static final class Holder {
        static final OfficeHolders INSTANCE =
                new OfficeHolders(DataFiles.table(FILE, 5), DataFiles.table(LEADING_FILE, 2));
    }

    private final LocalDate asOf;
    /** Terms by place, then by office, each list in the file's order. */
    private final Map<String, Map<String, List<Term>>> terms = new TreeMap<>();
    /** The office that leads each country the file lists one for: the only one of {@link #MAY_LEAD} it lists, or the one leading-offices.tsv names. */
    private final Map<String, String> leading = new TreeMap<>();
    /** Each spelling the file gives, as {@link #words} compares it: made once, asked for every name of every article. */
    private final Map<String, List<String>> spellingWords = new java.util.HashMap<>();

    public static OfficeHolders get() {
        return Holder.INSTANCE;
    }

    /**
     * @param rows the file's rows after its header: first the "as of" row, then place, office, person, from, to
     * @param leadingRows leading-offices.tsv's rows: place, office or "none"
     */
    OfficeHolders(List<String[]> rows, List<String[]> leadingRows) {
        asOf = DataFiles.asOf(FILE, rows);
        Knowledge knowledge = Knowledge.get();
        Set<String> organisations = knowledge.organisations().stream()
                .map(Knowledge.Organisation::name)
                .collect(Collectors.toSet());
        Gazetteer gazetteer = Gazetteer.get();
        Set<String> titles = new java.util.HashSet<>(gazetteer.titles());
        for (String[] row : rows.subList(1, rows.size())) {
            String place = row[0];
            String office = row[1];
            if (knowledge.findCountry(place).isEmpty() && !organisations.contains(place)) {
                throw new IllegalStateException(FILE + ": a place no data file names: " + place);
            }
            if (!titles.contains(office) && !gazetteer.nationalTitle(office)) {
                throw new IllegalStateException(FILE + ": an office titles.tsv does not name: " + office);
            }
            List<String> spellings = DataFiles.split(row[2]);
            if (spellings.isEmpty()) {
                throw new IllegalStateException(FILE + ": a term without a person in " + office + " of " + place);
            }
            YearMonth from = YearMonth.parse(row[3]);
            Optional<YearMonth> to = row[4].isEmpty() ? Optional.empty() : Optional.of(YearMonth.parse(row[4]));
            if (to.isPresent() && to.get().isBefore(from)) {
                throw new IllegalStateException(FILE + ": " + spellings.get(0) + " leaves " + office + " of " + place
                        + " before taking it: " + from + " to " + to.get());
            }
            terms.computeIfAbsent(place, k -> new TreeMap<>())
                    .computeIfAbsent(office, k -> new ArrayList<>())
                    .add(new Term(spellings, from, to));
            spellings.forEach(spelling -> spellingWords.computeIfAbsent(spelling, OfficeHolders::words));
        }
        Map<String, String> named = new TreeMap<>();
        for (String[] row : leadingRows) {
            if (knowledge.findCountry(row[0]).isEmpty() || !row[1].equals("none") && !MAY_LEAD.contains(row[1])) {
                throw new IllegalStateException(
                        LEADING_FILE + ": not a country and an office that may lead it: " + row[0] + ", " + row[1]);
            }
            named.put(row[0], row[1]);
        }
        terms.forEach((place, offices) -> {
            List<String> candidates =
                    offices.keySet().stream().filter(MAY_LEAD::contains).toList();
            if (knowledge.findCountry(place).isEmpty() || candidates.isEmpty()) {
                return;
            }
            // the file's word wins, also over the one office listed: Cape Verde's President is no more its leader
            // than its Prime Minister, whom the file does not list
            String office = named.getOrDefault(place, candidates.size() == 1 ? candidates.get(0) : null);
            if (office == null) {
                throw new IllegalStateException(LEADING_FILE + ": " + place + " lists "
                        + String.join(" and ", candidates) + "; say which leads it, or none");
            }
            if (!office.equals("none")) {
                leading.put(place, office);
            }
        });
    }

    /**
     * Whether a person written so held a country's leading office in the month of a day: India's Prime Minister in May
     * 2023 led India, Senegal's President led Senegal (the file lists no Prime Minister of it), Russia's Prime Minister
     * did not lead Russia, whose President does. A name written in one word must be the whole of a one-word spelling or
     * the last word of exactly one holder's.
     */
    public boolean led(String place, String written, LocalDate day) {
        String office = leading.get(place);
        if (office == null || !knows(day)) {
            return false;
        }
        List<Term> held = heldOn(place, office, day);
        List<String> name = words(written);
        if (held.stream().anyMatch(t -> t.spellings().stream().anyMatch(s -> endsWith(spellingWords.get(s), name)))) {
            return true;
        }
        return held.stream()
                        .filter(t -> t.spellings().stream().anyMatch(s -> surnameOf(spellingWords.get(s), name)))
                        .count()
                == 1;
    }

    /**
     * The one country whose leading office a person written so held all through the month of a day (not a handover
     * month) on or before the file's own date, after which it cannot tell. A name in one word must be the last word of
     * exactly one such leader's spelling. Empty when the file knows no such leader, or more than one.
     */
    public Optional<String> countryLedAllMonth(String written, LocalDate day) {
        if (!knows(day)) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(day);
        List<String> name = words(written);
        List<String> places = new ArrayList<>();
        leading.forEach((place, office) -> {
            for (Term term : terms(place, office)) {
                if (term.coversAllOf(month)
                        && term.spellings().stream()
                                .map(spellingWords::get)
                                .anyMatch(s -> endsWith(s, name) || surnameOf(s, name))) {
                    places.add(place);
                    return;
                }
            }
        });
        return places.size() == 1 ? Optional.of(places.get(0)) : Optional.empty();
    }

    /** Whether the file lists both names as spellings of one person: "KP Sharma Oli" and "Khadga Prasad Sharma Oli". */
    public boolean spellingsOfOnePerson(String a, String b) {
        List<String> wordsA = words(a);
        List<String> wordsB = words(b);
        return terms.values().stream()
                .flatMap(offices -> offices.values().stream())
                .flatMap(List::stream)
                .anyMatch(term -> term.spellings().stream()
                                .map(spellingWords::get)
                                .anyMatch(wordsA::equals)
                        && term.spellings().stream().map(spellingWords::get).anyMatch(wordsB::equals));
    }

    /** The date the file is true on. */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Whether the file can tell who held its offices in the month of a day: not after its own month, when a term it
     * lists without an end may have ended.
     */
    public boolean knows(LocalDate day) {
        return !YearMonth.from(day).isAfter(YearMonth.from(asOf));
    }

    /** Every listed term of an office of a place, in the file's order; empty when the file does not list it. */
    public List<Term> terms(String place, String office) {
        return List.copyOf(terms.getOrDefault(place, Map.of()).getOrDefault(asListed(office), List.of()));
    }

    /**
     * The office as the file names it, by titles.tsv's canonical titles: a premier of China or Niue (premiers.txt) is
     * the file's Prime Minister, a vice premier its Deputy Prime Minister.
     */
    private static String asListed(String office) {
        return switch (office) {
            case "Premier" -> "Prime Minister";
            case "Vice Premier" -> "Deputy Prime Minister";
            default -> office;
        };
    }

    /** The places the file lists offices of, sorted. */
    public List<String> places() {
        return List.copyOf(terms.keySet());
    }

    /** The offices the file lists for a place, sorted. */
    public List<String> offices(String place) {
        return List.copyOf(terms.getOrDefault(place, Map.of()).keySet());
    }

    /** The terms covering the month of a day: two in a handover month, none when the file does not know. */
    public List<Term> heldOn(String place, String office, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return terms(place, office).stream().filter(t -> t.covers(month)).toList();
    }

    /**
     * Whether a person written so held an office of a place all through the month of a day: a term that began before
     * that month and ends after it, so not a handover month, when either holder may be meant.
     */
    public boolean heldAllMonth(String place, String office, String written, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        List<String> name = words(written);
        return terms(place, office).stream()
                .anyMatch(term -> term.coversAllOf(month)
                        && term.spellings().stream().anyMatch(spelling -> endsWith(spellingWords.get(spelling), name)));
    }

    /**
     * The one place where a term covering the month of a day gives this office to a person written so: "President
     * Lacalle Pou" in an article of June 2023 held the office in Uruguay. Empty when the file knows no such term or
     * knows two.
     */
    public Optional<String> placeOf(String office, String person, LocalDate day) {
        return placeOf(office, person, day, false);
    }

    /**
     * The name the file gives the one holder of the place's office in the day's month whose name ends with a surname
     * written alone ("President Magufuli of Tanzania" in August 2019: John Magufuli); none where no holder, or more
     * than one, fits.
     */
    public Optional<String> holderCalled(String place, String office, String surname, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        List<String> name = words(surname);
        List<String> found = terms.getOrDefault(place, Map.of()).getOrDefault(office, List.of()).stream()
                .filter(term -> term.covers(month)
                        && term.spellings().stream().anyMatch(s -> surnameOf(spellingWords.get(s), name)))
                .map(Term::person)
                .distinct()
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The one place whose office the person held only before the day ("former President John Kufuor": Ghana's, 2001 to
     * 2009), where the file lists exactly one; never one they hold again on the day.
     */
    public Optional<String> formerPlaceOf(String office, String person, LocalDate day) {
        return placeOf(office, person, day, true)
                .filter(place -> placeOf(office, person, day).isEmpty());
    }

    private Optional<String> placeOf(String office, String person, LocalDate day, boolean before) {
        YearMonth month = YearMonth.from(day);
        List<String> name = words(person);
        List<String> places = new ArrayList<>();
        terms.forEach((place, offices) -> {
            for (Term term : offices.getOrDefault(office, List.of())) {
                boolean when = before ? term.to().map(month::isAfter).orElse(false) : term.covers(month);
                if (when && term.spellings().stream().anyMatch(s -> endsWith(spellingWords.get(s), name))) {
                    places.add(place);
                    return;
                }
            }
        });
        return places.size() == 1 ? Optional.of(places.get(0)) : Optional.empty();
    }

    /**
     * Whether a name as an article writes it is this spelling or its end: "Lula da Silva" and "Luiz Inácio Lula da
     * Silva", "Volodymyr Zelensky" and "Volodymyr Zelensky", not "Mohammed" alone nor another family's "bin Salman".
     */
    static boolean writtenFor(String written, String spelling) {
        return endsWith(words(spelling), words(written));
    }

    /** Whether a name written in one word is the last word of a spelling's words: "Doe" of "Jane Doe". */
    private static boolean surnameOf(List<String> spelling, List<String> name) {
        return name.size() == 1 && name.get(0).equals(spelling.get(spelling.size() - 1));
    }

    /** Whether a spelling's words end with a written name's, of two words or more unless the spelling is one word. */
    private static boolean endsWith(List<String> b, List<String> a) {
        return !a.isEmpty()
                && b.size() >= a.size()
                && b.subList(b.size() - a.size(), b.size()).equals(a)
                && (a.size() >= 2 || b.size() == 1);
    }

    /**
     * Whether a name as written may be a spelling of the file's: a word of three letters or more in each begins the
     * same, up to five letters ("Zelenskiy" and "Zelensky", "Kristerson" and "Kristersson", "Oli" and "Oli", "Diaz" of
     * "Diaz-Canel Bermudez" and "Díaz-Canel"). Loose on purpose: it tells another person, not the same one.
     */
    static boolean mayName(String written, String spelling) {
        for (String a : words(written)) {
            for (String b : words(spelling)) {
                int n = Math.min(5, Math.min(a.length(), b.length()));
                if (n >= 3 && a.regionMatches(0, b, 0, n)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replace('-', ' ')
                .replace(".", "");
        return List.of(plain.strip().split("\\s+")).stream()
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
