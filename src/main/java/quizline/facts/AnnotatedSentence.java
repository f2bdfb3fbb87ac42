package quizline.facts;

import java.util.List;

/**
 * A sentence with its tokens, the mentions found in them and their {@link Shape}.
 * {@code titleCase} marks headlines written In Title Case, where capitals do not show names.
 */
record AnnotatedSentence(Sentence sentence, List<Token> tokens, List<Mention> mentions, Shape shape, boolean titleCase) {
    /**
     * The sentence without single capitalised words taken for names that the article never
     * writes in full ("Observer states include ...", "the Union Assembly"): only a name the
     * article resolves can fill a person's place in a pattern.
     */
    AnnotatedSentence withUnknownSingleNamesDropped(PersonIndex people) {
        List<Mention> kept = mentions.stream()
                .filter(m -> !(m instanceof Mention.PersonMention person) || person.parts().size() != 1 || people.resolve(person).isPresent())
                .toList();
        return kept.size() == mentions.size() ? this : new AnnotatedSentence(sentence, tokens, kept, Shape.of(tokens, kept), titleCase);
    }
}
