package quizline.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds what each run of tokens names: dates, organisations, countries and demonyms, cities,
 * titles, references to an organisation, and the capitalised runs that are personal names or
 * organisations missing from the data files. Keeps state while reading a sentence: use one per thread.
 */
final class MentionFinder {
    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, Month> ABBREVIATED_MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Set<String> ORGANISATION_JOINERS = Set.of("of", "for", "and", "on", "the", "&");
    /**
     * References written with a capital before a title: "Forum Secretary General", "Alliance Secretary General". Not
     * "Group" (a company's "Group Chief Executive") nor "Union" or "League" (a trade union's, a football league's).
     */
    private static final Set<String> TITLED_REFERENCES = Set.of("Forum", "Alliance", "Bloc");
    /** Words that may describe an organisation referred back to: "the military alliance", "the continental bloc". */
    private static final Set<String> REFERENCE_ADJECTIVES = Set.of(
            "military",
            "trade",
            "regional",
            "continental",
            "economic",
            "political",
            "security",
            "defence",
            "defense",
            "western",
            "transatlantic",
            "intergovernmental",
            "international",
            "multilateral",
            "global",
            "oil",
            "energy",
            "sub-regional",
            "south american",
            "african",
            "asian",
            "arab",
            "gulf",
            "european",
            "eurasian",
            "grouping",
            "expanded",
            "enlarged",
            "wider",
            "whole",
            "entire",
            "security-focused");

    private static final Set<String> MONTH_LEADERS =
            Set.of("in", "since", "until", "from", "by", "early", "late", "mid", "last", "next", "this");

