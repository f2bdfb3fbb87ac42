package quizline.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Small helpers the extractors share: building a fact from its sentence, reading mentions. */
final class Facts {
    private Facts() {}

    /**
     * What a sentence says an organisation is, after its name: "is a regional organization", "was an international
     * bloc", "is the main forum", "is an integration mechanism". Rules go on with what it comprises or when it was
     * founded.
     */
    static final String DESCRIBED_AS = "(?:is|was) (?:a |an |the )(?:[a-z-]+ ){0,3}"
            + "(?:organisation|organization|bloc|group|grouping|alliance|union|forum|body|community|club|partnership"
            + "|mechanism|institution|association|coalition|platform)";

    /**
     * A founding between commas after {@link #DESCRIBED_AS}, before what the organisation comprises: "is an integration
     * mechanism, created in 1969, and which is made up of ...".
     */
    static final String FOUNDED_ASIDE = "(?: , (?:(?:which|that) was )?(?:created|founded|established|formed|set up)"
            + " (?:in|on) {W} ,(?: and)?(?: (?:which|that)(?: is| are| was)?)?)?";

    /**
     * Words before "leaders" that make them other than a country's: "opposition leaders", "business leaders", "rebel
     * leaders".
     */
    static final String NOT_A_COUNTRYS = "(?:opposition|party|rebel|business|religious|faith|community|civil society"
            + "|student|union|tribal|military|church|militia|protest|political|industry|youth|women|clan|separatist"
            + "|insurgent|group|ethnic)";

    static Fact of(
            FactKind kind,
            String subject,
            String relation,
            String object,
            Map<String, String> qualifiers,
            AnnotatedSentence sentence,
            ArticleContext context,
            Found found) {
        Sentence s = sentence.sentence();
        return new Fact(
                kind,
                subject,
                kind == FactKind.POSITION ? premier(relation, object, s.text()) : relation,
                object,
                new TreeMap<>(qualifiers),
                context.article().name(),
                s.start(),
                s.end(),
                s.text(),
                context.published(),
                found.pattern(),
                found.confidence());
    }

    private static final Pattern PREMIER_WRITTEN = Pattern.compile("\\b[Pp]remier\\b");
    private static final Pattern VICE_PREMIER_WRITTEN = Pattern.compile("\\b[Vv]ice[- ][Pp]remier\\b");

    /**
     * "Premier Li Wen" of China or Niue, whose head of government is titled so (premiers.txt), keeps the word written;
     * elsewhere a premier is the prime minister ("Japanese Premier X"), as titles.tsv reads it.
     */
    private static String premier(String relation, String place, String text) {
        if (!Knowledge.get().premierPlaces.contains(place)) {
            return relation;
        }
        if (relation.endsWith("Deputy Prime Minister")
                && VICE_PREMIER_WRITTEN.matcher(text).find()) {
            return relation.replace("Deputy Prime Minister", "Vice Premier");
        }
        if (relation.endsWith("Prime Minister")
                && !relation.endsWith("Deputy Prime Minister")
                && PREMIER_WRITTEN.matcher(text).find()) {
            return relation.replace("Prime Minister", "Premier");
        }
        return relation;
    }

    /**
     * Which rule found a fact and how far its reading is trusted. A plain sentence that names every part is
     * {@link #PLAIN}; each step of inference lowers it: an organisation or place taken from the article rather than
     * the sentence ("the bloc"), a relative date resolved against the article's date ("on Thursday"), an item of a
     * long list, a membership inferred from hosting or chairing.
     */
    record Found(String pattern, double confidence) {
        static final double PLAIN = 0.9;
        static final double STEP = 0.1;
        static final double FLOOR = 0.5;

        static Found by(String extractor, int rule) {
            return new Found(extractor + "." + rule, PLAIN);
        }

        Found doubted(boolean doubt) {
            return doubt ? new Found(pattern, Math.max(FLOOR, Math.round((confidence - STEP) * 100) / 100.0)) : this;
        }

        Found at(double confidence) {
            return new Found(pattern, confidence);
        }
    }

    /** Adds a fact unless the sentence already gave it (two rules may read one statement). */
    static void addOnce(List<Fact> found, Fact fact) {
        if (!found.contains(fact)) {
            found.add(fact);
        }
    }

    /** The country or organisation a mention names, as facts print it. */
    static Optional<String> placeName(Mention mention) {
        if (mention instanceof Mention.CountryMention country) {
            return Optional.of(country.country().name());
        }
        if (mention instanceof Mention.OrganisationMention organisation) {
            return Optional.of(organisation.organisation().name());
        }
        if (mention instanceof Mention.MetonymMention metonym) {
            return Optional.of(metonym.country().name());
        }
        return Optional.empty();
    }

    /** Whether the sentence speaks of what is still to come, for resolving "on Friday". */
    static boolean future(AnnotatedSentence sentence) {
        return FUTURE.matcher(sentence.shape()).find();
    }

    private static final ShapePattern FUTURE = ShapePattern.compile(
            "will|shall|scheduled|slated|due to|expected to|set to|is to|are to|upcoming|plans to|planned|next");
}
