package quizline.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an extractor needs to know beyond its sentence: the article, the people it names, the
 * organisation it is mostly about, and the organisations named so far (for "the bloc",
 * "its annual meeting").
 */
final class ArticleContext {
    private final Article article;
    private final PersonIndex people;
    private final Knowledge.Organisation main;
    /** The one organisation the article names whose summit (summits.tsv) met within days of the article's date. */
    private final Knowledge.Organisation meeting;

    private Knowledge.Organisation lastNamed;
    private Knowledge.Organisation lastAtSummit;
    /** The kind the last sentence on each organisation's summit gave it ("informal"), for "the meeting" after it. */
    private final java.util.Map<Knowledge.Organisation, String> summitKinds = new java.util.HashMap<>();
    /** Every organisation named so far, in order. */
    private final List<Knowledge.Organisation> named = new ArrayList<>();

    /** The city of the article's dateline ("VIENTIANE, Oct 9 — ..."), where "here" in its sentences is; or null. */
    private final Mention.CityMention dateline;

    private ArticleContext(
            Article article,
            PersonIndex people,
            Knowledge.Organisation main,
            Knowledge.Organisation meeting,
            Mention.CityMention dateline) {
        this.article = article;
        this.people = people;
        this.main = main;
        this.meeting = meeting;
        this.dateline = dateline;
    }

    /**
     * A dateline as a shape: "LIMA, May 4 (Agency) -", "Vilnius |", "NAIROBI —", its city first. {@code reported} is its
     * date, the report's.
     */
    static final String DATELINE = "^(?<loc>{Y}(?: , {C})?) (?:, (?<reported>{W}) )?"
            + "(?:\\( [^)]* \\)(?: (?:\\||—|-|- -|:))?|(?:\\||—|-|- -|:))";

    private static final ShapePattern DATELINE_SHAPE = ShapePattern.compile(DATELINE);
    /** Sentences at the top of a file a dateline may open: the headline and the date line come before it. */
    private static final int DATELINE_WITHIN = 3;

    /** The end of a written sentence: a full stop, question or exclamation mark, maybe inside closing quotes. */
    private static final java.util.regex.Pattern ENDS_A_SENTENCE = java.util.regex.Pattern.compile("[.!?][\"”’')]*$");

    static ArticleContext of(Article article, List<AnnotatedSentence> sentences) {
        PersonIndex people = new PersonIndex();
        Map<Knowledge.Organisation, Integer> counts = new LinkedHashMap<>(); // in order of first mention
        for (AnnotatedSentence sentence : sentences) {
            // "President Jokowi Opens 43rd ASEAN Summit": a headline capitalises its verbs, so the names the article
            // learns come from its sentences, never from a first line without a full stop
            boolean headline = sentence == sentences.get(0)
                    && !ENDS_A_SENTENCE.matcher(sentence.sentence().text()).find();
            for (Mention mention : sentence.mentions()) {
                if (mention instanceof Mention.PersonMention person && !sentence.titleCase() && !headline) {
                    people.add(person);
                } else if (mention instanceof Mention.OrganisationMention organisation
                        && organisation.organisation().listed()) {
                    counts.merge(organisation.organisation(), 1, Integer::sum);
                }
            }
        }
        // the one named most, the one named first counting once more (a report names its subject in its lead: the
        // Nordic Council's session named twice before three asides on NATO); of two as often, the one named first
        Knowledge.Organisation first = counts.keySet().stream().findFirst().orElse(null);
        Knowledge.Organisation main = null;
        int best = 1; // an organisation named once is not what the article is about
        for (Map.Entry<Knowledge.Organisation, Integer> entry : counts.entrySet()) {
            int votes = entry.getValue() + (entry.getKey() == first && entry.getValue() > 1 ? 1 : 0);
            if (votes > best) {
                main = entry.getKey();
                best = votes;
            }
        }
        return new ArticleContext(
                article, people, main, meetingAround(article, counts.keySet()), datelineCity(sentences));
    }

