package quizline.facts;

import java.util.List;

/**
 * A sentence with its tokens, the mentions found in them and their {@link Shape}.
 * {@code titleCase} marks headlines written In Title Case, where capitals do not show names.
 */
record AnnotatedSentence(
        Sentence sentence, List<Token> tokens, List<Mention> mentions, Shape shape, boolean titleCase) {
    /** The sentence's text before a mention: "Y replaced the outgoing chairman, " before "X". */
    String textBefore(Mention mention) {
        return sentence.text().substring(0, tokens.get(mention.from()).start() - sentence.start());
    }

    /**
     * The sentence without single capitalised words taken for names that the article never
     * writes in full ("Observer states include ...", "the Union Assembly"): only a name the
     * article resolves can fill a person's place in a pattern.
     */
    AnnotatedSentence withUnknownSingleNamesDropped(PersonIndex people) {
        List<Mention> kept = new java.util.ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            // "Bangladeshi Prime Minister Sheikh Rahima": a single name right after a title stays a person, who gets no
            // fact unless resolved, so that the title is not read as a note on the name before it
            boolean afterTitle =
                    i > 0 && mentions.get(i - 1) instanceof Mention.TitleMention title && title.to() == m.from();
            if (!(m instanceof Mention.PersonMention person)
                    || person.parts().size() != 1
                    || afterTitle
                    || people.resolve(person).isPresent()) {
                kept.add(m);
            }
        }
        return kept.size() == mentions.size()
                ? this
                : new AnnotatedSentence(sentence, tokens, List.copyOf(kept), Shape.of(tokens, kept), titleCase);
    }
}
