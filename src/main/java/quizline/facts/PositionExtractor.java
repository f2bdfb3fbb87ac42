package quizline.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds which title where: "Russian President Jane Doe", "President Jane Doe of
 * Uzbekistan"-style phrasing in general terms: demonym or country + title + name,
 * title + name + "of" country, name + ", the title of" country, "the title of" country + ", name",
 * "Country's title, name". Titles marked stale ("former", "late") give no fact.
 */
final class PositionExtractor implements SentenceExtractor {
    private static final String PLACE = "(?<place>{CDOKA})";
    /** Nothing more of a list follows: "X, the Kazakh president" but not "X, Indian Prime Minister Y". */
    private static final String NO_NAME_AFTER = "(?! (?:, )?(?:{T} )?{P})";
    /** Words between "the" and a title that leave the title as it is: "the current President of". */
    private static final String NOW = "(?:current |incumbent |sitting |new |newly-elected |newly elected |present )?";
    private static final List<ShapePattern> PATTERNS = List.of(
            // Kazakh President Jane Doe; Iran's supreme leader, Ayatollah John Roe
            ShapePattern.compile(PLACE + " (?:'s )?(?<title>{T}) (?:, )?(?<person>{P})"),
            // "Kuwait's Emir and Prime Minister John Roe": two titles, one person
            ShapePattern.compile(PLACE + " (?:'s )?(?<title2>{T}) and (?<title>{T}) (?:, )?(?<person>{P})"),
            // Brazil – the President, Jane Doe; (in a list of delegations)
            ShapePattern.compile("(?<place>{C}) (?:—|-|:) (?:the )?(?<title>{T}) (?:, )?(?<person>{P})"),
            // President Jane Doe (Kyrgyzstan)
            ShapePattern.compile("(?<title>{T}) (?<person>{P}) \\( (?<place>{C}) \\)"),
            // "Jane Doe, Oman's Sultan and Prime Minister"
            ShapePattern.compile("(?<person>{P}) , (?:the )?(?<place>{COK}) 's (?<title2>{T}) and (?<title>{T})" + NO_NAME_AFTER),
            // Moscow Mayor Jane Doe; the city's mayor: a city holds only a city's offices
            ShapePattern.compile("(?<place>{Y}) (?:'s )?(?<title>{T}) (?:, )?(?<person>{P})"),
            // President Jane Doe of Kyrgyzstan
            ShapePattern.compile("(?<title>{T}) (?<person>{P}) of (?:the )?(?<place>{CO})"),
            // Jane Doe, the president of X; John Roe, a senior fellow at the Y Institute
            ShapePattern.compile("(?<person>{P}) , (?:who is )?(?:the |a |an )?" + NOW + "(?<title>{T}) (?:of|at|for|in) (?:the )?(?<place>{COA})" + NO_NAME_AFTER),
            // Doe, Brazil's president
            ShapePattern.compile("(?<person>{P}) , (?:the )?(?<place>{COK}) 's (?<title>{T})(?= ,| \\.| said| says| told| and|$)" + NO_NAME_AFTER),
            // Doe, the Kazakh president
            ShapePattern.compile("(?<person>{P}) , (?:the |a |an )?(?:top |senior |veteran |leading |prominent )?(?<place>{DOK}) (?<title>{T})" + NO_NAME_AFTER),
            // the president of China, Jane Doe; the acting president of Iran after ..., John Roe
            ShapePattern.compile("the " + NOW + "(?<title>{T}) of (?:the )?(?<place>{COA})"
                    + "(?: (?:after|following|since|until|during|from|at|in) [^,;]*?)? , (?<person>{P})"),
            // the Kazakh president, Jane Doe
            ShapePattern.compile("the (?<place>{CDK}) (?<title>{T}) , (?<person>{P})"),
            // President of Kazakhstan Jane Doe
            ShapePattern.compile("(?<title>{T}) of (?:the )?(?<place>{CO}) (?<person>{P})"),
            // Jane Doe is the president of X
            ShapePattern.compile("(?<person>{P}) (?:is|became|has been) (?:the |a |an )?(?<title>{T}) of (?:the )?(?<place>{CO})"),
            // the spokesman for the Russian president, John Roe
            ShapePattern.compile("(?<title>{T}) (?:for|of|to) the (?<place>{DK}) (?<boss>{T}) , (?<person>{P})"));
    /** "former", "late" written just before the match: the title is no longer held. */
    private static final Pattern STALE_BEFORE = Pattern.compile(
            "(?:^| )(?:former|late|ex|then|erstwhile|previous|incoming|outgoing|future|would-be) $");

