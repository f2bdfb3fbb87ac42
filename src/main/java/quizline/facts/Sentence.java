package quizline.facts;

/** A sentence: characters [start, end) of the article's text, without surrounding blanks. */
public record Sentence(int start, int end, String text) {
    public Sentence {
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("text does not fit [" + start + ", " + end + ")");
        }
    }

    static Sentence of(String articleText, int start, int end) {
        return new Sentence(start, end, articleText.substring(start, end));
    }
}
