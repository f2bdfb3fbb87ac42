package quizline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizline.store.Reviews.at;
import static quizline.store.Reviews.first;
import static quizline.store.Reviews.key;
import static quizline.store.Reviews.then;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quizline.pack.Verdict;
import quizline.schedule.CardState;
import quizline.schedule.Rating;

class ProgressArchiveTest {
    private static final BiConsumer<String, String> ANY_SETTING = (k, v) -> {};
    /** When the files of these tests are written and read: burials ending later are in force. */
    private static final Instant NOW = at("2024-07-10T12:00:00Z");

    @TempDir
    Path dir;

    private SqliteProgressStore filled(String name) throws StoreException {
        SqliteProgressStore store = SqliteProgressStore.open(dir.resolve(name));
        ReviewRecord a1 = first(key("a"), at("2024-07-08T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(2));
        ReviewRecord a2 = then(a1, at("2024-07-10T09:00:00Z"), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(10));
        ReviewRecord b1 = new ReviewRecord(
                key("b"),
                at("2024-07-09T10:00:00.123Z"),
                Rating.HARD,
                null,
                Verdict.TYPO,
                0,
                Reviews.card(CardState.NEW, null, null, 0),
                Reviews.card(CardState.LEARNING, at("2024-07-09T10:00:00.123Z"), at("2024-07-09T10:06:00.123Z"), 0),
                ReviewKind.REVIEW,
                "h\"ash\\ with \u00e9 and \u2028");
        store.record(a1);
        store.record(b1);
        store.record(Reviews.cram(key("b"), at("2024-07-09T11:00:00Z"), b1.after(), Rating.GOOD, Verdict.RIGHT));
        store.record(a2);
        store.putSetting("day-starts-at", "05:30");
        store.putSetting("new-per-day", "7");
        return store;
    }

    private static String export(SqlProgressStore store) throws Exception {
        StringWriter out = new StringWriter();
        ProgressArchive.write(store, NOW, out);
        return out.toString();
    }

    private static ProgressArchive.Archive read(String json) throws Exception {
        return ProgressArchive.read(new StringReader(json), "p.json", ANY_SETTING);
    }

    /** Every column of every row, ids included: "exact" means the tables, not only what the export shows. */
    private static List<String> table(SqliteProgressStore store, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(r.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void theFileHasOneReviewALineAndEveryColumn() throws Exception {
        try (SqliteProgressStore store = filled("a.db")) {
            String json = export(store);
            assertTrue(json.startsWith("""
                    {
                      "format": "quizline-progress",
                      "version": 3,
                      "settings": {"day-starts-at":"05:30","new-per-day":"7"},
                      "reviews": [
                        {"pack":"mini","question":"a","reviewedAt":1720432800000,"kind":"review","rating":3,"answer":"typed",\
                    "correctness":"right","durationMs":1500,"answerHash":"hash-mini/a","stateBefore":"new","stateAfter":"review",\
                    "cardBefore":"new;0;0.0;0.0;0.0;;0;0;0;0;"""), json);
            assertEquals(4 + 4 + 3 + 4, json.split("\n").length, json);
            assertTrue(
                    json.endsWith(
                            "\n  ],\n  \"suspended\": [],\n  \"buried\": [],\n  \"flags\": [],\n  \"resets\": []\n}\n"),
                    json);
        }
    }

    @Test
    void roundTripIsExactAndASecondImportAddsNothing() throws Exception {
        try (SqliteProgressStore original = filled("a.db");
                SqliteProgressStore copy = SqliteProgressStore.open(dir.resolve("b.db"))) {
            String json = export(original);
            ProgressArchive.ImportResult first = ProgressArchive.importInto(copy, read(json));
            assertEquals(new ProgressArchive.ImportResult(4, 0, 0, 2, 2, 0, 0), first);
            assertEquals(json, export(copy));
            assertEquals(
                    table(original, "SELECT * FROM review ORDER BY id"),
                    table(copy, "SELECT * FROM review ORDER BY id"));
            assertEquals(
                    table(original, "SELECT * FROM card ORDER BY pack_id, question_id"),
                    table(copy, "SELECT * FROM card ORDER BY pack_id, question_id"));
            assertEquals(original.settings(), copy.settings());

            ProgressArchive.ImportResult second = ProgressArchive.importInto(copy, read(json));
            assertEquals(new ProgressArchive.ImportResult(0, 4, 0, 0, 0, 0, 0), second);
            assertEquals(json, export(copy));
            assertEquals(List.of(), Doctor.examine(copy, Map.of()).differences());
        }
    }

    /**
     * An import of 400,000 reviews in one transaction held the lock for over 20 s, and study sessions of the profile
     * failed with "database is locked". It now writes in batches, each whole: a disk that fills up part way (the
     * database's pages capped) leaves whole batches, every card consistent with its log, and the same import run
     * again adds the rest.
     */
    @Test
    void aLargeImportGoesInWholeBatchesAndARerunAddsTheRest() throws Exception {
        int reviews = ProgressArchive.BATCH * 3 + 17;
        String json;
        try (SqliteProgressStore source = SqliteProgressStore.open(dir.resolve("source.db"))) {
            for (int i = 0; i < reviews; i++) {
                source.record(first(
                        key("q" + i),
                        at("2024-07-08T10:00:00Z").plusSeconds(i),
                        Rating.GOOD,
                        Verdict.RIGHT,
                        Duration.ofDays(2)));
            }
            json = export(source);
        }
        try (SqliteProgressStore target = SqliteProgressStore.open(dir.resolve("target.db"))) {
            long pages =
                    Long.parseLong(table(target, "PRAGMA page_count").get(0).replace("|", ""));
            long perBatch;
            try (SqliteProgressStore probe = SqliteProgressStore.open(dir.resolve("probe.db"))) {
                ProgressArchive.importInto(probe, read(json));
                perBatch =
                        (Long.parseLong(table(probe, "PRAGMA page_count").get(0).replace("|", "")) - pages) / 3;
            }
            try (Statement s = target.connection().createStatement()) {
                s.execute("PRAGMA max_page_count = " + (pages + perBatch * 3 / 2)); // room for one batch and a half
            }
            StoreFailure full = assertThrows(StoreFailure.class, () -> ProgressArchive.importInto(target, read(json)));
            assertTrue(full.getMessage().startsWith(target.file() + ": could not import: "), full.getMessage());
            int kept = Integer.parseInt(
                    table(target, "SELECT COUNT(*) FROM review").get(0).replace("|", ""));
            assertTrue(kept > 0 && kept % ProgressArchive.BATCH == 0, kept + " reviews: whole batches only");
            assertEquals(List.of(), Doctor.examine(target, Map.of()).differences(), "every card matches its log");
            assertEquals(kept, target.cards().size());

            try (Statement s = target.connection().createStatement()) {
                s.execute("PRAGMA max_page_count = 1073741823");
            }
            assertEquals(
                    new ProgressArchive.ImportResult(reviews - kept, kept, 0, 0, reviews - kept, 0, 0),
                    ProgressArchive.importInto(target, read(json)));
            assertEquals(reviews, target.cards().size());
            assertEquals(List.of(), Doctor.examine(target, Map.of()).differences());
        }
    }

    @Test
    void importingIntoAProfileWithMoreHistoryAddsOnlyWhatIsMissing() throws Exception {
        try (SqliteProgressStore older = SqliteProgressStore.open(dir.resolve("old.db"));
                SqliteProgressStore newer = filled("new.db")) {
            ReviewRecord a1 =
                    first(key("a"), at("2024-07-08T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(2));
            older.record(a1);
            ReviewRecord c1 =
                    first(key("c"), at("2024-07-01T08:00:00Z"), Rating.EASY, Verdict.RIGHT, Duration.ofDays(9));
            older.record(c1);
            ProgressArchive.ImportResult result = ProgressArchive.importInto(newer, read(export(older)));
            assertEquals(new ProgressArchive.ImportResult(1, 1, 0, 0, 1, 0, 0), result);
            assertEquals(c1.after(), newer.cards().get(key("c")).card());
            // a's state stays the one after its newest review, which the newer profile has.
            assertEquals(
                    CardState.RELEARNING, newer.cards().get(key("a")).card().state());
        }
    }

    @Test
    void aReviewThatDiffersAtTheSameTimeKeepsTheProfilesCopy() throws Exception {
        try (SqliteProgressStore store = filled("a.db")) {
            String json = export(store).replaceFirst("\"rating\":3,", "\"rating\":4,");
            assertEquals(
                    new ProgressArchive.ImportResult(0, 3, 1, 0, 0, 0, 0),
                    ProgressArchive.importInto(store, read(json)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rating out of range | "rating":3,           | "rating":5,              | p.json:6: rating must be from 1 to 4, not 5
            rating as text      | "rating":3,           | "rating":"3",            | p.json:6: rating must be a whole number
            unknown kind        | "kind":"review"       | "kind":"replay"          | p.json:6: kind must be review or cram, not "replay"
            unknown field       | "durationMs":1500,    | "durationMs":1500,"x":1, | p.json:6: unknown field "x" in a review
            missing field       | "durationMs":1500,    | ''                       | p.json:6: review is missing "durationMs"
            negative duration   | "durationMs":1500,    | "durationMs":-1,         | p.json:6: durationMs must be at least 0, not -1
            state mismatch      | "stateAfter":"review" | "stateAfter":"learning"  | p.json:6: cardAfter is a review card but stateAfter says learning
            broken card         | "cardBefore":"new;0;  | "cardBefore":"new;x;     | p.json:6: cardBefore: For input string: "x"
            duplicate key       | "kind":"review"       | "kind":"review","kind":"cram" | p.json:6: not valid JSON: Duplicate field 'kind'
            newer version       | "version": 3          | "version": 4             | p.json:3: made by a newer quizline (progress file version 4; this one reads version 3): update quizline
            another format      | "quizline-progress"   | "anki"                   | p.json:2: "format" is "anki": not a quizline progress file
            """)
    void aBadFileIsRefusedWithItsLineAndNothingIsImported(String name, String find, String replace, String message)
            throws Exception {
        try (SqliteProgressStore store = filled("a.db");
                SqliteProgressStore empty = SqliteProgressStore.open(dir.resolve("e.db"))) {
            String json = export(store);
            String broken = json.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace));
            ArchiveException e = assertThrows(ArchiveException.class, () -> read(broken));
            assertEquals(message, e.getMessage());
            assertEquals(List.of(), table(empty, "SELECT * FROM review"));
        }
    }

    @Test
    void contentAfterTheObjectIsRefused() throws Exception {
        try (SqliteProgressStore store = filled("a.db")) {
            String json = export(store) + "{}\n";
            assertEquals(
                    "p.json:16: unexpected content after the progress object",
                    assertThrows(ArchiveException.class, () -> read(json)).getMessage());
        }
    }

    /** A frozen or stepped-back clock, or two sessions: reviews of one card in one millisecond, even identical cram answers. */
    @Test
    void reviewsOfOneCardInTheSameMillisecondTravelBothWays() throws Exception {
        try (SqliteProgressStore original = SqliteProgressStore.open(dir.resolve("a.db"));
                SqliteProgressStore copy = SqliteProgressStore.open(dir.resolve("b.db"))) {
            ReviewRecord a1 =
                    first(key("a"), at("2024-07-08T10:00:00Z"), Rating.AGAIN, Verdict.WRONG, Duration.ofMinutes(1));
            ReviewRecord a2 = then(a1, at("2024-07-08T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(1));
            original.record(a1);
            original.record(a2);
            ReviewRecord cram =
                    Reviews.cram(key("a"), at("2024-07-08T10:00:00Z"), a2.after(), Rating.GOOD, Verdict.RIGHT);
            original.record(cram);
            original.record(cram);
            String json = export(original);

            assertEquals(
                    new ProgressArchive.ImportResult(4, 0, 0, 0, 1, 0, 0),
                    ProgressArchive.importInto(copy, read(json)));
            assertEquals(json, export(copy));
            assertEquals(a2.after(), copy.cards().get(key("a")).card());
            assertEquals(
                    new ProgressArchive.ImportResult(0, 4, 0, 0, 0, 0, 0),
                    ProgressArchive.importInto(copy, read(json)));
            assertEquals(json, export(copy));
            Doctor.Report report = Doctor.examine(copy, Map.of());
            assertEquals(List.of(), report.differences());
            assertEquals(List.of(), report.breaks());
        }
    }

    @Test
    void aSettingTheCheckRefusesNamesItsLine() throws Exception {
        try (SqliteProgressStore store = filled("a.db")) {
            ArchiveException e = assertThrows(
                    ArchiveException.class,
                    () -> ProgressArchive.read(new StringReader(export(store)), "p.json", (k, v) -> {
                        if (k.equals("new-per-day")) {
                            throw new IllegalArgumentException("new-per-day must not be 7");
                        }
                    }));
            assertEquals("p.json:4: new-per-day must not be 7", e.getMessage());
        }
    }

    @Test
    void notJsonAndEmptyFiles() {
        assertEquals(
                "p.json:1: not valid JSON: Unrecognized token 'hello': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                assertThrows(ArchiveException.class, () -> read("hello")).getMessage());
        assertEquals(
                "p.json: empty file, not a quizline progress file",
                assertThrows(ArchiveException.class, () -> read("")).getMessage());
        assertEquals(
                "p.json: missing \"reviews\": not a complete progress file",
                assertThrows(
                                ArchiveException.class,
                                () -> read("{\"format\":\"quizline-progress\",\"version\":1,\"settings\":{}}"))
                        .getMessage());
    }

    /** A profile's marks: two suspensions, a burial in force and one over, and two flags on one question. */
    private static void mark(ProgressStore store) {
        store.suspend(new ProgressStore.Suspension(key("b"), at("2024-07-09T10:00:05Z"), false));
        store.suspend(new ProgressStore.Suspension(key("a"), at("2024-07-10T09:00:05Z"), true));
        store.bury(key("a"), at("2024-07-11T04:00:00Z"));
        store.bury(key("c"), at("2024-07-10T04:00:00Z"));
        store.flag(new ProgressStore.Flag(key("b"), "two \"answers\" fit", at("2024-07-09T10:00:01Z")));
        store.flag(new ProgressStore.Flag(key("b"), "", at("2024-07-09T10:00:02Z")));
    }

    @Test
    void suspensionsBurialsInForceAndFlagsTravelOneALineAndASecondImportAddsNothing() throws Exception {
        try (SqliteProgressStore original = filled("a.db");
                SqliteProgressStore copy = SqliteProgressStore.open(dir.resolve("b.db"))) {
            mark(original);
            String json = export(original);
            assertTrue(json.endsWith("""
                      ],
                      "suspended": [
                        {"pack":"mini","question":"a","since":1720602005000,"reason":"leech"},
                        {"pack":"mini","question":"b","since":1720519205000,"reason":"student"}
                      ],
                      "buried": [
                        {"pack":"mini","question":"a","until":1720670400000}
                      ],
                      "flags": [
                        {"pack":"mini","question":"b","note":"two \\"answers\\" fit","flaggedAt":1720519201000},
                        {"pack":"mini","question":"b","note":"","flaggedAt":1720519202000}
                      ],
                      "resets": []
                    }
                    """), json);
            ProgressArchive.Archive archive = read(json);
            ProgressArchive.importInto(copy, archive);
            assertEquals(new ProgressArchive.MarksResult(2, 1, 2, 0), ProgressArchive.importMarks(copy, archive, NOW));
            assertEquals(original.suspended(), copy.suspended());
            assertEquals(original.burials(NOW), copy.burials(NOW));
            assertEquals(original.flags(), copy.flags());
            assertEquals(json, export(copy));

            assertEquals(new ProgressArchive.MarksResult(0, 0, 0, 5), ProgressArchive.importMarks(copy, archive, NOW));
            assertEquals(original.flags(), copy.flags());
        }
    }

    @Test
    void anImportKeepsTheProfilesOwnMarksAndSkipsABurialAlreadyOver() throws Exception {
        try (SqliteProgressStore original = filled("a.db");
                SqliteProgressStore copy = SqliteProgressStore.open(dir.resolve("b.db"))) {
            mark(original);
            ProgressArchive.Archive archive = read(export(original));
            ProgressStore.Suspension own = new ProgressStore.Suspension(key("a"), at("2024-07-10T11:00:00Z"), false);
            copy.suspend(own);
            copy.bury(key("a"), at("2024-07-12T04:00:00Z"));
            // Read a day later, the file's burial (until 11 July, 04:00) is over: nothing to add.
            Instant later = at("2024-07-11T12:00:00Z");
            assertEquals(
                    new ProgressArchive.MarksResult(1, 0, 2, 1), ProgressArchive.importMarks(copy, archive, later));
            assertEquals(own, copy.suspended().get(key("a")));
            assertEquals(Map.of(key("a"), at("2024-07-12T04:00:00Z")), copy.burials(later));
        }
    }

    @Test
    void aVersionOneFileIsReadAsHavingNoMarks() throws Exception {
        try (SqliteProgressStore store = filled("a.db")) {
            String v3 = export(store);
            String v1 = v3.replace("\"version\": 3", "\"version\": 1")
                    .replace(",\n  \"suspended\": [],\n  \"buried\": [],\n  \"flags\": [],\n  \"resets\": []", "");
            ProgressArchive.Archive archive = read(v1);
            assertEquals(4, archive.reviews().size());
            assertEquals(false, archive.hasMarks());
            assertEquals(List.of(), archive.resets());
            assertEquals(read(v3).reviews(), archive.reviews());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown reason      | "reason":"leech"      | "reason":"bored"         | p.json:12: reason must be student or leech, not "bored"
            missing until       | ,"until":1720670400000 | ''                      | p.json:16: a burial is missing "until"
            unknown field       | "note":""             | "note":"","seen":true    | p.json:20: unknown field "seen" in a flag
            not a list          | "flags": [            | "flags": {"a":1}, "x": [ | p.json:18: "flags" must be an array
            """)
    void aBadMarkIsRefusedWithItsLine(String name, String find, String replace, String message) throws Exception {
        try (SqliteProgressStore store = filled("a.db")) {
            mark(store);
            String broken = export(store).replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace));
            assertEquals(
                    message,
                    assertThrows(ArchiveException.class, () -> read(broken)).getMessage());
        }
    }

    /** When question a of {@link #filled} is reset: after both its scheduled reviews, and its cram-free log. */
    private static final Instant RESET_AT = at("2024-07-10T09:30:00Z");

    @Test
    void aResetTravelsOneALineAndLeavesTheQuestionNewAndASecondImportAddsNothing() throws Exception {
        try (SqliteProgressStore original = filled("a.db");
                SqliteProgressStore copy = SqliteProgressStore.open(dir.resolve("b.db"))) {
            assertTrue(original.forget(key("a"), RESET_AT));
            String json = export(original);
            assertTrue(json.endsWith("""
                      "flags": [],
                      "resets": [
                        {"pack":"mini","question":"a","resetAt":1720603800000,"afterReviews":2}
                      ]
                    }
                    """), json);

            ProgressArchive.Archive archive = read(json);
            assertEquals(List.of(new ProgressArchive.Reset(key("a"), RESET_AT, 2)), archive.resets());
            assertEquals(
                    new ProgressArchive.ImportResult(4, 0, 0, 2, 2, 1, 0), ProgressArchive.importInto(copy, archive));
            assertEquals(null, copy.cards().get(key("a")), "a is new again, as the reset left it");
            assertEquals(original.cards(), copy.cards());
            assertEquals(
                    table(original, "SELECT * FROM card_reset ORDER BY id"),
                    table(copy, "SELECT * FROM card_reset ORDER BY id"));
            assertEquals(json, export(copy));

            assertEquals(
                    new ProgressArchive.ImportResult(0, 4, 0, 0, 0, 0, 1), ProgressArchive.importInto(copy, archive));
            assertEquals(1, table(copy, "SELECT * FROM card_reset").size());
            Doctor.Report report = Doctor.examine(copy, Map.of());
            assertEquals(List.of(), report.damage());
            assertEquals(List.of(), report.differences());
            assertEquals(List.of(), report.breaks());
        }
    }

    /**
     * The profile imported into numbers its rows its own way: here its own reviews come first, so the file's are
     * appended after them. The reset is logged after the profile's row of the review it followed, with the checksum
     * of that row, so the doctor finds it whole; and a question answered again since its reset keeps that answer.
     */
    @Test
    void aResetFollowsTheProfilesOwnRowOfItsReviewAndTheDoctorFindsItWhole() throws Exception {
        try (SqliteProgressStore original = filled("a.db");
                SqliteProgressStore copy = SqliteProgressStore.open(dir.resolve("b.db"))) {
            assertTrue(original.forget(key("a"), RESET_AT));
            assertTrue(original.forget(key("b"), RESET_AT));
            ReviewRecord again =
                    first(key("b"), at("2024-07-10T10:00:00Z"), Rating.GOOD, Verdict.RIGHT, Duration.ofDays(3));
            original.record(again);
            copy.record(first(key("c"), at("2024-07-01T08:00:00Z"), Rating.EASY, Verdict.RIGHT, Duration.ofDays(9)));
            copy.record(first(key("d"), at("2024-07-02T08:00:00Z"), Rating.EASY, Verdict.RIGHT, Duration.ofDays(9)));

            ProgressArchive.ImportResult result = ProgressArchive.importInto(copy, read(export(original)));
            assertEquals(new ProgressArchive.ImportResult(5, 0, 0, 2, 2, 2, 0), result);
            // a's second review, row 4 in the original, is row 6 here (c and d first); b's first is row 2, here 4
            assertEquals(
                    List.of("mini|a|1720603800000|6|", "mini|b|1720603800000|4|"),
                    table(copy, "SELECT pack_id, question_id, reset_at, after_review FROM card_reset ORDER BY id"));
            assertEquals(null, copy.cards().get(key("a")));
            assertEquals(again.after(), copy.cards().get(key("b")).card(), "answered again since its reset");
            Doctor.Report report = Doctor.examine(copy, Map.of());
            assertEquals(List.of(), report.damage());
            assertEquals(List.of(), report.differences());
            assertEquals(List.of(), report.breaks());
        }
    }

    /** A version 2 file, written before resets travelled: read as having none, the question rebuilt from its answers. */
    @Test
    void aVersionTwoFileIsReadAsHavingNoResets() throws Exception {
        try (SqliteProgressStore original = filled("a.db");
                SqliteProgressStore copy = SqliteProgressStore.open(dir.resolve("b.db"))) {
            String v2 =
                    export(original).replace("\"version\": 3", "\"version\": 2").replace(",\n  \"resets\": []", "");
            ProgressArchive.Archive archive = read(v2);
            assertEquals(List.of(), archive.resets());
            assertEquals(
                    new ProgressArchive.ImportResult(4, 0, 0, 2, 2, 0, 0), ProgressArchive.importInto(copy, archive));
            assertEquals(original.cards(), copy.cards());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            more reviews than the file has | "afterReviews":2 | "afterReviews":3        | p.json:15: a reset of mini/a follows 3 scheduled reviews of it, but the file has 2
            negative count                 | "afterReviews":2 | "afterReviews":-1       | p.json:15: afterReviews must be from 0 to 2147483647, not -1
            a time as text                 | "resetAt":1720603800000 | "resetAt":"today" | p.json:15: resetAt must be a whole number
            missing count                  | ,"afterReviews":2 | ''                     | p.json:15: a reset is missing "afterReviews"
            unknown field                  | "afterReviews":2 | "afterReviews":2,"by":1 | p.json:15: unknown field "by" in a reset
            empty question                 | "question":"a","resetAt" | "question":"","resetAt" | p.json:15: question must not be empty
            """)
    void aBadResetIsRefusedWithItsLineAndNothingIsImported(String name, String find, String replace, String message)
            throws Exception {
        try (SqliteProgressStore store = filled("a.db");
                SqliteProgressStore empty = SqliteProgressStore.open(dir.resolve("e.db"))) {
            assertTrue(store.forget(key("a"), RESET_AT));
            String json = export(store);
            String broken = json.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace));
            assertTrue(!broken.equals(json), find);
            assertEquals(
                    message,
                    assertThrows(ArchiveException.class, () -> read(broken)).getMessage());
            assertEquals(List.of(), table(empty, "SELECT * FROM review"));
        }
    }
}
