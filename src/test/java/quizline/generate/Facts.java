package quizline.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import quizline.facts.Fact;
import quizline.facts.FactKind;

/** Small hand-made facts for generator tests: each cites a made-up sentence of its article. */
final class Facts {
    static final String ARTICLE = "a.txt";
    static final LocalDate DATE = LocalDate.of(2025, 3, 1);

    private final List<Fact> facts = new ArrayList<>();
    private int offset;

    Facts position(String person, String title, String place) {
        return add(FactKind.POSITION, person, title, place, Map.of());
    }

    Facts member(String country, String relation, String organisation) {
        return add(FactKind.MEMBER, country, relation, organisation, Map.of());
    }

    Facts host(String event, String city, String country) {
        return add(FactKind.HOST, event, "held in", city, Map.of("country", country));
    }

    Facts date(String event, String when) {
        return add(FactKind.DATE, event, "date", when, Map.of());
    }

    Facts add(FactKind kind, String subject, String relation, String object, Map<String, String> qualifiers) {
        String quote = "Sentence " + facts.size() + ".";
        facts.add(new Fact(
                kind,
                subject,
                relation,
                object,
                new TreeMap<>(qualifiers),
                ARTICLE,
                offset,
                offset + quote.length(),
                quote));
        offset += quote.length() + 1;
        return this;
    }

    /** The last fact added, as read by {@code rule} with {@code confidence}: an inferred reading. */
    Facts readBy(String rule, double confidence) {
        Fact last = facts.remove(facts.size() - 1);
        facts.add(new Fact(
                last.kind(),
                last.subject(),
                last.relation(),
                last.object(),
                last.qualifiers(),
                last.article(),
                last.start(),
                last.end(),
                last.quote(),
                last.asOf(),
                rule,
                confidence));
        return this;
    }

    List<Fact> list() {
        return List.copyOf(facts);
    }

    List<ArticleFacts> article() {
        return List.of(new ArticleFacts(ARTICLE, Optional.of(DATE), facts));
    }
}
