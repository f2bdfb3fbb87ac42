package quizline.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the extractor knows about the world, read once from the data files: countries with
 * their demonyms and capitals, cities, organisations and their abbreviations, titles, and the
 * small word lists that tell names from other capitalised words.
 */
final class Knowledge {
    /** A country as facts name it, with every way articles write it. */
    record Country(String name, List<String> aliases, List<String> demonyms, String capital) {}

    record City(String name, Country country) {}

    /** A leaders' summit the data files know: which organisation met, in which city, from which day to which. */
    record KnownSummit(Organisation organisation, String city, java.time.LocalDate first, java.time.LocalDate last) {}

    /** An organisation; {@code abbreviation} is empty for names that are their own short form. */
    record Organisation(String name, String abbreviation, boolean listed) {
        String shortName() {
            return abbreviation.isEmpty() ? name : abbreviation;
        }

        static Organisation unlisted(String written) {
            return new Organisation(written, "", false);
        }
    }

    /** What a capitalised phrase names. The first kind added for a phrase wins. */
    sealed interface Name permits OrganisationName, CountryName, Demonym, CityName, Metonym, Region {}

    record OrganisationName(Organisation organisation) implements Name {}

    record CountryName(Country country) implements Name {}

    record Demonym(Country country) implements Name {}

    record CityName(City city) implements Name {}

    /** A seat of government standing for its country ("White House spokesman"). */
    record Metonym(Country country) implements Name {}

    /** A place that is not a country ("Central Asia", "Global South"): it blocks shorter matches. */
    record Region() implements Name {}

    /**
     * What a word before a title does: KEEP joins the title ("acting President"); STALE means the title is not held
     * now and gives no fact ("late", "then"); FORMER, OUTGOING and INCOMING mean it is not (or not only) held now,
     * and the fact says so in its title ("former President").
     */
    enum ModifierEffect {
        KEEP,
        STALE,
        FORMER,
        OUTGOING,
        INCOMING;

        /** The word a fact's title takes for this modifier ("former"), or empty when it gives no fact or keeps the word. */
        Optional<String> named() {
            return this == KEEP || this == STALE ? Optional.empty() : Optional.of(name().toLowerCase(Locale.ROOT));
        }
    }

    enum NamePart {
        PARTICLE,
        SUFFIX
    }

    private static final class Holder {
        static final Knowledge INSTANCE = new Knowledge();
    }

    final TokenTrie<Name> names = new TokenTrie<>(s -> s);
    final TokenTrie<String> titles = new TokenTrie<>(s -> s.toLowerCase(Locale.ROOT));
    final Map<String, ModifierEffect> titleModifiers = new HashMap<>();
    /** Titles that only one country has ("Taoiseach"): a fact needs no country word beside them. */
    final Map<String, Country> titleCountries = new HashMap<>();

    final Set<String> honorifics = new HashSet<>();
    /** Words of a minister's portfolio: "Regional", "Integration". */
    final Set<String> portfolioWords = new HashSet<>();

    final Map<String, NamePart> nameParts = new HashMap<>();
    final Set<String> functionWords = new HashSet<>();
    final Set<String> organisationHeads = new HashSet<>();
    final Set<String> organisationReferences = new HashSet<>();
    final Set<String> abbreviations = new HashSet<>();
    /** Places whose head of government is titled Premier (premiers.txt): China, Niue, Bermuda. */
    final Set<String> premierPlaces = new HashSet<>();

    final Set<String> sentenceStarters = new HashSet<>();
    /** Event noun ("invasion") for each word that names the event ("invasion", "invaded"). */
    final Map<String, String> eventWords = new HashMap<>();

    private final Map<String, Country> countriesByName = new LinkedHashMap<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<KnownSummit> summits = new ArrayList<>();
    /** The organisation a body decides membership for (organs.tsv): the European Council's is the EU. */
    private final Map<Organisation, Organisation> organs = new HashMap<>();

    static Knowledge get() {
        return Holder.INSTANCE;
    }

