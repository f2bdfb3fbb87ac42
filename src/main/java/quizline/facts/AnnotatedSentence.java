package quizline.facts;

import java.util.List;

/**
 * A sentence with its tokens, the mentions found in them and their {@link Shape}.
 * {@code titleCase} marks headlines written In Title Case, where capitals do not show names.
 */
record AnnotatedSentence(Sentence sentence, List<Token> tokens, List<Mention> mentions, Shape shape, boolean titleCase) {
    /**
     * The sentence without its first word as a name: a capitalised first word ("Observer states
     * include ...") is a person only if the article names someone by it.
     */
    AnnotatedSentence withInitialWordChecked(PersonIndex people) {
        if (mentions.isEmpty() || !(mentions.get(0) instanceof Mention.PersonMention person)
                || person.from() != 0 || person.parts().size() != 1 || people.resolve(person).isPresent()) {
            return this;
        }
        List<Mention> rest = mentions.subList(1, mentions.size());
        return new AnnotatedSentence(sentence, tokens, rest, Shape.of(tokens, rest), titleCase);
    }
}
