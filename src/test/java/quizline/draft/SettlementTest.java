package quizline.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import quizline.pack.Answers;
import quizline.pack.Conflict;
import quizline.pack.Pack;
import quizline.pack.Question;
import quizline.pack.SourceRef;

/** Settling a conflict leaves no question in the pack that teaches the losing value. */
class SettlementTest {
    private static final SourceRef A = new SourceRef("a.txt", 0, 10);
    private static final SourceRef B = new SourceRef("b.txt", 0, 10);
    private static final String C = "draft-conflict";

    private static Pack draft(List<Question> questions, Conflict conflict) {
        return new Pack(
                null, 1, "club", "Club", 1, LocalDate.of(2026, 1, 1), null, List.of(), questions, List.of(conflict));
    }

    private static Conflict conflict(String id, String first, String second, List<Question> questions) {
        return new Conflict(
                id,
                "the " + id,
                List.of(new Conflict.Claim(first, A), new Conflict.Claim(second, B)),
                questions.stream().map(Question::id).toList(),
                null);
    }

    /** Every question accepted, the conflict settled on {@code chosen}: what students would get. */
    private static ApplyDecisions.Applied publishAllAccepted(Pack draft, String chosen) {
        Decisions d = Decisions.EMPTY;
        for (Question q : draft.questions()) {
            d = d.with(q.id(), new QuestionReview(Decision.ACCEPT, Edits.NONE));
        }
        d = d.withConflict(draft.conflicts().get(0).id(), chosen);
        return ApplyDecisions.apply(draft, d, true);
    }

    private static Map<String, Question> byId(Pack pack) {
        return pack.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
    }

    private static List<Question> foundingYear() {
        String on2001 = "The club was founded in 2001.";
        String on2002 = "The club was founded in 2002.";
        return List.of(
                new Question.Numeric(
                        "y2001-numeric", "In what year was the club founded?", 2001, 0.0, List.of(), on2001, A, C),
                new Question.Choice(
                        "y2001-choice",
                        "Which year saw the club founded?",
                        List.of("1999", "2001", "2004"),
                        1,
                        List.of(),
                        on2001,
                        A,
                        C),
                new Question.Cloze("y2001-cloze", "The club was founded in {{2001}}.", List.of(), on2001, A, C),
                new Question.Numeric(
                        "y2002-numeric", "In what year was the club founded?", 2002, 0.0, List.of(), on2002, B, C),
                new Question.Choice(
                        "y2002-choice",
                        "Which year saw the club founded?",
                        List.of("2002", "2006", "1998"),
                        0,
                        List.of(),
                        on2002,
                        B,
                        C),
                new Question.Cloze("y2002-cloze", "The club was founded in {{2002}}.", List.of(), on2002, B, C),
                new Question.Short(
                        "y2002-short", "The club's founding year?", "2002", List.of(), List.of(), on2002, B, C),
                new Question.Choice(
                        "y2002-between",
                        "Was the club founded in 2001 or 2002?",
                        List.of("2001", "2002"),
                        1,
                        List.of(),
                        null,
                        B,
                        C),
                new Question.TrueFalse(
                        "tf-denies-loser", "The club was founded in 2002.", false, List.of(), null, B, C),
                new Question.TrueFalse(
                        "tf-denies-chosen", "The club was founded in 2001.", false, List.of(), null, B, C),
                new Question.TrueFalse(
                        "tf-asserts-loser", "The club has existed since 2002.", true, List.of(), null, B, C));
    }

    @Test
    void aSettledYearLeavesNoQuestionTeachingTheOtherYear() {
        List<Question> qs = foundingYear();
        ApplyDecisions.Applied applied =
                publishAllAccepted(draft(qs, conflict("founding-year", "2001", "2002", qs)), "2001");
        Map<String, Question> pack = byId(applied.pack());
        assertEquals(
                List.of(
                        "y2001-numeric",
                        "y2001-choice",
                        "y2001-cloze",
                        "y2002-short",
                        "y2002-between",
                        "tf-denies-loser",
                        "tf-asserts-loser"),
                applied.pack().questions().stream().map(Question::id).toList(),
                applied.notes().toString());
        // Rewritten on 2001.
        Question.Short typed = (Question.Short) pack.get("y2002-short");
        assertEquals("2001", typed.answer());
        assertEquals(List.of(), typed.accept(), "2002 is not another spelling of 2001");
        assertEquals("The club was founded in 2001.", typed.explanation());
        assertEquals(
                "a) 2001",
                Answers.rightAnswer(pack.get("y2002-between")),
                "the chosen year, offered as wrong, is the answer");
        assertEquals(
                "Was the club founded in 2001 or 2002?",
                pack.get("y2002-between").prompt(),
                "names both: kept");
        assertEquals(
                "The club has existed since 2001.", pack.get("tf-asserts-loser").prompt());
        assertEquals(
                "The club was founded in 2002.", pack.get("tf-denies-loser").prompt(), "false, and still false");
        // Dropped: the losing side's copies of 2001 questions, and a statement that denies 2001.
        assertTrue(
                applied.notes()
                        .contains("y2002-numeric: left out: once its conflict is settled it asks what "
                                + "y2001-numeric asks"),
                applied.notes().toString());
        assertTrue(
                applied.notes()
                        .contains("y2002-cloze: left out: once its conflict is settled it asks what "
                                + "y2001-cloze asks"),
                applied.notes().toString());
        assertTrue(
                applied.notes()
                        .contains("tf-denies-chosen: left out: it judges false what the chosen value says "
                                + "(conflict founding-year is settled on 2001)"),
                applied.notes().toString());
        for (Question q : applied.pack().questions()) {
            if (!q.id().startsWith("tf-denies")) {
                assertFalse(Answers.rightAnswer(q).contains("2002"), q.id() + " teaches 2002: " + q);
            }
            assertFalse(q.explanation() != null && q.explanation().contains("2002"), q.id() + " explains 2002: " + q);
        }
    }

