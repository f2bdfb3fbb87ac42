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

    /** The words "General Assembly" alone, which the data files give the UN's. */
    private static final List<String> BARE_ASSEMBLY = List.of("General", "Assembly");

    private boolean bareAssembly(Mention mention) {
        return mention instanceof Mention.OrganisationMention named
                && named.organisation().listed()
                && mention.to() - mention.from() == 2
                && tokens.subList(mention.from(), mention.to()).stream()
                        .map(Token::text)
                        .toList()
                        .equals(BARE_ASSEMBLY);
    }

    /**
     * Whether the sentence names another organisation's General Assembly: "the General Assembly of Interpol", "the
     * Interpol General Assembly"; then "the General Assembly" alone, in that article, is that one and not the UN's.
     */
    boolean namesAnotherGeneralAssembly() {
        for (int i = 0; i < mentions.size(); i++) {
            if (!bareAssembly(mentions.get(i))) {
                continue;
            }
            Mention assembly = mentions.get(i);
            if (i > 0
                    && mentions.get(i - 1) instanceof Mention.OrganisationMention owner
                    && owner.to() == assembly.from()
                    && !owner.organisation().name().startsWith("United Nations")) {
                return true; // "the Interpol General Assembly"
            }
            if (i + 1 < mentions.size()
                    && mentions.get(i + 1) instanceof Mention.OrganisationMention owner
                    && !owner.organisation().name().startsWith("United Nations")) {
                int gap = owner.from() - assembly.to();
                String between = gap <= 0
                        ? ""
                        : String.join(
                                " ",
                                tokens.subList(assembly.to(), owner.from()).stream()
                                        .map(Token::text)
                                        .toList());
                if (between.equals("of") || between.equals("of the")) {
                    return true; // "the General Assembly of the International Criminal Police Organisation"
                }
            }
        }
        return false;
    }

    /** The sentence with "General Assembly" alone read as an assembly no data file lists (see above). */
    AnnotatedSentence withBareAssemblyUnlisted() {
        List<Mention> changed = new java.util.ArrayList<>(mentions);
        boolean any = false;
        for (int i = 0; i < changed.size(); i++) {
            Mention m = changed.get(i);
            if (bareAssembly(m)) {
                changed.set(
                        i,
                        new Mention.OrganisationMention(
                                new Knowledge.Organisation("General Assembly", "", false), m.from(), m.to()));
                any = true;
            }
        }
        return any
                ? new AnnotatedSentence(sentence, tokens, List.copyOf(changed), Shape.of(tokens, changed), titleCase)
                : this;
    }
}
