package quizline.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * What an article's file says: its facts, and its date, taken from the article's top unless the file's date was
     * given, with a warning when the article's content contradicts the date at its top (the sentences are annotated
     * once for both).
     */
    public record Reading(Article article, Optional<String> warning, List<Fact> facts) {}

    public Reading read(ArticleFiles.Text file) {
        List<AnnotatedSentence> sentences = annotate(file.text());
        Optional<LocalDate> date = file.given();
        Optional<String> warning = Optional.empty();
        if (file.dateFromTop()) {
            ArticleDate.Judgement judgement = ArticleDate.of(file.text(), sentences);
            date = judgement.date();
            warning = ArticleFiles.refusalWarning(file, judgement);
        }
        Article article = new Article(file.name(), file.text(), date);
        return new Reading(article, warning, extract(article, sentences));
    }

    public List<Fact> extract(Article article) {
        return extract(article, annotate(article.text()));
    }

    /** Each sentence of {@code text} with its tokens, mentions and shape. */
    List<AnnotatedSentence> annotate(String text) {
        MentionFinder mentions = new MentionFinder(knowledge); // keeps per-sentence state: one per call
        List<AnnotatedSentence> sentences = new ArrayList<>();
        for (Sentence sentence : splitter.split(text)) {
            sentences.add(mentions.annotate(text, sentence));
        }
        return sentences;
    }

    private List<Fact> extract(Article article, List<AnnotatedSentence> read) {
        List<AnnotatedSentence> sentences = new ArrayList<>(read);
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
        PositionExtractor.untitledLeaders(sentences, context, facts);
        SummitAttendance.dropWhereStated(facts);
        DateExtractor.dropRelativeWhereWritten(facts);
        return List.copyOf(MemberExtractor.withoutStepsCompleted(PositionExtractor.withoutLeadersOfAnotherCountry(
                PositionExtractor.withoutLeadersTitledElsewhere(HostExtractor.withoutCountriesNamedByACity(facts)))));
    }
}
