package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static quizline.formats.Q.choice;
import static quizline.formats.Q.cloze;
import static quizline.formats.Q.multi;
import static quizline.formats.Q.numeric;
import static quizline.formats.Q.shortAnswer;
import static quizline.formats.Q.trueFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import quizline.pack.Question;

/** One GIFT feature, or one awkward input, at a time. */
class GiftReaderTest {
    private static Imported read(String... lines) {
        return GiftReader.read(String.join("\n", lines));
    }

    private static List<Question> questions(String... lines) {
        Imported imported = read(lines);
        assertEquals(List.of(), imported.errors(), "errors");
        return imported.questionList();
    }

    private static Question only(String... lines) {
        List<Question> questions = questions(lines);
        assertEquals(1, questions.size(), questions.toString());
        return questions.get(0);
    }

    private static List<String> warnings(String... lines) {
        return read(lines).warnings().stream().map(w -> w.format("q.gift")).toList();
    }

    private static List<String> errors(String... lines) {
        return read(lines).errors().stream().map(e -> e.format("q.gift")).toList();
    }

    @Test
    void multipleChoiceWithFeedbackKeepsTheRightAnswerAndMergesFeedbackIntoTheExplanation() {
        assertEquals(
                choice(
                        "q1",
                        "Which city?",
                        List.of("Astana", "Almaty", "Bishkek"),
                        0,
                        List.of(),
                        "Capital since 1997.\nAlmaty: The capital until 1997."),
                only("::q1::Which city?{=Astana ~Almaty#The capital until 1997. ~Bishkek####Capital since 1997.}"));
    }

    @Test
    void multipleAnswersTakeEveryPositiveWeightAsRight() {
        assertEquals(
                multi("m", "Founders?", List.of("China", "India", "Russia"), List.of(0, 2), List.of(), null),
                only("::m::Founders?{~%50%China ~%-100%India ~%50%Russia}"));
        // Without "=", Moodle makes even a single 100% answer a multiple-answer question.
        assertEquals(
                multi("m", "Member?", List.of("Belarus", "Japan"), List.of(0), List.of(), null),
                only("::m::Member?{~%100%Belarus ~Japan}"));
    }

    @Test
    void unequalWeightsAndPartialCreditAreReported() {
        assertEquals(
                List.of("q.gift:1: question \"m\": the weights of its right answers (70%, 30%) are not kept:"
                        + " quizline wants every right answer picked"),
                warnings("::m::Members?{~%70%China ~%30%Belarus ~Japan}"));
        assertEquals(
                List.of(
                        "q.gift:1: question \"c\": answer \"Nur-Sultan\" gives 50% credit; in quizline it counts as wrong"),
                warnings("::c::Capital?{=Astana ~%50%Nur-Sultan ~Almaty}"));
    }

    @Test
    void trueFalseIsCaseSensitiveAndItsFeedbackGoesToTheAnswerItIsShownFor() {
        assertEquals(trueFalse("t", "Founded in 2001.", true, List.of(), null), only("::t::Founded in 2001.{T}"));
        assertEquals(trueFalse("t", "Founded in 2001.", true, List.of(), null), only("::t::Founded in 2001.{TRUE}"));
        assertEquals(trueFalse("f", "A military bloc.", false, List.of(), null), only("::f::A military bloc.{F}"));
        // {FALSE#a#b}: a is shown to whoever picks True (wrong), b to whoever picks False (right).
        assertEquals(
                trueFalse("f", "A military bloc.", false, List.of(), "General.\nTrue: No.\nFalse: Yes."),
                only("::f::A military bloc.{FALSE#No.#Yes.####General.}"));
        assertEquals(
                shortAnswer("t", "Founded in 2001.", "true", List.of(), List.of(), null),
                only("::t::Founded in 2001.{true}"));
        assertEquals(
                List.of("q.gift:1: question \"t\": {true} is a short answer in Moodle; a true/false answer is"
                        + " written T, TRUE, F or FALSE"),
                warnings("::t::Founded in 2001.{true}"));
    }

