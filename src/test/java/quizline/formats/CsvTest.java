package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reader of delimited text, by Anki's rules and by a review log's. */
class CsvTest {
    @Test
    void recordsAreQuotedAsAnkisCsvReaderExpects() throws Csv.Problem {
        List<Csv.Row> rows = Csv.read(
                "a\t\"b\tc\"\t\"d \"\"quoted\"\"\nnext line\"\n# comment\n\n\"#not a comment\"\tx\r\n" + "last\r",
                '\t',
                5);
        assertEquals(
                List.of(
                        new Csv.Row(5, List.of("a", "b\tc", "d \"quoted\"\nnext line")),
                        new Csv.Row(9, List.of("#not a comment", "x")),
                        new Csv.Row(10, List.of("last"))),
                rows);
        assertEquals(
                "a\t\"b\tc\"\t\"d \"\"q\"\"\"\t\"#x\"\t\"two\nlines\"\t\n",
                Csv.write(List.of("a", "b\tc", "d \"q\"", "#x", "two\nlines", ""), '\t'));
        Csv.Problem unclosed = assertThrows(Csv.Problem.class, () -> Csv.read("ok\n\"open\nstill open", '\t', 1));
        assertEquals(2, unclosed.line);
        assertEquals("a quoted field opened here is never closed", unclosed.getMessage());
    }

    @Test
    void textAfterAClosingQuoteJoinsTheFieldInAnkisRulesOnly() throws Csv.Problem {
        assertEquals(List.of(new Csv.Row(1, List.of("ab c", "d"))), Csv.read("\"ab\" c,d", ',', 1));
        Csv.Problem after = assertThrows(Csv.Problem.class, () -> Csv.line("x,\"ab\" c,d", ',', 7));
        assertEquals(7, after.line);
        assertEquals("unexpected text after a closing quote in column 2", after.getMessage());
    }

    @Test
    void aReviewLogLineIsOneRecord() throws Csv.Problem {
        assertEquals(List.of("deck, \"one\"", "1", ""), Csv.line("\"deck, \"\"one\"\"\",1,", ',', 2));
        assertEquals(List.of("# not a comment", ""), Csv.line("# not a comment,", ',', 2));
        Csv.Problem open = assertThrows(Csv.Problem.class, () -> Csv.line("\"a,1,3", ',', 4));
        assertEquals(4, open.line);
        assertEquals("unterminated quoted field (fields may not span lines)", open.getMessage());
    }
}
