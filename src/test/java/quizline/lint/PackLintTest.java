package quizline.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import quizline.pack.Pack;
import quizline.pack.PackReader;

class PackLintTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 5);

    /** A pack around some questions; every question cites a source unless it says otherwise. */
    private static Pack pack(String asOf, String conflicts, String... questions) {
        String text = """
                {"format": 1, "id": "p", "title": "P", "version": 1, "asOf": "%s",
                 "sources": [{"article": "a.txt"}],
                 "questions": [%s]%s}
                """.formatted(asOf, String.join(",\n", questions), conflicts);
        PackReader.Result result = PackReader.read(text);
        if (!result.ok()) {
            throw new IllegalArgumentException(result.problems().toString());
        }
        return result.pack().orElseThrow();
    }

    private static String q(String json) {
        return json.substring(0, json.length() - 1)
                + ", \"source\": {\"article\": \"a.txt\", \"start\": 0, \"end\": 5}}";
    }

    private static List<String> lint(Pack pack) {
        return PackLint.check(pack, TODAY).stream()
                .map(f -> f.severity().label() + " " + f.pointer() + " " + f.message())
                .toList();
    }

    @Test
    void aCleanPackHasNoFindings() {
        assertEquals(
                List.of(),
                lint(pack(
                        "2025-01-01",
                        "",
                        q(
                                "{\"id\": \"c\", \"type\": \"choice\", \"prompt\": \"Which city hosted?\", \"choices\": [\"Astana\","
                                        + " \"Bishkek\", \"Tashkent\"], \"answer\": 0}"))));
    }

    @Test
    void theAnswerInThePromptIsAnError() {
        assertEquals(
                List.of(
                        "error /questions/0/prompt the answer \"Astana\" appears in the prompt of question \"c\"",
                        "error /questions/1/prompt the answer \"Japarov\" appears in the prompt of question \"s\"",
                        "error /questions/2/prompt the answer \"2001\" appears in the prompt of question \"n\"",
                        "error /questions/3/prompt the answer \"Astana\" appears in the statement of question \"z\"",
                        "error /questions/4/prompt the answer \"China\" appears in the prompt of question \"m\""),
                lint(pack(
                        "2025-01-01",
                        "",
                        q("{\"id\": \"c\", \"type\": \"choice\", \"prompt\": \"Which city, Astana or Almaty, hosted?\","
                                + " \"choices\": [\"Astana\", \"Almaty\", \"Bishkek\"], \"answer\": 0}"),
                        q("{\"id\": \"s\", \"type\": \"short\", \"prompt\": \"Who is President JAPAROV?\", \"answer\":"
                                + " \"Sadyr Japarov\", \"accept\": [\"Japarov\"]}"),
                        q(
                                "{\"id\": \"n\", \"type\": \"numeric\", \"prompt\": \"Founded in 2001: which year?\", \"answer\": 2001}"),
                        q(
                                "{\"id\": \"z\", \"type\": \"cloze\", \"prompt\": \"{{Astana}} (the city of Astana) hosted.\"}"),
                        q("{\"id\": \"m\", \"type\": \"multi\", \"prompt\": \"Besides China, which?\", \"choices\":"
                                + " [\"China\", \"India\", \"Iran\"], \"answer\": [0, 1]}"))));
        // Whole words only: "Iran" is not in "Iranian", 6 is not in G20.
        assertEquals(
                List.of(),
                lint(
                        pack(
                                "2025-01-01",
                                "",
                                q(
                                        "{\"id\": \"c\", \"type\": \"choice\", \"prompt\": \"Which Iranian ally?\", \"choices\": [\"Iran\","
                                                + " \"Iraq\", \"Oman\"], \"answer\": 0}"),
                                q(
                                        "{\"id\": \"n\", \"type\": \"numeric\", \"prompt\": \"How many at the G20?\", \"answer\": 20}"))));
    }

    @Test
    void aDistractorThatIsTheAnswerIsAnError() {
        assertEquals(
                List.of(
                        "error /questions/0/choices/1 wrong choice \"Nur Sultan\" of question \"c\" is the answer \"Nur-Sultan\""
                                + " written differently",
                        "error /questions/1/choices/2 wrong choice \"Nur-Sultan\" of question \"d\" is another name for the answer"
                                + " \"Astana\" (the pack accepts both)"),
                lint(
                        pack(
                                "2025-01-01",
                                "",
                                q("{\"id\": \"c\", \"type\": \"choice\", \"prompt\": \"Capital in 2020?\", \"choices\":"
                                        + " [\"Nur-Sultan\", \"Nur Sultan\", \"Almaty\"], \"answer\": 0}"),
                                q(
                                        "{\"id\": \"d\", \"type\": \"multi\", \"prompt\": \"Capitals today?\", \"choices\": [\"Astana\","
                                                + " \"Tashkent\", \"Nur-Sultan\"], \"answer\": [0, 1]}"),
                                q(
                                        "{\"id\": \"z\", \"type\": \"cloze\", \"prompt\": \"The capital is {{Astana|Nur-Sultan}}.\"}"))));
    }

    @Test
    void warningsForWhatAnAuthorMayHaveChosen() {
        assertEquals(
                List.of(
                        "warning /asOf asOf 2024-07-04 is more than a year before today (2025-07-05): facts about office-holders"
                                + " may have changed",
                        "warning /questions/0/choices question \"c\" has only 2 choices: guessing is right half the time",
                        "warning /questions/1/answer short answer \"Sadyr Japarov\" of question \"s\" is a name of several words"
                                + " with no accepted alternatives (a surname alone, another spelling?)",
                        "warning /questions/3/prompt question \"t2\" has the same prompt as question \"t\"",
                        "warning /questions/3/id question \"t2\" has no source"),
                lint(
                        pack(
                                "2024-07-04",
                                "",
                                q(
                                        "{\"id\": \"c\", \"type\": \"choice\", \"prompt\": \"Which city?\", \"choices\": [\"Astana\","
                                                + " \"Almaty\"], \"answer\": 0}"),
                                q(
                                        "{\"id\": \"s\", \"type\": \"short\", \"prompt\": \"Who led Kyrgyzstan?\", \"answer\": \"Sadyr Japarov\"}"),
                                q(
                                        "{\"id\": \"t\", \"type\": \"truefalse\", \"prompt\": \"Belarus joined in 2024.\", \"answer\": true}"),
                                "{\"id\": \"t2\", \"type\": \"truefalse\", \"prompt\": \"Belarus  joined in 2024!\", \"answer\": true}")));
        // A year to the day is not older than a year; a one-word or lower-case answer is not a name of several words.
        assertEquals(
                List.of(),
                lint(
                        pack(
                                "2024-07-05",
                                "",
                                q(
                                        "{\"id\": \"s\", \"type\": \"short\", \"prompt\": \"Capital?\", \"answer\": \"Astana\"}"),
                                q(
                                        "{\"id\": \"w\", \"type\": \"short\", \"prompt\": \"What crashed?\", \"answer\": \"a helicopter\"}"))));
    }

    @Test
    void theSamePromptWithDifferentAnswersIsAnErrorAndWithTheSameAnswerAWarning() {
        assertEquals(
                List.of(
                        "error /questions/1/prompt question \"title2\" keys the answer \"President\" to the prompt of question"
                                + " \"title\", which keys \"Prime Minister\": one of them is wrong",
                        "warning /questions/3/prompt question \"who2\" has the same prompt as question \"who\"",
                        "error /questions/5/prompt question \"t2\" keys the answer \"false\" to the prompt of question \"t\","
                                + " which keys \"true\": one of them is wrong"),
                lint(
                        pack(
                                "2025-01-01",
                                "",
                                q(
                                        "{\"id\": \"title\", \"type\": \"choice\", \"prompt\": \"Which title does Modi hold?\","
                                                + " \"choices\": [\"Prime Minister\", \"King\", \"Mayor\"], \"answer\": 0}"),
                                q(
                                        "{\"id\": \"title2\", \"type\": \"short\", \"prompt\": \"which title does modi hold\","
                                                + " \"answer\": \"President\"}"),
                                // Another spelling the first accepts is the same answer.
                                q("{\"id\": \"who\", \"type\": \"short\", \"prompt\": \"Who chairs it?\", \"answer\":"
                                        + " \"Ilya\", \"accept\": [\"Ilia\"]}"),
                                q(
                                        "{\"id\": \"who2\", \"type\": \"short\", \"prompt\": \"Who chairs it?\", \"answer\": \"Ilia\"}"),
                                q(
                                        "{\"id\": \"t\", \"type\": \"truefalse\", \"prompt\": \"It met in Astana.\", \"answer\": true}"),
                                q(
                                        "{\"id\": \"t2\", \"type\": \"truefalse\", \"prompt\": \"It met in Astana!\", \"answer\": false}"))));
    }

    @Test
    void unresolvedConflictsAreErrors() {
        String conflicts = """
                , "conflicts": [
                  {"id": "founding", "about": "the founding year", "values": [
                    {"value": "2001", "source": {"article": "a.txt", "start": 0, "end": 5}},
                    {"value": "2002", "source": {"article": "a.txt", "start": 6, "end": 9}}], "questions": ["n"]},
                  {"id": "settled", "about": "the host", "values": [
                    {"value": "Astana", "source": {"article": "a.txt", "start": 0, "end": 5}},
                    {"value": "Nur-Sultan", "source": {"article": "a.txt", "start": 6, "end": 9}}], "resolved": "Astana"}]""";
        assertEquals(
                List.of(
                        "error /conflicts/0 conflict \"founding\" about the founding year is not resolved: its sources disagree",
                        "error /questions/0/status question \"n\" still waits for a conflict between its sources to be resolved"
                                + " (status draft-conflict)"),
                lint(pack(
                        "2025-01-01",
                        conflicts,
                        q("{\"id\": \"n\", \"type\": \"numeric\", \"prompt\": \"Founded?\","
                                + " \"answer\": 2001, \"status\": \"draft-conflict\"}"))));
    }

    @Test
    void theBundledPackHasNoErrors() throws IOException {
        Pack bundled = PackReader.read(Files.readString(Path.of("questions/sco-summits.json")))
                .pack()
                .orElseThrow();
        assertEquals(
                List.of("warning /asOf asOf 2024-07-05 is more than a year before today (2026-11-25): facts about"
                        + " office-holders may have changed"),
                PackLint.check(bundled, LocalDate.of(2026, 11, 25)).stream()
                        .map(f -> f.severity().label() + " " + f.pointer() + " " + f.message())
                        .toList());
    }
}