    @Test
    void shortAnswerKeepsEveryFullyRightAnswerAndDropsPartialOnes() {
        assertEquals(
                shortAnswer(
                        "s",
                        "Who hosted?",
                        "Kassym-Jomart Tokayev",
                        List.of("Tokayev"),
                        List.of(),
                        "Tokaev: Close.\nAny other answer: No."),
                only("::s::Who hosted?{=Kassym-Jomart Tokayev =%100%Tokayev =%50%Tokaev#Close. =%0%*#No.}"));
        assertEquals(
                List.of(
                        "q.gift:1: question \"s\": answer \"Tokaev\" gives 50% credit; quizline accepts an answer fully"
                                + " or not at all: dropped",
                        "q.gift:1: question \"s\": feedback on its answers is kept in the explanation"),
                warnings("::s::Who hosted?{=Tokayev =%50%Tokaev#Close.}"));
        // No "=" at all: still a short answer whose answer is the text.
        assertEquals(shortAnswer("s", "Capital?", "Astana", List.of(), List.of(), null), only("::s::Capital?{Astana}"));
    }

    @Test
    void numericalAnswersWithToleranceRangeAndWeights() {
        assertEquals(numeric("n", "Founded?", 2001, null, List.of(), null), only("::n::Founded?{#2001}"));
        assertEquals(numeric("n", "Founded?", 2001, 0.0, List.of(), null), only("::n::Founded?{#2001:0}"));
        assertEquals(numeric("n", "Founded?", 2001, 1.5, List.of(), null), only("::n::Founded?{#2001:1.5}"));
        assertEquals(numeric("n", "Founded?", 2001, 1.0, List.of(), null), only("::n::Founded?{#2000..2002}"));
        assertEquals(numeric("n", "Below zero?", -4, 1.0, List.of(), null), only("::n::Below zero?{#-5..-3}"));
        assertEquals(
                numeric("n", "Founded?", 2001, 0.0, List.of(), "Shanghai.\n2002: The Charter.\nAny other answer: No."),
                only("::n::Founded?{#=2001:0 =%50%2002:0#The Charter. ~#No.####Shanghai.}"));
        assertEquals(
                List.of("q.gift:1: question \"n\": 2 answers get full credit, and a quizline numeric question"
                        + " has one (with a tolerance): skipped"),
                warnings("::n::Founded?{#=2001 =2002}"));
    }

    @Test
    void categoriesBecomeTheTagsOfTheQuestionsAfterThem() {
        List<Question> questions = questions(
                "::a::Before any category.{T}",
                "",
                "$CATEGORY: $course$/top/Default for SCO/People//Leaders",
                "",
                "::b::Tagged.{T}",
                "",
                "// [tag:extra] [tag:People//Leaders]",
                "::c::Tagged, and tagged in a comment.{T}",
                "",
                "$CATEGORY: hosts",
                "",
                "::d::Another category.{T}",
                "",
                "$CATEGORY: $course$/top",
                "",
                "::e::Back to no tags.{T}");
        assertEquals(
                List.of(
                        List.of(),
                        List.of("Default for SCO", "People/Leaders"),
                        List.of("Default for SCO", "People/Leaders", "extra", "People//Leaders"),
                        List.of("hosts"),
                        List.of()),
                questions.stream().map(Question::tags).toList());
    }

    @Test
    void categoryNamesAreTakenAsWrittenEscapesAndAll() {
        assertEquals(
                List.of("a\\:b", "c"),
                only("// switch", "$CATEGORY: a\\:b/c", "", "::q::Tagged.{T}").tags());
    }

    @Test
    void commentsAreWholeLinesOnlyAndMoodleIdsNameTheQuestion() {
        assertEquals(
                trueFalse("my-id", "Text // not a comment.", true, List.of(), null),
                only(
                        "// question: 12  name: Title",
                        "// [id:my-id]",
                        "::Title::Text // not a comment.{T}",
                        "// after"));
        assertEquals(
                List.of("q.gift:2: Moodle id \"A b\" is not a quizline id: the question's id is \"a-b\""),
                warnings("// [id:A b]", "::t::Text.{T}"));
    }

