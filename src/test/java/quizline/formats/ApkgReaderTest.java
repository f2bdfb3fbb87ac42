package quizline.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quizline.io.UserError;
import quizline.pack.Question;

/**
 * Packages laid out as Anki 2.1 writes them, built by {@link AnkiCollectionFixture} (no package exported by Anki itself
 * is in the repository yet: see there why), and ones Anki never wrote.
 */
class ApkgReaderTest {
    @TempDir
    Path dir;

    @Test
    void everyStockNoteTypeBecomesOneQuestionACard() {
        AnkiCollectionFixture anki = new AnkiCollectionFixture(2);
        long europe = anki.deck("Geo::Europe");
        long asia = anki.deck("Geo::Asia");
        anki.note(AnkiCollectionFixture.Stock.BASIC, 1, List.of("Basic", "Tag"), "Basic Front", "Basic Back");
        List<Long> reversed = anki.note(
                AnkiCollectionFixture.Stock.BASIC_AND_REVERSED,
                europe,
                List.of("capitals"),
                "Capital of France",
                "Paris");
        anki.note(
                AnkiCollectionFixture.Stock.BASIC_OPTIONAL_REVERSED,
                europe,
                List.of(),
                "Longest river of Spain",
                "Tagus",
                "y");
        anki.note(
                AnkiCollectionFixture.Stock.BASIC_OPTIONAL_REVERSED,
                europe,
                List.of(),
                "Highest mountain of Scotland",
                "Ben Nevis",
                "");
        anki.note(AnkiCollectionFixture.Stock.BASIC_TYPE_IN, 1, List.of(), "Chemical symbol of gold", "Au");
        anki.note(
                AnkiCollectionFixture.Stock.CLOZE,
                1,
                List.of("history"),
                "Canberra was founded in&nbsp;{{c1::1913}}.",
                "Cloze extra");
        List<Long> deletions = anki.note(
                AnkiCollectionFixture.Stock.CLOZE,
                asia,
                List.of(),
                "{{c1::Astana}} is the capital of {{c2::Kazakhstan}}.",
                "");
        anki.note(
                AnkiCollectionFixture.Stock.BASIC,
                1,
                List.of(),
                "Flag of Japan&nbsp;<img src=\"japan.png\">",
                "White, red disc");
        anki.note(AnkiCollectionFixture.Stock.BASIC, 1, List.of(), "A bell[sound:bell.mp3]", "Ding");
        anki.note(AnkiCollectionFixture.Stock.BASIC, 1, List.of(), "<img src=\"a.png\">", "<img src=\"b.png\">");
        for (String media : List.of("japan.png", "bell.mp3", "a.png", "b.png")) {
            anki.media(media, new byte[] {1, 2, 3});
        }

        ApkgReader.Read read = ApkgReader.read(AnkiPackage.read(anki.write(dir.resolve("a.apkg"))));
        Imported imported = read.imported();
        assertEquals(
                List.of(
                        "short basic-front: Basic Front → Basic Back [Default, Basic, Tag]",
                        "short capital-of-france: Capital of France → Paris [Geo, Europe, capitals]",
                        "short capital-of-france-reversed: Paris → Capital of France [Geo, Europe, capitals]",
                        "short longest-river-of-spain: Longest river of Spain → Tagus [Geo, Europe]",
                        "short longest-river-of-spain-reversed: Tagus → Longest river of Spain [Geo, Europe]",
                        "short highest-mountain-of-scotland: Highest mountain of Scotland → Ben Nevis [Geo, Europe]",
                        "short chemical-symbol-of-gold: Chemical symbol of gold → Au [Default]",
                        "cloze canberra-was-founded-in-1913: Canberra was founded in {{1913}}. → Cloze extra [Default,"
                                + " history]",
                        "cloze astana-is-the-capital-of-kazakhstan-c1: {{Astana}} is the capital of Kazakhstan. [Geo,"
                                + " Asia]",
                        "cloze astana-is-the-capital-of-kazakhstan-c2: Astana is the capital of {{Kazakhstan}}. [Geo,"
                                + " Asia]",
                        "short flag-of-japan: Flag of Japan → White, red disc [Default]",
                        "short a-bell: A bell → Ding [Default]"),
                imported.questionList().stream().map(ApkgReaderTest::shown).toList());
        List<String> errors = Fixtures.formatted(imported.errors(), "a.apkg");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(
                errors.get(0)
                        .matches("a\\.apkg: note \\d+ \\(\"\"\\): its first field is empty \\(Anki skips such notes"
                                + " too\\)"),
                errors.get(0));
        List<String> warnings = Fixtures.formatted(imported.warnings(), "a.apkg");
        assertTrue(
                warnings.contains("a.apkg: question \"flag-of-japan\": <img> removed: quizline shows text only"),
                warnings.toString());
        assertTrue(
                warnings.contains("a.apkg: question \"a-bell\": [sound:…] removed: quizline shows text only"),
                warnings.toString());
        assertEquals(java.util.Optional.of("Default"), imported.title());
        // Each card has its question: the reversed card and each deletion their own.
        assertEquals(12, read.questionOfCard().size());
        assertEquals("capital-of-france-reversed", read.questionOfCard().get(reversed.get(1)));
        assertEquals(
                "astana-is-the-capital-of-kazakhstan-c2", read.questionOfCard().get(deletions.get(1)));
    }