    private static Mention.CityMention datelineCity(List<AnnotatedSentence> sentences) {
        for (AnnotatedSentence sentence : sentences.subList(0, Math.min(DATELINE_WITHIN, sentences.size()))) {
            java.util.regex.Matcher m = DATELINE_SHAPE.matcher(sentence.shape());
            if (m.find()) {
                for (Mention mention : sentence.shape().mentions(m, "loc")) {
                    if (mention instanceof Mention.CityMention city) {
                        return city;
                    }
                }
            }
        }
        return null;
    }

    /** The city of the article's dateline, where "the summit opened here" in its sentences was. */
    Optional<Mention.CityMention> dateline() {
        return Optional.ofNullable(dateline);
    }

    /** Days a report may come before or after the summit it is about. */
    private static final int REPORT_DAYS = 3;

    /**
     * The organisation whose summit the article's date falls on: "the two-day summit" in a report of 10 September 2023
     * that names the G20 and the African Union (the G20 met in New Delhi on 9–10 September) is the G20's, however
     * often the report names the Union it admitted. None when no named organisation, or more than one, met then.
     */
    private static Knowledge.Organisation meetingAround(Article article, Set<Knowledge.Organisation> named) {
        if (article.publishedDate().isEmpty()) {
            return null;
        }
        LocalDate day = article.publishedDate().get();
        List<Knowledge.Organisation> met = Knowledge.get().summits().stream()
                .filter(s -> named.contains(s.organisation())
                        && !day.isBefore(s.first().minusDays(REPORT_DAYS))
                        && !day.isAfter(s.last().plusDays(REPORT_DAYS)))
                .map(Knowledge.KnownSummit::organisation)
                .distinct()
                .toList();
        return met.size() == 1 ? met.get(0) : null;
    }

    Article article() {
        return article;
    }

    Optional<LocalDate> published() {
        return article.publishedDate();
    }

    PersonIndex people() {
        return people;
    }

