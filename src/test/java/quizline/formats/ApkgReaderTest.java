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

/** Packages exported by Anki itself (see src/test/resources/formats/apkg/README.md), and ones it never wrote. */
class ApkgReaderTest {
    static final Path APKG = Path.of("src/test/resources/formats/apkg");

    @TempDir
    Path dir;

    @Test
    void everyStockNoteTypeBecomesOneQuestionACard() {
        ApkgReader.Read read =
                ApkgReader.read(AnkiPackage.read(APKG.resolve("AllDefaultTemplatesAndImageAndMp3.apkg")));
        Imported imported = read.imported();
        assertEquals(
                List.of(
                        "short basic-front: Basic Front → Basic Back [Default, Basic, Tag]",
                        "short basic-and-reversed-card-front: Basic (and reversed card) front → Basic (and reversed"
                                + " card) back [Default, OtherTag]",
                        "short basic-and-reversed-card-front-reversed: Basic (and reversed card) back → Basic (and"
                                + " reversed card) front [Default, OtherTag]",
                        "short basic-optional-reversed-card-front: Basic (optional reversed card) front → Basic"
                                + " (optional reversed card) back [Default, OtherTag]",
                        "short basic-optional-reversed-card-front-reversed: Basic (optional reversed card) back →"
                                + " Basic (optional reversed card) front [Default, OtherTag]",
                        "short basic-type-in-the-answer-front: Basic (type in the answer) front → Basic (type in the"
                                + " answer) back [Default, OtherTag]",
                        "cloze cloze-text-canberra-was-founded-in-1913: Cloze text. Canberra was founded in {{1913}}."
                                + " → Cloze extra [Default, OtherTag]",
                        "short basic-with-image: Basic with image → Basic back, no image [Default, OtherTag]",
                        "short basic-front-with-mp3: Basic front with mp3 → Basic back, no mp3 [Default, OtherTag]"),
                imported.questionList().stream().map(ApkgReaderTest::shown).toList());
        assertEquals(
                List.of("a.apkg: note 1560646400431 (\"\"): its first field is empty (Anki skips such notes too)"),
                Fixtures.formatted(imported.errors(), "a.apkg"));
        List<String> warnings = Fixtures.formatted(imported.warnings(), "a.apkg");
        assertTrue(
                warnings.contains("a.apkg: question \"basic-with-image\": <img> removed: quizline shows text only"),
                warnings.toString());
        assertTrue(
                warnings.contains(
                        "a.apkg: question \"basic-front-with-mp3\": [sound:…] removed: quizline shows text only"),
                warnings.toString());
        assertEquals(java.util.Optional.of("Default"), imported.title());
        // Each card has its question: the reversed card its own.
        assertEquals(9, read.questionOfCard().size());
        assertEquals(
                "basic-and-reversed-card-front-reversed", read.questionOfCard().get(1554689744009L));
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
    void theReviewLogOfARealPackageIsReadWithAnkisFirstSchedulersButtons() {
        AnkiPackage.Collection collection = AnkiPackage.read(APKG.resolve("RandomReviews.apkg"));
        assertEquals(1, collection.schedulerVersion());
        assertEquals(110, collection.reviews().size());
        assertEquals(25, collection.cards().size());
        // Learning rows (type 0) of the first scheduler had three buttons: button 3 is Easy, 2 is Good.
        Map<String, Long> grades = collection.reviews().stream()
                .collect(Collectors.groupingBy(
                        r -> r.type() + ":" + r.ease() + "→" + r.grade(1).orElse(0), Collectors.counting()));
        assertEquals(
                Map.of(
                        "0:1→1", 13L, "0:2→3", 41L, "0:3→4", 14L, "1:1→1", 4L, "1:2→2", 16L, "1:3→3", 11L, "1:4→4", 6L,
                        "2:2→3", 5L),
                grades);
        assertTrue(collection.reviews().stream()
                .allMatch(r -> collection.cards().stream().anyMatch(c -> c.id() == r.cardId())));
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
