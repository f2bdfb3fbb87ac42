package quizline.facts;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Small helpers the extractors share: building a fact from its sentence, reading mentions. */
final class Facts {
    private Facts() {}

    static Fact of(FactKind kind, String subject, String relation, String object, Map<String, String> qualifiers,
            AnnotatedSentence sentence, ArticleContext context) {
        Sentence s = sentence.sentence();
        return new Fact(kind, subject, relation, object, new TreeMap<>(qualifiers), context.article().name(),
                s.start(), s.end(), s.text());
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
