package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    @TempDir
    Path dir;

    @Test
    void theBundledPackHasNoErrorsOnlyAStaleAsOf() {
        Cli.Result r = Cli.run("lint", "questions/sco-summits.json");
        assertEquals(0, r.exit(), r.out());
        assertEquals(
                "questions/sco-summits.json:7:3: warning: asOf 2024-07-05 is more than a year before today"
                        + " (2026-11-25): facts about office-holders may have changed\n",
                r.out());
        assertEquals("", r.err());
    }

    @Test
    void findingsAreLocatedAtTheirFieldAndErrorsFail() throws IOException {
        Path pack = Files.writeString(dir.resolve("p.json"), """
                {
                  "format": 1, "id": "p", "title": "P", "version": 1, "asOf": "2026-06-01",
                  "sources": [{"article": "a.txt"}],
                  "questions": [
                    {"id": "c", "type": "choice", "prompt": "Which city, Astana or Almaty?",
                     "choices": ["Astana", "Almaty"], "answer": 0,
                     "source": {"article": "a.txt", "start": 0, "end": 5}},
                    {"id": "s", "type": "short", "prompt": "Who?", "answer": "Sadyr Japarov"}
                  ],
                  "conflicts": [{"id": "k", "about": "a spelling", "values": [
                    {"value": "Japarov", "source": {"article": "a.txt", "start": 0, "end": 5}},
                    {"value": "Zhaparov", "source": {"article": "a.txt", "start": 6, "end": 9}}]}]
                }
                """);
        Cli.Result r = Cli.run("lint", pack.toString());
        assertEquals(1, r.exit());
        assertEquals(
                String.join(
                        "\n",
                        pack + ":5:35: error: the answer \"Astana\" appears in the prompt of question \"c\"",
                        pack + ":6:6: warning: question \"c\" has only 2 choices: guessing is right half the time",
                        pack + ":8:6: warning: question \"s\" has no source",
                        pack
                                + ":8:52: warning: short answer \"Sadyr Japarov\" of question \"s\" is a name of several words with no"
                                + " accepted alternatives (a surname alone, another spelling?)",
                        pack + ":10:17: error: conflict \"k\" about a spelling is not resolved: its sources disagree",
                        ""),
                r.out());
    }

    @Test
    void twoAnswersKeyedToOnePromptAreAnErrorAtTheSecond() throws IOException {
        Path pack = Files.writeString(dir.resolve("p.json"), """
                {
                  "format": 1, "id": "p", "title": "P", "version": 1, "asOf": "2026-06-01",
                  "sources": [{"article": "a.txt"}],
                  "questions": [
                    {"id": "y1", "type": "numeric", "prompt": "In which year was the club founded?", "answer": 2001,
                     "source": {"article": "a.txt", "start": 0, "end": 5}},
                    {"id": "y2", "type": "choice", "prompt": "In which YEAR was the club founded",
                     "choices": ["2002", "2005", "1999"], "answer": 0,
                     "source": {"article": "a.txt", "start": 0, "end": 5}}
                  ]
                }
                """);
        Cli.Result r = Cli.run("lint", pack.toString());
        assertEquals(1, r.exit(), r.out());
        assertEquals(
                pack + ":7:36: error: question \"y2\" keys the answer \"2002\" to the prompt of question \"y1\","
                        + " which keys \"2001\": one of them is wrong\n",
                r.out());
    }

    @Test
    void aPackValidateRejectsIsAllErrorsAndACleanOneIsOk() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": 2}\n");
        Path clean = Files.writeString(dir.resolve("clean.json"), """
                {"format": 1, "id": "p", "title": "P", "version": 1, "asOf": "2026-06-01",
                 "sources": [{"article": "a.txt"}],
                 "questions": [{"id": "t", "type": "truefalse", "prompt": "Belarus joined in 2024.", "answer": true,
                   "source": {"article": "a.txt", "start": 0, "end": 5}}]}
                """);
        Cli.Result r = Cli.run(
                "lint",
                broken.toString(),
                clean.toString(),
                dir.resolve("missing.json").toString());
        assertEquals(1, r.exit());
        assertEquals(
                String.join(
                        "\n",
                        broken + ":1:1: error: missing required field \"id\" in the pack",
                        broken + ":1:1: error: missing required field \"title\" in the pack",
                        broken + ":1:1: error: missing required field \"version\" in the pack",
                        broken + ":1:1: error: missing required field \"asOf\" in the pack",
                        broken + ":1:1: error: missing required field \"sources\" in the pack",
                        broken + ":1:1: error: missing required field \"questions\" in the pack",
                        broken + ":1:1: error: the pack has no questions",
                        broken + ":1:2: error: unsupported format 2 (this quizline reads format 1)",
                        clean + ": OK",
                        dir.resolve("missing.json") + ": no such file",
                        ""),
                r.out());
    }
}