    @Test
    void aClozeNoteGivesAQuestionForEachDeletionNumber() {
        AnkiPackage.Model cloze = new AnkiPackage.Model(1, "Cloze", true, List.of("Text", "Extra"), List.of("Cloze"));
        AnkiPackage.Collection collection = new AnkiPackage.Collection(
                Map.of(1L, cloze),
                Map.of(1L, "Geo::Asia"),
                List.of(new AnkiPackage.Note(
                        10,
                        "abc",
                        1,
                        List.of("capitals"),
                        List.of("{{c1::Astana}} is in {{c2::Kazakhstan::country}}.", ""))),
                List.of(new AnkiPackage.Card(100, 10, 1, 0), new AnkiPackage.Card(101, 10, 1, 1)),
                List.of(),
                2);
        ApkgReader.Read read = ApkgReader.read(collection);
        assertEquals(
                List.of(
                        "cloze astana-is-in-kazakhstan-c1: {{Astana}} is in Kazakhstan. [Geo, Asia, capitals]",
                        "cloze astana-is-in-kazakhstan-c2: Astana is in {{Kazakhstan}}. [Geo, Asia, capitals]"),
                read.imported().questionList().stream()
                        .map(ApkgReaderTest::shown)
                        .toList());
        assertEquals(
                Map.of(100L, "astana-is-in-kazakhstan-c1", 101L, "astana-is-in-kazakhstan-c2"), read.questionOfCard());
    }

