package quizline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path article(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsOneJsonObjectPerFactWithKeysInOrder() throws IOException {
        String text =
                "Leaders met.\nMongolian President Amara Okonkwo welcomed Belarus, which joined the SCO on Thursday.\n";
        Path file = article("one.txt", text);
        Run run = run("extract", "--date", "2024-07-04", file.toString());
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> facts = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            facts.add(JSON.readTree(line));
        }
        // the title, then "Belarus, which joined the SCO on Thursday": a membership and its accession date
        assertEquals(3, facts.size(), run.out());
        assertEquals("member", facts.get(1).get("kind").asText());
        assertEquals("accession of Belarus to SCO", facts.get(2).get("subject").asText());
        JsonNode fact = facts.get(0);
        List<String> keys = new ArrayList<>();
        fact.fieldNames().forEachRemaining(keys::add);
        assertEquals(
                List.of(
                        "kind",
                        "subject",
                        "relation",
                        "object",
                        "qualifiers",
                        "article",
                        "start",
                        "end",
                        "quote",
                        "asOf",
                        "pattern",
                        "confidence"),
                keys);
        assertEquals("2024-07-04", fact.get("asOf").asText());
        assertTrue(fact.get("pattern").asText().startsWith("position."), fact.toString());
        assertEquals(0.9, fact.get("confidence").asDouble());
        assertEquals("position", fact.get("kind").asText());
        assertEquals("Amara Okonkwo", fact.get("subject").asText());
        assertEquals("one.txt", fact.get("article").asText());
        assertEquals(
                fact.get("quote").asText(),
                text.substring(fact.get("start").asInt(), fact.get("end").asInt()));
    }

    @Test
    void relativeDatesUseTheDatesFileOrTheHeaderLine() throws IOException {
        Path dated = article("dated.txt", "July 5, 2024\n\nBelarus joined the SCO on Thursday.\n");
        Run fromHeader = run("extract", dated.toString());
        assertTrue(
                fromHeader.out().contains("\"qualifiers\":{\"date\":\"2024-07-04\",\"resolved_from\":\"Thursday\"}"),
                fromHeader.out());
        Path dates = article("dates.tsv", "# artefact\ndated.txt\t-\n");
        Run unknown = run("extract", "--dates", dates.toString(), dated.toString());
        assertTrue(unknown.out().contains("\"qualifiers\":{\"when\":\"Thursday\"}"), unknown.out());
    }

    @Test
    void minConfidenceLeavesOutTheDoubtfulFacts() throws IOException {
        Path file = article(
                "doubt.txt",
                "Mongolia joined the SCO on Thursday, it said. Mongolian President Amara Okonkwo spoke.\n");
        Run all = run("extract", "--date", "2024-07-05", file.toString());
        assertEquals(3, all.out().lines().count(), all.out()); // the membership, its date, the president
        Run sure = run("extract", "--date", "2024-07-05", "--min-confidence", "0.85", file.toString());
        assertEquals(0, sure.exit(), sure.err());
        assertEquals(
                List.of("Amara Okonkwo"),
                sure.out().lines().map(l -> readSubject(l)).toList());
        Run bad = run("extract", "--min-confidence", "2", file.toString());
        assertEquals(1, bad.exit());
        assertEquals("quizline: --min-confidence must be between 0 and 1, not 2.0\n", bad.err());
    }

    private static String readSubject(String line) {
        try {
            return JSON.readTree(line).get("subject").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aContradictedDateLineIsRefusedWithAWarning() throws IOException {
        Path file = article(
                "crawled.txt",
                "Leaders meet\nMarch 2, 2024\n\nSamarkand | The leaders met at the SCO summit on Friday."
                        + " Mongolia joined the SCO on Thursday, it said.\n");
        Run run = run("extract", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(
                "quizline: warning: " + file
                        + ":2: the date 2024-03-02 is not taken as the article's date: it reports as recent"
                        + " the SCO summit in Samarkand, which met on 15 September 2022 (give its date with --date or --dates)\n",
                run.err());
        assertTrue(
                run.out().contains("\"qualifiers\":{\"when\":\"Thursday\"}"),
                "the relative date stays unresolved: " + run.out());
        assertFalse(run.out().contains("asOf"), run.out());
        Run given = run("extract", "--date", "2022-09-17", file.toString());
        assertEquals("", given.err());
        assertTrue(given.out().contains("\"date\":\"2022-09-15\""), given.out());
    }

    @Test
    void crossChecksOfTheRunGoToStandardError() throws IOException {
        Path may = article("may.txt", "Mongolian President Amara Okonkwo opened the summit.\n");
        Path july = article("july.txt", "Mongolian President Tomas Brenner opened the summit.\n");
        Path dates = article("dates.tsv", "may.txt\t2024-05-01\njuly.txt\t2024-07-01\n");
        Run change = run("extract", "--dates", dates.toString(), may.toString(), july.toString());
        assertEquals(0, change.exit(), change.err());
        assertEquals(
                "quizline: change: Amara Okonkwo President Mongolia (2024-05-01, may.txt) is superseded by"
                        + " Tomas Brenner President Mongolia (2024-07-01, july.txt)\n",
                change.err());
        Run conflict = run("extract", "--date", "2024-05-01", may.toString(), july.toString());
        assertEquals(
                "quizline: conflict: who was President of Mongolia: Tomas Brenner (july.txt, characters 0–52)"
                        + " | Amara Okonkwo (may.txt, characters 0–52)\n",
                conflict.err()); // articles in name order
    }

    @Test
    void textOutsideAsciiIsEscaped() throws IOException {
        Path file = article("accents.txt", "Gitanas Nausėda, the president of Lithuania, spoke.\n");
        Run run = run("extract", file.toString());
        assertTrue(run.out().contains("Naus\\u0117da"), run.out());
        assertEquals("Gitanas Nausėda", JSON.readTree(run.out()).get("subject").asText());
    }

    @Test
    void aMissingFileIsOneLineAndExitOne() {
        Path missing = dir.resolve("missing.txt");
        Run run = run("extract", missing.toString());
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals("quizline: " + missing + ": no such file\n", run.err());
    }

    @Test
    void aBadDateIsAUsageError() throws IOException {
        Path file = article("x.txt", "Text.\n");
        Run run = run("extract", "--date", "July 4", file.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("quizline: "), run.err());
    }

    /** "extract news/": a folder stands for its articles (*.txt, by name); the gold facts beside them are not read. */
    @Test
    void aFolderStandsForTheArticlesInIt() throws IOException {
        Path news = Files.createDirectory(dir.resolve("news"));
        Files.writeString(news.resolve("b.txt"), "Mongolian President Amara Okonkwo spoke.\n", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("a.txt"), "Belarus is a member of the SCO.\n", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("a.gold.jsonl"), "not an article\n", StandardCharsets.UTF_8);
        Run run = run("extract", "--date", "2024-07-04", news.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(
                List.of("a.txt", "b.txt"),
                run.out()
                        .lines()
                        .map(l -> {
                            try {
                                return JSON.readTree(l).get("article").asText();
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        })
                        .toList());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Run none = run("extract", empty.toString());
        assertEquals(1, none.exit());
        assertEquals(
                empty + ": no articles (*.txt files) in this folder",
                none.err().strip().replaceFirst("^quizline: ", ""));
    }
}