    @Override
    public void extract(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        if (sentence.titleCase() || !shape.has('T') || !shape.has('P')) {
            return; // "Doe Meets Roe": a verb in capitals would join the name
        }
        for (int rule = 0; rule < PATTERNS.size(); rule++) {
            Matcher m = PATTERNS.get(rule).matcher(shape);
            Facts.Found by = Facts.Found.by("position", rule);
            while (m.find()) {
                for (String titleGroup : hasGroup(m, "title2") ? List.of("title2", "title") : List.of("title")) {
                    position(sentence, context, m, titleGroup, by).ifPresent(fact -> Facts.addOnce(found, fact));
                }
            }
        }
    }

    private static Optional<Fact> position(AnnotatedSentence sentence, ArticleContext context, Matcher m, String titleGroup,
            Facts.Found by) {
        Shape shape = sentence.shape();
        Mention.TitleMention title = (Mention.TitleMention) shape.mention(m, titleGroup);
        Mention.PersonMention person = (Mention.PersonMention) shape.mention(m, "person");
        Mention placeMention = shape.mention(m, "place");
        if (placeMention instanceof Mention.CityMention && !CITY_OFFICES.contains(title.title())) {
            return Optional.empty(); // "Tokyo President X" is no phrasing; "Moscow Mayor X" is
        }
        Optional<String> place = placeMention instanceof Mention.CityMention city ? Optional.of(city.city().name())
                : placeMention instanceof Mention.ReferenceMention
                ? context.referredOrganisation(sentence, placeMention.from()).map(Knowledge.Organisation::name)
                : Facts.placeName(placeMention).map(name -> withCountry(sentence, placeMention, name));
        if (title.stale() || place.isEmpty() || staleBefore(shape, m.start()) || someoneElsesTitle(shape, m.start())) {
            return Optional.empty();
        }
        Optional<String> name = context.people().resolve(person);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> qualifiers = Map.of();
        if (hasGroup(m, "boss")) {
            qualifiers = Map.of("for", ((Mention.TitleMention) shape.mention(m, "boss")).title());
        }
        // "the organisation's secretary general, X": the place comes from the article; "Mr. Doe": the name from an earlier sentence
        Facts.Found found = by.doubted(placeMention instanceof Mention.ReferenceMention).doubted(!name.get().equals(person.name()));
        return Optional.of(Facts.of(FactKind.POSITION, name.get(), title.title(), place.get(), qualifiers, sentence, context, found));
    }

    /** The offices a city has. */
    private static final java.util.Set<String> CITY_OFFICES = java.util.Set.of("Mayor", "Deputy Mayor", "Governor");

    private static boolean staleBefore(Shape shape, int at) {
        String before = shape.text().substring(Math.max(0, at - 12), at);
        return STALE_BEFORE.matcher(before).find();
    }

    /**
     * "Russian Foreign Ministry spokeswoman X": a body missing from the data files takes the
     * country written just before it ("Foreign Ministry of Russia"), since alone it names none.
     */
    private static String withCountry(AnnotatedSentence sentence, Mention place, String name) {
        if (!(place instanceof Mention.OrganisationMention organisation) || organisation.organisation().listed()) {
            return name;
        }
        for (Mention mention : sentence.mentions()) {
            if (mention.to() == place.from() && mention instanceof Mention.CountryMention country) {
                return name + " of " + country.country().name();
            }
        }
        return name;
    }

    /** "the spokesman for the Russian president, X": the title before the name is not X's. */
    private static boolean someoneElsesTitle(Shape shape, int at) {
        return ROLE_OF_ANOTHER.matcher(shape.text().substring(Math.max(0, at - 20), at)).find();
    }

    private static final Pattern ROLE_OF_ANOTHER = Pattern.compile("T\\d+ (?:for|of|to) (?:the )?$");

    private static boolean hasGroup(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">") && m.start(group) >= 0;
    }
}