    @Test
    void titlesBecomeIdsAndEveryChangeIsReported() {
        Imported imported = read(
                "::Capital city::Which city?{=Astana ~Almaty}",
                "",
                "::Capital city::Which country?" + "{=Kazakhstan ~Uzbekistan}",
                "",
                "Which year?{#2001}",
                "",
                "::ok-id::Fine.{T}",
                "",
                "::!!!::Odd title.{T}",
                "",
                "::<b>Caf&eacute;</b> &amp; co::HTML in a title.{T}");
        assertEquals(
                List.of("capital-city", "capital-city-2", "which-year", "ok-id", "odd-title", "cafe-co"),
                imported.questionList().stream().map(Question::id).toList());
        assertEquals(
                List.of(
                        "q.gift:1: title \"Capital city\" is not a quizline id: the question's id is \"capital-city\"",
                        "q.gift:3: title \"Capital city\" is not a quizline id: the question's id is \"capital-city-2\""
                                + " (\"capital-city\" is taken by the question on line 1)",
                        "q.gift:5: no title: the question's id is made from its text: \"which-year\"",
                        "q.gift:9: title \"!!!\" has no letters or digits: the question's id is made from its text: \"odd-title\"",
                        "q.gift:11: title \"Café & co\" is not a quizline id: the question's id is \"cafe-co\""),
                imported.warnings().stream().map(w -> w.format("q.gift")).toList());
    }

    @Test
    void missingWordWithOnlyRightAnswersIsAClozeAndWithDistractorsAChoice() {
        assertEquals(
                cloze("c", "The summit met in {{Astana|Nur-Sultan}}, the capital.", List.of(), null),
                only("::c::The summit met in {=Astana =Nur-Sultan}, the capital."));
        assertEquals(
                cloze("c", "{{Samarkand}} hosted in 2022.", List.of(), null),
                only("::c::{=Samarkand} hosted in 2022."));
        // As Moodle stores a missing word, and exports it: "_____" in the text.
        assertEquals(
                cloze("c", "The summit met in {{Astana}}.", List.of(), null),
                only("::c::The summit met in _____.{=Astana}"));
        assertEquals(
                choice("m", "Mongolia is an SCO _____ state.", List.of("member", "observer"), 1, List.of(), null),
                only("::m::Mongolia is an SCO {~member =observer} state."));
        assertEquals(
                numeric("n", "It was founded in _____.", 2001, null, List.of(), null),
                only("::n::It was founded in {#2001}."));
    }

    @Test
    void escapedCharactersAreTextAndStructureIsNot() {
        assertEquals(trueFalse("q1", "1+1=2", true, List.of(), null), only("::Q1:: 1+1\\=2 {T}"));
        assertEquals(
                trueFalse("e", "~ = # { } : and\na break", true, List.of(), null),
                only("::e::\\~ \\= \\# \\{ \\} \\: and\\na break{T}"));
        assertEquals(
                trueFalse("b", "A \\ and \\\\ and \\t stay.", true, List.of(), null),
                only("::b::A \\\\ and \\\\\\\\ and \\t stay.{T}"));
        assertEquals(
                choice("c", "Which?", List.of("a=b", "c~d", "{x}"), 0, List.of(), null),
                only("::c::Which?{=a\\=b ~c\\~d ~\\{x\\}}"));
        // Unescaped ":" and "=" in the question text are text to Moodle.
        assertEquals(trueFalse("t", "Time: 10=ten", true, List.of(), null), only("::t::Time: 10=ten{T}"));
    }

    @Test
    void awkwardLayoutsReadTheSame() {
        Question expected = choice("q", "Which city\nhosted?", List.of("Astana", "Almaty"), 0, List.of(), null);
        assertEquals(expected, only("::q::Which city", "hosted?{", "  =Astana", "\t~Almaty", "}"));
        assertEquals(
                List.of(expected),
                GiftReader.read("\uFEFF::q::Which city\r\nhosted?{\r\n=Astana\r\n~Almaty\r\n}\r\n")
                        .questionList());
        assertEquals(
                List.of(expected),
                GiftReader.read("::q::Which city\rhosted?{\r=Astana\r~Almaty\r}\r")
                        .questionList());
        assertEquals(
                2,
                questions("", "", "::a::A.{T}", "   ", "\t", "", "::b::B.{F}", "", "")
                        .size());
    }

