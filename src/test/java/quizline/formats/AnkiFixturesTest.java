package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static quizline.formats.Q.choice;
import static quizline.formats.Q.cloze;
import static quizline.formats.Q.multi;
import static quizline.formats.Q.numeric;
import static quizline.formats.Q.shortAnswer;
import static quizline.formats.Q.trueFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whole Anki text files: one as Anki's "Notes in Plain Text" export writes it (HTML on, every column), one padded
 * by a spreadsheet, one without headers, one full of mistakes.
 */
class AnkiFixturesTest {
    @Test
    void ankiNotesExport() {
        Imported imported = AnkiReader.read(Fixtures.text("anki-export.txt"));
        assertEquals(List.of(), imported.errors());
        assertEquals(
                List.of(
                        shortAnswer(
                                "who-hosted-the-2024-sco-summit",
                                "Who hosted the 2024 SCO summit?",
                                "Kassym-Jomart Tokayev",
                                List.of(),
                                List.of("people", "SCO::2024"),
                                "President of Kazakhstan & host."),
                        numeric(
                                "in-which-year-was-the-sco-founded",
                                "In which year was the SCO founded?",
                                2001,
                                null,
                                List.of("dates"),
                                null),
                        cloze(
                                "the-2024-summit-met-in-astana-the-capital-of-kazakhstan",
                                "The 2024 summit met in {{Astana}}, the capital of {{Kazakhstan}}.",
                                List.of("hosts"),
                                "Renamed from Nur-Sultan in 2022."),
                        choice(
                                "host-city",
                                "Which city hosted the 2024 summit?",
                                List.of("Samarkand", "Astana", "Bishkek"),
                                1,
                                List.of("hosts"),
                                "The 2024 summit met in the Kazakh capital."),
                        multi(
                                "founders",
                                "Which of these founded the SCO?",
                                List.of("China", "India", "Russia"),
                                List.of(0, 2),
                                List.of("members", "history"),
                                null),
                        trueFalse("bloc", "The SCO is a military alliance.", false, List.of("members"), null),
                        // A quoted field holds the tab; the file is HTML, where a tab is a space.
                        shortAnswer(
                                "quoted-a-tab-here-and-double-quotes",
                                "Quoted: a tab here and \"double quotes\".",
                                "yes",
                                List.of(),
                                List.of(),
                                null),
                        shortAnswer(
                                "1-on-the-list-which-country-chairs-the-sco-in-2025",
                                "#1 on the list: which country chairs the SCO in 2025?",
                                "China",
                                List.of(),
                                List.of(),
                                null),
                        shortAnswer(
                                "whose-flag-is-this",
                                "Whose flag is this?",
                                "Kyrgyzstan",
                                List.of(),
                                List.of("people"),
                                null),
                        shortAnswer(
                                "japarov",
                                "Japarov",
                                "Sadyr Japarov",
                                List.of(),
                                List.of("people"),
                                "President of Kyrgyzstan since 2021")),
                imported.questionList());
        assertEquals(Optional.of("sco-summits"), imported.packId());
        assertEquals(Optional.of("SCO::Summits"), imported.title());
        assertEquals(
                List.of(
                        "a.txt:7: no quizline id in the guid: the question's id is made from its text:"
                                + " \"who-hosted-the-2024-sco-summit\"",
                        "a.txt:8: no quizline id in the guid: the question's id is made from its text:"
                                + " \"in-which-year-was-the-sco-founded\"",
                        "a.txt:9: no quizline id in the guid: the question's id is made from its text:"
                                + " \"the-2024-summit-met-in-astana-the-capital-of-kazakhstan\"",
                        "a.txt:9: question \"the-2024-summit-met-in-astana-the-capital-of-kazakhstan\": cloze hints (city) have"
                                + " no place in quizline: dropped",
                        "a.txt:15: no quizline id in the guid: the question's id is made from its text:"
                                + " \"quoted-a-tab-here-and-double-quotes\"",
                        "a.txt:16: no quizline id in the guid: the question's id is made from its text:"
                                + " \"1-on-the-list-which-country-chairs-the-sco-in-2025\"",
                        "a.txt:17: no quizline id in the guid: the question's id is made from its text: \"whose-flag-is-this\"",
                        "a.txt:17: question \"whose-flag-is-this\": <img>, [sound:…] removed: quizline shows text only",
                        "a.txt:17: the notes come from 2 decks (SCO::Summits, SCO::People): the pack takes its title from the"
                                + " first; decks are not kept per question",
                        "a.txt:18: note type \"Vocab\" is read as Basic: the first field is the front, the second the back",
                        "a.txt:18: no quizline id in the guid: the question's id is made from its text: \"japarov\"",
                        "a.txt:18: question \"japarov\": the back has 2 lines: the first is the answer, the others go to the"
                                + " explanation",
                        "a.txt:19: an Image Occlusion note has no quizline type: skipped"),
                Fixtures.formatted(imported.warnings(), "a.txt"));
    }

    @Test
    void spreadsheetPaddedHeadersLegacyTagsWindowsLineEndingsAndAByteOrderMark() {
        Imported imported = AnkiReader.read(Fixtures.text("anki-padded.txt"));
        assertEquals(List.of(), imported.errors());
        assertEquals(
                List.of(
                        shortAnswer(
                                "which-body-did-belarus-join-in-2024",
                                "Which body did Belarus join in 2024?",
                                "Shanghai Cooperation Organisation",
                                List.of("SCO"),
                                List.of("members", "imported", "sco"),
                                null),
                        shortAnswer(
                                "semicolons-inside-quotes",
                                "Semicolons; inside quotes",
                                "fine",
                                List.of(),
                                List.of("imported", "sco"),
                                null),
                        cloze(
                                "the-sco-has-ten-members",
                                "The SCO has {{ten}} members.",
                                List.of("members", "imported", "sco"),
                                null)),
                imported.questionList());
        assertEquals(
                List.of(5, 7, 8),
                imported.questions().stream().map(ImportedQuestion::line).toList());
        assertEquals(Optional.of("SCO quiz"), imported.title());
        assertEquals(Optional.empty(), imported.packId());
    }

    @Test
    void noHeadersAtAll() {
        Imported imported = AnkiReader.read(Fixtures.text("anki-no-header.txt"));
        assertEquals(
                List.of(
                        shortAnswer(
                                "capital-of-kazakhstan",
                                "Capital of Kazakhstan?",
                                "Astana",
                                List.of(),
                                List.of("capitals"),
                                "(since 1997)"),
                        shortAnswer(
                                "capital-of-uzbekistan",
                                "Capital of Uzbekistan?",
                                "Tashkent",
                                List.of(),
                                List.of("capitals"),
                                null)),
                imported.questionList());
    }

    @Test
    void everyMistakeIsAnErrorOnItsLine() {
        Imported imported = AnkiReader.read(Fixtures.text("anki-errors.txt"));
        assertEquals(
                List.of(
                        "e.txt:4: the note's first field is empty (Anki skips such notes too)",
                        "e.txt:5: the note has no answer: its second field is empty",
                        "e.txt:6: a Cloze note without a {{c1::…}} deletion",
                        "e.txt:7: nested cloze deletions are not supported",
                        "e.txt:8: the deletion \"pipe|bar\" holds \"|\", which quizline reads as a separator between accepted"
                                + " answers"),
                Fixtures.formatted(imported.errors(), "e.txt"));
        assertEquals(
                List.of(shortAnswer("a-good-question", "A good question?", "Yes", List.of(), List.of("good"), null)),
                imported.questionList());
    }
}