    @Test
    void settlingTheOtherWayRewritesTheOtherSide() {
        List<Question> qs = foundingYear();
        ApplyDecisions.Applied applied =
                publishAllAccepted(draft(qs, conflict("founding-year", "2001", "2002", qs)), "2002");
        Map<String, Question> pack = byId(applied.pack());
        assertFalse(pack.containsKey("y2001-numeric"));
        assertFalse(pack.containsKey("tf-denies-loser"), "judges 2002 false");
        assertEquals(
                "The club was founded in 2002.",
                pack.get("y2002-cloze").prompt().replace("{{2002}}", "2002"));
        assertEquals(2002, ((Question.Numeric) pack.get("y2002-numeric")).answer());
        for (Question q : applied.pack().questions()) {
            if (!q.id().equals("tf-denies-chosen")) {
                assertFalse(Answers.rightAnswer(q).contains("2001"), q.id() + " teaches 2001: " + q);
            }
        }
    }

    @Test
    void aSettledTitleRewritesPromptsAnswersChoicesAndClozes() {
        String asPresident = "Anna Vok is the President of Ruritania.";
        List<Question> qs = List.of(
                new Question.Short(
                        "pm-short",
                        "Who is the Prime Minister of Ruritania?",
                        "Anna Vok",
                        List.of(),
                        List.of(),
                        "Anna Vok is the Prime Minister of Ruritania.",
                        A,
                        C),
                new Question.Short(
                        "president-short",
                        "Who is the President of Ruritania?",
                        "Anna Vok",
                        List.of(),
                        List.of(),
                        asPresident,
                        B,
                        C),
                new Question.Choice(
                        "president-country",
                        "Of which country is Anna Vok the President?",
                        List.of("Elbonia", "Ruritania", "Freedonia"),
                        1,
                        List.of(),
                        asPresident,
                        B,
                        C),
                new Question.Choice(
                        "president-title",
                        "Which title does Anna Vok hold in Ruritania?",
                        List.of("Speaker", "President", "Mayor"),
                        1,
                        List.of(),
                        asPresident,
                        B,
                        C),
                new Question.Multi(
                        "president-titles",
                        "Which titles does Anna Vok hold?",
                        List.of("Speaker", "President", "Party leader"),
                        List.of(1, 2),
                        List.of(),
                        asPresident,
                        B,
                        C),
                new Question.Cloze(
                        "president-cloze",
                        "Anna Vok is the {{President}} of {{Ruritania}}.",
                        List.of(),
                        asPresident,
                        B,
                        C));
        ApplyDecisions.Applied applied = publishAllAccepted(
                draft(qs, conflict("title-anna-vok", "Prime Minister", "President", qs)), "Prime Minister");
        Map<String, Question> pack = byId(applied.pack());
        assertEquals(
                List.of("president-short: left out: once its conflict is settled it asks what pm-short asks"),
                applied.notes());
        Question.Choice country = (Question.Choice) pack.get("president-country");
        assertEquals("Of which country is Anna Vok the Prime Minister?", country.prompt());
        assertEquals("Anna Vok is the Prime Minister of Ruritania.", country.explanation());
        Question.Choice title = (Question.Choice) pack.get("president-title");
        assertEquals(List.of("Speaker", "Prime Minister", "Mayor"), title.choices());
        assertEquals(1, title.answer());
        Question.Multi titles = (Question.Multi) pack.get("president-titles");
        assertEquals(List.of("Speaker", "Prime Minister", "Party leader"), titles.choices());
        assertEquals(
                "Anna Vok is the {{Prime Minister}} of {{Ruritania}}.",
                pack.get("president-cloze").prompt());
        for (Question q : applied.pack().questions()) {
            assertFalse((q.prompt() + Answers.rightAnswer(q) + q.explanation()).contains("President"), q.toString());
        }
    }

