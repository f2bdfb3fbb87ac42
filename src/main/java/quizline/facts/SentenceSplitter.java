package quizline.facts;

import java.util.List;

/** Cuts an article into sentences with exact character spans. */
public sealed interface SentenceSplitter permits RuleSentenceSplitter, OpenNlpSentenceSplitter {
    List<Sentence> split(String text);

    /** The splitter the extractor uses; docs/extraction.md says why. */
    static SentenceSplitter standard() {
        return RuleSentenceSplitter.INSTANCE;
    }
}
