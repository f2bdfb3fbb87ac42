package quizline.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's English sentence model (Universal Dependencies English Web Treebank), run
 * line by line since the model does not treat a line break as a boundary. The model is loaded
 * once, on first use; the detector is not thread-safe, so each thread has its own. Kept with the
 * tests: it split more wrongly than the hand-written rules (docs/extraction.md), so the
 * program does not ship it.
 */
final class OpenNlpSentenceSplitter implements SentenceSplitter {
    static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final OpenNlpSentenceSplitter INSTANCE = new OpenNlpSentenceSplitter();

    private static final class Model {
        static final SentenceModel INSTANCE = load();

        private static SentenceModel load() {
            try (InputStream in = OpenNlpSentenceSplitter.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP sentence model not on the class path: " + MODEL);
                }
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Model.INSTANCE));

    private OpenNlpSentenceSplitter() {}

    @Override
    public List<Sentence> split(String text) {
        SentenceDetectorME me = detector.get();
        List<Sentence> sentences = new ArrayList<>();
        Lines.forEach(text, (from, to) -> {
            for (Span span : me.sentPosDetect(text.substring(from, to))) {
                Lines.addTrimmed(text, from + span.getStart(), from + span.getEnd(), sentences);
            }
            return 0;
        });
        return sentences;
    }
}
