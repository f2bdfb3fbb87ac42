package quizline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quizline.draft.Decision;
import quizline.draft.Decisions;
import quizline.draft.ReviewItem;
import quizline.draft.ReviewSession;
import quizline.pack.Doubt;
import quizline.pack.Pack;
import quizline.pack.PackJson;
import quizline.pack.PackReader;
import quizline.pack.Question;

/**
 * A fact the extractor inferred part of (a long list, an organisation taken from the article) is marked in the
 * draft, and its questions are reviewed first, least trusted first; the author may decide all questions of a fact
 * at once.
 */
class DoubtfulFactsTest {
    private static Pack draft() {
        return DraftGenerator.generate(
                new DraftSpec("t", "T", Optional.empty()),
                new Facts()
                        .position("Ana Lima", "President", "Peru")
                        .member("Ghana", "member", "African Union")
                        .readBy("member.7", 0.7)
                        .position("Tomas Berg", "Prime Minister", "Ghana")
                        .host("2024 African Union summit", "Accra", "Ghana")
                        .readBy("host.3", 0.8)
                        .article());
    }

    @Test
    void theDraftListsTheFactsReadWithLessConfidenceAndReadsThemBack() {
        Pack pack = draft();
        assertEquals(
                List.of(
                        new Doubt("member-ghana-member-au", 0.7, "member.7"),
                        new Doubt("host-2024-au-summit-accra", 0.8, "host.3")),
                pack.doubts());
        String json = PackJson.write(pack);
        assertEquals(pack.doubts(), PackReader.read(json).pack().orElseThrow().doubts());
        Pack unknown = pack.withDoubts(List.of(new Doubt("no-such-fact", 0.7, "member.7")));
        PackReader.Result wrong = PackReader.read(PackJson.write(unknown));
        assertFalse(wrong.ok());
        assertTrue(
                wrong.problems()
                        .get(0)
                        .message()
                        .contains("a doubt names fact \"no-such-fact\", which no question of the pack has"),
                wrong.problems().toString());
    }

    @Test
    void doubtfulQuestionsComeFirstLeastTrustedFirst() {
        Pack pack = draft();
        ReviewSession session = new ReviewSession(pack, Decisions.EMPTY, d -> {});
        List<String> facts = new ArrayList<>();
        while (session.current().isPresent()) {
            facts.add(session.draftQuestion(session.current().get().id()).fact());
            session.skip();
        }
        int questions = facts.size();
        assertEquals(pack.questions().size(), questions);
        assertEquals(
                List.of(
                        "member-ghana-member-au",
                        "member-ghana-member-au",
                        "host-2024-au-summit-accra",
                        "host-2024-au-summit-accra"),
                facts.subList(0, 4),
                facts.toString());
        assertTrue(session.doubt(pack.questions().stream()
                        .filter(q -> q.fact().equals("host-2024-au-summit-accra"))
                        .findFirst()
                        .orElseThrow()
                        .id())
                .isPresent());
    }

    @Test
    void everyQuestionOfAFactIsDecidedAtOnce() {
        Pack pack = draft();
        List<Decisions> saves = new ArrayList<>();
        ReviewSession session = new ReviewSession(pack, Decisions.EMPTY, saves::add);
        String first = session.current().orElseThrow().id();
        List<String> rejected = session.decideFact(Decision.REJECT);
        assertEquals(first, rejected.get(0));
        List<String> ofFact = pack.questions().stream()
                .filter(q -> q.fact().equals("member-ghana-member-au"))
                .map(Question::id)
                .toList();
        assertEquals(ofFact.size(), rejected.size());
        assertTrue(rejected.containsAll(ofFact));
        assertEquals(1, saves.size(), "one save for the whole fact");
        rejected.forEach(
                id -> assertEquals(Decision.REJECT, saves.get(0).question(id).decision()));
        ReviewItem next = session.current().orElseThrow();
        assertEquals(
                "host-2024-au-summit-accra",
                session.draftQuestion(next.id()).fact(),
                "the fact's other questions left the plan");
        assertTrue(session.back());
        assertEquals(first, session.current().orElseThrow().id(), "back returns to the question decided with its fact");
        assertFalse(session.nextConflict(), "no conflict in this draft");
    }

    /**
     * The third review's wrong key: the AU's outgoing chair read as its chair. The office-holders file knows who held
     * the chair that month, so such a fact is reviewed first, with the file's holder named; a holder it agrees with
     * (under another spelling) is not doubted.
     */
    @Test
    void aHolderTheOfficeHoldersFileContradictsIsReviewedFirst() {
        Pack pack = DraftGenerator.generate(
                new DraftSpec("t", "T", Optional.empty()),
                new Facts()
                        .position("Azali Assoumani", "Chairperson", "African Union")
                        .position("Cyril Ramaphosa", "President", "South Africa")
                        .position("Antonio Guterres", "Secretary-General", "United Nations")
                        .position("Ana Lima", "President", "Peru")
                        .article());
        assertEquals(
                List.of(new Doubt(
                        "position-azali-assoumani-chairperson-au",
                        OfficeCheck.CONTRADICTED,
                        "office-holders.tsv has João Lourenço in this office then")),
                pack.doubts());
    }
}
