package quizline.draft;

import java.util.Optional;
import java.util.function.Function;
import quizline.pack.SourceRef;

/** The sentence a source reference points at, or why it cannot be shown. */
public final class SourceSentence {
    public static final String NOT_FOUND = "article not found";

    private SourceSentence() {}

    /** The sentence, blanks collapsed; or a short reason in place of it. */
    public static String of(SourceRef ref, Function<String, Optional<String>> articles) {
        Optional<String> text = articles.apply(ref.article());
        if (text.isEmpty()) {
            return NOT_FOUND;
        }
        String article = text.get();
        if (ref.start() < 0 || ref.end() > article.length() || ref.start() >= ref.end()) {
            return "offsets " + ref.start() + "–" + ref.end() + " lie outside the article";
        }
        return article.substring(ref.start(), ref.end()).strip().replaceAll("\\s+", " ");
    }

    /** True when {@link #of} gave a sentence rather than a reason. */
    public static boolean found(SourceRef ref, Function<String, Optional<String>> articles) {
        Optional<String> text = articles.apply(ref.article());
        return text.isPresent()
                && ref.start() >= 0
                && ref.start() < ref.end()
                && ref.end() <= text.get().length();
    }
}