    static {
        for (Month month : Month.values()) {
            String name = month.name().charAt(0) + month.name().substring(1).toLowerCase(Locale.ROOT);
            MONTHS.put(name, month);
            if (month != Month.MAY) {
                ABBREVIATED_MONTHS.put(name.substring(0, 3), month); // "Jan. 1, 2024", "Oct 7"
            }
        }
        ABBREVIATED_MONTHS.put("Sept", Month.SEPTEMBER);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
            WEEKDAYS.put(name, day);
        }
    }

    private final Knowledge knowledge;
    /** Per token of the sentence being read: 0 not looked at, 1 starts a date, name or title, 2 does not. */
    private byte[] knownStarts = new byte[0];

    MentionFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    AnnotatedSentence annotate(String text, Sentence sentence) {
        List<Token> tokens = Tokenizer.tokenize(text, sentence.start(), sentence.end());
        List<Mention> mentions = find(text, tokens);
        return new AnnotatedSentence(sentence, tokens, mentions, Shape.of(tokens, mentions), isTitleCase(tokens));
    }

    List<Mention> find(String text, List<Token> tokens) {
        knownStarts = new byte[tokens.size()];
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = findAt(text, tokens, i, mentions);
            i = Math.max(end, i + 1);
        }
        return surnamesThatAreCities(text, tokens, stylesAfterTitles(mentions));
    }

    /**
     * "CARICOM Secretary-General Ambassador Jane Doe": between a title and a name, "Ambassador" is her style, not an
     * office of its own; the name's mention covers it, as it covers "Dr." or "H.E.".
     */
    private static List<Mention> stylesAfterTitles(List<Mention> mentions) {
        for (int k = 1; k + 1 < mentions.size(); k++) {
            if (mentions.get(k - 1) instanceof Mention.TitleMention office
                    && mentions.get(k) instanceof Mention.TitleMention style
                    && style.title().equals("Ambassador")
                    && mentions.get(k + 1) instanceof Mention.PersonMention person
                    && office.to() == style.from()
                    && style.to() == person.from()) {
                mentions.set(
                        k + 1, new Mention.PersonMention(person.name(), person.parts(), style.from(), person.to()));
                mentions.remove(k);
            }
        }
        return mentions;
    }

    /**
     * "Prime Minister Jane Muscat made the announcement", "the Prime Minister of Malta Jane Muscat": after a title or a
     * country, a given name and a city's name in one word with no capitalised word after it are one person's name, not
     * a person and the place she is in (English puts "in" or a comma between them).
     */
    private static List<Mention> surnamesThatAreCities(String text, List<Token> tokens, List<Mention> mentions) {
        for (int k = 1; k + 1 < mentions.size(); k++) {
            Mention before = mentions.get(k - 1);
            if ((before instanceof Mention.TitleMention || before instanceof Mention.CountryMention)
                    && mentions.get(k) instanceof Mention.PersonMention given
                    && mentions.get(k + 1) instanceof Mention.CityMention city
                    && before.to() == given.from()
                    && given.parts().size() == 1
                    && given.to() == city.from()
                    && city.to() == city.from() + 1
                    && (city.to() == tokens.size() || !tokens.get(city.to()).isCapitalised())) {
                List<String> parts =
                        List.of(given.parts().get(0), tokens.get(city.from()).key());
                String written = given.name()
                        + text.substring(
                                tokens.get(given.to() - 1).end(),
                                tokens.get(city.from()).end());
                mentions.set(k, new Mention.PersonMention(written, parts, given.from(), city.to()));
                mentions.remove(k + 1);
            }
        }
        return mentions;
    }

    /** Adds the mention starting at token {@code i}, if any; returns the index after it. */
    private int findAt(String text, List<Token> tokens, int i, List<Mention> out) {
        Mention date = date(tokens, i);
        if (date != null) {
            out.add(date);
            return date.to();
        }
        int end = known(tokens, tokens, i, out);
        if (end > i) {
            return end;
        }
        if (isShouted(tokens.get(i))
                && !knowledge.honorifics.contains(tokens.get(i).text())) {
            // "JOHANNESBURG --", "ADDIS ABABA –", "EUROPEAN UNION LEADERS agreed": datelines and headline words in
            // capitals name places and organisations as usual, and are never a person
            List<Token> cased = new ArrayList<>(tokens);
            for (int j = i; j < Math.min(tokens.size(), i + 5) && isShouted(tokens.get(j)); j++) {
                Token t = tokens.get(j);
                cased.set(
                        j,
                        new Token(
                                t.text().charAt(0) + t.text().substring(1).toLowerCase(Locale.ROOT),
                                t.start(),
                                t.end()));
            }
            end = known(cased, tokens, i, out);
            return end > i ? end : i + 1;
        }
        Token token = tokens.get(i);
        // "The Forum's 18 members": a sentence's capital "The" before a reference is no name's first word
        if ((token.text().equals("The") || token.text().equals("This")) && referenceNoun(tokens, i + 1)) {
            out.add(new Mention.ReferenceMention(i + 1, i + 2));
            return i + 2;
        }
        // "Forum Secretary General Meg Taylor": a report's own organisation, capitalised before a title of its own
        if (TITLED_REFERENCES.contains(token.text())
                && (i == 0 || !tokens.get(i - 1).isCapitalised())
                && knowledge.titles.longest(tokens, i + 1, tokens.size()) != null) {
            out.add(new Mention.ReferenceMention(i, i + 1));
            return i + 1;
        }
        if (i > 0 && referenceNoun(tokens, i)) {
            String before = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
            // "the bloc", and with one describing word: "the military alliance", "the trade group"
            String twoBefore = i > 1 ? tokens.get(i - 2).text().toLowerCase(Locale.ROOT) : "";
            boolean described = (twoBefore.equals("the") || twoBefore.equals("this"))
                    && tokens.get(i - 1).isWord()
                    && (REFERENCE_ADJECTIVES.contains(before)
                            || DESCRIBING_COMPOUND.matcher(before).matches()
                            || MEMBERS_COMPOUND.matcher(before).matches());
            if (before.equals("the") || before.equals("this") || described) {
                out.add(new Mention.ReferenceMention(i, i + 1));
                return i + 1;
            }
        }
        if (knowledge.titleModifiers.containsKey(token.text().toLowerCase(Locale.ROOT))) {
            return i + 1; // "Former", "Acting" opening a sentence or a title: never part of a name
        }
        if (knowledge.functionWords.contains(token.text())
                && i + 1 < tokens.size()
                && knowledge.names.longest(tokens, i + 1, tokens.size()) != null) {
            return i + 1; // "The General Assembly met": a name the data files know after a sentence's "The"
        }
        if (token.text().equals("the")
                && i + 1 < tokens.size()
                && knowledge.honorifics.contains(tokens.get(i + 1).text())
                && skipHonorifics(tokens, i + 1) > i + 1
                && person(text, tokens, i + 1) instanceof Mention.PersonMention styled) {
            // "Prime Minister of Jamaica, the Most Honourable Jane Doe": the style's article is the name's too
            out.add(new Mention.PersonMention(styled.name(), styled.parts(), i, styled.to()));
            return styled.to();
        }
        if (token.isWord() && token.isCapitalised()) {
            Mention run = capitalisedRun(text, tokens, i);
            if (run != null) {
                out.add(run);
                return run.to();
            }
        }
        return i + 1;
    }

    /**
     * A name or title the data files know starting at token {@code i}: adds its mention and returns the index after it,
     * or {@code i} when there is none. Names are looked up in {@code lookup} (the tokens, or the same tokens no longer
     * in capitals); titles, whose matching ignores case, in the tokens themselves.
     */
    private int known(List<Token> lookup, List<Token> tokens, int i, List<Mention> out) {
        TokenTrie.Match<Knowledge.Name> name = knowledge.names.longest(lookup, i, lookup.size());
        if (name != null) {
            Mention mention = nameMention(name);
            int end = mention instanceof Mention.OrganisationMention ? longerBody(tokens, name.to()) : name.to();
            if (end > name.to()) {
                // "the Nordic Council of Ministers" is not the Nordic Council but a body the data files do not name
                mention = new Mention.OrganisationMention(
                        Knowledge.Organisation.unlisted(String.join(
                                " ",
                                tokens.subList(i, end).stream().map(Token::text).toList())),
                        i,
                        end);
                out.add(mention);
                return end;
            }
            if (mention != null) {
                out.add(mention);
            }
            return name.to();
        }
        TokenTrie.Match<String> title = knowledge.titles.longest(tokens, i, tokens.size());
        if (title != null && title.value().equals("fellow") && !fellowOfAPlace(tokens, title.to())) {
            return i; // "a fellow CSTO member", "fellow leaders": a companion, not a post at an institute
        }
        if (title != null) {
            Mention.TitleMention mention = titleMention(tokens, title, out);
            out.add(mention);
            return mention.to();
        }
        Mention.TitleMention hyphenated = hyphenatedTitle(tokens, i);
        if (hyphenated != null) {
            out.add(hyphenated);
            return hyphenated.to();
        }
        Mention.TitleMention ministry = ministry(tokens, i);
        if (ministry != null) {
            out.add(ministry);
            return ministry.to();
        }
        return i;
    }

    /**
     * A minister's portfolio the titles file does not list, written out: "Minister of Regional Integration", "Minister
     * for Trade and Industry", "Minister of the Environment". Words of a portfolio after "of" or "for", joined by "and",
     * so that a name after it is no part of it ("Minister for the Environment Ana Lee").
     */
    private Mention.TitleMention ministry(List<Token> tokens, int i) {
        if (!tokens.get(i).text().equals("Minister")
                || i + 2 >= tokens.size()
                || !(tokens.get(i + 1).text().equals("of")
                        || tokens.get(i + 1).text().equals("for"))) {
            return null;
        }
        int start = tokens.get(i + 2).text().equals("the") ? i + 3 : i + 2;
        int end = start;
        while (end < tokens.size()
                && knowledge.portfolioWords.contains(tokens.get(end).text())) {
            end++;
            if (end + 1 < tokens.size()
                    && tokens.get(end).text().equals("and")
                    && knowledge.portfolioWords.contains(tokens.get(end + 1).text())) {
                end++;
            }
        }
        if (end == start || tokens.get(end - 1).text().equals("and")) {
            return null;
        }
        String title = String.join(
                " ", tokens.subList(i, end).stream().map(Token::text).toList());
        return new Mention.TitleMention(title, false, i, end);
    }

    /**
     * Where a listed organisation's name goes on as another body's: "of" and capitalised words no data file knows
     * ("Nordic Council of Ministers", "Arab League of Parliaments"), joined as such names are ("of", "for", "and").
     * Returns {@code after} itself where the name ends there ("the Nordic Council of Iceland" names a country).
     */
    private int longerBody(List<Token> tokens, int after) {
        if (after + 1 >= tokens.size()
                || !tokens.get(after).text().equals("of")
                || !isFreeCapitalised(tokens, after + 1)
                || (PEOPLES.contains(tokens.get(after + 1).text())
                        && (after + 2 >= tokens.size() || !isFreeCapitalised(tokens, after + 2)))) {
            return after; // "the Andean Community of Nations" is the Andean Community written in full
        }
        int end = after + 2;
        while (end < tokens.size()) {
            if (isFreeCapitalised(tokens, end)) {
                end++;
            } else if (ORGANISATION_JOINERS.contains(tokens.get(end).text())
                    && end + 1 < tokens.size()
                    && isFreeCapitalised(tokens, end + 1)) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** What an organisation's full name may end in without naming another body: "Commonwealth of Nations". */
    private static final Set<String> PEOPLES = Set.of("Nations", "States", "Countries", "Peoples");

    /** Words after "fellow" that make it a post: "a fellow at the Brookings Institution", "fellow of the Royal Society". */
    private static final Set<String> FELLOWSHIP_WORDS = Set.of("at", "of", "in", "with", ",", ".", ";", ")");

    private static boolean fellowOfAPlace(List<Token> tokens, int after) {
        return after >= tokens.size()
                || FELLOWSHIP_WORDS.contains(tokens.get(after).text());
    }

    /**
     * A title written with a modifier joined by a hyphen, which would otherwise read as part of a name: "Ex-President",
     * "then-Prime Minister", "President-elect", "Prime Minister-elect" (not held yet: the fact says "-elect").
     */
    private Mention.TitleMention hyphenatedTitle(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        int hyphen = first.text().indexOf('-');
        if (hyphen > 0 && hyphen + 1 < first.text().length()) {
            Knowledge.ModifierEffect effect = knowledge.titleModifiers.get(
                    first.text().substring(0, hyphen).toLowerCase(Locale.ROOT));
            if (effect != null && effect != Knowledge.ModifierEffect.KEEP) {
                List<Token> rest = new ArrayList<>();
                rest.add(new Token(first.text().substring(hyphen + 1), first.start() + hyphen + 1, first.end()));
                rest.addAll(tokens.subList(i + 1, Math.min(tokens.size(), i + 5)));
                TokenTrie.Match<String> title = knowledge.titles.longest(rest, 0, rest.size());
                if (title != null) {
                    String named = effect.named()
                            .map(word -> word + " " + title.value())
                            .orElse(title.value());
                    return new Mention.TitleMention(named, true, i, i + title.to());
                }
            }
        }
        for (int j = i; j < Math.min(tokens.size(), i + 4) && tokens.get(j).isWord(); j++) {
            String text = tokens.get(j).text();
            if (text.length() > ELECT.length()
                    && text.regionMatches(true, text.length() - ELECT.length(), ELECT, 0, ELECT.length())) {
                List<Token> words = new ArrayList<>(tokens.subList(i, j));
                Token last = tokens.get(j);
                words.add(new Token(
                        text.substring(0, text.length() - ELECT.length()), last.start(), last.end() - ELECT.length()));
                TokenTrie.Match<String> title = knowledge.titles.longest(words, 0, words.size());
                return title != null && title.to() == words.size()
                        ? new Mention.TitleMention(title.value() + ELECT, true, i, j + 1)
                        : null;
            }
        }
        return null;
    }

    private static final String ELECT = "-elect";

    private static Mention nameMention(TokenTrie.Match<Knowledge.Name> match) {
        Knowledge.Name name = match.value();
        if (name instanceof Knowledge.OrganisationName organisation) {
            return new Mention.OrganisationMention(organisation.organisation(), match.from(), match.to());
        }
        if (name instanceof Knowledge.CountryName country) {
            return new Mention.CountryMention(country.country(), false, match.from(), match.to());
        }
        if (name instanceof Knowledge.Demonym demonym) {
            return new Mention.CountryMention(demonym.country(), true, match.from(), match.to());
        }
        if (name instanceof Knowledge.CityName city) {
            return new Mention.CityMention(city.city(), match.from(), match.to());
        }
        if (name instanceof Knowledge.Metonym metonym) {
            return new Mention.MetonymMention(metonym.country(), match.from(), match.to());
        }
        return null; // a region: its words only block shorter matches
    }

    /** A title, with the modifier written just before it: "acting" joins it, "former" makes it stale. */
    private Mention.TitleMention titleMention(List<Token> tokens, TokenTrie.Match<String> title, List<Mention> found) {
        int from = title.from();
        boolean modifierFree =
                from > 0 && (found.isEmpty() || found.get(found.size() - 1).to() < from);
        if (modifierFree) {
            String before = tokens.get(from - 1).text().toLowerCase(Locale.ROOT);
            Knowledge.ModifierEffect effect = knowledge.titleModifiers.get(before);
            if (effect == Knowledge.ModifierEffect.KEEP) {
                return new Mention.TitleMention(before + " " + title.value(), false, from - 1, title.to());
            }
            if (effect != null) {
                // "former President": stale, and the fact keeps the word; "late President": stale, no fact
                return effect.named()
                        .map(word -> new Mention.TitleMention(word + " " + title.value(), true, from - 1, title.to()))
                        .orElseGet(() -> new Mention.TitleMention(title.value(), true, from, title.to()));
            }
        }
        if (from > 1
                && tokens.get(from - 1).text().equals("and")
                && !found.isEmpty()
                && found.get(found.size() - 1) instanceof Mention.TitleMention previous
                && previous.stale()
                && previous.to() == from - 1) {
            // "former Deputy Prime Minister and Foreign Minister of Barbados": the first title's "former" is the
            // second's too
            String word = previous.title().split(" ", 2)[0];
            boolean named = previous.title().contains(" ")
                    && knowledge.titleModifiers.containsKey(word.toLowerCase(Locale.ROOT));
            return new Mention.TitleMention(named ? word + " " + title.value() : title.value(), true, from, title.to());
        }
        Mention.TitleMention postedTo = postedTo(tokens, title);
        if (postedTo != null) {
            return postedTo;
        }
        int end = title.to() + affairsLength(tokens, title.to());
        return new Mention.TitleMention(
                affairs(tokens, title),
                false,
                from,
                title.value().contains("Minister") ? morePortfolio(tokens, end) : end);
    }

    /**
     * "Minister for Foreign Affairs and Regional Integration": a listed minister's title whose portfolio goes on with
     * "and" and words of a portfolio is still that title, and the words after it are no name. Returns where it ends.
     */
    private int morePortfolio(List<Token> tokens, int end) {
        int at = end;
        while (at + 1 < tokens.size()
                && tokens.get(at).text().equals("and")
                && knowledge.portfolioWords.contains(tokens.get(at + 1).text())) {
            at += 2;
            while (at < tokens.size()
                    && knowledge.portfolioWords.contains(tokens.get(at).text())) {
                at++;
            }
        }
        return at;
    }

    /** Titles of people sent to a country or an organisation. */
    private static final Set<String> POSTED =
            Set.of("Ambassador", "envoy", "special envoy", "Permanent Representative");

    /**
     * "Ambassador to Uganda", "envoy to the United Nations": the country or organisation someone is sent to joins the
     * title, so that it is not taken for the country whose ambassador they are ("Kenya's ambassador to Uganda, X").
     */
    private Mention.TitleMention postedTo(List<Token> tokens, TokenTrie.Match<String> title) {
        int at = title.to();
        if (!POSTED.contains(title.value())
                || at + 1 >= tokens.size()
                || !tokens.get(at).text().equals("to")) {
            return null;
        }
        int start = tokens.get(at + 1).text().equals("the") ? at + 2 : at + 1;
        TokenTrie.Match<Knowledge.Name> name = knowledge.names.longest(tokens, start, tokens.size());
        if (name == null) {
            return null;
        }
        String where = name.value() instanceof Knowledge.CountryName country
                ? country.country().name()
                : name.value() instanceof Knowledge.OrganisationName organisation
                                && organisation.organisation().listed()
                        ? "the " + organisation.organisation().name()
                        : null;
        return where == null
                ? null
                : new Mention.TitleMention(title.value() + " to " + where, false, title.from(), name.to());
    }

    /** "Assistant Secretary for ASEAN Affairs": the portfolio a title is for joins it. */
    private static String affairs(List<Token> tokens, TokenTrie.Match<String> title) {
        int length = affairsLength(tokens, title.to());
        if (length == 0) {
            return title.value();
        }
        return title.value() + " for "
                + tokens.subList(title.to() + 1, title.to() + length).stream()
                        .map(Token::text)
                        .reduce((a, b) -> a + " " + b)
                        .orElse("");
    }

    /** How many tokens "for X Affairs" after a title takes: "for", up to three capitalised words, "Affairs"; else 0. */
    private static int affairsLength(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).text().equals("for")) {
            return 0;
        }
        for (int j = at + 1; j < Math.min(tokens.size(), at + 5); j++) {
            Token word = tokens.get(j);
            if (!word.isWord() || !word.isCapitalised()) {
                return 0;
            }
            if (word.text().equals("Affairs")) {
                return j > at + 1 ? j + 1 - at : 0;
            }
        }
        return 0;
    }

    // ---- capitalised runs: personal names and organisations not in the data files ----

    /**
     * Whether token {@code i} is a noun that refers back to an organisation: "the bloc"; "the Forum", as a report
     * writes its own organisation, unless a name goes on ("the Forum Fisheries Agency", "the Group of Seven").
     */
    private boolean referenceNoun(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(i);
        return knowledge.organisationReferences.contains(token.text())
                || (token.isCapitalised()
                        && knowledge.organisationReferences.contains(
                                token.text().toLowerCase(Locale.ROOT))
                        && (i + 1 >= tokens.size()
                                || !(tokens.get(i + 1).isCapitalised()
                                        || ORGANISATION_JOINERS.contains(
                                                tokens.get(i + 1).text()))));
    }

    private Mention capitalisedRun(String text, List<Token> tokens, int i) {
        Mention city = placeWithItsCountry(text, tokens, i);
        if (city != null) {
            return city;
        }
        Mention organisation = unlistedOrganisation(text, tokens, i);
        return organisation != null ? organisation : person(text, tokens, i);
    }

    /**
     * "in Djerba, Tunisia": up to three capitalised words no data file knows, after "in" and before a comma and a
     * country, are a town of that country, not a person ("concluded on Sunday in Djerba, Tunisia").
     */
    private Mention placeWithItsCountry(String text, List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i - 1).text().equals("in")) {
            return null;
        }
        int end = i;
        while (end < tokens.size() && end - i < 3 && isFreeCapitalised(tokens, end)) {
            end++;
        }
        if (end == i || end + 1 >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return null;
        }
        TokenTrie.Match<Knowledge.Name> after = knowledge.names.longest(tokens, end + 1, tokens.size());
        if (after == null || !(after.value() instanceof Knowledge.CountryName country)) {
            return null;
        }
        String written =
                text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
        return new Mention.CityMention(new Knowledge.City(written, country.country()), i, end);
    }

    /** "Carnegie Endowment for International Peace": capitalised words joined by of/for/and, one of them an organisation's last word. */
    private Mention unlistedOrganisation(String text, List<Token> tokens, int i) {
        int first = i;
        while (first < tokens.size()
                && knowledge.functionWords.contains(tokens.get(first).text())) {
            first++;
        }
        int last = -1;
        boolean head = false;
        int j = first;
        while (j < tokens.size()) {
            Token token = tokens.get(j);
            if (isFreeCapitalised(tokens, j)) {
                head |= knowledge.organisationHeads.contains(token.text());
                last = j;
                j++;
            } else if (last >= 0
                    && ORGANISATION_JOINERS.contains(token.text())
                    && j + 1 < tokens.size()
                    && isFreeCapitalised(tokens, j + 1)) {
                j++;
            } else {
                break;
            }
        }
        if (!head || last < first + 1) {
            return null;
        }
        String written =
                text.substring(tokens.get(first).start(), tokens.get(last).end());
        return new Mention.OrganisationMention(Knowledge.Organisation.unlisted(written), first, last + 1);
    }

    /** A personal name: capitalised words with particles, initials and suffixes; honorifics dropped. */
    private Mention person(String text, List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size()
                && knowledge.functionWords.contains(tokens.get(j).text())
                && !initialBeforeAName(tokens, j)
                && !(knowledge.honorifics.contains(tokens.get(j).text()) && skipHonorifics(tokens, j) > j + 1)) {
            j++; // "The", "His" ... but "His Excellency Jane Doe", "Most Honourable Jane Doe" start with a style
        }
        int honorific = j;
        j = skipHonorifics(tokens, j);
        int first = j;
        int last = -1;
        int nickname = -1;
        List<String> parts = new ArrayList<>();
        while (j < tokens.size()) {
            Token token = tokens.get(j);
            if (last < 0
                    && initials(token)
                    && j + 2 < tokens.size()
                    && isNamePart(tokens, j + 1)
                    && isNamePart(tokens, j + 2)) {
                parts.add(token.key()); // "KP Sharma Oli", "K.P. Sharma Oli": initials, not an acronym
                last = j;
                j++;
            } else if (isNamePart(tokens, j)) {
                parts.add(token.key());
                last = j;
                j++;
                if (isInitial(token)
                        && j < tokens.size()
                        && tokens.get(j).text().equals(".")) {
                    last = j;
                    j++;
                }
            } else if (last >= 0 && shortSurnameInCapitals(tokens, j)) {
                parts.add(token.key()); // "H.E. George WEAH, President of ...": a communique's surname, no acronym
                last = j;
                j++;
            } else if (last >= 0 && honorificEndingAName(tokens, j)) {
                parts.add(token.key()); // "Hun Sen": "Sen" after a name and before no name is no senator's title
                last = j;
                j++;
            } else if (last >= 0
                    && NAME_ELEMENT_HONORIFICS.contains(token.text())
                    && j + 1 < tokens.size()
                    && isNamePart(tokens, j + 1)) {
                parts.add(token.key()); // "Abdi Sheikh Nur": between two parts of a name, a part of it
                last = j;
                j++;
            } else if (last >= 0 && particlesThenName(tokens, j) > j) {
                j = particlesThenName(tokens, j);
            } else if (last >= 0 && nickname < 0 && isNickname(tokens, j)) {
                nickname = j; // Joko "Jokowi" Widodo: the name goes on after the nickname, which it leaves out
                j += 3;
            } else if (last >= 0 && knowledge.nameParts.get(token.text()) == Knowledge.NamePart.SUFFIX) {
                last = j;
                j++;
                if (j < tokens.size()
                        && tokens.get(j).text().equals(".")
                        && tokens.get(j).start() == token.end()) {
                    last = j;
                    j++;
                }
                break;
            } else {
                break;
            }
        }
        if (last < 0) {
            return null;
        }
        if (parts.size() == 1
                && nickname < 0
                && first > honorific
                && NAME_ELEMENT_HONORIFICS.contains(tokens.get(first - 1).text())) {
            // "Prime Minister Sheikh Hasina": a style that leaves one word is a part of the name
            first--;
            parts.add(0, tokens.get(first).key());
        }
        String written = nickname < 0 || nickname > last
                ? text.substring(tokens.get(first).start(), tokens.get(last).end())
                : text.substring(tokens.get(first).start(), tokens.get(nickname).start())
                                .stripTrailing() + " "
                        + text.substring(
                                tokens.get(nickname + 3).start(),
                                tokens.get(last).end());
        if (!written.equals(written.toUpperCase(Locale.ROOT))) {
            written = surnameInCapitals(written);
            parts.replaceAll(MentionFinder::surnameInCapitals);
        }
        // The mention covers "Mr." or "Ayatollah" too, so patterns see one person; the name leaves them out.
        return new Mention.PersonMention(written, List.copyOf(parts), honorific, last + 1);
    }

    /** A surname written in capitals, as communiqués do: "Umaro Sissoco EMBALO" is Umaro Sissoco Embalo. */
    private static final java.util.regex.Pattern SHOUTED_PART =
            // not a regnal number: "King Charles III" keeps its "III"
            java.util.regex.Pattern.compile(
                    "(?<![\\p{L}.])(?![IVXL]+(?![\\p{L}.]))(\\p{Lu})(\\p{Lu}{2,})(?![\\p{L}.])");

    private static String surnameInCapitals(String name) {
        return SHOUTED_PART
                .matcher(name)
                .replaceAll(m -> m.group(1) + m.group(2).toLowerCase(Locale.ROOT));
    }

    /**
     * A surname of two to four letters in capitals closing a name before a comma, as communiqués write the names of
     * heads of state ("George WEAH, President of Liberia"); an acronym or an agency's credit is not written so.
     */
    private boolean shortSurnameInCapitals(List<Token> tokens, int j) {
        Token token = tokens.get(j);
        String word = token.text();
        return word.length() >= 2
                && word.length() <= 4
                && word.chars().allMatch(Character::isUpperCase)
                && isFreeCapitalised(tokens, j)
                && j + 1 < tokens.size()
                && (tokens.get(j + 1).text().equals(",")
                        || tokens.get(j + 1).text().equals(";"));
    }

    /** A capitalised word in quotes between parts of a name: "Jokowi" in Joko "Jokowi" Widodo. */
    private boolean isNickname(List<Token> tokens, int j) {
        return j + 3 < tokens.size()
                && OPENING_QUOTES.contains(tokens.get(j).text())
                && tokens.get(j + 1).isWord()
                && tokens.get(j + 1).isCapitalised()
                && CLOSING_QUOTES.contains(tokens.get(j + 2).text())
                && isNamePart(tokens, j + 3);
    }

    private static final Set<String> OPENING_QUOTES = Set.of("\"", "\u201c", "'", "\u2018");
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "\u201d", "'", "\u2019");

    /** After particles ("von der", "da") the index of the name part that follows them, else {@code j}. */
    private int particlesThenName(List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && knowledge.nameParts.get(tokens.get(k).text()) == Knowledge.NamePart.PARTICLE) {
            k++;
        }
        return k > j && k < tokens.size() && isNamePart(tokens, k) ? k : j;
    }

    /**
     * Honorifics that are also elements of names, as in many Somali names ("Abdi Sheikh Nur"), so that between
     * two parts of a name they are one more part rather than the start of another person's name.
     */
    private static final Set<String> NAME_ELEMENT_HONORIFICS = Set.of("Sheikh", "Shaikh", "Sheik");

    /** An honorific's word that ends a name rather than opening one: no capitalised word follows it. */
    private boolean honorificEndingAName(List<Token> tokens, int j) {
        Token token = tokens.get(j);
        return token.isWord()
                && knowledge.honorifics.contains(token.text())
                && !token.text().equals(token.text().toUpperCase(Locale.ROOT))
                && (j + 1 >= tokens.size() || !tokens.get(j + 1).isCapitalised());
    }

    private int skipHonorifics(List<Token> tokens, int j) {
        while (j < tokens.size() && knowledge.honorifics.contains(tokens.get(j).text())) {
            int after = j + 1;
            if (after < tokens.size() && tokens.get(after).text().equals(".")) {
                after++;
            }
            if (after + 1 < tokens.size()
                    && tokens.get(after).text().equals("the")
                    && knowledge.honorifics.contains(tokens.get(after + 1).text())) {
                after++; // "Dr the Honourable Jane Doe"
            }
            if (after < tokens.size() && tokens.get(after).isCapitalised()) {
                j = after;
            } else {
                break;
            }
        }
        return j;
    }

    /** A summit's number in Roman numerals, "XVIII" or "XVIIIth": never part of a name. */
    private static final java.util.regex.Pattern ROMAN_ORDINAL =
            java.util.regex.Pattern.compile("[IVXLC]{2,}(?:th|st|nd|rd)?");

    private boolean isNamePart(List<Token> tokens, int j) {
        Token token = tokens.get(j);
        if (isParticleJoined(token)) {
            return true; // "al-Sisi", "bin-Salman"
        }
        if (!isFreeCapitalised(tokens, j)
                || knowledge.nameParts.containsKey(token.text())
                || COMMON_NOUNS.contains(token.text())
                || ROMAN_ORDINAL.matcher(token.text()).matches()
                || DESCRIBING_COMPOUND.matcher(token.text()).matches()) {
            return false; // "the Strasbourg-based organisation", "Kremlin-backed": a place describing, no name
        }
        // Agency credits and acronyms ("AFP", "UPI") are not names.
        return !(token.text().length() <= 4
                && token.text().length() > 1
                && token.text().equals(token.text().toUpperCase(Locale.ROOT)));
    }

    /** A capitalised word that starts no other mention and is not a function word. */
    private boolean isFreeCapitalised(List<Token> tokens, int j) {
        Token token = tokens.get(j);
        if (!token.isWord()
                || !token.isCapitalised()
                || knowledge.functionWords.contains(token.text()) && !initialBeforeAName(tokens, j)
                || knowledge.honorifics.contains(token.text())) {
            return false;
        }
        if (knownStarts[j] == 0) {
            boolean known = date(tokens, j) != null
                    || knowledge.names.longest(tokens, j, tokens.size()) != null
                    || knowledge.titles.longest(tokens, j, tokens.size()) != null
                    || inPluralTitle(tokens, j);
            knownStarts[j] = (byte) (known ? 1 : 2);
        }
        return knownStarts[j] == 2;
    }

    /**
     * Whether token {@code j} is part of a title in the plural, "Presidents" or "Prime Ministers" in "Presidents A of X and B of
     * Y": never part of a name. Only titles the data files write capitalised ("fellow" is no title here: "John Fellows").
     */
    private boolean inPluralTitle(List<Token> tokens, int j) {
        for (int from = Math.max(0, j - 2); from <= j; from++) {
            if (pluralTitleEnd(tokens, from) > j) {
                return true;
            }
        }
        return false;
    }

    /** The index after a title in the plural that starts at {@code j}, else -1. */
    private int pluralTitleEnd(List<Token> tokens, int j) {
        for (int k = j; k < Math.min(tokens.size(), j + 3); k++) {
            Token last = tokens.get(k);
            if (!last.isCapitalised()) {
                return -1;
            }
            if (last.text().length() > 3 && last.text().endsWith("s")) {
                List<Token> singular = new ArrayList<>(tokens.subList(j, k));
                singular.add(
                        new Token(last.text().substring(0, last.text().length() - 1), last.start(), last.end() - 1));
                TokenTrie.Match<String> title = knowledge.titles.longest(singular, 0, singular.size());
                if (title != null
                        && title.to() == singular.size()
                        && Character.isUpperCase(title.value().charAt(0))) {
                    return k + 1;
                }
            }
        }
        return -1;
    }

    private boolean isParticleJoined(Token token) {
        int hyphen = token.text().indexOf('-');
        return hyphen > 0
                && hyphen + 1 < token.text().length()
                && knowledge.nameParts.get(token.text().substring(0, hyphen)) == Knowledge.NamePart.PARTICLE
                && Character.isUpperCase(token.text().charAt(hyphen + 1));
    }

    /** A word of three or more letters written all in capitals ("JOHANNESBURG"), not an abbreviation the data files know. */
    private static boolean isShouted(Token token) {
        String text = token.text();
        if (text.length() < 3 || !token.isWord()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Nouns a press release capitalises that are nobody's name: "15 Member States", "the CARICOM Chairmanship", "the
     * Presidency", "the Summit of Heads of State and Government".
     */
    private static final Set<String> COMMON_NOUNS = Set.of(
            "Member",
            "Members",
            "State",
            "States",
            "Chairmanship",
            "Chairpersonship",
            "Presidency",
            "Secretariat",
            "Heads",
            "Government",
            "Governments",
            "Extraordinary",
            "Ordinary",
            // an event's words: "the Pacific Islands Forum Leaders Meeting", "the Presidential Summit of the bloc"
            "Leaders",
            "Presidential",
            "Ministerial",
            "Summit",
            "Summits",
            "Meeting",
            "Session",
            "Conference",
            "Council",
            "Organization",
            "Organisation",
            // what an event's name says it is about: "the APEC Economic Leaders' Meeting"
            "Economic",
            "Political",
            "Financial",
            "Regular",
            "Annual",
            "Informal",
            "Special",
            "Leaders'");

    /** A word made of a place and a participle: "Strasbourg-based", "Paris-headquartered", "Moscow-led". */
    private static final java.util.regex.Pattern DESCRIBING_COMPOUND =
            java.util.regex.Pattern.compile("(?i)\\p{L}+-(?:based|headquartered|born|led|backed|owned|run|funded)");

    /** "the seven-member grouping", "the ten-nation bloc": a count of members describing a reference. */
    private static final java.util.regex.Pattern MEMBERS_COMPOUND =
            java.util.regex.Pattern.compile("\\p{L}+-(?:member|nation|country|state)");

    /** Two or three initials in one word: "KP", "K.P.", "A.B.C." (an acronym only where two name words follow). */
    private static final java.util.regex.Pattern INITIALS =
            java.util.regex.Pattern.compile("[A-Z]{2,3}|(?:[A-Z]\\.){2,3}");

    private static boolean initials(Token token) {
        return INITIALS.matcher(token.text()).matches() && !TITLE_ABBREVIATIONS.contains(token.text());
    }

    /** Titles written as capitals before a name, never its initials: "OAS SG José Miguel Insulza". */
    private static final Set<String> TITLE_ABBREVIATIONS =
            Set.of("SG", "ASG", "DSG", "DG", "PM", "FM", "VP", "MP", "CEO", "UN", "EU", "US", "UK");

    /** "A. K. Abdul Momen": an initial that is also a function word ("A"), with its dot and a capital after. */
    private static boolean initialBeforeAName(List<Token> tokens, int j) {
        return isInitial(tokens.get(j))
                && j + 2 < tokens.size()
                && tokens.get(j + 1).text().equals(".")
                && tokens.get(j + 2).isCapitalised();
    }

    private static boolean isInitial(Token token) {
        return token.text().length() == 1 && Character.isUpperCase(token.text().charAt(0));
    }

    // ---- dates ----

    private static final Set<String> RANGE_WORDS = Set.of("-", "–", "—", "to", "and", "through");
    private static final Map<String, Integer> NUMBER_WORDS = Map.of(
            "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten",
            10);

    /**
     * A date with what news writes around it: a weekday before an explicit date takes the date ("on Tuesday, July 9,
     * 2024"); a range takes its first day ("6–7 July 2025", "November 15-16, 2022", "December 26th and 27th");
     * "two years ago" counts back from the article's date.
     */
    private static Mention date(List<Token> tokens, int i) {
        Mention ago = ago(tokens, i);
        if (ago != null) {
            return ago;
        }
        Mention range = dayRange(tokens, i);
        if (range != null) {
            return range;
        }
        Mention single = single(tokens, i);
        if (!(single instanceof Mention.DateMention first)) {
            return single;
        }
        int end = first.to();
        if (first.expression() instanceof DateExpression.Weekday weekday
                && weekday.anchor() == DateExpression.Anchor.PLAIN) {
            // "Tuesday last week", "Tuesday of next week"
            int at = end < tokens.size() && tokens.get(end).text().equals("of") ? end + 1 : end;
            if (at + 1 < tokens.size() && tokens.get(at + 1).text().equals("week")) {
                DateExpression.Anchor week = anchor(tokens.get(at).text().toLowerCase(Locale.ROOT));
                if (week != null && week != DateExpression.Anchor.PLAIN) {
                    return dated(tokens, i, at + 2, new DateExpression.WeekdayOfWeek(weekday.day(), offset(week)));
                }
            }
        }
        if (first.expression() instanceof DateExpression.Weekday
                && end + 1 < tokens.size()
                && tokens.get(end).text().equals(",")) {
            Mention next = single(tokens, end + 1);
            if (next instanceof Mention.DateMention explicit
                    && (explicit.expression().absolute()
                            || explicit.expression() instanceof DateExpression.DayOfMonth)) {
                return dated(tokens, i, explicit.to(), explicit.expression());
            }
        }
        if (first.expression() instanceof DateExpression.Weekday && end < tokens.size()) {
            // "Tuesday 9 July 2024", "Tuesday (July 9)": a day written out, not a year ("on Tuesday 2024 looked ...")
            boolean bracket = tokens.get(end).text().equals("(");
            Mention next = bracket ? (end + 1 < tokens.size() ? single(tokens, end + 1) : null) : single(tokens, end);
            if (next instanceof Mention.DateMention explicit
                    && (explicit.expression() instanceof DateExpression.Day
                            || explicit.expression() instanceof DateExpression.DayOfMonth)
                    && (!bracket
                            || explicit.to() < tokens.size()
                                    && tokens.get(explicit.to()).text().equals(")"))) {
                return dated(tokens, i, bracket ? explicit.to() + 1 : explicit.to(), explicit.expression());
            }
        }
        if (first.expression() instanceof DateExpression.DayOfMonth dayOfMonth
                && end + 1 < tokens.size()
                && RANGE_WORDS.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))
                && single(tokens, end + 1) instanceof Mention.DateMention last
                && last.expression() instanceof DateExpression.Day lastDay) {
            // "from November 6 to November 10, 2023", "30 December to 2 January 2024": the first day, in the year
            // the last day writes (the year before when the range runs over New Year)
            int year = lastDay.date().getYear() - (dayOfMonth.day().isAfter(MonthDay.from(lastDay.date())) ? 1 : 0);
            DateExpression whole =
                    day(year, dayOfMonth.day().getMonth(), dayOfMonth.day().getDayOfMonth());
            return whole == null ? first : dated(tokens, i, last.to(), whole);
        }
        if (first.expression() instanceof DateExpression.DayOfMonth dayOfMonth
                && end + 1 < tokens.size()
                && RANGE_WORDS.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))
                && dayNumber(tokens, end + 1) != null) {
            // "November 15-16, 2022": the first day, with the year after the range
            int after = end + 2;
            int yearAt = after < tokens.size() && tokens.get(after).text().equals(",") ? after + 1 : after;
            Integer year = year(tokens, yearAt);
            if (year != null) {
                DateExpression whole =
                        day(year, dayOfMonth.day().getMonth(), dayOfMonth.day().getDayOfMonth());
                return whole == null ? first : dated(tokens, i, yearAt + 1, whole);
            }
            return dated(tokens, i, after, dayOfMonth);
        }
        return single;
    }

    /** "6–7 July 2025", "22 – 23 November": the first day of the range. */
    private static Mention dayRange(List<Token> tokens, int i) {
        Integer first = dayNumber(tokens, i);
        if (first == null
                || i + 3 >= tokens.size()
                || !RANGE_WORDS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))
                || dayNumber(tokens, i + 2) == null
                || !MONTHS.containsKey(tokens.get(i + 3).text())) {
            return null;
        }
        Month month = MONTHS.get(tokens.get(i + 3).text());
        Integer year = year(tokens, i + 4);
        DateExpression expression = year != null ? day(year, month, first) : dayOfMonth(month, first);
        return expression == null ? null : dated(tokens, i, year != null ? i + 5 : i + 4, expression);
    }

    /** "two years ago", "3 months ago", "a year ago", "two days ago". */
    private static Mention ago(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 2).text().equalsIgnoreCase("ago")) {
            return null;
        }
        String count = tokens.get(i).text().toLowerCase(Locale.ROOT);
        Integer n = count.chars().allMatch(Character::isDigit) && count.length() <= 2
                ? Integer.valueOf(count)
                : count.equals("a") ? Integer.valueOf(1) : NUMBER_WORDS.get(count);
        String unitWord = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
        if (n != null && (unitWord.equals("day") || unitWord.equals("days"))) {
            return dated(tokens, i, i + 3, new DateExpression.DaysFromNow(-n));
        }
        ChronoUnit unit = periodUnit(unitWord.endsWith("s") ? unitWord.substring(0, unitWord.length() - 1) : unitWord);
        if (n == null || unit == null || unit == ChronoUnit.WEEKS) {
            return null;
        }
        return dated(tokens, i, i + 3, new DateExpression.PeriodFromNow(unit, -n));
    }

    private static Mention single(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String word = token.text();
        String lower = word.toLowerCase(Locale.ROOT);
        // "24 February 2022", "24 February"
        Integer day = dayNumber(tokens, i);
        if (day != null
                && i + 1 < tokens.size()
                && ABBREVIATED_MONTHS.containsKey(tokens.get(i + 1).text())) {
            // "9th Mar, 2030", "3 Sept. 2023"
            Month month = ABBREVIATED_MONTHS.get(tokens.get(i + 1).text());
            int after = i + 2 < tokens.size() && tokens.get(i + 2).text().equals(".") ? i + 3 : i + 2;
            int yearAt = after < tokens.size() && tokens.get(after).text().equals(",") ? after + 1 : after;
            Integer year = year(tokens, yearAt);
            return year != null
                    ? dated(tokens, i, yearAt + 1, day(year, month, day))
                    : dated(tokens, i, after, dayOfMonth(month, day));
        }
        if (lower.equals("the")
                && i + 3 < tokens.size()
                && tokens.get(i + 2).text().equals("of")
                && MONTHS.containsKey(tokens.get(i + 3).text())) {
            // "the 3rd of June 2023"
            Integer nth = dayNumber(tokens, i + 1);
            if (nth != null && tokens.get(i + 1).text().length() > 2) {
                Month month = MONTHS.get(tokens.get(i + 3).text());
                Integer year = year(tokens, i + 4);
                return year != null
                        ? dated(tokens, i, i + 5, day(year, month, nth))
                        : dated(tokens, i, i + 4, dayOfMonth(month, nth));
            }
        }
        if (day != null
                && i + 1 < tokens.size()
                && MONTHS.containsKey(tokens.get(i + 1).text())) {
            Month month = MONTHS.get(tokens.get(i + 1).text());
            Integer year = year(tokens, i + 2);
            if (year != null) {
                return dated(tokens, i, i + 3, day(year, month, day));
            }
            return dated(tokens, i, i + 2, dayOfMonth(month, day));
        }
        Month abbreviated = ABBREVIATED_MONTHS.get(word);
        if (abbreviated != null) {
            // "Jan. 1, 2024", "Oct 7": an abbreviated month counts only before a day
            int dayAt = i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".") ? i + 2 : i + 1;
            Integer dayAfter = dayAt < tokens.size() ? dayNumber(tokens, dayAt) : null;
            if (dayAfter == null) {
                return null;
            }
            int after = dayAt + 1;
            int yearAt = after < tokens.size() && tokens.get(after).text().equals(",") ? after + 1 : after;
            Integer year = year(tokens, yearAt);
            if (year != null) {
                return dated(tokens, i, yearAt + 1, day(year, abbreviated, dayAfter));
            }
            return dated(tokens, i, after, dayOfMonth(abbreviated, dayAfter));
        }
        Mention part = monthPart(tokens, i);
        if (part != null) {
            return part;
        }
        Month month = MONTHS.get(word);
        if (month != null) {
            // "February 24, 2022", "May 16", "March 2023", "in June"
            Integer dayAfter = i + 1 < tokens.size() ? dayNumber(tokens, i + 1) : null;
            if (dayAfter != null) {
                int after = i + 2;
                int yearAt = after < tokens.size() && tokens.get(after).text().equals(",") ? after + 1 : after;
                Integer year = year(tokens, yearAt);
                if (year != null) {
                    return dated(tokens, i, yearAt + 1, day(year, month, dayAfter));
                }
                return dated(tokens, i, after, dayOfMonth(month, dayAfter));
            }
            Integer year = year(tokens, i + 1);
            if (year != null) {
                return dated(tokens, i, i + 2, new DateExpression.MonthOfYear(YearMonth.of(year, month)));
            }
            // "February last year", "March next year"
            if (i + 2 < tokens.size() && tokens.get(i + 2).text().equalsIgnoreCase("year")) {
                DateExpression.Anchor yearAnchor =
                        anchor(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
                if (yearAnchor != null && yearAnchor != DateExpression.Anchor.PLAIN) {
                    return dated(tokens, i, i + 3, new DateExpression.MonthOfRelativeYear(month, offset(yearAnchor)));
                }
            }
            boolean led =
                    i > 0 && MONTH_LEADERS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
            if (month != Month.MAY || led) {
                return dated(tokens, i, i + 1, new DateExpression.MonthOnly(month));
            }
            return null;
        }
        Integer year = year(tokens, i);
        if (year != null) {
            return dated(tokens, i, i + 1, new DateExpression.Year(year));
        }
        // "this Thursday", "last Friday", "Thursday"
        DateExpression.Anchor anchor = anchor(lower);
        if (anchor != null && i + 1 < tokens.size()) {
            DayOfWeek weekday = WEEKDAYS.get(tokens.get(i + 1).text());
            if (weekday != null) {
                return dated(tokens, i, i + 2, new DateExpression.Weekday(weekday, anchor));
            }
            ChronoUnit unit = periodUnit(tokens.get(i + 1).text());
            if (unit != null && (anchor != DateExpression.Anchor.PLAIN)) {
                return dated(tokens, i, i + 2, new DateExpression.PeriodFromNow(unit, offset(anchor)));
            }
            // "last November": the November before the article's month, not the one of its year
            Month named = MONTHS.get(tokens.get(i + 1).text());
            if (named != null && (anchor == DateExpression.Anchor.LAST || anchor == DateExpression.Anchor.NEXT)) {
                return dated(tokens, i, i + 2, new DateExpression.AnchoredMonth(named, offset(anchor)));
            }
        }
        DayOfWeek weekday = WEEKDAYS.get(word);
        if (weekday != null) {
            return dated(tokens, i, i + 1, new DateExpression.Weekday(weekday, DateExpression.Anchor.PLAIN));
        }
        if (i + 1 < tokens.size() && (lower.equals("this") || lower.equals("last"))) {
            // "this afternoon", "this morning", "last night"
            String ofDay = tokens.get(i + 1).text();
            if (lower.equals("this")
                    && (ofDay.equals("morning") || ofDay.equals("afternoon") || ofDay.equals("evening"))) {
                return dated(tokens, i, i + 2, new DateExpression.DaysFromNow(0));
            }
            if (lower.equals("last") && ofDay.equals("night")) {
                return dated(tokens, i, i + 2, new DateExpression.DaysFromNow(-1));
            }
        }
        switch (lower) {
            case "tonight":
            case "today":
                return dated(tokens, i, i + 1, new DateExpression.DaysFromNow(0));
            case "yesterday":
                return dated(tokens, i, i + 1, new DateExpression.DaysFromNow(-1));
            case "tomorrow":
                return dated(tokens, i, i + 1, new DateExpression.DaysFromNow(1));
            default:
                return null;
        }
    }

    /** "mid-October", "early-June 2030": written as one word, it dates by the month. */
    private static Mention monthPart(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        int hyphen = word.indexOf('-');
        if (hyphen < 0 || !MONTH_PARTS.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT))) {
            return null;
        }
        Month month = MONTHS.get(word.substring(hyphen + 1));
        if (month == null) {
            return null;
        }
        Integer year = year(tokens, i + 1);
        return year != null
                ? dated(tokens, i, i + 2, new DateExpression.MonthOfYear(YearMonth.of(year, month)))
                : dated(tokens, i, i + 1, new DateExpression.MonthOnly(month));
    }

    private static final Set<String> MONTH_PARTS = Set.of("mid", "early", "late");

    private static int offset(DateExpression.Anchor anchor) {
        return anchor == DateExpression.Anchor.LAST ? -1 : anchor == DateExpression.Anchor.NEXT ? 1 : 0;
    }

    private static DateExpression.Anchor anchor(String lower) {
        switch (lower) {
            case "this":
                return DateExpression.Anchor.THIS;
            case "last":
            case "past":
                return DateExpression.Anchor.LAST;
            case "next":
                return DateExpression.Anchor.NEXT;
            default:
                return null;
        }
    }

    private static ChronoUnit periodUnit(String word) {
        switch (word) {
            case "week":
                return ChronoUnit.WEEKS;
            case "month":
                return ChronoUnit.MONTHS;
            case "year":
                return ChronoUnit.YEARS;
            default:
                return null;
        }
    }

    private static Mention dated(List<Token> tokens, int from, int to, DateExpression expression) {
        if (expression == null) {
            return null;
        }
        String written = tokens.subList(from, to).stream()
                .map(Token::text)
                .reduce((a, b) -> a + " " + b)
                .orElse("");
        return new Mention.DateMention(expression, written, from, to);
    }

    private static DateExpression day(int year, Month month, int day) {
        return day <= month.length(java.time.Year.isLeap(year))
                ? new DateExpression.Day(LocalDate.of(year, month, day))
                : null;
    }

    private static DateExpression dayOfMonth(Month month, int day) {
        return day <= month.maxLength() ? new DateExpression.DayOfMonth(MonthDay.of(month, day)) : null;
    }

    private static Integer dayNumber(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        if (text.length() > 2 && Character.isLetter(text.charAt(text.length() - 1))) {
            text = text.substring(0, text.length() - 2); // "16th"
        }
        if (text.isEmpty()
                || text.length() > 2
                || !Character.isDigit(text.charAt(0))
                || text.length() == 2 && !Character.isDigit(text.charAt(1))) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value >= 1 && value <= 31 ? value : null;
    }

    /** A four-digit year a news article may speak of. */
    private static Integer year(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        String text = tokens.get(i).text();
        if (text.length() != 4 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value >= 1800 && value <= 2199 ? value : null;
    }

    // ---- headlines ----

    /**
     * A headline In Title Case ("Leaders And Envoys Praise The Partnership"): small words such as
     * "and", "of", "the" are capitalised inside it and none is written in lower case.
     */
    private static boolean isTitleCase(List<Token> tokens) {
        if (headingInCapitals(tokens)) {
            return true;
        }
        int capitalised = 0;
        for (int i = 1; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            if (SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                if (Character.isLowerCase(word.charAt(0))) {
                    return false;
                }
                capitalised++;
            }
        }
        return capitalised > 0;
    }

    /**
     * A line of five words or more, each capitalised, with no stop at its end: a subheading written In Title Case with
     * no small word to show it ("New AU Chief Faces Escalating Conflicts"), where "Faces Escalating Conflicts" is no
     * name.
     */
    private static boolean headingInCapitals(List<Token> tokens) {
        int words = 0;
        for (Token token : tokens) {
            String text = token.text();
            if (!Character.isLetter(text.codePointAt(0))) {
                if (text.equals(".") || text.equals("!") || text.equals("?") || text.equals(",") || text.equals(":")) {
                    return false;
                }
                continue;
            }
            if (!Character.isUpperCase(text.codePointAt(0))) {
                return false;
            }
            words++;
        }
        return words >= 5;
    }

    private static final Set<String> SMALL_WORDS =
            Set.of("and", "of", "at", "the", "to", "in", "for", "with", "on", "as", "a", "an", "by", "over", "after");
}
