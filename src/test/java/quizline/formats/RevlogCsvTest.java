package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevlogCsvTest {

    private static List<RevlogCsv.Row> read(String text) throws IOException, RevlogFormatException {
        return RevlogCsv.read(new StringReader(text), "log.csv");
    }

    private static String error(String text) {
        return assertThrows(RevlogFormatException.class, () -> read(text)).getMessage();
    }

    @Test
    void columnsAreFoundByNameAndOthersIgnored() throws Exception {
        List<RevlogCsv.Row> rows = read("""
                review_state,review_rating,review_duration,card_id,review_time
                0,3,1200,c1,1704099600000
                1,4,800,c2,2024-01-01T14:30:00+05:30
                """);
        assertEquals(
                List.of(
                        new RevlogCsv.Row(2, "c1", Instant.parse("2024-01-01T09:00:00Z"), 3, 0),
                        new RevlogCsv.Row(3, "c2", Instant.parse("2024-01-01T09:00:00Z"), 4, 1)),
                rows);
    }

    @Test
    void aReviewStateOutOfRangeIsNamedWithItsLine() {
        RevlogFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
                RevlogFormatException.class,
                () -> read("card_id,review_time,review_rating,review_state\nc1,1704099600000,3,7\n"));
        org.junit.jupiter.api.Assertions.assertTrue(
                e.getMessage().startsWith("log.csv:2: bad review_state \"7\""), e.getMessage());
    }

    @Test
    void timesMayMixEpochMillisAndOffsets() throws Exception {
        List<RevlogCsv.Row> rows = read("""
                card_id,review_time,review_rating
                a,2023-11-05T21:10:07-08:00,1
                a,2023-11-06T05:10:07.250Z,2
                a,1699305007250,3
                """);
        assertEquals(Instant.parse("2023-11-06T05:10:07Z"), rows.get(0).reviewTime());
        assertEquals(Instant.parse("2023-11-06T05:10:07.250Z"), rows.get(1).reviewTime());
        assertEquals(Instant.parse("2023-11-06T21:10:07.250Z"), rows.get(2).reviewTime());
    }

    @Test
    void quotedFieldsCrlfBomAndBlankLinesAreHandled() throws Exception {
        List<RevlogCsv.Row> rows = read("\uFEFFcard_id,review_time,review_rating\r\n"
                + "\"deck, \"\"one\"\"\",1704099600000,3\r\n\r\n"
                + "0042,1704099600000,1\r\n");
        assertEquals("deck, \"one\"", rows.get(0).cardId());
        assertEquals("0042", rows.get(1).cardId());
        assertEquals(4, rows.get(1).line());
    }

    @Test
    void timesAreKeptToTheMillisecond() throws Exception {
        assertEquals(
                Instant.parse("2024-01-01T09:00:00.123Z"),
                read("card_id,review_time,review_rating\na,2024-01-01T09:00:00.123999Z,3\n")
                        .get(0)
                        .reviewTime());
    }

    @Test
    void equalTimesWithinACardAreAllowed() throws Exception {
        assertEquals(
                2,
                read("card_id,review_time,review_rating\na,1704099600000,1\na,1704099600000,3\n")
                        .size());
    }

    @Test
    void headerOnlyMeansNoReviews() throws Exception {
        assertEquals(List.of(), read("card_id,review_time,review_rating\n"));
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertEquals("log.csv:1: empty file: expected a header with card_id, review_time and review_rating", error(""));
        assertEquals(
                "log.csv:1: missing column review_time (the header must name card_id, review_time and review_rating)",
                error("card_id,time,review_rating\na,1,3\n"));
        assertEquals("log.csv:1: duplicate column card_id", error("card_id,card_id,review_time,review_rating\n"));
        assertEquals(
                "log.csv:3: expected 3 columns as in the header, found 4",
                error("card_id,review_time,review_rating\na,1704099600000,3\na,1704099600000,3,x\n"));
        assertEquals(
                "log.csv:2: bad review_time \"2024-01-01 09:00\": expected epoch milliseconds or an ISO-8601"
                        + " date-time with an offset, like 2024-01-01T09:00:00Z",
                error("card_id,review_time,review_rating\na,2024-01-01 09:00,3\n"));
        assertEquals(
                "log.csv:2: bad review_rating \"Good\": expected 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
                error("card_id,review_time,review_rating\na,1704099600000,Good\n"));
        assertEquals("log.csv:2: empty card_id", error("card_id,review_time,review_rating\n,1704099600000,3\n"));
        assertEquals(
                "log.csv:2: unterminated quoted field (fields may not span lines)",
                error("card_id,review_time,review_rating\n\"a,1704099600000,3\n"));
        assertEquals(
                "log.csv:4: review_time 2024-01-01T08:00:00Z is earlier than the previous review of card \"a\""
                        + " (line 2, 2024-01-01T09:00:00Z)",
                error(
                        "card_id,review_time,review_rating\na,2024-01-01T09:00:00Z,3\nb,1,3\na,2024-01-01T08:00:00Z,3\n"));
    }

    @Test
    void theExceptionKeepsItsParts() {
        RevlogFormatException e = assertThrows(
                RevlogFormatException.class, () -> read("card_id,review_time,review_rating\na,1704099600000,7\n"));
        assertEquals("log.csv", e.file());
        assertEquals(2, e.line());
        assertEquals("bad review_rating \"7\": expected 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)", e.detail());
    }
}
