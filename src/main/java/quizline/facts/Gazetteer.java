package quizline.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The extractor's data files as plain lists, for code outside this package that needs names of
 * the same kind as a fact's (distractors, aliases): countries with their aliases and capitals,
 * other cities, organisations with their abbreviations, and titles.
 */
public final class Gazetteer {
    /** A country, the other names articles give it, and its capital with that city's other spellings. */
    public record Country(String name, List<String> aliases, List<String> capitalSpellings) {}

    /** A city, its other spellings, and the country it lies in. */
    public record City(String name, List<String> aliases, String country) {}

    /** An organisation and its abbreviations. */
    public record Organisation(String name, List<String> abbreviations) {}

    /** A part of the world ("Southeast Asia") and its continent ("Asia"), from country-regions.tsv. */
    public record Region(String name, String continent) {}

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer();
    }

    private final Map<String, Country> countries = new TreeMap<>();
    /** The places of territories.txt: names a fact may hold, written as a country's are. */
    private final java.util.Set<String> territories = new java.util.TreeSet<>();

    private final Map<String, City> cities = new TreeMap<>();
    private final Map<String, Organisation> organisations = new TreeMap<>();
    /** Every organisation's name and abbreviations in lower case, each to the organisation's name. */
    private final Map<String, String> organisationByWords = new java.util.HashMap<>();
    /** The most words an organisation's name or abbreviation has. */
    private int longestName;

    private final Map<String, Region> regions = new TreeMap<>();
    private final List<String> titles = new ArrayList<>();
    /** Titles only one country has ("Taoiseach"): as a wrong choice for another country's office it gives the answer away. */
    private final java.util.Set<String> nationalTitles = new java.util.HashSet<>();
    /** Cities that hosted leaders' summits, by organisation (name and abbreviations), from summits.tsv. */
    private final Map<String, java.util.SortedSet<String>> summitCities = new TreeMap<>();

    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    private Gazetteer() {
        for (String[] row : DataFiles.table("countries.tsv", 4)) {
            List<String> capital = DataFiles.split(row[3]);
            countries.put(row[0], new Country(row[0], DataFiles.split(row[1]), capital));
            if (!capital.isEmpty()) {
                cities.put(capital.get(0), new City(capital.get(0), capital.subList(1, capital.size()), row[0]));
            }
        }
        // territories are names a fact may hold, never a wrong choice for a country (territories.txt)
        for (String territory : DataFiles.words("territories.txt")) {
            Country removed = countries.remove(territory);
            territories.add(territory);
            if (removed == null) {
                throw new IllegalStateException("territories.txt: not a place of countries.tsv: " + territory);
            }
            if (!removed.capitalSpellings().isEmpty()) {
                cities.remove(removed.capitalSpellings().get(0));
            }
        }
        for (String[] row : DataFiles.table("country-regions.tsv", 3)) {
            Region region = new Region(row[0], row[1]);
            for (String country : DataFiles.split(row[2])) {
                if (!countries.containsKey(country) || regions.put(country, region) != null) {
                    throw new IllegalStateException(
                            "country-regions.tsv: not a country of countries.tsv, or listed twice: " + country);
                }
            }
        }
        for (String[] row : DataFiles.table("cities.tsv", 3)) {
            cities.putIfAbsent(row[0], new City(row[0], DataFiles.split(row[1]), row[2]));
        }
        for (String[] row : DataFiles.table("organisations.tsv", 3)) {
            organisations.put(row[0], new Organisation(row[0], DataFiles.split(row[1])));
            List<String> names = new ArrayList<>(DataFiles.split(row[1]));
            names.add(row[0]);
            for (String name : names) {
                String key = name.toLowerCase(java.util.Locale.ROOT);
                // the first organisation listed keeps a name two share, as a scan in file order would find it
                organisationByWords.putIfAbsent(key, row[0]);
                longestName = Math.max(longestName, key.split(" ").length);
            }
        }
        for (String[] row : DataFiles.table("titles.tsv", 3)) {
            if (row[2].isEmpty()) {
                titles.add(row[0]);
            } else {
                nationalTitles.add(row[0]);
            }
        }
        Collections.sort(titles);
        for (Knowledge.KnownSummit summit : Knowledge.get().summits()) {
            summitCities
                    .computeIfAbsent(summit.organisation().name(), k -> new java.util.TreeSet<>())
                    .add(summit.city());
            if (!summit.organisation().abbreviation().isEmpty()) {
                summitCities
                        .computeIfAbsent(summit.organisation().abbreviation(), k -> new java.util.TreeSet<>())
                        .add(summit.city());
            }
        }
    }

    /**
     * The organisation whose name or abbreviation a text writes, in any case, the longest when several do: "37th AU
     * summit" is the African Union's, "2023 European Council summit" the European Council's (not the Council of
     * Europe's, nor "EU" alone). Looked up word span by word span, not by trying every organisation.
     */
    public Optional<String> organisationNamedIn(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split(" ");
        for (int length = Math.min(longestName, words.length); length > 0; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                String found = organisationByWords.get(
                        String.join(" ", java.util.Arrays.copyOfRange(words, from, from + length)));
                if (found != null) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * How many leaders' summits the organisation (by name or abbreviation) held in a year, as summits.tsv knows them:
     * two in one year (the CSTO met in Moscow in May 2022 and in Yerevan that November) make "the 2022 CSTO summit"
     * name neither.
     */
    public int summitsIn(String organisation, int year) {
        return (int) Knowledge.get().summits().stream()
                .filter(s -> (s.organisation().name().equals(organisation)
                                || s.organisation().abbreviation().equals(organisation))
                        && s.first().getYear() == year)
                .count();
    }

    /** Cities where the organisation (by name or abbreviation) held leaders' summits, sorted; empty when unknown. */
    public List<String> summitCities(String organisation) {
        return List.copyOf(summitCities.getOrDefault(organisation, Collections.emptySortedSet()));
    }

    /** Every city that hosted a known leaders' summit, sorted. */
    public List<String> summitCities() {
        return summitCities.values().stream()
                .flatMap(java.util.Set::stream)
                .distinct()
                .sorted()
                .toList();
    }

    /** Whether a name is one of territories.txt's (Montserrat, the Cayman Islands): a place, not an organisation. */
    public boolean territory(String name) {
        return territories.contains(name);
    }

    /** Country names, sorted; territories (territories.txt) are not among them. */
    public List<String> countryNames() {
        return List.copyOf(countries.keySet());
    }

    /** City names (capitals and the cities file), sorted. */
    public List<String> cityNames() {
        return List.copyOf(cities.keySet());
    }

    /** Whether only one country has this title ("Taoiseach", "Pope"): titles.tsv names that country. */
    public boolean nationalTitle(String title) {
        return nationalTitles.contains(title);
    }

    /** Titles as facts print them that several countries have, sorted. */
    public List<String> titles() {
        return List.copyOf(titles);
    }

    /** Organisations, sorted by name. */
    public List<Organisation> organisations() {
        return List.copyOf(organisations.values());
    }

    public Optional<Country> country(String name) {
        return Optional.ofNullable(countries.get(name));
    }

    /** The part of the world a country (by its name in countries.tsv) lies in. */
    public Optional<Region> region(String country) {
        return Optional.ofNullable(regions.get(country));
    }

    /**
     * How near two countries lie: 2 in one region, 1 on one continent, 0 otherwise or when either is unknown. Wrong
     * choices are drawn nearest first, so that none is ruled out at a glance.
     */
    public int nearness(String country, String other) {
        Region a = regions.get(country);
        Region b = regions.get(other);
        if (a == null || b == null) {
            return 0;
        }
        return a.equals(b) ? 2 : a.continent().equals(b.continent()) ? 1 : 0;
    }

    public Optional<City> city(String name) {
        return Optional.ofNullable(cities.get(name));
    }

    public Optional<Organisation> organisation(String name) {
        return Optional.ofNullable(organisations.get(name));
    }
}
