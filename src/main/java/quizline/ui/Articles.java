package quizline.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Source articles by file name, for the sentence a citation quotes, and where they are looked for. */
public interface Articles {
    /** The article's text, or empty when none of {@link #places} has it. */
    Optional<String> text(String article);

    /** The folders looked in, in order: named when an article is not found. */
    List<String> places();

    static Articles of(Function<String, Optional<String>> text, List<String> places) {
        List<String> copy = List.copyOf(places);
        return new Articles() {
            @Override
            public Optional<String> text(String article) {
                return text.apply(article);
            }

            @Override
            public List<String> places() {
                return copy;
            }
        };
    }
}
