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

/** Whole GIFT files: one laid out as Moodle exports, one written by hand, one from Windows, one full of mistakes. */
class GiftFixturesTest {
    private static final List<String> SUMMITS = List.of("Default for SCO 101", "Summits");
    private static final List<String> LEADERS = List.of("Default for SCO 101", "People/Leaders");

    @Test
    void moodleExport() {
        Imported imported = GiftReader.read(Fixtures.text("moodle-export.gift"));
        assertEquals(List.of(), imported.errors());
        assertEquals(
                List.of(
                        choice(
                                "host-city-2024",
                                "Which city hosted the 2024 SCO summit?",
                                List.of("Samarkand", "Astana", "Bishkek", "Dushanbe"),
                                1,
                                List.of("Default for SCO 101", "Summits", "summit-2024"),
                                "The summit met in the Kazakh capital on 3–4 July 2024.\nSamarkand: Samarkand hosted in 2022."),
                        multi(
                                "founders",
                                "Which of these countries founded the SCO in 2001?",
                                List.of("China", "India", "Russia", "Pakistan", "Kazakhstan"),
                                List.of(0, 2, 4),
                                SUMMITS,
                                "India and Pakistan joined in 2017."),
                        trueFalse(
                                "military-alliance",
                                "The SCO is a military alliance.",
                                false,
                                SUMMITS,
                                "Unlike NATO, it has no mutual defence clause.\nTrue: It calls itself a security forum, not a bloc."
                                        + "\nFalse: Right."),
                        trueFalse("founded-in-2001", "The SCO was founded in 2001.", true, SUMMITS, null),
                        shortAnswer(
                                "host-president-2024",
                                "Who was the president of the country that hosted the July 2024 summit?",
                                "Kassym-Jomart Tokayev",
                                List.of("Tokayev"),
                                SUMMITS,
                                "Tokaev: Close: the usual spelling is Tokayev.\nAny other answer: No: it was Kassym-Jomart Tokayev."),
                        numeric(
                                "founding-year",
                                "In which year was the SCO founded?",
                                2001,
                                0.0,
                                SUMMITS,
                                "It was founded in Shanghai in June 2001.\n2002: That is the year its Charter was signed.\n"
                                        + "Any other answer: The Shanghai Five, which came before it, dates from 1996."),
                        numeric(
                                "founding-year-2",
                                "The Shanghai Five was formed in which year?",
                                1996,
                                0.0,
                                SUMMITS,
                                null),
                        numeric(
                                "members-in-2024",
                                "How many full members did the SCO have after the 2024 summit (within one)?",
                                10,
                                1.0,
                                SUMMITS,
                                null),
                        cloze(
                                "missing-word",
                                "The July 2024 summit took place in {{Astana|Nur-Sultan}}.",
                                LEADERS,
                                null),
                        choice(
                                "tenth-member",
                                "Belarus became the _____ member of the SCO.",
                                List.of("ninth", "tenth", "eleventh"),
                                1,
                                LEADERS,
                                null),
                        shortAnswer("flag", "Whose flag is this?", "Kyrgyzstan", List.of(), LEADERS, null),
                        trueFalse(
                                "time-place",
                                "The heads of state met at 10:00 in Astana & signed the «Astana Declaration»"
                                        + " (see https://www.sectsco.org).",
                                true,
                                LEADERS,
                                null),
                        shortAnswer(
                                "president",
                                "Qui était président de la Russie en 2024\u202F?",
                                "Vladimir Poutine",
                                List.of("Poutine"),
                                LEADERS,
                                null)),
                imported.questionList());
        assertEquals(
                List.of(11, 20, 30, 33, 36, 44, 52, 57, 79, 85, 92, 97, 100),
                imported.questions().stream().map(ImportedQuestion::line).toList());
        assertEquals(
                List.of(
                        "m.gift:11: question \"2024 host city\": feedback on its answers is kept in the explanation",
                        "m.gift:20: title \"Founders\" is not a quizline id: the question's id is \"founders\"",
                        "m.gift:30: title \"Military alliance\" is not a quizline id: the question's id is \"military-alliance\"",
                        "m.gift:30: question \"Military alliance\": feedback on its answers is kept in the explanation",
                        "m.gift:33: title \"Founded in 2001\" is not a quizline id: the question's id is \"founded-in-2001\"",
                        "m.gift:36: question \"Host president 2024\": answer \"Tokaev\" gives 50% credit; quizline accepts an"
                                + " answer fully or not at all: dropped",
                        "m.gift:36: title \"Host president 2024\" is not a quizline id: the question's id is \"host-president-2024\"",
                        "m.gift:36: question \"Host president 2024\": feedback on its answers is kept in the explanation",
                        "m.gift:44: question \"Founding year\": answer 2002 gives 50% credit; quizline accepts an answer fully or"
                                + " not at all: dropped",
                        "m.gift:44: title \"Founding year\" is not a quizline id: the question's id is \"founding-year\"",
                        "m.gift:44: question \"Founding year\": feedback on its answers is kept in the explanation",
                        "m.gift:52: title \"Founding year\" is not a quizline id: the question's id is \"founding-year-2\""
                                + " (\"founding-year\" is taken by the question on line 44)",
                        "m.gift:57: title \"Members in 2024\" is not a quizline id: the question's id is \"members-in-2024\"",
                        "m.gift:66: question \"Capital and leader\": a matching question has no quizline type: skipped",
                        "m.gift:73: question \"Essay on the SCO\": an essay question has no quizline type: skipped",
                        "m.gift:76: question \"About this category\": a description has no quizline type: skipped",
                        "m.gift:79: title \"Missing word\" is not a quizline id: the question's id is \"missing-word\"",
                        "m.gift:85: title \"Tenth member\" is not a quizline id: the question's id is \"tenth-member\"",
                        "m.gift:92: title \"Flag\" is not a quizline id: the question's id is \"flag\"",
                        "m.gift:92: question \"Flag\": HTML <img> removed: quizline shows text only",
                        "m.gift:97: title \"Time & place\" is not a quizline id: the question's id is \"time-place\"",
                        "m.gift:100: title \"Président\" is not a quizline id: the question's id is \"president\""),
                Fixtures.formatted(imported.warnings(), "m.gift"));
    }

