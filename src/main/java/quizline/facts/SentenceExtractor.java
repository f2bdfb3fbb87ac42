package quizline.facts;

import java.util.List;

/** Draws facts of one kind from a sentence; {@code found} holds this sentence's facts so far. */
sealed interface SentenceExtractor
        permits PositionExtractor, MemberExtractor, HostExtractor, DateExtractor, CountExtractor {
    void extract(AnnotatedSentence sentence, ArticleContext context, List<Fact> found);
}