    @Test
    void theReviewLogIsReadWithTheButtonsOfTheSchedulerThatWroteIt() {
        // The same button presses, logged by Anki's first scheduler (three buttons while learning: 2 Good, 3 Easy)
        // and by its second (four everywhere).
        Map<Integer, Map<String, Long>> grades = new java.util.TreeMap<>();
        for (int scheduler : List.of(1, 2)) {
            AnkiCollectionFixture anki = new AnkiCollectionFixture(scheduler);
            long card = anki.note(AnkiCollectionFixture.Stock.BASIC, 1, List.of(), "Front", "Back")
                    .get(0);
            long other = anki.note(AnkiCollectionFixture.Stock.BASIC, 1, List.of(), "Front 2", "Back 2")
                    .get(0);
            long t = 1_561_000_000_000L;
            long minute = 60_000;
            long day = 86_400_000;
            int easy = scheduler == 1 ? 3 : 4;
            int good = scheduler == 1 ? 2 : 3;
            anki.review(card, t, 0, 1, -60, -60, 0);
            anki.review(card, t + minute, 0, good, -600, -60, 0);
            anki.review(card, t + 11 * minute, 0, good, 1, -600, 2500);
            anki.review(card, t + day, 1, 3, 3, 1, 2500);
            anki.review(card, t + 4 * day, 1, 1, -600, 3, 2300);
            anki.review(card, t + 4 * day + 10 * minute, 2, good, 1, -600, 2300);
            anki.review(card, t + 5 * day, 1, 2, 2, 1, 2150);
            anki.review(card, t + 7 * day, 1, 4, 8, 2, 2300);
            anki.review(other, t + 2 * minute, 0, easy, 4, -60, 2500);
            // A manual reschedule (type 4, button 0) and a cram review that left the schedule alone (factor 0).
            anki.review(other, t + 2 * day, 4, 0, 9, 4, 2500);
            anki.review(other, t + 3 * day, 3, 3, 9, 9, 0);

            AnkiPackage.Collection collection = AnkiPackage.read(anki.write(dir.resolve("v" + scheduler + ".apkg")));
            assertEquals(scheduler, collection.schedulerVersion());
            assertEquals(11, collection.reviews().size());
            assertEquals(2, collection.cards().size());
            grades.put(
                    scheduler,
                    collection.reviews().stream()
                            .collect(Collectors.groupingBy(
                                    r -> r.type() + ":" + r.ease() + "→"
                                            + r.grade(collection.schedulerVersion())
                                                    .orElse(0),
                                    java.util.TreeMap::new,
                                    Collectors.counting())));
        }
        assertEquals(
                Map.of(
                        1,
                        Map.of(
                                "0:1→1", 1L, "0:2→3", 2L, "0:3→4", 1L, "1:1→1", 1L, "1:2→2", 1L, "1:3→3", 1L, "1:4→4",
                                1L, "2:2→3", 1L, "3:3→0", 1L, "4:0→0", 1L),
                        2,
                        Map.of(
                                "0:1→1", 1L, "0:3→3", 2L, "0:4→4", 1L, "1:1→1", 1L, "1:2→2", 1L, "1:3→3", 1L, "1:4→4",
                                1L, "2:3→3", 1L, "3:3→0", 1L, "4:0→0", 1L)),
                grades);
    }

    @Test
    void manualReschedulesAndCramThatLeftTheScheduleAloneGradeNothing() {
        assertEquals(OptionalInt.empty(), new AnkiPackage.Review(1, 1, 0, 4, 2500, 0).grade(2));
        assertEquals(OptionalInt.empty(), new AnkiPackage.Review(1, 1, 3, 3, 0, 0).grade(2));
        assertEquals(OptionalInt.of(3), new AnkiPackage.Review(1, 1, 3, 3, 2500, 0).grade(2));
        assertEquals(OptionalInt.of(2), new AnkiPackage.Review(1, 1, 2, 0, 2500, 0).grade(2));
    }

    @Test
    void aPackageOfAnki23IsRefusedWithHowToExportOneQuizlineReads() throws IOException {
        Path file = zip("new.apkg", "collection.anki2", "collection.anki21b");
        UserError e = assertThrows(UserError.class, () -> AnkiPackage.read(file));
        assertEquals(
                file + ": this package is in the format of Anki 23.10 and later (collection.anki21b), which quizline"
                        + " does not read: in Anki, export it again with \"Support older Anki versions\" ticked",
                e.getMessage());
    }

    @Test
    void aFileThatIsNoPackageIsOneLine() throws IOException {
        Path text = Files.writeString(dir.resolve("deck.apkg"), "not a zip");
        assertEquals(
                text + ": not an Anki package: not a zip file",
                assertThrows(UserError.class, () -> AnkiPackage.read(text)).getMessage());
        Path empty = zip("empty.apkg", "media");
        assertEquals(
                empty + ": not an Anki package: the zip holds no collection.anki2 or collection.anki21",
                assertThrows(UserError.class, () -> AnkiPackage.read(empty)).getMessage());
    }

    private Path zip(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(new byte[] {1, 2, 3});
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String shown(Question q) {
        String answer = q instanceof Question.Short s
                ? " → " + s.answer()
                : q.explanation() == null ? "" : " → " + q.explanation();
        return q.type() + " " + q.id() + ": " + q.prompt() + answer + " " + q.tags();
    }
}
