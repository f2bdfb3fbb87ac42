package quizline.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import quizline.pack.Conflict;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.SourceRef;

class ApplyDecisionsTest {
    private static final SourceRef A = new SourceRef("a.txt", 0, 10);
    private static final SourceRef B = new SourceRef("b.txt", 5, 20);

    private static Pack draft() {
        List<Question> qs = List.of(
                new Question.Short(
                        "tajik-president",
                        "Who is Tajikistan's president?",
                        "Emomali Rakhmon",
                        List.of(),
                        List.of("people"),
                        null,
                        A,
                        "draft-conflict"),
                new Question.Numeric("founded", "Founded in?", 2002, null, List.of(), null, B, "draft-conflict"),
                new Question.Choice(
                        "host",
                        "Which city hosted?",
                        List.of("Astana", "Samarkand", "Bishkek"),
                        0,
                        List.of(),
                        null,
                        A,
                        "draft"),
                new Question.TrueFalse("belarus", "Belarus joined in 2024.", true, List.of(), null, A, "draft"));
        List<Conflict> conflicts = List.of(
                new Conflict(
                        "spelling-tajik",
                        "spelling of Tajikistan's president",
                        List.of(new Conflict.Claim("Emomali Rakhmon", A), new Conflict.Claim("Emomali Rahmon", B)),
                        List.of("tajik-president"),
                        null),
                new Conflict(
                        "founding-year",
                        "founding year of the SCO",
                        List.of(new Conflict.Claim("2001", A), new Conflict.Claim("2002", B)),
                        List.of("founded"),
                        null));
        return new Pack(null, 1, "d", "Draft", 1, LocalDate.of(2024, 7, 5), null, List.of(), qs, conflicts);
    }

    @Test
    void publishingKeepsAcceptedEditedQuestionsAndSettlesConflicts() {
        Decisions d = Decisions.EMPTY
                .with("tajik-president", new QuestionReview(Decision.ACCEPT, Edits.NONE))
                .with(
                        "host",
                        new QuestionReview(
                                Decision.ACCEPT, Edits.NONE.withAnswer("b").withPrompt("Which city hosted in 2022?")))
                .with("belarus", new QuestionReview(Decision.REJECT, Edits.NONE))
                .with("founded", new QuestionReview(Decision.ACCEPT, Edits.NONE.withAnswer("2001")))
                .withConflict("spelling-tajik", "Emomali Rahmon");
        ApplyDecisions.Applied applied = ApplyDecisions.apply(draft(), d, true);
        Pack pack = applied.pack();
        assertEquals(
                List.of("tajik-president", "host"),
                pack.questions().stream().map(Question::id).toList());
        Question.Short tajik = (Question.Short) pack.questions().get(0);
        assertEquals("Emomali Rahmon", tajik.answer());
        assertEquals(List.of("Emomali Rakhmon"), tajik.accept(), "the losing spelling becomes an alias");
        assertEquals(null, tajik.status());
        Question.Choice host = (Question.Choice) pack.questions().get(1);
        assertEquals(1, host.answer());
        assertEquals("Which city hosted in 2022?", host.prompt());
        assertEquals(List.of("founded: its conflict is not settled, left out"), applied.notes());
        assertEquals(
                List.of("spelling-tajik"),
                pack.conflicts().stream().map(Conflict::id).toList());
        assertEquals("Emomali Rahmon", pack.conflicts().get(0).resolved());
    }

    @Test
    void aDraftKeepsUndecidedQuestionsMarked() {
        Decisions d = Decisions.EMPTY.with("host", new QuestionReview(Decision.ACCEPT, Edits.NONE));
        Pack pack = ApplyDecisions.apply(draft(), d, false).pack();
        assertEquals(
                List.of("draft-conflict", "draft-conflict", "none", "draft"),
                pack.questions().stream()
                        .map(q -> q.status() == null ? "none" : q.status())
                        .toList());
        assertEquals(2, pack.conflicts().size());
    }

    @Test
    void badEditsAreReportedNotApplied() {
        Decisions d =
                Decisions.EMPTY.with("belarus", new QuestionReview(Decision.ACCEPT, Edits.NONE.withAnswer("maybe")));
        ApplyDecisions.Applied applied = ApplyDecisions.apply(draft(), d, true);
        assertTrue(
                applied.notes().contains("belarus: edit not applied: \"maybe\" is not true or false"),
                applied.notes().toString());
        assertTrue(
                applied.notes().contains("host: not reviewed yet, left out"),
                applied.notes().toString());
        assertTrue(applied.pack().questions().isEmpty(), "nothing was accepted with a valid edit");
    }

    @Test
    void theReviewFileRoundTripsWithSortedKeys() throws IOException {
        Decisions d = Decisions.EMPTY
                .with("z", new QuestionReview(Decision.REJECT, Edits.NONE))
                .with("a", new QuestionReview(Decision.ACCEPT, Edits.NONE.withAccept(List.of("x"))))
                .withConflict("c", "v");
        String json = d.toJson();
        assertTrue(json.indexOf("\"a\"") < json.indexOf("\"z\""), json);
        assertTrue(!json.contains("null"), json);
        assertEquals(d, Decisions.parse(json));
    }

    @Test
    void aSettledConflictNoLongerNamesTheQuestionsRejected() {
        Decisions d = Decisions.EMPTY
                .with("founded", new QuestionReview(Decision.REJECT, Edits.NONE))
                .with("host", new QuestionReview(Decision.ACCEPT, Edits.NONE))
                .withConflict("founding-year", "2001");
        for (boolean publish : new boolean[] {true, false}) {
            Pack pack = ApplyDecisions.apply(draft(), d, publish).pack();
            Conflict founding = pack.conflicts().stream()
                    .filter(c -> c.id().equals("founding-year"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(List.of(), founding.questions());
            assertEquals("2001", founding.resolved());
            // The fixture draft lists no sources; what matters here is that no conflict names a missing question.
            assertEquals(
                    List.of(),
                    quizline.pack.PackReader.read(quizline.pack.PackJson.write(pack)).problems().stream()
                            .filter(p -> p.message().contains("conflict"))
                            .toList());
        }
    }
}