    /**
     * The organisation "it", "its" or "whose" at token {@code before} of this sentence points to:
     * the last listed organisation named before it, in this sentence or an earlier one.
     */
    Optional<Knowledge.Organisation> lastNamedBefore(AnnotatedSentence sentence, int before) {
        Knowledge.Organisation found = lastNamed;
        for (Mention mention : sentence.mentions()) {
            if (mention.from() >= before) {
                break;
            }
            if (mention instanceof Mention.OrganisationMention organisation
                    && organisation.organisation().listed()) {
                found = organisation.organisation();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The listed organisation a mention names, or, for "the bloc" or no mention ({@code null}), the one the article
     * refers to there.
     */
    Optional<Knowledge.Organisation> namedOrReferred(Mention mention, AnnotatedSentence sentence) {
        return mention instanceof Mention.OrganisationMention named
                ? Optional.of(named.organisation()).filter(Knowledge.Organisation::listed)
                : referredOrganisation(
                        sentence,
                        mention != null ? mention.from() : sentence.tokens().size());
    }

    /**
     * The organisation "the bloc" or "the organisation" means, or a sentence that names none
     * ("Vietnam became a member in 1995"): the one organisation the sentence names before it, else the one the article
     * is about, else the last named.
     */
    Optional<Knowledge.Organisation> referredOrganisation(AnnotatedSentence sentence, int before) {
        // "Leaders of ECOWAS re-elected X as chairman of the regional bloc": the one organisation named before it in
        // the sentence, whatever the article is mostly about
        Set<Knowledge.Organisation> namedBefore = new java.util.LinkedHashSet<>(); // in the sentence's order
        for (Mention mention : sentence.mentions()) {
            if (mention.from() < before
                    && mention instanceof Mention.OrganisationMention organisation
                    && organisation.organisation().listed()) {
                namedBefore.add(organisation.organisation());
            }
        }
        String noun = before < sentence.tokens().size()
                ? sentence.tokens().get(before).text().toLowerCase(Locale.ROOT)
                : "";
        if (namedBefore.size() == 1
                && (!ONLY_BY_NAME.contains(noun) || fits(namedBefore.iterator().next(), noun))) {
            return Optional.of(namedBefore.iterator().next());
        }
        Optional<Knowledge.Organisation> usual = main != null ? Optional.of(main) : lastNamedBefore(sentence, before);
        // "the organization" in an article mostly about OPEC+ means OPEC: a noun that is part of names picks the
        // latest organisation whose name has it, when the usual one's name does not
        if (!NAMING_NOUNS.contains(noun) || usual.isEmpty() || fits(usual.get(), noun)) {
            return usual;
        }
        for (Knowledge.Organisation organisation : namedBefore) {
            if (fits(organisation, noun)) {
                return Optional.of(organisation);
            }
        }
        for (int i = named.size() - 1; i >= 0; i--) {
            if (fits(named.get(i), noun)) {
                return Optional.of(named.get(i));
            }
        }
        // "the alliance" in a report that names OPEC and OPEC+ is OPEC+, the organisation with its partners
        if (noun.equals("alliance")) {
            String partners = usual.get().shortName() + "+";
            for (Knowledge.Organisation organisation : named) {
                if (organisation.name().equals(partners)
                        || organisation.shortName().equals(partners)) {
                    return Optional.of(organisation);
                }
            }
        }
        // "the community" is an organisation's only where one is named so: in a report on NATO it is the people
        return ONLY_BY_NAME.contains(noun) ? Optional.empty() : usual;
    }

    /**
     * Nouns that refer to an organisation only where its name has them: "the community" in a report on NATO is the
     * people, "the agency" in a report on the UN may be a news agency, "the bank" a country's central bank.
     */
    private static final Set<String> ONLY_BY_NAME = Set.of("community", "agency", "bank", "commission", "council");

    /** Nouns that organisations carry in their names, unlike "the bloc" or "the group". */
    private static final Set<String> NAMING_NOUNS = Set.of(
            "organisation",
            "organization",
            "union",
            "league",
            "council",
            "association",
            "community",
            "commonwealth",
            "alliance",
            "forum",
            "agency",
            "bank",
            "commission");

    private static boolean fits(Knowledge.Organisation organisation, String noun) {
        String name = organisation.name().toLowerCase(Locale.ROOT).replace("organisation", "organization");
        return name.contains(noun.replace("organisation", "organization"));
    }

    /** The organisation whose summit an unqualified "the summit" means. */
    Optional<Knowledge.Organisation> summitOrganisation() {
        return Optional.ofNullable(lastAtSummit != null ? lastAtSummit : meeting != null ? meeting : main);
    }

    /**
     * The kind of summit "the meeting" means after "an informal summit" of this organisation: empty when the last
     * sentence on its summit gave no kind.
     */
    Optional<String> summitKind(Knowledge.Organisation organisation) {
        return Optional.ofNullable(summitKinds.get(organisation));
    }

    /** Moves past a sentence: remembers its organisations. */
    void advance(AnnotatedSentence sentence) {
        // The listed organisations the sentence names, in order: the last one is what "it" may refer to next
        List<Knowledge.Organisation> written = sentence.mentions().stream()
                .filter(m -> m instanceof Mention.OrganisationMention o
                        && o.organisation().listed())
                .map(m -> ((Mention.OrganisationMention) m).organisation())
                .toList();
        if (!written.isEmpty()) {
            lastNamed = written.get(written.size() - 1);
            named.addAll(written);
        }
        List<Knowledge.Organisation> inSentence = written.stream().distinct().toList();
        Optional<Knowledge.Organisation> attached = Summits.organisationAttached(sentence);
        // "who fell ill at an African Union summit in March", in a report on an ECOWAS summit: a summit of another
        // organisation brought in with "a" or "an" is told in passing, and "the summit" after it is still the article's
        attached.filter(organisation ->
                        main == null || organisation.equals(main) || !Summits.inPassing(sentence, organisation))
                .ifPresent(organisation -> lastAtSummit = organisation);
        // "CIS leaders will gather for an informal summit": the kind goes to the sentence's one organisation when no
        // summit is written next to it; a summit named without a kind ends the kind
        Optional<String> kind = Summits.kindOf(sentence.sentence().text());
        Optional<Knowledge.Organisation> spoken =
                attached.or(() -> inSentence.size() == 1 ? Optional.of(inSentence.get(0)) : Optional.empty());
        if (kind.isPresent() && spoken.isPresent()) {
            summitKinds.put(spoken.get(), kind.get());
        } else if (attached.isPresent()) {
            summitKinds.remove(attached.get());
        }
    }
}