    @Test
    void aSettledSpellingIsWrittenEverywhereAndTheOtherStaysAccepted() {
        String losing = "Ilia Sorokin chairs the club.";
        List<Question> qs = List.of(
                new Question.Short(
                        "chair-short",
                        "Who chairs the club?",
                        "Ilia Sorokin",
                        List.of("Sorokin"),
                        List.of(),
                        losing,
                        B,
                        C),
                new Question.Choice(
                        "chair-choice",
                        "Who chairs the club?",
                        List.of("Marta Kowalczyk", "Ilia Sorokin"),
                        1,
                        List.of(),
                        losing,
                        B,
                        C),
                new Question.Cloze("chair-cloze", "{{Ilia Sorokin}} chairs the {{club}}.", List.of(), losing, B, C),
                new Question.Cloze("chair-cloze-text", "Ilia Sorokin chairs the {{club}}.", List.of(), losing, B, C),
                new Question.Short(
                        "chair-role",
                        "Which role does Ilia Sorokin hold?",
                        "chair",
                        List.of(),
                        List.of(),
                        losing,
                        B,
                        C));
        ApplyDecisions.Applied applied = publishAllAccepted(
                draft(qs, conflict("spelling-sorokin", "Ilya Sorokin", "Ilia Sorokin", qs)), "Ilya Sorokin");
        Map<String, Question> pack = byId(applied.pack());
        assertEquals(List.of(), applied.notes());
        Question.Short chair = (Question.Short) pack.get("chair-short");
        assertEquals("Ilya Sorokin", chair.answer());
        assertEquals(List.of("Sorokin", "Ilia Sorokin"), chair.accept());
        assertEquals("Ilya Sorokin chairs the club.", chair.explanation());
        assertEquals(
                List.of("Marta Kowalczyk", "Ilya Sorokin"), ((Question.Choice) pack.get("chair-choice")).choices());
        assertEquals(
                "{{Ilya Sorokin|Ilia Sorokin}} chairs the {{club}}.",
                pack.get("chair-cloze").prompt());
        assertEquals(
                "Ilya Sorokin chairs the {{club}}.",
                pack.get("chair-cloze-text").prompt());
        Question.Short role = (Question.Short) pack.get("chair-role");
        assertEquals("Which role does Ilya Sorokin hold?", role.prompt());
        assertEquals(List.of(), role.accept(), "a name is no answer to which role");
    }

    @Test
    void aSettledDateRewritesTheDateInWordsAndInIsoForm() {
        List<Question> qs = List.of(
                new Question.Cloze(
                        "opened-cloze",
                        "The hall opened on {{25 February 2022|2022-02-25}}.",
                        List.of(),
                        "The hall opened on 25 February 2022.",
                        B,
                        C),
                new Question.Numeric(
                        "opened-year",
                        "In what year did the hall open?",
                        2022,
                        0.0,
                        List.of(),
                        "The hall opened on 25 February 2022.",
                        B,
                        C));
        ApplyDecisions.Applied applied =
                publishAllAccepted(draft(qs, conflict("date-opening", "2022-02-24", "2022-02-25", qs)), "2022-02-24");
        Map<String, Question> pack = byId(applied.pack());
        assertEquals(
                "The hall opened on {{24 February 2022|2022-02-24}}.",
                pack.get("opened-cloze").prompt());
        assertEquals(
                "The hall opened on 24 February 2022.", pack.get("opened-year").explanation());
        assertEquals(2022, ((Question.Numeric) pack.get("opened-year")).answer(), "the same year either way");
    }

    @Test
    void theReviewNeverAsksAboutAQuestionItsSettlementDropped() {
        List<Question> qs = foundingYear();
        Pack draft = draft(qs, conflict("founding-year", "2001", "2002", qs));
        List<Decisions> saved = new ArrayList<>();
        ReviewSession session = new ReviewSession(draft, Decisions.EMPTY, saved::add);
        assertEquals("founding-year", session.current().orElseThrow().id());
        assertTrue(session.resolve(1));
        List<String> asked = new ArrayList<>();
        while (session.current().isPresent()) {
            asked.add(session.current().get().id());
            session.accept();
        }
        assertEquals(
                List.of(
                        "y2001-numeric",
                        "y2001-choice",
                        "y2001-cloze",
                        "y2002-short",
                        "y2002-between",
                        "tf-denies-loser",
                        "tf-asserts-loser"),
                asked);
        assertEquals("11/11 reviewed · 0 conflicts left", session.progress().text());
        assertEquals("2001", Answers.rightAnswer(session.preview("y2002-short")));
        assertTrue(session.dropped("y2002-choice").isPresent());
    }
}
