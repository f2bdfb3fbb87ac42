package quizline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import quizline.facts.Fact;
import quizline.pack.Pack;
import quizline.pack.PackJson;
import quizline.pack.Question;

/** Same facts, same bytes; ids that survive edits elsewhere in the articles. */
class DeterminismTest {
    private static Facts facts() {
        return new Facts()
                .position("Ana Lima", "President", "Chile")
                .position("Tomas Berg", "Prime Minister", "Ghana")
                .member("Ghana", "founding member", "African Union")
                .host("2023 African Union summit", "Addis Ababa", "Ethiopia")
                .date("founding of African Union", "2002");
    }

    private static String draft(List<ArticleFacts> articles) {
        return PackJson.write(DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), articles));
    }

    @Test
    void twoRunsAreByteIdentical() {
        assertEquals(draft(facts().article()), draft(facts().article()));
    }

    @Test
    void theOrderArticlesAreGivenInDoesNotMatter() {
        List<Fact> all = facts().list();
        ArticleFacts a = new ArticleFacts("a.txt", Optional.of(Facts.DATE), all.subList(0, 2));
        List<Fact> rest = all.subList(2, all.size()).stream()
                .map(f -> new Fact(
                        f.kind(),
                        f.subject(),
                        f.relation(),
                        f.object(),
                        f.qualifiers(),
                        "b.txt",
                        f.start(),
                        f.end(),
                        f.quote()))
                .toList();
        ArticleFacts b = new ArticleFacts("b.txt", Optional.empty(), rest);
        List<ArticleFacts> reversed = new ArrayList<>(List.of(a, b));
        Collections.reverse(reversed);
        assertEquals(draft(List.of(a, b)), draft(reversed));
    }

    @Test
    void idsStayWhenAnUnrelatedFactIsAddedOrSentencesMove() {
        Set<String> before = ids(facts());
        Facts edited = new Facts().position("Mia Holm", "Foreign Minister", "Norway");
        facts().list().forEach(f -> edited.add(f.kind(), f.subject(), f.relation(), f.object(), f.qualifiers()));
        // A new fact may change which questions are picked (a third person makes "which of these people" worth asking),
        // never the id of a question: each one asked before is still written under its id
        Set<String> after =
                DraftGenerator.everyCandidate(new DraftSpec("t", "T", Optional.empty()), edited.article())
                        .questions()
                        .stream()
                        .map(Question::id)
                        .collect(Collectors.toSet());
        assertTrue(
                after.containsAll(before),
                "lost: " + before.stream().filter(id -> !after.contains(id)).toList());
        Set<String> facts =
                DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), edited.article())
                        .questions()
                        .stream()
                        .map(Question::fact)
                        .collect(Collectors.toSet());
        assertTrue(facts.contains("position-mia-holm-foreign-minister-norway"), facts.toString());
        assertTrue(
                facts.containsAll(
                        DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), facts().article())
                                .questions()
                                .stream()
                                .map(Question::fact)
                                .toList()),
                "every fact still asked");
    }

    private static Set<String> ids(Facts facts) {
        return DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), facts.article()).questions().stream()
                .map(Question::id)
                .collect(Collectors.toSet());
    }

    @Test
    void idsComeFromTheFactsContent() {
        Pack pack = DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), facts().article());
        for (String fact : List.of(
                "position-ana-lima-president-chile",
                "member-ghana-founding-member-au",
                "host-2023-au-summit-addis-ababa",
                "date-founding-of-au-2002")) {
            List<Question> asked =
                    pack.questions().stream().filter(q -> fact.equals(q.fact())).toList();
            assertFalse(asked.isEmpty(), fact);
            asked.forEach(q -> assertTrue(q.id().startsWith(fact + "-"), q.id()));
        }
    }

    @Test
    void longIdsAreCutTo60CharactersWithAChecksumOfTheWhole() {
        Pack pack = DraftGenerator.generate(
                new DraftSpec("t", "T", Optional.empty()),
                new Facts()
                        .position(
                                "Maria Fernanda Albuquerque",
                                "Deputy Secretary-General",
                                "Organisation of Islamic Cooperation")
                        .article());
        for (Question q : pack.questions()) {
            assertTrue(q.id().length() <= 60, q.id());
        }
        Pack again = DraftGenerator.generate(
                new DraftSpec("t", "T", Optional.empty()),
                new Facts()
                        .position(
                                "Maria Fernanda Albuquerque",
                                "Deputy Secretary-General",
                                "Organisation of Islamic Cooperation")
                        .article());
        assertEquals(
                pack.questions().stream().map(Question::id).toList(),
                again.questions().stream().map(Question::id).toList());
        assertTrue(
                pack.questions().get(0).id().endsWith("-short"),
                pack.questions().get(0).id());
    }
}