    @Test
    void textFormatsBecomePlainText() {
        assertEquals(
                trueFalse("h", "Bold & tag: <x>\nNext paragraph.", true, List.of(), "Line one\nline two"),
                only(
                        "::h::[html]<p><b>Bold</b> &amp; tag: &lt;x&gt;</p>",
                        "<p>Next   paragraph.</p>{T####<p>Line one<br>line two</p>}"));
        assertEquals(
                trueFalse("m", "Is **this** markdown?", true, List.of(), null),
                only("::m::[markdown]Is **this** markdown?{T}"));
        assertEquals(trueFalse("p", "Is 3 < 4?", true, List.of(), null), only("::p::[plain]Is 3 < 4?{T}"));
        assertEquals(
                trueFalse("o", "Moodle\nauto-format", true, List.of(), null),
                only("::o::[moodle]Moodle", "auto-format{T}"));
        assertEquals(trueFalse("u", "[unknown]stays", true, List.of(), null), only("::u::[unknown]stays{T}"));
        assertEquals(
                choice("a", "Which?", List.of("bold", "plain <b>"), 0, List.of(), null),
                only("::a::Which?{=[html]<b>bold</b> ~[plain]plain <b>}"));
        assertEquals(
                List.of("q.gift:1: question \"i\": HTML <img> removed: quizline shows text only"),
                warnings("::i::[html]Whose flag? <img src\\=\"flag.png\">{=Kyrgyzstan}"));
    }

    @Test
    void kindsWithoutAQuizlineTypeAreSkippedWithAWarningNamingThemAndTheirLine() {
        Imported imported = read(
                "::match::Match.{=a -> b =c -> d}",
                "",
                "::essay::Why?{}",
                "",
                "A description with no answers.",
                "",
                "Long description " + "x".repeat(40) + "{####only feedback}");
        assertEquals(List.of(), imported.questionList());
        assertEquals(List.of(), imported.errors());
        assertEquals(
                List.of(
                        "q.gift:1: question \"match\": a matching question has no quizline type: skipped",
                        "q.gift:3: question \"essay\": an essay question has no quizline type: skipped",
                        "q.gift:5: question \"A description with no answers.\": a description has no quizline type: skipped",
                        "q.gift:7: question \"Long description xxxxxxxxxxxxxxxxxxxxxx…\": an essay question has no quizline"
                                + " type: skipped"),
                imported.warnings().stream().map(w -> w.format("q.gift")).toList());
    }

    @Test
    void questionsQuizlineCannotHoldAreSkipped() {
        assertEquals(
                List.of(
                        "q.gift:1: question \"two\": 2 answers are fully right, and a quizline choice question has one: skipped",
                        "q.gift:3: question \"seven\": 7 answers, and quizline takes 2 to 6: skipped",
                        "q.gift:5: question \"wild\": answer \"Ast*\" uses Moodle's wildcard *, which quizline does not have:"
                                + " dropped",
                        "q.gift:5: question \"wild\": no answer gets full credit: skipped"),
                warnings(
                        "::two::Founder?{=China =Russia ~India}",
                        "",
                        "::seven::Host?{=a ~b ~c ~d ~e ~f ~g}",
                        "",
                        "::wild::City?{=Ast*}"));
    }

    @Test
    void mistakesAreErrorsOnTheirLine() {
        assertEquals(
                List.of("q.gift:2: \"{\" is not closed with \"}\" (write \\{ for a literal brace)"),
                errors("::a::Text", "{=Astana ~Almaty", "and more"));
        assertEquals(List.of("q.gift:3: an empty answer"), errors("::a::Which?{", "=Astana", "~", "~Almaty}"));
        assertEquals(
                List.of("q.gift:1: \"3,14\" is not a number (write decimals with a full stop)"),
                errors("::pi::Pi?{#3,14}"));
        assertEquals(
                List.of("q.gift:1: a $CATEGORY line must be followed by a blank line (Moodle would read the next"
                        + " lines as part of the category name)"),
                errors("$CATEGORY: a", "::b::Text.{T}"));
    }

    @Test
    void aLineHoldingOnlyZeroIsText() {
        // Moodle would end the block there (PHP's empty("0")) and lose half the question.
        assertEquals(
                numeric("zero", "How many members left?\n0 is a number too.", 0, null, List.of(), null),
                only("::zero::How many members left?", "0 is a number too.{#0}"));
        assertEquals(trueFalse("z", "Zero\n0", true, List.of(), null), only("::z::Zero", "0", "{T}"));
    }
}
