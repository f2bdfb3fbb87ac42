package quizline.facts;

import java.util.List;

/**
 * Cuts an article into sentences with exact character spans. The tests hold a second
 * implementation over Apache OpenNLP's model, measured against this one (docs/extraction.md).
 */
public interface SentenceSplitter {
    List<Sentence> split(String text);

    /** The splitter the extractor uses; docs/extraction.md says why. */
    static SentenceSplitter standard() {
        return RuleSentenceSplitter.INSTANCE;
    }
}