    @Test
    void handWritten() {
        Imported imported = GiftReader.read(Fixtures.text("hand-written.gift"));
        assertEquals(List.of(), imported.errors());
        List<String> none = List.of();
        assertEquals(
                List.of(
                        trueFalse("founding", "The SCO was founded in 2001.", true, none, null),
                        trueFalse(
                                "not-a-bloc",
                                "The SCO is a military alliance.",
                                false,
                                none,
                                "True: Wrong: it is not a military bloc.\nFalse: Right: it says so itself."),
                        shortAnswer(
                                "which-city-gave-the-sco-its-name",
                                "Which city gave the SCO its name?",
                                "Shanghai",
                                none,
                                none,
                                null),
                        choice(
                                "mongolia",
                                "Mongolia is an SCO _____ state.",
                                List.of("member", "observer", "dialogue partner"),
                                1,
                                none,
                                null),
                        choice(
                                "belarus",
                                "Which country joined the SCO in **2024**?",
                                List.of("Belarus", "Iran", "India"),
                                0,
                                none,
                                "Belarus: yes, as the tenth member\nIran: joined in 2023\nIndia: joined in 2017"),
                        multi(
                                "founders-several",
                                "Which of these founded the SCO?",
                                List.of("China", "Russia", "Kazakhstan", "India"),
                                List.of(0, 1, 2),
                                none,
                                null),
                        multi(
                                "weights-that-differ",
                                "Which of these are SCO members?",
                                List.of("China", "Belarus", "Japan"),
                                List.of(0, 1),
                                none,
                                null),
                        choice(
                                "partial-credit",
                                "Which city hosted in 2024?",
                                List.of("Astana", "Nur-Sultan", "Almaty"),
                                0,
                                none,
                                "Nur-Sultan: Its name from 2019 to 2022."),
                        numeric("founded", "When was the SCO founded?", 2001, null, none, null),
                        numeric(
                                "founded-give-or-take",
                                "When was the SCO founded, give or take a year?",
                                2001,
                                1.0,
                                none,
                                null),
                        numeric(
                                "founded-range",
                                "In which year between 2000 and 2002 was the SCO founded?",
                                2001,
                                1.0,
                                none,
                                null),
                        numeric(
                                "founded-exactly",
                                "Founding year, exactly?",
                                2001,
                                0.0,
                                none,
                                "Zero tolerance is written :0."),
                        trueFalse(
                                "escapes",
                                "In GIFT you write ~ = # { } : and a line break\nlike this.",
                                true,
                                none,
                                null),
                        trueFalse("backslashes", "A \\ is a backslash; \\t and \\x stay as typed.", true, none, null),
                        shortAnswer(
                                "multi-line",
                                "Which organisation\nmet in Astana\nin July 2024?",
                                "Shanghai Cooperation Organisation",
                                List.of("SCO"),
                                none,
                                null),
                        cloze(
                                "the-shanghai-five-came-before-the-sco",
                                "The {{Shanghai}} Five came before the SCO.",
                                none,
                                null),
                        cloze(
                                "summit-city",
                                "The 2024 summit met in {{Astana|Nur-Sultan}}, the capital of Kazakhstan.",
                                none,
                                null),
                        shortAnswer("lower-case", "The SCO has ten members.", "t", none, none, null),
                        shortAnswer(
                                "kyrgyz-leader",
                                "Who led Kyrgyzstan in 2024?",
                                "Sadyr Japarov",
                                List.of("Japarov", "Sadyr Zhaparov"),
                                List.of("people", "leaders"),
                                null),
                        shortAnswer(
                                "kyrgyz-leader-2",
                                "Who led Uzbekistan in 2024?",
                                "Shavkat Mirziyoyev",
                                List.of("Mirziyoyev"),
                                List.of("people", "leaders"),
                                null),
                        trueFalse("plain-text", "Is 3 < 4?", true, none, null),
                        shortAnswer("wildcard", "Which city?", "Astana", none, none, null)),
                imported.questionList());
        assertEquals(
                List.of(
                        "h.gift:7: question \"Not a bloc\": feedback on its answers is kept in the explanation",
                        "h.gift:9: no title: the question's id is made from its text: \"which-city-gave-the-sco-its-name\"",
                        "h.gift:13: question \"Belarus\": feedback on its answers is kept in the explanation",
                        "h.gift:27: question \"Weights that differ\": the weights of its right answers (70%, 30%) are not kept:"
                                + " quizline wants every right answer picked",
                        "h.gift:29: question \"Partial credit\": answer \"Nur-Sultan\" gives 50% credit; in quizline it counts"
                                + " as wrong",
                        "h.gift:29: question \"Partial credit\": feedback on its answers is kept in the explanation",
                        "h.gift:39: question \"Several numbers\": 2 answers get full credit, and a quizline numeric question has"
                                + " one (with a tolerance): skipped",
                        "h.gift:54: no title: the question's id is made from its text: \"the-shanghai-five-came-before-the-sco\"",
                        "h.gift:56: title \"Summit city\" is not a quizline id: the question's id is \"summit-city\"",
                        "h.gift:58: question \"Lower case\": {t} is a short answer in Moodle; a true/false answer is written T,"
                                + " TRUE, F or FALSE",
                        "h.gift:67: question \"Match the leaders\": a matching question has no quizline type: skipped",
                        "h.gift:69: question \"Essay\": an essay question has no quizline type: skipped",
                        "h.gift:71: question \"Leaders of the SCO member states meet o…\": a description has no quizline type:"
                                + " skipped",
                        "h.gift:77: question \"Two right choices\": 2 answers are fully right, and a quizline choice question has"
                                + " one: skipped",
                        "h.gift:79: question \"Wildcard\": answer \"Ast*\" uses Moodle's wildcard *, which quizline does not"
                                + " have: dropped",
                        "h.gift:81: question \"Seven choices\": 7 answers, and quizline takes 2 to 6: skipped"),
                // Titles made into ids are reported for every question; one stands for them all here.
                Fixtures.formatted(imported.warnings(), "h.gift").stream()
                        .filter(w -> !w.contains("is not a quizline id") || w.contains("Summit city"))
                        .toList());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMark() {
        Imported imported = GiftReader.read(Fixtures.text("windows.gift"));
        assertEquals(List.of(), imported.errors());
        assertEquals(
                List.of(
                        choice(
                                "capital",
                                "Kazakhstan: which city is its capital?",
                                List.of("Astana", "Almaty"),
                                0,
                                List.of(),
                                "Astana: since 1997"),
                        trueFalse(
                                "escapes",
                                "50\\% of {members} said \\\"yes\\\" = a majority\nof two.",
                                true,
                                List.of(),
                                null),
                        numeric("numbers", "When was the SCO founded?", 2001, 0.0, List.of(), "Founded in Shanghai.")),
                imported.questionList());
        assertEquals(
                List.of(3, 9, 11),
                imported.questions().stream().map(ImportedQuestion::line).toList());
    }

    @Test
    void everyMistakeIsAnErrorOnItsLineAndTheGoodQuestionStillReads() {
        Imported imported = GiftReader.read(Fixtures.text("errors.gift"));
        assertEquals(
                List.of(
                        "e.gift:3: \"{\" is not closed with \"}\" (write \\{ for a literal brace)",
                        "e.gift:5: \"}\" without an opening \"{\" (write \\} for a literal brace)",
                        "e.gift:7: a second answer block: a GIFT question has one (write \\{ and \\} for literal braces)",
                        "e.gift:9: the title opened with \"::\" is not closed with \"::\"",
                        "e.gift:11: the question has no text",
                        "e.gift:13: \"3,14\" is not a number (write decimals with a full stop)",
                        "e.gift:15: \"one\" is not a number",
                        "e.gift:17: the range 2002..2000 ends below its start",
                        "e.gift:19: a multiple-choice question needs at least 2 answers",
                        "e.gift:21: no answer has a positive weight, so none is right (mark the right answer with \"=\" or a"
                                + " weight such as ~%50%)",
                        "e.gift:23: an empty answer",
                        "e.gift:25: duplicated choice \"Astana\" in question \"same-choice-twice\" (same as choice 0)",
                        "e.gift:27: a $CATEGORY line must be followed by a blank line (Moodle would read the next lines as part"
                                + " of the category name)"),
                Fixtures.formatted(imported.errors(), "e.gift"));
        assertEquals(
                List.of(trueFalse("good", "The SCO was founded in 2001.", true, List.of(), null)),
                imported.questionList());
        assertEquals(
                List.of("e.gift:30: title \"Good\" is not a quizline id: the question's id is \"good\""),
                Fixtures.formatted(imported.warnings(), "e.gift"));
    }
}
