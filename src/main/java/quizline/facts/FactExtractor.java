package quizline.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article and returns its facts, each with the sentence that states it. Pure: the
 * same article always gives the same facts in the same order; knowledge comes from the data
 * files on the class path. Safe to share between threads.
 */
public final class FactExtractor {
    private final SentenceSplitter splitter;
    private final Knowledge knowledge;
    private final List<SentenceExtractor> extractors;

    public FactExtractor(SentenceSplitter splitter) {
        Knowledge knowledge = Knowledge.get();
        this.splitter = splitter;
        this.knowledge = knowledge;
        // Positions first: a membership sentence may name a country through its leader's title.
        this.extractors = List.of(
                new PositionExtractor(),
                new MemberExtractor(),
                new HostExtractor(),
                new DateExtractor(knowledge),
                new CountExtractor());
    }

    public static FactExtractor standard() {
        return new FactExtractor(SentenceSplitter.standard());
    }

    public List<Fact> extract(Article article) {
        MentionFinder mentions = new MentionFinder(knowledge); // keeps per-sentence state: one per call
        List<AnnotatedSentence> sentences = new ArrayList<>();
        for (Sentence sentence : splitter.split(article.text())) {
            sentences.add(mentions.annotate(article.text(), sentence));
        }
        if (sentences.stream().anyMatch(AnnotatedSentence::namesAnotherGeneralAssembly)) {
            sentences.replaceAll(AnnotatedSentence::withBareAssemblyUnlisted);
        }
        ArticleContext context = ArticleContext.of(article, sentences);
        List<Fact> facts = new ArrayList<>();
        for (AnnotatedSentence annotated : sentences) {
            AnnotatedSentence sentence = annotated.withUnknownSingleNamesDropped(context.people());
            List<Fact> found = new ArrayList<>();
            for (SentenceExtractor extractor : extractors) {
                extractor.extract(sentence, context, found);
            }
            DateExtractor.dropCoarserDates(found);
            facts.addAll(found);
            context.advance(sentence);
        }
        DateExtractor.officeTaken(sentences, context, facts);
        return List.copyOf(
                PositionExtractor.withoutLeadersTitledElsewhere(HostExtractor.withoutCountriesNamedByACity(facts)));
    }
}