    private Knowledge() {
        loadOrganisations();
        loadCountries();
        loadCities();
        for (String[] row : DataFiles.table("organs.tsv", 2)) {
            organs.put(organisation("organs.tsv", row[0]), organisation("organs.tsv", row[1]));
        }
        for (String[] row : DataFiles.table("summits.tsv", 4)) {
            Organisation organisation = organisation("summits.tsv", row[0]);
            summits.add(new KnownSummit(
                    organisation, row[1], java.time.LocalDate.parse(row[2]), java.time.LocalDate.parse(row[3])));
        }
        for (String[] row : DataFiles.table("metonyms.tsv", 2)) {
            names.put(row[0], new Metonym(country(row[1])));
        }
        for (String region : DataFiles.words("regions.txt")) {
            names.put(region, new Region());
        }
        for (String[] row : DataFiles.table("titles.tsv", 3)) {
            titles.put(row[0], row[0]);
            if (!row[2].isEmpty()) {
                titleCountries.put(row[0], country(row[2]));
            }
            for (String variant : DataFiles.split(row[1])) {
                titles.put(variant, row[0]);
            }
        }
        for (String[] row : DataFiles.table("title-modifiers.tsv", 2)) {
            titleModifiers.put(
                    row[0].toLowerCase(Locale.ROOT), ModifierEffect.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        for (String[] row : DataFiles.table("name-parts.tsv", 2)) {
            nameParts.put(row[0], NamePart.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        for (String[] row : DataFiles.table("org-references.tsv", 1)) {
            organisationReferences.add(row[0].toLowerCase(Locale.ROOT));
        }
        for (String[] row : DataFiles.table("event-nouns.tsv", 2)) {
            eventWords.put(row[0], row[0]);
            for (String verb : DataFiles.split(row[1])) {
                eventWords.put(verb, row[0]);
            }
        }
        honorifics.addAll(DataFiles.words("honorifics.txt"));
        portfolioWords.addAll(DataFiles.words("portfolios.txt"));
        functionWords.addAll(DataFiles.words("function-words.txt"));
        organisationHeads.addAll(DataFiles.words("org-heads.txt"));
        abbreviations.addAll(DataFiles.words("abbreviations.txt"));
        premierPlaces.addAll(DataFiles.words("premiers.txt"));
        sentenceStarters.addAll(DataFiles.words("sentence-starters.txt"));
    }

    private void loadOrganisations() {
        for (String[] row : DataFiles.table("organisations.tsv", 3)) {
            List<String> abbreviations = DataFiles.split(row[1]);
            Organisation organisation =
                    new Organisation(row[0], abbreviations.isEmpty() ? "" : abbreviations.get(0), true);
            organisations.add(organisation);
            OrganisationName name = new OrganisationName(organisation);
            for (String written : spellings(row[0])) {
                names.put(written, name);
            }
            for (String alias : DataFiles.split(row[2])) {
                for (String written : spellings(alias)) {
                    names.put(written, name);
                }
            }
            for (String abbreviation : abbreviations) {
                names.put(abbreviation, name);
                titleCased(abbreviation).ifPresent(written -> names.put(written, name));
            }
        }
    }

    /** Title-case acronyms that are also words or names: "Alba", "Guam" (an island), "Sica", "Pace" (surnames), "Irena". */
    private static final Set<String> NOT_TITLE_CASED = Set.of("ALBA", "GUAM", "SICA", "CENTO", "ASEM", "PACE", "IRENA");

    /**
     * An acronym of four or more capitals as some newspapers print it, "Nato", "Asean", "Saarc": the same
     * organisation, where no other word is written so.
     */
    private static Optional<String> titleCased(String abbreviation) {
        if (abbreviation.length() < 4
                || !abbreviation.chars().allMatch(c -> c >= 'A' && c <= 'Z')
                || NOT_TITLE_CASED.contains(abbreviation)) {
            return Optional.empty();
        }
        return Optional.of(abbreviation.charAt(0) + abbreviation.substring(1).toLowerCase(Locale.ROOT));
    }

    /** British and American spellings of one name: Organisation/Organization, Co-operation/Cooperation. */
    private static List<String> spellings(String name) {
        List<String> result = new ArrayList<>(List.of(name));
        String[][] pairs = {{"isation", "ization"}, {"Co-operation", "Cooperation"}};
        for (String[] pair : pairs) {
            for (String known : List.copyOf(result)) {
                if (known.contains(pair[0])) {
                    result.add(known.replace(pair[0], pair[1]));
                } else if (known.contains(pair[1])) {
                    result.add(known.replace(pair[1], pair[0]));
                }
            }
        }
        return result;
    }

    /** The words of a country's formal name before its short one. */
    private static final List<String> FORMAL_FORMS =
            List.of("Republic", "Kingdom", "State", "Sultanate", "Principality", "Grand Duchy", "Emirate");

    private void loadCountries() {
        List<Country> countries = new ArrayList<>();
        for (String[] row : DataFiles.table("countries.tsv", 4)) {
            List<String> capitals = DataFiles.split(row[3]);
            Country country = new Country(
                    row[0],
                    DataFiles.split(row[1]),
                    DataFiles.split(row[2]),
                    capitals.isEmpty() ? "" : capitals.get(0));
            countries.add(country);
            countriesByName.put(country.name(), country);
        }
        // Names before demonyms before capitals: "Singapore" is the country, "Myanmar" too.
        for (Country country : countries) {
            names.put(country.name(), new CountryName(country));
            for (String alias : country.aliases()) {
                names.put(alias, new CountryName(country));
            }
        }
        // "the Republic of Uganda", "the Kingdom of Bahrain", "the State of Qatar": a country's formal name, where no
        // country has it as its own ("Republic of China" is Taiwan's, and "People's Republic of China" is longer).
        // Its other names too, so that "the Republic of Guinea Bissau" is not the Republic of Guinea followed by a word
        for (Country country : countries) {
            for (String form : FORMAL_FORMS) {
                names.put(form + " of " + country.name(), new CountryName(country));
                for (String alias : country.aliases()) {
                    names.put(form + " of " + alias, new CountryName(country));
                }
            }
        }
        for (Country country : countries) {
            for (String demonym : country.demonyms()) {
                names.put(demonym, new Demonym(country));
            }
        }
        for (String[] row : DataFiles.table("countries.tsv", 4)) {
            List<String> capitals = DataFiles.split(row[3]);
            if (!capitals.isEmpty()) {
                City capital = new City(capitals.get(0), countriesByName.get(row[0]));
                for (String written : capitals) {
                    names.put(written, new CityName(capital));
                }
            }
        }
    }

    private void loadCities() {
        for (String[] row : DataFiles.table("cities.tsv", 3)) {
            City city = new City(row[0], country(row[2]));
            names.put(row[0], new CityName(city));
            for (String alias : DataFiles.split(row[1])) {
                names.put(alias, new CityName(city));
            }
        }
    }

    Country country(String name) {
        Country country = countriesByName.get(name);
        if (country == null) {
            throw new IllegalStateException("data files name an unknown country: " + name);
        }
        return country;
    }

    private Organisation organisation(String file, String name) {
        return organisations.stream()
                .filter(o -> o.name().equals(name) || o.abbreviation().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(file + " names an unknown organisation: " + name));
    }

    /** The organisation whose membership a body decides: the EU for the European Council, else the body itself. */
    Organisation membershipOf(Organisation body) {
        return organs.getOrDefault(body, body);
    }

    /** The organisation of the data files with this full name, if there is one. */
    Optional<Organisation> findOrganisation(String name) {
        return organisations.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    Optional<Country> findCountry(String name) {
        return Optional.ofNullable(countriesByName.get(name));
    }

    List<Country> countries() {
        return List.copyOf(countriesByName.values());
    }

    List<Organisation> organisations() {
        return List.copyOf(organisations);
    }

    List<KnownSummit> summits() {
        return List.copyOf(summits);
    }
}
