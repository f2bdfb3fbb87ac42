package quizline.generate;

import quizline.pack.AnswerMatcher;

/** Id fragments: folded like typed answers (no case, accents or punctuation), words joined by hyphens. */
final class Slug {
    private Slug() {}

    static String of(String text) {
        String folded = AnswerMatcher.fold(text).replace(' ', '-').replaceAll("[^a-z0-9.-]", "");
        return folded.isEmpty() ? "x" : folded;
    }

    static String join(String... parts) {
        StringBuilder id = new StringBuilder();
        for (String part : parts) {
            if (id.length() > 0) {
                id.append('-');
            }
            id.append(of(part));
        }
        return id.toString();
    }
}
