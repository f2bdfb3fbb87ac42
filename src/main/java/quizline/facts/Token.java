package quizline.facts;

/** A word, number or punctuation mark: characters [start, end) of the article's text. */
record Token(String text, int start, int end) {
    boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }

    /** The form used for matching: typographic apostrophes made plain. */
    String key() {
        return Tokenizer.plainApostrophes(text);
    }
}
