package quizline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import quizline.facts.Fact;
import quizline.facts.FactKind;
import quizline.pack.Pack;
import quizline.pack.PackJson;
import quizline.pack.PackReader;
import quizline.pack.Question;

/** A question that can go stale carries the date of its own fact, not the newest article's. */
class FactDatesTest {
    private static final LocalDate JUNE_2023 = LocalDate.of(2023, 6, 12);
    private static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 4);

    private static ArticleFacts article(
            String name, LocalDate date, FactKind kind, String subject, String relation, String object) {
        String quote = "Made-up sentence about " + subject + ".";
        return new ArticleFacts(
                name,
                Optional.of(date),
                List.of(new Fact(
                        kind, subject, relation, object, new TreeMap<>(Map.of()), name, 0, quote.length(), quote)));
    }

    private static Pack draft(ArticleFacts... articles) {
        return DraftGenerator.generate(new DraftSpec("t", "T", Optional.empty()), List.of(articles));
    }

    private static List<Question> about(Pack pack, String idPrefix) {
        List<Question> found = pack.questions().stream()
                .filter(q -> q.id().startsWith(idPrefix))
                .toList();
        assertTrue(
                !found.isEmpty(),
                "no question " + idPrefix + "… in "
                        + pack.questions().stream().map(Question::id).toList());
        return found;
    }

    @Test
    void anOfficeOfAnOlderArticleKeepsItsOwnDateInAPackOfALaterOne() {
        Pack pack = draft(
                article("a.txt", JUNE_2023, FactKind.POSITION, "Ana Lima", "President", "Chile"),
                article("b.txt", JULY_2024, FactKind.POSITION, "Tomas Berg", "Prime Minister", "Ghana"));
        assertEquals(JULY_2024, pack.asOf());
        for (Question q : about(pack, "position-ana-lima")) {
            assertEquals(JUNE_2023, q.asOf(), q.id());
            assertTrue(q.prompt().contains("June 2023"), q.prompt());
            assertTrue(!q.prompt().contains(" is the "), "told in the past: " + q.prompt());
        }
        about(pack, "position-tomas-berg").forEach(q -> assertEquals(JULY_2024, q.asOf(), q.id()));
    }

    @Test
    void aChangeableStatusIsDatedAndAFoundingMembershipOrAHostIsNot() {
        Pack pack = draft(
                article("a.txt", JUNE_2023, FactKind.MEMBER, "Chile", "observer", "African Union"),
                article("b.txt", JULY_2024, FactKind.MEMBER, "Ghana", "founding member", "African Union"));
        about(pack, "member-chile-observer").forEach(q -> assertEquals(JUNE_2023, q.asOf(), q.id()));
        about(pack, "member-ghana-founding-member").forEach(q -> assertNull(q.asOf(), q.id()));
    }

    @Test
    void aSupersededOfficeIsNotAskedBesideItsSuccessor() {
        Pack pack = draft(
                article("a.txt", JUNE_2023, FactKind.POSITION, "Ana Lima", "President", "Chile"),
                article("b.txt", JULY_2024, FactKind.POSITION, "Luis Vera", "President", "Chile"));
        assertTrue(
                pack.questions().stream()
                        .noneMatch(
                                q -> q.prompt().contains("Ana Lima") && q.asOf().equals(JULY_2024)),
                "the 2023 holder is never taught as holding the office in 2024");
        assertTrue(pack.questions().stream()
                .filter(q -> q.prompt().contains("Ana Lima"))
                .allMatch(q -> q.asOf().equals(JUNE_2023) && q.prompt().contains("2023")));
    }

    @Test
    void theFactDateIsWrittenAndReadBackWithThePack() {
        Pack pack = draft(
                article("a.txt", JUNE_2023, FactKind.POSITION, "Ana Lima", "President", "Chile"),
                article("b.txt", JULY_2024, FactKind.MEMBER, "Ghana", "founding member", "African Union"));
        String json = PackJson.write(pack);
        assertTrue(json.contains("\"asOf\": \"2023-06-12\""), json);
        PackReader.Result read = PackReader.read(json);
        assertEquals(List.of(), read.problems());
        assertEquals(pack, read.pack().orElseThrow());
        assertEquals(json, PackJson.write(read.pack().orElseThrow()));
    }
}
